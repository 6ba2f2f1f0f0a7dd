package org.sitrep.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sitrep.domain.IncidentType;

/**
 * Counts over the whole store for dashboards. {@code byDay} counts incidents dated to the day (a MONTH- or
 * YEAR-precision incident has no day to be counted on, so it appears only in the other counts), ordered by day then
 * type; {@code byType} and {@code byCountry} are ordered by count, largest first; an empty country is "unknown".
 */
public record Stats(long documents, long incidents, long reports, long claims, List<DayCount> byDay,
                    List<TypeCount> byType, List<CountryCount> byCountry) {
  public Stats {
    byDay = List.copyOf(byDay);
    byType = List.copyOf(byType);
    byCountry = List.copyOf(byCountry);
  }

  /** Incidents of one type on one day. */
  public record DayCount(LocalDate day, IncidentType type, long incidents) {
    public DayCount {
      Objects.requireNonNull(day, "day");
      Objects.requireNonNull(type, "type");
    }
  }

  public record TypeCount(IncidentType type, long incidents) {
    public TypeCount { Objects.requireNonNull(type, "type"); }
  }

  public record CountryCount(Optional<String> country, long incidents) {
    public CountryCount { Objects.requireNonNull(country, "country"); }
  }
}
