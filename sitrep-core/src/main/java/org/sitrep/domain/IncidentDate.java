package org.sitrep.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;

/**
 * When an incident happened. {@code start} is the first day of the period the precision names
 * (2024-11-01 for "last November" at MONTH precision); {@code end} is set only for explicit ranges.
 * Evidence is empty when the date fell back to the publication date because the text names none.
 */
public record IncidentDate(LocalDate start, Optional<LocalDate> end, DatePrecision precision,
                           Optional<Evidence> evidence) {
  public IncidentDate {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(precision, "precision");
    Objects.requireNonNull(evidence, "evidence");
    if (end.isPresent() && end.get().isBefore(start)) throw new IllegalArgumentException("end before start");
  }

  /** ISO text at this date's precision: YYYY, YYYY-MM or YYYY-MM-DD. */
  public static String format(LocalDate d, DatePrecision p) {
    return switch (p) {
      case DAY -> d.format(DateTimeFormatter.ISO_LOCAL_DATE);
      case MONTH -> String.format("%04d-%02d", d.getYear(), d.getMonthValue());
      case YEAR -> String.format("%04d", d.getYear());
    };
  }

  public String startText() { return format(start, precision); }
  public Optional<String> endText() { return end.map(e -> format(e, precision)); }
}
