package org.sitrep.store;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.sitrep.domain.DatePrecision;
import org.sitrep.domain.IncidentDate;

/**
 * When a stored incident happened, at the precision its finest report gave: {@code start} is the first day of the
 * period ("2024-11-01" for November 2024 at MONTH precision), {@code end} is set only for explicit ranges.
 */
public record DateSpan(LocalDate start, Optional<LocalDate> end, DatePrecision precision) {
  public DateSpan {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(precision, "precision");
    if (end.isPresent() && end.get().isBefore(start)) throw new IllegalArgumentException("end before start");
  }

  static DateSpan of(IncidentDate d) { return new DateSpan(d.start(), d.end(), d.precision()); }

  /** The last day this date can mean: the end of the range, or of the start's day, month or year. Filters use it. */
  public LocalDate last() {
    LocalDate d = end.orElse(start);
    return switch (precision) {
      case DAY -> d;
      case MONTH -> d.withDayOfMonth(d.lengthOfMonth());
      case YEAR -> d.withDayOfYear(d.lengthOfYear());
    };
  }

  /** ISO text at this date's precision, as {@link IncidentDate#format} writes it. */
  public String startText() { return IncidentDate.format(start, precision); }
}
