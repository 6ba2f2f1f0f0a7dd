package org.sitrep.eval;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sitrep.domain.DatePrecision;
import org.sitrep.domain.Incident;
import org.sitrep.domain.IncidentDate;
import org.sitrep.domain.IncidentStatus;
import org.sitrep.domain.Location;
import org.sitrep.resolve.Gazetteer;
import org.sitrep.resolve.Place;
import org.sitrep.resolve.PlaceKind;

/**
 * How well sitrep places and dates the incidents MUC-4 keys: each key template is matched to one of the document's
 * current incidents (same MUC-4 type first, then any unused one, in text order), and the country, the city and the
 * date are compared. A date is right when it is a day inside a range the key allows; "on or before D" allows the
 * {@value #ON_OR_BEFORE_DAYS} days up to D. Keys with no incident to match count as wrong in the "all keys" figures.
 */
public final class PlaceDateScorer {
  static final int ON_OR_BEFORE_DAYS = 31;

  /** Right/total for one field, over the keys that had an incident and over all keys. */
  public record Tally(int right, int matched, int all) {
    public double overMatched() { return matched == 0 ? 0 : 100.0 * right / matched; }
    public double overAll() { return all == 0 ? 0 : 100.0 * right / all; }
  }

  /** One key and what sitrep said of it, for error analysis; a field with no key value is empty. */
  public record Row(String document, Muc4Key key, Optional<Incident> incident, Optional<Boolean> country,
                    Optional<Boolean> city, Optional<Boolean> date) {}

  public record Report(int keys, int matchedKeys, Tally country, Tally city, Tally date, List<Row> rows) {}

  private final Gazetteer gazetteer;

  public PlaceDateScorer(Gazetteer gazetteer) { this.gazetteer = gazetteer; }

  public Report score(Map<String, List<Muc4Key>> keysByDoc, Map<String, List<Incident>> incidentsByDoc) {
    int keys = 0, matched = 0;
    int[] country = new int[3], city = new int[3], date = new int[3];
    List<Row> rows = new ArrayList<>();
    for (Map.Entry<String, List<Muc4Key>> e : keysByDoc.entrySet()) {
      List<Incident> pool = new ArrayList<>(incidentsByDoc.getOrDefault(e.getKey(), List.of()).stream()
          .filter(i -> i.status() == IncidentStatus.CURRENT).toList());
      List<Incident> all = List.copyOf(pool);
      for (Muc4Key key : e.getValue()) {
        keys++;
        Optional<Incident> incident = take(pool, all, key);
        boolean hasCity = !key.cities().isEmpty();
        boolean hasDate = !key.dates().isEmpty();
        boolean hasCountry = key.country().isPresent();
        if (hasCountry) country[2]++;
        if (hasCity) city[2]++;
        if (hasDate) date[2]++;
        if (incident.isEmpty()) {
          rows.add(new Row(e.getKey(), key, incident, Optional.empty(), Optional.empty(), Optional.empty()));
          continue;
        }
        matched++;
        Optional<Location> loc = incident.get().location();
        Optional<Boolean> countryOk = Optional.empty();
        Optional<Boolean> cityOk = Optional.empty();
        Optional<Boolean> dateOk = Optional.empty();
        if (hasCountry) {
          country[1]++;
          Optional<String> said = loc.flatMap(Location::country);
          countryOk = Optional.of(said.isPresent()
              && key.countries().stream().anyMatch(c -> countryCode(c).equals(said)));
          if (countryOk.get()) country[0]++;
        }
        if (hasCity) {
          city[1]++;
          cityOk = Optional.of(loc.isPresent() && cityMatches(loc.get(), key.cities()));
          if (cityOk.get()) city[0]++;
        }
        if (hasDate) {
          date[1]++;
          dateOk = Optional.of(incident.get().date().map(d -> dateMatches(d, key.dates())).orElse(false));
          if (dateOk.get()) date[0]++;
        }
        rows.add(new Row(e.getKey(), key, incident, countryOk, cityOk, dateOk));
      }
    }
    return new Report(keys, matched, new Tally(country[0], country[1], country[2]), new Tally(city[0], city[1], city[2]),
        new Tally(date[0], date[1], date[2]), rows);
  }

  /** An unused incident of the key's type, else any unused one, else (several keys, one incident) the first. */
  private static Optional<Incident> take(List<Incident> pool, List<Incident> all, Muc4Key key) {
    for (Incident i : pool) {
      if (i.type().muc4().map(t -> t.equals(key.incidentType())).orElse(false)) {
        pool.remove(i);
        return Optional.of(i);
      }
    }
    if (!pool.isEmpty()) return Optional.of(pool.remove(0));
    return all.stream().findFirst();
  }

  private Optional<String> countryCode(String name) {
    return gazetteer.lookup(name).stream().filter(p -> p.kind() == PlaceKind.COUNTRY).map(Place::countryCode)
        .findFirst();
  }

  private static boolean cityMatches(Location loc, List<String> cities) {
    for (String c : cities) {
      String want = fold(c);
      if (loc.city().map(PlaceDateScorer::fold).map(want::equals).orElse(false)) return true;
      if (fold(loc.name()).equals(want)) return true;
    }
    return false;
  }

  private static boolean dateMatches(IncidentDate d, List<Muc4Key.DateRange> ranges) {
    if (d.precision() != DatePrecision.DAY) return false;
    LocalDate day = d.start();
    for (Muc4Key.DateRange r : ranges) {
      LocalDate from = r.from().orElse(r.to().minusDays(ON_OR_BEFORE_DAYS));
      if (!day.isBefore(from) && !day.isAfter(r.to())) return true;
    }
    return false;
  }

  static String fold(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return n.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
  }
}
