package org.sitrep.resolve;

import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.sitrep.domain.GeoPrecision;
import org.sitrep.domain.Location;

/**
 * Resolves an incident's place from the place mentions in its own sentences, using every mention in the document
 * to choose between same-named places (in the manner of CLIFF and Mordecai). Each candidate gets a score in
 * log10 units (+1 means ten times likelier):
 * <ul>
 *   <li>its size: log10 of its population, plus a prior for countries and first-level divisions, which a bare
 *       name more often means than a same-named town ("Georgia" alone is the country);</li>
 *   <li>the document's focus: the share of the other place mentions that point to its country, each mention
 *       voting with its candidates' prior odds, and a demonym voting for its country;</li>
 *   <li>containment: a city whose admin1 the document also names ("Long Beach, California", "Quetta,
 *       Baluchistan's capital"), or an admin1 containing a city the document names ("Georgia" with "Atlanta").</li>
 * </ul>
 * Among the incident's mentions it then takes the most specific one (city, then admin1, then country) whose
 * reading is well supported: clear-cut against its rivals, or in a country the document or the incident's other
 * mentions point to; between equals, one in the document's focus country, then the first listed. Demonyms
 * ("Pakistani") are used only when nothing is named. A name the gazetteer lacks (NER found it) wins when the
 * sentence places it in a known place at least as specific as the best reading ("near Kalsaka, in the Nord
 * region"); alone, it is placed in the focus country. A mention's own repetitions never
 * vote for it, so an article saying "Paris" five times and "Texas" once still means Paris, Texas. Stateless.
 */
public final class PlaceResolver {
  static final double COUNTRY_PRIOR = 1.5;
  static final double ADMIN1_PRIOR = 0.5;
  /** An admin1 named like a city inside it ("Usulután", "Ayacucho") reads as the city unless designated. */
  static final double SEAT_NAMED_ADMIN1_PRIOR = -0.5;
  static final double FOCUS_WEIGHT = 3.0;
  static final double NAMED_ADMIN1_BONUS = 2.5;
  static final double SAME_SENTENCE_BONUS = 0.5;
  static final double NAMED_CITY_BONUS = 1.0;
  /** The most characters between two items of a list of places: ", and ". */
  static final int LIST_GAP = 6;
  /** A reading this clear-cut needs no other support. */
  static final double CLEAR_SHARE = 0.6;
  /** How many mentions a dateline's name counts as, when the article's focus is reckoned. */
  static final double DATELINE_VOTES = 2;
  /** A town abroad this small, in a country the article otherwise never points to, is likely another place. */
  static final long STRAY_MAX_POPULATION = 100_000;
  static final double STRAY_MAX_SHARE = 0.1;
  static final double STRAY_FOCUS_SHARE = 0.5;
  /** How likely, by size and kind, another name's reading must be to vouch for a town abroad in its country. */
  static final double VOUCHING_ODDS = 0.5;

  private final Gazetteer gazetteer;

  public PlaceResolver(Gazetteer gazetteer) { this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer"); }

  /**
   * The incident's place from the mentions in its own sentences, disambiguated by all mentions in the document.
   * Between equally good readings the one listed first wins, so callers list the likeliest mentions first.
   */
  public Optional<Location> resolve(List<PlaceMention> incidentMentions, List<PlaceMention> documentMentions) {
    return resolve(incidentMentions, documentMentions, Optional.empty());
  }

  /**
   * As {@link #resolve(List, List)}, in an article whose dateline names {@code filedAt}: the dateline's name means
   * its place wherever the article repeats it ("BOGOTA, 5 JUL 89" and "the ambassador in Bogota", whatever else the
   * article names), and the dateline counts as {@value #DATELINE_VOTES} mentions towards what the article is about.
   * A small town abroad that nothing else in the article points to, in an article clearly about another country,
   * is read as a place the gazetteer lacks.
   */
  public Optional<Location> resolve(List<PlaceMention> incidentMentions, List<PlaceMention> documentMentions,
                                    Optional<Dateline> filedAt) {
    Map<Long, PlaceMention> bySpan = new LinkedHashMap<>();
    for (PlaceMention m : documentMentions) bySpan.putIfAbsent(spanKey(m), m);
    for (PlaceMention m : incidentMentions) bySpan.putIfAbsent(spanKey(m), m);
    // The dateline's name is read once per call, not once for every mention it is compared with.
    Function<PlaceMention, Reading> reader = filedAt.<Function<PlaceMention, Reading>>map(d -> {
      String datelineKey = read(d.mention()).key();
      return m -> anchored(read(m), datelineKey, d.place());
    }).orElse(this::read);
    Optional<Long> datelineSpan = filedAt.map(d -> spanKey(d.mention()));
    Document doc = new Document(bySpan.values().stream().map(reader).filter(Reading::known).toList(), datelineSpan);

    List<Reading> incident = incidentMentions.stream().map(reader).toList();
    List<Choice> all = incident.stream().filter(Reading::known).map(doc::choose).toList();
    String focus = doc.topCountry();
    List<Choice> contradicted = all.stream()
        .filter(c -> contradicted(c, all, focus) || doc.stray(c, focus)).toList();
    List<Choice> choices = all.stream().filter(c -> !contradicted.contains(c)).toList();
    Comparator<Choice> order = Comparator
        .comparing((Choice c) -> !c.supported(all, focus))
        .thenComparing(c -> -c.best().kind().specificity())
        .thenComparing(c -> !c.best().countryCode().equals(focus))
        .thenComparingInt(all::indexOf);
    Optional<Choice> chosen = choices.stream().filter(c -> !c.reading().adjective()).min(order)
        .or(() -> choices.stream().min(order));
    for (Reading r : incident) {
      boolean unlisted = !r.known() || contradicted.stream().anyMatch(c -> c.reading() == r);
      if (!unlisted || r.adjective()) continue;
      Optional<Choice> anchor = choices.stream()
          .filter(c -> !c.reading().adjective() && c.supported(all, focus) && after(c, r)).min(order);
      if (anchor.isPresent() && (chosen.isEmpty()
          || anchor.get().best().kind().specificity() >= chosen.get().best().kind().specificity())) {
        return Optional.of(unlisted(r, anchor.get().best()));
      }
    }
    if (chosen.isPresent()) return Optional.of(location(chosen.get()));
    // Only unlisted names (or contradicted readings): the first, in the country the document is about.
    return incident.stream()
        .filter(r -> !r.adjective() && (!r.known() || contradicted.stream().anyMatch(c -> c.reading() == r)))
        .findFirst()
        .flatMap(r -> gazetteer.country(focus).map(country -> unlisted(r, country)));
  }

  /**
   * Where a dateline says the report was filed: "BOGOTA", "PANAMA CITY (PANAMA)", "QUETTA, Pakistan". Wires file
   * from places their readers know, so the name is read by size and kind alone, within the country the dateline
   * adds when it adds one; the article's other names do not vote, since they tell where the news happened, which
   * may be elsewhere ("MOSCOW (USSR)" over a bombing in Lima).
   */
  public Optional<Dateline> dateline(PlaceMention place, Optional<PlaceMention> country) {
    Reading r = read(place);
    if (!r.known() || r.adjective()) return Optional.empty();
    Optional<String> within = country.flatMap(c -> gazetteer.lookup(c.text()).stream()
        .filter(p -> p.kind() == PlaceKind.COUNTRY).findFirst()).map(Place::countryCode);
    List<Place> inCountry = within.map(code -> r.candidates().stream().filter(p -> p.countryCode().equals(code))
        .toList()).orElse(r.candidates());
    List<Place> pool = inCountry.isEmpty() ? r.candidates() : inCountry;
    Place best = pool.stream().max(Comparator.comparingDouble(r::prior)).orElseThrow();
    return Optional.of(new Dateline(place, best, location(new Choice(r, best, 1))));
  }

  /** Where a report was filed: the dateline's mention, the place it names, and that place as a location. */
  public record Dateline(PlaceMention mention, Place place, Location location) {}

  /** A reading of the dateline's name (read as {@code datelineKey}) means the dateline's place. */
  private static Reading anchored(Reading r, String datelineKey, Place datelinePlace) {
    if (r.adjective() || !r.known() || !r.key().equals(datelineKey) || !r.candidates().contains(datelinePlace)) {
      return r;
    }
    return new Reading(r.mention(), r.key(), r.name(), List.of(datelinePlace), false);
  }

  /**
   * The country that most of these mentions point to, each mention's name voting once with its readings' prior
   * odds (demonyms included), when it has at least {@code minShare} of the votes: what an article is about.
   */
  public Optional<Place> focus(List<PlaceMention> mentions, double minShare) {
    return leading(countryShares(mentions)).filter(e -> e.getValue() >= minShare)
        .flatMap(e -> gazetteer.country(e.getKey()));
  }

  /**
   * Each country's share of the votes of these mentions' names, as {@link #focus} counts them, in country-code
   * order: an immutable map of {@code Map.copyOf} iterates in an order that changes from run to run, and a tie read
   * off it sent the same article to a different country on the next run.
   */
  public Map<String, Double> countryShares(List<PlaceMention> mentions) {
    Map<String, PlaceMention> byKey = new LinkedHashMap<>();
    for (PlaceMention m : mentions) byKey.putIfAbsent(PlaceNames.key(m.text()), m);
    Document doc = new Document(byKey.values().stream().map(this::read).filter(Reading::known).toList(),
        Optional.empty());
    return Collections.unmodifiableMap(new TreeMap<>(doc.votes(r -> true)));
  }

  /** The country with the largest share; of equal shares, the first by country code, so every run agrees. */
  public static Optional<Map.Entry<String, Double>> leading(Map<String, Double> shares) {
    return shares.entrySet().stream().max(Map.Entry.<String, Double>comparingByValue()
        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())));
  }

  /** Whether the mention most likely names a country ("U.S.", "Colombia"), by size and kind alone. */
  public boolean namesCountry(PlaceMention m) {
    Reading r = read(m);
    return !r.adjective() && r.candidates().stream().max(Comparator.comparingDouble(r::prior))
        .map(p -> p.kind() == PlaceKind.COUNTRY).orElse(false);
  }

  /** Whether the gazetteer knows the name as a place (not as a demonym): "Quetta" does, "San Luis de la Reina" not. */
  public boolean knows(PlaceMention m) {
    Reading r = read(m);
    return r.known() && !r.adjective();
  }

  /**
   * Whether the mention can name the division or country that the location stands for: "San Miguel Department" can
   * name San Miguel Department, but "Bijapur district" (the gazetteer knows only the town of Bijapur) placed in
   * Chhattisgarh names a place inside it, not Chhattisgarh itself.
   */
  public boolean namesDivision(PlaceMention m, Location at) {
    Reading r = read(m);
    return !r.adjective() && r.candidates().stream().anyMatch(p -> at.country().equals(Optional.of(p.countryCode()))
        && (p.kind() == PlaceKind.COUNTRY && at.precision() == GeoPrecision.COUNTRY
            || p.kind() == PlaceKind.ADMIN1 && at.precision() == GeoPrecision.ADMIN1
                && p.admin1().equals(at.admin1())));
  }

  /** Whether the mention calls itself a settlement: "the town of Cayara", "Chullas village". */
  public boolean namesSettlement(PlaceMention m) {
    return PlaceName.parse(m.text()).designator().flatMap(Designator::kind).map(k -> k == PlaceKind.CITY)
        .orElse(false);
  }

  /** Whether the mention is a demonym or adjective ("Peruvian"), which says whose, not where. */
  public boolean isDemonym(PlaceMention m) { return read(m).adjective(); }

  /**
   * A place the gazetteer lacks, inside the first-level division or country that the incident's context supports
   * ("the town of Cayara" in an incident otherwise told in Ayacucho): its name as written, the coordinates and
   * names of that division (or of the country, where the division is unknown), and that precision, which is as far
   * as the text lets us locate it.
   */
  public Optional<Location> within(PlaceMention m, String countryCode, Optional<String> admin1) {
    Optional<Place> division = admin1.flatMap(a -> gazetteer.lookup(a).stream()
        .filter(p -> p.kind() == PlaceKind.ADMIN1 && p.countryCode().equals(countryCode)).findFirst());
    Reading r = read(m);
    return division.or(() -> gazetteer.country(countryCode)).map(p -> unlisted(r, p, false));
  }

  /** The country with this ISO 3166-1 alpha-2 code, as the gazetteer has it. */
  public Optional<Place> country(String iso2) { return gazetteer.country(iso2); }

  /** A country as an incident's place, when nothing more precise is known. */
  public static Location countryLocation(Place country) {
    return new Location(country.name(), Optional.empty(), Optional.empty(), Optional.of(country.countryCode()),
        Optional.of(country.lat()), Optional.of(country.lon()), GeoPrecision.COUNTRY, Optional.empty());
  }

  /** Whether {@code c} comes later in the sentence of {@code r}. */
  private static boolean after(Choice c, Reading r) {
    return c.reading().sentence() == r.sentence() && c.reading().mention().evidence().start() > r.mention().evidence().end();
  }

  /**
   * Whether the next place the sentence names after {@code c}, well supported, puts c elsewhere than its reading:
   * in another country, as its container or as a bigger place in the document's focus country ("Bambui, a village
   * outside Bamenda", in an article about Cameroon, is not Bambuí, Brazil), or in another admin1 of the same country, as its container ("Bijapur district
   * in the state of Chhattisgarh" is not Bijapur, Karnataka). Such a name is a place the gazetteer lacks. A place
   * named right after, with no more than ", and " between, is the next item of a list ("Kabul and Kandahar
   * province"), not a container.
   */
  private static boolean contradicted(Choice c, List<Choice> all, String focus) {
    if (c.reading().adjective()) return false;
    Optional<Choice> next = all.stream().filter(o -> !o.reading().adjective() && after(o, c.reading()))
        .min(Comparator.comparingInt(o -> o.reading().mention().evidence().start()));
    if (next.isEmpty() || !next.get().supported(all, focus)) return false;
    if (next.get().reading().mention().evidence().start() - c.reading().mention().evidence().end() <= LIST_GAP) {
      return false;
    }
    Place p = c.best();
    Place q = next.get().best();
    if (!q.countryCode().equals(p.countryCode())) {
      // "Grenada, eastern Antioquia Department": no country lies inside another country's division.
      return q.kind().specificity() < p.kind().specificity() || p.kind() == PlaceKind.COUNTRY
          || (q.countryCode().equals(focus) && !p.countryCode().equals(focus) && p.population() < q.population());
    }
    return q.kind() == PlaceKind.ADMIN1 && p.kind() == PlaceKind.CITY && !q.admin1().equals(p.admin1());
  }

  /**
   * A place the gazetteer lacks (NER's "Kalsaka", a village), placed as precisely as the known place that the
   * sentence names after it ("near Kalsaka, in the country's Nord region"): the name as written, the
   * coordinates, admin1 and country of that place, and its precision.
   */
  private Location unlisted(Reading r, Place within) { return unlisted(r, within, true); }

  /**
   * As {@link #unlisted(Reading, Place)}; with {@code toSeat}, a place "in" a division named like its seat lies in
   * the seat (a terminal "in Kano"), which holds for a name written right before its container but not for a town
   * that the context only puts in the division.
   */
  private Location unlisted(Reading r, Place within, boolean toSeat) {
    // A terminal or a village "in Kano" lies in the city when the state bears the city's name.
    Place container = toSeat && within.kind() == PlaceKind.ADMIN1 ? seatCity(within).orElse(within) : within;
    Optional<String> city = container.kind() == PlaceKind.CITY ? Optional.of(container.name()) : Optional.empty();
    return new Location(r.name(), city, container.admin1(), Optional.of(container.countryCode()),
        Optional.of(container.lat()), Optional.of(container.lon()), precision(container),
        Optional.of(r.mention().evidence()));
  }

  /** The city an admin1 is named after ("Kano" state, "Kano" city), if the gazetteer has it. */
  private Optional<Place> seatCity(Place admin1) {
    return gazetteer.lookup(admin1.name()).stream()
        .filter(p -> p.kind() == PlaceKind.CITY && p.countryCode().equals(admin1.countryCode())
            && p.admin1().equals(Optional.of(admin1.name())))
        .findFirst();
  }

  private static long spanKey(PlaceMention m) {
    return ((long) m.evidence().start() << 32) | m.evidence().end();
  }

  private Reading read(PlaceMention m) {
    Optional<Place> adjective = gazetteer.placeOfAdjective(m.text());
    if (adjective.isPresent() || gazetteer.isAdjective(m.text())) {
      return new Reading(m, PlaceNames.key(m.text()), adjective.map(Place::name).orElse(m.text()),
          adjective.stream().toList(), true);
    }
    List<Place> whole = gazetteer.lookup(m.text());
    Optional<String> bare = whole.isEmpty() ? withoutDirection(m.text()) : Optional.empty();
    List<Place> part = bare.map(gazetteer::lookup).orElse(List.of());
    if (!part.isEmpty()) {
      // "northern Bogota" is a part of Bogota.
      return new Reading(m, PlaceNames.key(bare.get()), bare.get(), part, false);
    }
    PlaceName pn = PlaceName.parse(m.text());
    if (!whole.isEmpty() || pn.designator().isEmpty()) {
      return new Reading(m, PlaceNames.key(m.text()), m.text(), whole, false);
    }
    // No country is anyone's district or town: "the Villa El Salvador district" is not El Salvador ("the State of
    // Kuwait" is Kuwait).
    boolean subnational = pn.designator().get() != Designator.STATE;
    List<Place> named = gazetteer.lookup(pn.name()).stream()
        .filter(p -> !subnational || p.kind() != PlaceKind.COUNTRY).toList();
    Optional<PlaceKind> kind = pn.designator().get().kind();
    if (kind.isPresent() && named.stream().anyMatch(p -> p.kind() == kind.get())) {
      named = named.stream().filter(p -> p.kind() == kind.get()).toList();
    }
    return new Reading(m, PlaceNames.key(pn.name()), pn.name(), named, false);
  }

  private static final java.util.regex.Pattern DIRECTION = java.util.regex.Pattern.compile(
      "(?i)(northern|southern|eastern|western|central|northeastern|northwestern|southeastern|southwestern|downtown)"
          + "\\s+(.+)");

  /** The name without a leading direction ("western Bogota" gives "Bogota"), if it has one. */
  private static Optional<String> withoutDirection(String text) {
    java.util.regex.Matcher d = DIRECTION.matcher(text.strip());
    return d.matches() ? Optional.of(d.group(2)) : Optional.empty();
  }

  private static Location location(Choice c) {
    Place p = c.best();
    return new Location(c.reading().name(), p.kind() == PlaceKind.CITY ? Optional.of(p.name()) : Optional.empty(),
        p.admin1(), Optional.of(p.countryCode()), Optional.of(p.lat()), Optional.of(p.lon()), precision(p),
        Optional.of(c.reading().mention().evidence()));
  }

  private static GeoPrecision precision(Place p) {
    return switch (p.kind()) {
      case CITY -> GeoPrecision.CITY;
      case ADMIN1 -> GeoPrecision.ADMIN1;
      case COUNTRY -> GeoPrecision.COUNTRY;
    };
  }

  /**
   * One mention's candidates. {@code key} is the compared form of the name (a mention's repetitions share it);
   * {@code name} the name as written, or for a demonym its place's name.
   */
  private record Reading(PlaceMention mention, String key, String name, List<Place> candidates, boolean adjective) {
    boolean known() { return !candidates.isEmpty(); }

    int sentence() { return mention.evidence().sentence(); }

    /** Score without context: size and kind. */
    double prior(Place p) {
      double kind = switch (p.kind()) {
        case COUNTRY -> COUNTRY_PRIOR;
        case ADMIN1 -> candidates.stream().anyMatch(c -> c.kind() == PlaceKind.CITY
            && c.countryCode().equals(p.countryCode()) && c.admin1().equals(p.admin1()))
            ? SEAT_NAMED_ADMIN1_PRIOR : ADMIN1_PRIOR;
        case CITY -> 0;
      };
      return Math.log10(Math.max(1, p.population())) + kind;
    }

    /** Each candidate's probability from its prior alone. */
    Map<Place, Double> odds() {
      return softmax(candidates, this::prior);
    }
  }

  private record Choice(Reading reading, Place best, double share) {
    /** Clear-cut, or in the document's focus country, or in a country another incident mention points to. */
    boolean supported(List<Choice> all, String focusCountry) {
      if (share >= CLEAR_SHARE || best.countryCode().equals(focusCountry)) return true;
      return all.stream().anyMatch(o -> o != this && !o.reading.key.equals(reading.key)
          && o.best.countryCode().equals(best.countryCode()));
    }
  }

  /** The document's readings, and what they say about each other. */
  private static final class Document {
    private final List<Reading> readings;
    private final Optional<Long> datelineSpan;
    private final Map<Reading, Map<Place, Double>> odds = new HashMap<>();
    private final Map<String, Map<String, Double>> focusWithout = new HashMap<>();

    Document(List<Reading> readings, Optional<Long> datelineSpan) {
      this.readings = readings;
      this.datelineSpan = datelineSpan;
      for (Reading r : readings) odds.put(r, r.odds());
    }

    /**
     * A small town abroad that nothing else in the article points to, in an article clearly about another country,
     * or that no other name vouches for ({@link #vouchedFor}) in an article about another country: most likely a
     * place the gazetteer lacks that shares its name ("San Miguelito", a San Salvador neighbourhood, is not the
     * Panamanian town; "Escalon" there is not Escalon, California) or a word that is no place at all.
     */
    boolean stray(Choice c, String focus) {
      Place p = c.best();
      if (c.reading().adjective() || p.kind() != PlaceKind.CITY || p.population() >= STRAY_MAX_POPULATION
          || p.countryCode().equals(focus)) {
        return false;
      }
      Map<String, Double> others = focusWithout(c.reading().key());
      if (others.getOrDefault(p.countryCode(), 0.0) < STRAY_MAX_SHARE
          && others.getOrDefault(focus, 0.0) >= STRAY_FOCUS_SHARE) {
        return true;
      }
      return !focus.isEmpty() && !vouchedFor(c.reading(), p.countryCode());
    }

    /**
     * Whether another name vouches for reading {@code r} in country {@code code}: a name in its own sentence that
     * may mean that country or a place in it ("Tal Afar, Iraq"), or a name anywhere that most likely means a town or
     * division there ("Escalon" with "California"). Naming the country elsewhere does not: "the U.S. embassy" says
     * nothing of where Escalon, a San Salvador neighbourhood, lies.
     */
    private boolean vouchedFor(Reading r, String code) {
      for (Reading o : readings) {
        if (o.key().equals(r.key()) || o.adjective()) continue;
        for (Map.Entry<Place, Double> e : odds.get(o).entrySet()) {
          if (!e.getKey().countryCode().equals(code)) continue;
          if (o.sentence() == r.sentence()) return true;
          if (e.getKey().kind() != PlaceKind.COUNTRY && e.getValue() >= VOUCHING_ODDS) return true;
        }
      }
      return false;
    }

    Choice choose(Reading r) {
      Map<String, Double> focus = focusWithout(r.key());
      Map<Place, Double> share = softmax(r.candidates(), p -> score(r, p, focus));
      Place best = r.candidates().stream().max(Comparator.comparingDouble(share::get)).orElseThrow();
      return new Choice(r, best, share.get(best));
    }

    /** The country most mentions point to, or "" for a document that names no place. */
    String topCountry() {
      return leading(votes(r -> true)).map(Map.Entry::getKey).orElse("");
    }

    private double score(Reading r, Place p, Map<String, Double> focus) {
      return r.prior(p) + FOCUS_WEIGHT * focus.getOrDefault(p.countryCode(), 0.0) + containment(r, p);
    }

    private double containment(Reading r, Place p) {
      double bonus = 0;
      for (Reading o : readings) {
        if (o.key().equals(r.key())) continue;
        for (Map.Entry<Place, Double> e : odds.get(o).entrySet()) {
          Place q = e.getKey();
          if (!q.countryCode().equals(p.countryCode())) continue;
          if (p.kind() == PlaceKind.CITY && q.kind() == PlaceKind.ADMIN1 && p.admin1().isPresent()
              && q.admin1().equals(p.admin1())) {
            bonus = Math.max(bonus, NAMED_ADMIN1_BONUS + (o.sentence() == r.sentence() ? SAME_SENTENCE_BONUS : 0));
          } else if (p.kind() == PlaceKind.ADMIN1 && q.kind() == PlaceKind.CITY && q.admin1().equals(p.admin1())) {
            bonus = Math.max(bonus, NAMED_CITY_BONUS * e.getValue());
          }
        }
      }
      return bonus;
    }

    /** Each country's share of the votes of all readings whose key differs from {@code key}. */
    private Map<String, Double> focusWithout(String key) {
      return focusWithout.computeIfAbsent(key, k -> votes(o -> !o.key().equals(k)));
    }

    /** Each country's share of the voters' votes; a voter splits its one vote by its candidates' prior odds. */
    private Map<String, Double> votes(Predicate<Reading> voter) {
      Map<String, Double> votes = new HashMap<>();
      double voters = 0;
      for (Reading o : readings) {
        if (!voter.test(o)) continue;
        double weight = datelineSpan.equals(Optional.of(spanKey(o.mention()))) ? DATELINE_VOTES : 1;
        voters += weight;
        for (Map.Entry<Place, Double> e : odds.get(o).entrySet()) {
          votes.merge(e.getKey().countryCode(), weight * e.getValue(), Double::sum);
        }
      }
      double n = voters;
      votes.replaceAll((c, v) -> v / n);
      return votes;
    }
  }

  /** exp-normalised scores in log10 units; ties keep equal shares. */
  private static Map<Place, Double> softmax(List<Place> places, ToDoubleFunction<Place> score) {
    double[] s = new double[places.size()];
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < s.length; i++) {
      s[i] = score.applyAsDouble(places.get(i));
      max = Math.max(max, s[i]);
    }
    double sum = 0;
    for (int i = 0; i < s.length; i++) {
      s[i] = Math.pow(10, s[i] - max);
      sum += s[i];
    }
    Map<Place, Double> out = new LinkedHashMap<>();
    for (int i = 0; i < s.length; i++) out.merge(places.get(i), s[i] / sum, Double::sum);
    return out;
  }
}
