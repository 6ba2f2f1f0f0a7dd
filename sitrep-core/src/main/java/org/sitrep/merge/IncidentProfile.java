package org.sitrep.merge;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.sitrep.domain.ActorKind;
import org.sitrep.domain.Evidence;
import org.sitrep.domain.Incident;
import org.sitrep.domain.IncidentDate;
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

  /**
   * The profile of one report's incident. Its date span runs to the end of the period the precision names ("August
   * 1989" is 1-31 August); a date that fell back to the publication date (no evidence: the text names no day) becomes
   * the {@value #UNDATED_LOOKBACK_DAYS} days up to it, since a report may tell of an incident well after it happened.
   * {@code targets} keeps the names that identify who or what was hit: named victims, and targets named in two words or
   * more; casualty groups counted by a toll ("civilians", "security forces"), groups counted in their name ("four
   * university students") and bare nouns ("car", "building") identify nothing and are left out.
   */
  public static IncidentProfile of(Incident incident) {
    Optional<Location> loc = incident.location();
    Set<String> actors = new TreeSet<>();
    Set<String> targets = new TreeSet<>();
    Set<Evidence> counted = new HashSet<>();
    incident.tolls().forEach(t -> counted.add(t.evidence()));
    for (Participant p : incident.participants()) {
      if (p.role() == Role.PERPETRATOR) {
        actors.add(norm(p.name()));
        p.aliases().forEach(a -> actors.add(norm(a)));
      } else if ((p.role() == Role.VICTIM || p.role() == Role.TARGET) && identifies(p, counted)) {
        targets.add(norm(p.name()));
        p.aliases().forEach(a -> targets.add(norm(a)));
      }
    }
    targets.remove("");
    actors.remove("");
    Set<String> words = new TreeSet<>();
    incident.evidence().forEach(e -> words.addAll(ContentWords.of(e.text())));
    Optional<LocalDate> start = incident.date().map(IncidentProfile::start);
    Optional<LocalDate> end = incident.date().map(IncidentProfile::end);
    return new IncidentProfile(incident.type(), start, end,
        loc.flatMap(Location::country), loc.flatMap(Location::admin1), loc.flatMap(Location::city),
        loc.flatMap(l -> l.city().isPresent() ? l.lat() : Optional.empty()),
        loc.flatMap(l -> l.city().isPresent() ? l.lon() : Optional.empty()), actors, targets, words);
  }

  /** How far back an incident dated only by its report's publication may lie. */
  public static final int UNDATED_LOOKBACK_DAYS = 30;

  private static LocalDate start(IncidentDate d) {
    return d.evidence().isEmpty() ? d.start().minusDays(UNDATED_LOOKBACK_DAYS) : d.start();
  }

  private static LocalDate end(IncidentDate d) {
    if (d.end().isPresent()) return d.end().get();
    return switch (d.precision()) {
      case DAY -> d.start();
      case MONTH -> d.start().withDayOfMonth(d.start().lengthOfMonth());
      case YEAR -> d.start().withDayOfYear(d.start().lengthOfYear());
    };
  }

  /** A named person, or a thing named in more than one word; not a group a toll counts. */
  private static boolean identifies(Participant p, Set<Evidence> counted) {
    if (counted.contains(p.evidence())) return false;
    String name = norm(p.name());
    if (COUNTED.matcher(name).find()) return false;
    boolean thing = p.kind() == ActorKind.VEHICLE || p.kind() == ActorKind.FACILITY
        || p.kind() == ActorKind.INFRASTRUCTURE || p.role() == Role.TARGET;
    return !thing || name.contains(" ");
  }

  /** A group counted in its name ("four university students", "2 policemen") is described, not named. */
  private static final Pattern COUNTED = Pattern.compile(
      "^(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|several|some|many|other|all)\\b");

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

  /** Lower case, punctuation dropped, spaces collapsed: "Luis Carlos Galán," and "LUIS CARLOS GALÁN" agree. */
  static String norm(String s) {
    String folded = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return folded.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
