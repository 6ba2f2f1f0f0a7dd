package org.sitrep.merge;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.sitrep.domain.Incident;
import org.sitrep.domain.IncidentType;
import org.sitrep.domain.Location;
import org.sitrep.domain.Participant;
import org.sitrep.domain.Role;

/**
 * What merging compares between reports: type, date span, place, and the names and words each report uses. A stored
 * incident's profile is the {@link #union} of its reports' profiles, so a later report can match on anything an
 * earlier one said. Names are lower-cased; {@code words} are the content words of the incident's evidence.
 */
public record IncidentProfile(IncidentType type, Optional<LocalDate> dateStart, Optional<LocalDate> dateEnd,
                              Optional<String> country, Optional<String> admin1, Optional<String> city,
                              Optional<Double> lat, Optional<Double> lon,
                              Set<String> actors, Set<String> targets, Set<String> words) {
  public IncidentProfile {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(dateStart, "dateStart");
    Objects.requireNonNull(dateEnd, "dateEnd");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(admin1, "admin1");
    Objects.requireNonNull(city, "city");
    Objects.requireNonNull(lat, "lat");
    Objects.requireNonNull(lon, "lon");
    actors = Set.copyOf(actors);
    targets = Set.copyOf(targets);
    words = Set.copyOf(words);
  }

  public static IncidentProfile of(Incident incident) {
    Optional<Location> loc = incident.location();
    Set<String> actors = new TreeSet<>();
    Set<String> targets = new TreeSet<>();
    for (Participant p : incident.participants()) {
      Set<String> into = p.role() == Role.PERPETRATOR ? actors : p.role() == Role.TARGET || p.role() == Role.VICTIM
          ? targets : null;
      if (into == null) continue;
      into.add(norm(p.name()));
      p.aliases().forEach(a -> into.add(norm(a)));
    }
    Set<String> words = new TreeSet<>();
    incident.evidence().forEach(e -> words.addAll(ContentWords.of(e.text())));
    return new IncidentProfile(incident.type(),
        incident.date().map(d -> d.start()),
        incident.date().map(d -> d.end().orElse(d.start())),
        loc.flatMap(Location::country), loc.flatMap(Location::admin1), loc.flatMap(Location::city),
        loc.flatMap(Location::lat), loc.flatMap(Location::lon), actors, targets, words);
  }

  /** The profile of an incident known from both reports: the narrower date span, the finer place, all names. */
  public IncidentProfile union(IncidentProfile other) {
    Set<String> a = new TreeSet<>(actors);
    a.addAll(other.actors);
    Set<String> t = new TreeSet<>(targets);
    t.addAll(other.targets);
    Set<String> w = new TreeSet<>(words);
    w.addAll(other.words);
    boolean otherFiner = city.isEmpty() && other.city.isPresent() || admin1.isEmpty() && other.admin1.isPresent()
        && city.isEmpty();
    IncidentProfile place = otherFiner ? other : this;
    IncidentProfile date = span(this) <= span(other) ? this : other;
    return new IncidentProfile(type, date.dateStart, date.dateEnd, place.country.or(() -> country),
        place.admin1, place.city, place.lat, place.lon, a, t, w);
  }

  private static long span(IncidentProfile p) {
    if (p.dateStart.isEmpty()) return Long.MAX_VALUE;
    return p.dateEnd.orElse(p.dateStart.get()).toEpochDay() - p.dateStart.get().toEpochDay();
  }

  static String norm(String s) { return s.toLowerCase(Locale.ROOT).strip(); }
}
