package org.sitrep.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One incident as {@link IncidentIndex} keeps it: its summary, and the incident row's columns the SQL filters and
 * sorts read that the summary does not carry as such ({@code date_last}, {@code country}, the cached toll totals), so
 * that the index compares exactly what the SQL compares. {@code searchNames} holds each participant's
 * {@code search_names} (name and aliases, lower-cased); {@code documentIds} maps the content hash of each toll's latest
 * document to its row id.
 */
record IndexEntry(IncidentSummary summary, Optional<LocalDate> dateLast, Optional<String> country,
                  Optional<Integer> fatalities, Optional<Integer> injured, List<String> searchNames,
                  Map<String, Long> documentIds) {
  IndexEntry {
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(dateLast, "dateLast");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(fatalities, "fatalities");
    Objects.requireNonNull(injured, "injured");
    searchNames = List.copyOf(searchNames);
    documentIds = Map.copyOf(documentIds);
  }

  long id() { return summary.id(); }

  /** The {@code date_start} column: the summary's date is present exactly when it is set. */
  Optional<LocalDate> dateStart() { return summary.date().map(DateSpan::start); }
}
