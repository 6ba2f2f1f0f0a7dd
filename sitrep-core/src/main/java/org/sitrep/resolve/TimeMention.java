package org.sitrep.resolve;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.sitrep.domain.DatePrecision;
import org.sitrep.domain.Evidence;
import org.sitrep.domain.IncidentDate;

/**
 * A time expression resolved to a calendar period. {@code anchored} marks expressions resolved against an earlier
 * date in the text ("the previous month") rather than the publication date.
 */
public record TimeMention(LocalDate start, Optional<LocalDate> end, DatePrecision precision, boolean anchored,
                          int firstToken, int lastToken, Evidence evidence) {
  public TimeMention {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(precision, "precision");
    Objects.requireNonNull(evidence, "evidence");
  }

  /** The last day of the period the mention names. */
  public LocalDate lastDay() {
    if (end.isPresent()) return end.get();
    return switch (precision) {
      case DAY -> start;
      case MONTH -> start.withDayOfMonth(start.lengthOfMonth());
      case YEAR -> start.withDayOfYear(start.lengthOfYear());
    };
  }

  public IncidentDate toIncidentDate() { return new IncidentDate(start, end, precision, Optional.of(evidence)); }
}
