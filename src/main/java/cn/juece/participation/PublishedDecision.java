package cn.juece.participation;

import java.time.LocalDate;

/** A decision as published (Art. 32), with how public and expert opinions were taken into account. */
public record PublishedDecision(long decisionId, String title, String reference, String documentNumber,
                                String publicationChannels, LocalDate publishedOn, String adoptionExplanation) {
}
