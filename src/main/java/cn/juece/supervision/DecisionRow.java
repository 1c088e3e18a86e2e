package cn.juece.supervision;

import java.time.Instant;

/** One decision of a drill-down list; {@code note} says what the figure counted of it (days, tasks). */
public record DecisionRow(long id, String reference, String title, String organ, String unit, String status,
                          Instant proposedAt, String note) {
}
