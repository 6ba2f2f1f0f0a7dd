package org.sitrep.store;

import java.util.List;
import java.util.Objects;

/**
 * A stored incident with everything behind it, side by side and never reconciled away: every report, every figure
 * (the summary's consensus is computed from {@code tolls}), every responsibility claim, every participant as each
 * report named it, and the quotes of the documents that reported it. Lists are in the order they were stored.
 */
public record IncidentDetail(IncidentSummary summary, List<StoredReport> reports, List<StoredToll> tolls,
                             List<ResponsibilityClaim> responsibility, List<StoredParticipant> participants,
                             List<StoredQuote> quotes) {
  public IncidentDetail {
    Objects.requireNonNull(summary, "summary");
    reports = List.copyOf(reports);
    tolls = List.copyOf(tolls);
    responsibility = List.copyOf(responsibility);
    participants = List.copyOf(participants);
    quotes = List.copyOf(quotes);
  }
}
