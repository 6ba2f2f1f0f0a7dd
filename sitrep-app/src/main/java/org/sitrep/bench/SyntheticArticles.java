package org.sitrep.bench;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.sitrep.domain.ActorKind;
import org.sitrep.domain.DatePrecision;
import org.sitrep.domain.Document;
import org.sitrep.domain.Evidence;
import org.sitrep.domain.Extraction;
import org.sitrep.domain.GeoPrecision;
import org.sitrep.domain.Incident;
import org.sitrep.domain.IncidentDate;
import org.sitrep.domain.IncidentStatus;
import org.sitrep.domain.IncidentType;
import org.sitrep.domain.Location;
import org.sitrep.domain.Participant;
import org.sitrep.domain.Quantity;
import org.sitrep.domain.Role;
import org.sitrep.domain.Toll;
import org.sitrep.domain.TollGroup;
import org.sitrep.domain.TollOutcome;
import org.sitrep.ingest.DocumentReader;

/**
 * Made-up extractions for load tests, as the pipeline would have produced them (every evidence span quotes the text),
 * without any NLP: one article, one current incident in a town of its own (so no two merge), dated within two years,
 * in one of a dozen countries, by one of a few groups, with a death toll and sometimes an injured one. The same seed
 * and number always give the same article.
 */
final class SyntheticArticles {
  private record Country(String code, String name, double lat, double lon) {}

  private static final List<Country> COUNTRIES = List.of(new Country("PK", "Pakistan", 30.4, 69.3),
      new Country("AF", "Afghanistan", 33.9, 67.7), new Country("SO", "Somalia", 5.2, 46.2),
      new Country("NG", "Nigeria", 9.1, 8.7), new Country("ML", "Mali", 17.6, -4.0),
      new Country("IQ", "Iraq", 33.2, 43.7), new Country("SY", "Syria", 34.8, 39.0),
      new Country("YE", "Yemen", 15.6, 48.5), new Country("CO", "Colombia", 4.6, -74.3),
      new Country("MX", "Mexico", 23.6, -102.6), new Country("CD", "DR Congo", -4.0, 21.8),
      new Country("BF", "Burkina Faso", 12.2, -1.6));
  private static final List<String> GROUPS = List.of("the Northern Front", "the River Brigade",
      "the Popular Army", "the Sons of the Valley", "the Liberation Movement", "unidentified gunmen");
  private static final List<IncidentType> TYPES = List.of(IncidentType.BOMBING, IncidentType.ARMED_ASSAULT,
      IncidentType.SUICIDE_BOMBING, IncidentType.KIDNAPPING, IncidentType.ARMED_CLASH, IncidentType.ARSON,
      IncidentType.ASSASSINATION, IncidentType.RIOT);
  static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);
  static final int DAYS = 730;

  private final long seed;

  SyntheticArticles(long seed) { this.seed = seed; }

  /** Article number {@code n}. */
  Extraction article(long n) {
    Random r = new Random(seed * 1_000_003L + n);
    Country country = COUNTRIES.get(r.nextInt(COUNTRIES.size()));
    IncidentType type = TYPES.get(r.nextInt(TYPES.size()));
    String group = GROUPS.get(r.nextInt(GROUPS.size()));
    LocalDate day = FIRST_DAY.plusDays(r.nextInt(DAYS));
    String town = "Town-" + n;
    int killed = r.nextInt(40);
    int injured = r.nextInt(3) == 0 ? r.nextInt(60) : -1;
    String dayText = day.toString();
    String told = capitalised(group) + " carried out a " + type.wire().replace('_', ' ') + " in " + town;
    String killedText = "killing " + killed + " people";
    String text = told + ", " + country.name() + ", on " + dayText + ", " + killedText
        + (injured >= 0 ? " and wounding " + injured + " others" : "") + ", officials said. Residents described "
        + "scenes of panic as security forces arrived hours later; the market and the road to the capital were closed.";
    Evidence townEv = ev(text, town);
    Location place = new Location(town, Optional.of(town), Optional.of(country.name() + " Province"),
        Optional.of(country.code()), Optional.of(country.lat() + r.nextGaussian() * 2),
        Optional.of(country.lon() + r.nextGaussian() * 2), GeoPrecision.CITY, Optional.of(townEv));
    IncidentDate date = new IncidentDate(day, Optional.empty(), DatePrecision.DAY, Optional.of(ev(text, dayText)));
    Participant perpetrator = new Participant(capitalised(group), List.of(), Role.PERPETRATOR,
        ActorKind.NON_STATE_ARMED_GROUP, false, ev(text, capitalised(group)));
    List<Toll> tolls = injured >= 0
        ? List.of(toll(text, TollOutcome.KILLED, killed, killedText),
            toll(text, TollOutcome.INJURED, injured, "wounding " + injured + " others"))
        : List.of(toll(text, TollOutcome.KILLED, killed, killedText));
    Incident incident = new Incident("i1", IncidentStatus.CURRENT, type, List.of(), Optional.of(date),
        Optional.of(place), List.of(perpetrator), List.of(), tolls, List.of(ev(text, told)));
    String id = DocumentReader.contentId((seed + "/" + n + "/" + text).getBytes(StandardCharsets.UTF_8));
    Document doc = new Document(id, "synthetic-" + n, Optional.of("Synthetic Wire"),
        Optional.of(day.plusDays(1)), "en", text, Optional.of("https://example.org/synthetic/" + n),
        Optional.of(capitalised(type.wire().replace('_', ' ')) + " in " + town));
    return new Extraction(doc, List.of(incident), List.of());
  }

  private static Toll toll(String text, TollOutcome outcome, int n, String phrase) {
    return new Toll(TollGroup.ALL, outcome, Quantity.exact(n), phrase, Optional.of("officials"), ev(text, phrase));
  }

  private static Evidence ev(String text, String phrase) {
    int start = text.indexOf(phrase);
    if (start < 0) throw new IllegalStateException("'" + phrase + "' is not in the synthetic text");
    return Evidence.of(text, start, start + phrase.length(), 0);
  }

  private static String capitalised(String s) { return Character.toUpperCase(s.charAt(0)) + s.substring(1); }
}
