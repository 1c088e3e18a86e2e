package cn.juece.participation;

import java.time.Instant;

/**
 * A draft put to public consultation, as the portal shows it (Art. 14-15).
 *
 * @param closesAt when comments stop being accepted, or stopped if it was closed early
 * @param open     whether comments are accepted now
 */
public record Consultation(long decisionId, String title, String reference, String draft, String explanation,
                           String commentChannels, Instant closesAt, boolean open) {
}
