package cn.juece.participation;

import java.time.Instant;

/** A comment from the public on a draft under consultation; name and contact are optional. */
public record PublicComment(long id, long decisionId, String authorName, String contact, String content,
                            Instant receivedAt) {
}
