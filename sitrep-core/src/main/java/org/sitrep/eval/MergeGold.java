package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.sitrep.resolve.Gazetteer;
import org.sitrep.resolve.Place;
import org.sitrep.resolve.PlaceKind;

/**
 * Which MUC-4 answer-key templates describe the same real incident: the gold clustering for the merge evaluation
 * (docs/merge.md). MUC-4 keys one template per incident per document and never links documents, so the link is
 * rebuilt from what the keys say. Two templates are <em>linked</em> when they come from different documents, share an
 * incident type, have dates with a day in common (give or take one), places on one path (one contains the other, "EL SALVADOR" contains
 * "EL SALVADOR: SAN SALVADOR") or towns that neighbour each other, and share a target or victim string (PHYS TGT: ID or HUM TGT: NAME, any alternative,
 * normalised as GTT does). Links are then applied surest first (dates closest, then most shared strings), and one is
 * skipped when it
 * would put two templates of one document in one cluster, leave the cluster's dates without a common day or its
 * places incompatible: linking alone would chain the Galán and Valencia killings through a report that names both.
 * An unknown date or place constrains nothing.
 */
public final class MergeGold {
  private MergeGold() {}

  /**
   * A day range a key allows, {@code to} one day past the key's own end (see {@link #templates}); an empty {@code from}
   * is the key's "on or before" ("- 08 JAN 90").
   */
  public record Days(Optional<LocalDate> from, LocalDate to) {
    public Days {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      if (from.isPresent() && from.get().isAfter(to)) throw new IllegalArgumentException(from.get() + " > " + to);
    }

    Optional<Days> intersect(Days o) {
      Optional<LocalDate> f = from.isEmpty() ? o.from : o.from.isEmpty() ? from
          : Optional.of(from.get().isAfter(o.from.get()) ? from.get() : o.from.get());
      LocalDate t = to.isBefore(o.to) ? to : o.to;
      return f.isPresent() && f.get().isAfter(t) ? Optional.empty() : Optional.of(new Days(f, t));
    }
  }

  /**
   * One gold template, reduced to what the link compares. {@code types} holds the key's alternatives ("BOMBING /
   * ATTACK" gives two); {@code dates} and {@code places} are alternatives too, empty when the key gives none. A place is
   * a path from the country down, each level the set of names the key allows there. {@code targets} are normalised
   * strings.
   */
  public record Template(String document, int index, Set<String> types, List<Days> dates, List<Path> places,
                         Set<String> targets) {
    public Template {
      Objects.requireNonNull(document, "document");
      types = Set.copyOf(types);
      dates = List.copyOf(dates);
      places = List.copyOf(places);
      targets = Collections.unmodifiableSortedSet(new TreeSet<>(targets));
    }

    public String id() { return document + "#" + index; }
  }

  /**
   * One place a key allows: the levels from the country down, each the set of names allowed there; where the most
   * specific town or city on it lies, and the first-level division ({@code region}, as the gazetteer names it) the
   * path ends in: the town's, or the department's when the path stops at one. Both only when the gazetteer knows them
   * in the path's country.
   */
  public record Path(List<Set<String>> levels, Optional<Point> town, Optional<String> region) {
    public Path {
      levels = levels.stream().map(Set::copyOf).toList();
      Objects.requireNonNull(town, "town");
      Objects.requireNonNull(region, "region");
    }
  }

  public record Point(double lat, double lon) {
    double km(Point o) {
      double la1 = Math.toRadians(lat), la2 = Math.toRadians(o.lat);
      double h = Math.pow(Math.sin((la2 - la1) / 2), 2)
          + Math.cos(la1) * Math.cos(la2) * Math.pow(Math.sin(Math.toRadians(o.lon - lon) / 2), 2);
      return 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(h)));
    }
  }

  /** Towns closer than this are one place for the gold rule: the key says Soacha where the wire says Bogotá. */
  static final double NEIGHBOUR_KM = 50;

  /** Key place types that name a settlement, whose position the gazetteer can give. */
  private static final Set<String> TOWNS = Set.of("CITY", "TOWN", "VILLAGE", "MUNICIPALITY", "PORT", "CAPITAL",
      "SUBURB", "HAMLET", "TOWNSHIP");

  /** Key place types that name a first-level division. */
  private static final Set<String> REGIONS = Set.of("DEPARTMENT", "PROVINCE", "STATE", "INTENDANCY");

  /** The templates of one line of the MUC-4 JSON Lines files, in key order; places are located with {@code gazetteer}. */
  public static List<Template> templates(JsonNode document, Gazetteer gazetteer) {
    String id = document.path("id").asText();
    List<Template> out = new ArrayList<>();
    int index = 0;
    for (JsonNode t : document.path("templates")) {
      Set<String> types = new TreeSet<>();
      for (String type : t.path("incident_type").asText("").split("/")) {
        if (!type.isBlank()) types.add(type.strip().toLowerCase(Locale.ROOT));
      }
      out.add(new Template(id, index++, types, dates(t.path("incident_date")),
          places(t.path("incident_location"), gazetteer), targets(t)));
    }
    return out;
  }

  private static List<Days> dates(JsonNode date) {
    List<Days> out = new ArrayList<>();
    for (JsonNode a : date.path("alternatives")) {
      Optional<LocalDate> from = a.path("from").isTextual() ? Optional.of(LocalDate.parse(a.path("from").asText()))
          : Optional.empty();
      Optional<LocalDate> to = a.path("to").isTextual() ? Optional.of(LocalDate.parse(a.path("to").asText())) : from;
      // Two keys mistype a year ("11 NOV 90 - 19 NOV 89"): a start after the end keeps only "on or before the end".
      // The range runs one day past the key's end, so that keys one day apart meet: reports disagree by a day when
      // one is filed after midnight ("yesterday") or dates the night by its morning.
      to.ifPresent(t -> out.add(new Days(from.filter(f -> !f.isAfter(t)), t.plusDays(1))));
    }
    return out;
  }

  private static List<Path> places(JsonNode location, Gazetteer gazetteer) {
    List<Path> out = new ArrayList<>();
    for (JsonNode path : location.path("alternatives")) {
      List<Set<String>> levels = new ArrayList<>();
      Optional<String> town = Optional.empty();
      Optional<String> department = Optional.empty();
      boolean deeper = false;
      for (JsonNode level : path) {
        Set<String> names = new TreeSet<>();
        if (level.has("between")) level.path("between").forEach(b -> addNames(names, b.path("name").asText("")));
        else addNames(names, level.path("name").asText(""));
        levels.add(names);
        String name = level.path("name").asText("").split("/")[0].strip();
        List<String> types = Arrays.stream(level.path("type").asText("").split("/")).map(String::strip).toList();
        if (types.stream().anyMatch(TOWNS::contains)) town = Optional.of(name);
        else if (types.stream().anyMatch(REGIONS::contains) && town.isEmpty()) department = Optional.of(name);
        else if (town.isPresent()) deeper = true;
      }
      // A path that goes below its town ("MEDELLIN: GUAYABAL (NEIGHBORHOOD)") is placed by that finer level, which the
      // gazetteer cannot locate: no neighbour or department rule for it, only nesting.
      if (deeper) {
        town = Optional.empty();
        department = Optional.empty();
      }
      if (levels.isEmpty()) continue;
      Optional<String> code = countryCode(gazetteer, path.get(0).path("name").asText("").split("/")[0].strip());
      Optional<Place> townPlace = town.flatMap(t -> code.flatMap(c -> locate(gazetteer, c, t, PlaceKind.CITY)));
      Optional<String> region = townPlace.isPresent() ? townPlace.get().admin1()
          : department.flatMap(d -> code.flatMap(c -> locate(gazetteer, c, d, PlaceKind.ADMIN1))).flatMap(Place::admin1);
      out.add(new Path(levels, townPlace.map(p -> new Point(p.lat(), p.lon())), region));
    }
    return out;
  }

  private static Optional<String> countryCode(Gazetteer gazetteer, String country) {
    return gazetteer.lookup(country).stream().filter(p -> p.kind() == PlaceKind.COUNTRY).map(Place::countryCode)
        .findFirst();
  }

  /** The most populous gazetteer place of that name and kind in that country. */
  private static Optional<Place> locate(Gazetteer gazetteer, String code, String name, PlaceKind kind) {
    return gazetteer.lookup(name).stream().filter(p -> p.kind() == kind && p.countryCode().equals(code)).findFirst();
  }

  private static void addNames(Set<String> into, String names) {
    for (String n : names.split("/")) {
      String norm = MentionNormalizer.normalize(n);
      if (!norm.isEmpty()) into.add(norm);
    }
  }

  /** PHYS TGT: ID and HUM TGT: NAME, every alternative: the strings that name what was hit. */
  private static Set<String> targets(JsonNode template) {
    Set<String> out = new TreeSet<>();
    for (String slot : List.of("phys_tgt_id", "hum_tgt_name")) {
      for (JsonNode entity : template.path(slot)) {
        for (JsonNode s : entity.path("strings")) {
          String norm = MentionNormalizer.normalize(s.asText());
          if (!norm.isEmpty()) out.add(norm);
        }
      }
    }
    return out;
  }

  /** Whether two templates could be one incident by the link rule above (before cluster constraints). */
  public static boolean linked(Template a, Template b) {
    return !a.document().equals(b.document()) && intersects(a.types(), b.types()) && daysMeet(a.dates(), b.dates())
        && placesNest(a.places(), b.places()) && sharedCount(a.targets(), b.targets()) > 0;
  }

  /**
   * The gold clusters: every template in exactly one, clusters in order of their first template, templates in input
   * order. Deterministic: links of equal strength are applied in input order.
   */
  public static List<List<Template>> clusters(List<Template> templates) {
    record Link(int a, int b, long closeness, int shared) {}
    List<Link> links = new ArrayList<>();
    for (int i = 0; i < templates.size(); i++) {
      for (int j = i + 1; j < templates.size(); j++) {
        Template a = templates.get(i), b = templates.get(j);
        if (linked(a, b)) links.add(new Link(i, j, closeness(a.dates(), b.dates()),
            sharedCount(a.targets(), b.targets())));
      }
    }
    links.sort(Comparator.comparingLong(Link::closeness).thenComparing(Comparator.comparingInt(Link::shared).reversed())
        .thenComparingInt(Link::a).thenComparingInt(Link::b));
    int[] of = new int[templates.size()];
    Map<Integer, Cluster> clusters = new HashMap<>();
    for (int i = 0; i < templates.size(); i++) {
      of[i] = i;
      clusters.put(i, Cluster.of(i, templates.get(i)));
    }
    for (Link link : links) {
      int a = of[link.a()], b = of[link.b()];
      if (a == b) continue;
      Optional<Cluster> joined = clusters.get(a).join(clusters.get(b), templates);
      if (joined.isEmpty()) continue;
      int keep = Math.min(a, b), drop = Math.max(a, b);
      for (int m : clusters.get(drop).members) of[m] = keep;
      clusters.remove(drop);
      clusters.put(keep, joined.get());
    }
    List<List<Template>> out = new ArrayList<>();
    clusters.keySet().stream().sorted().forEach(k -> out.add(clusters.get(k).members.stream().sorted()
        .map(templates::get).toList()));
    return out;
  }

  /** A growing gold cluster: its members, documents, the types and days all members allow. */
  private record Cluster(List<Integer> members, Set<String> documents, Set<String> types, Optional<List<Days>> days) {
    static Cluster of(int i, Template t) {
      return new Cluster(List.of(i), Set.of(t.document()), t.types(),
          t.dates().isEmpty() ? Optional.empty() : Optional.of(t.dates()));
    }

    Optional<Cluster> join(Cluster o, List<Template> all) {
      if (intersects(documents, o.documents)) return Optional.empty();
      Set<String> t = new TreeSet<>(types);
      t.retainAll(o.types);
      if (t.isEmpty()) return Optional.empty();
      Optional<List<Days>> d = days.isEmpty() ? o.days : o.days.isEmpty() ? days : Optional.of(meet(days.get(), o.days.get()));
      if (d.isPresent() && d.get().isEmpty()) return Optional.empty();
      for (int x : members) {
        for (int y : o.members) {
          if (!placesNest(all.get(x).places(), all.get(y).places())) return Optional.empty();
        }
      }
      List<Integer> m = new ArrayList<>(members);
      m.addAll(o.members);
      Set<String> docs = new HashSet<>(documents);
      docs.addAll(o.documents);
      return Optional.of(new Cluster(List.copyOf(m), Set.copyOf(docs), Set.copyOf(t), d));
    }
  }

  /**
   * How surely two templates' dates put them on one day, smaller is surer: the days their bounded ranges share; when a
   * range is open ("on or before"), a large constant plus how far apart the two latest days lie, so that two reports
   * "on or before 22 MAR 90" link before one of them links with "on or before 23 JAN 89". No date at all is least sure.
   */
  private static long closeness(List<Days> a, List<Days> b) {
    if (a.isEmpty() || b.isEmpty()) return Long.MAX_VALUE;
    long best = Long.MAX_VALUE;
    for (Days x : a) {
      for (Days y : b) {
        Optional<Days> both = x.intersect(y);
        if (both.isEmpty()) continue;
        long c = both.get().from().isPresent() && x.from().isPresent() && y.from().isPresent()
            ? both.get().to().toEpochDay() - both.get().from().get().toEpochDay()
            : OPEN + Math.abs(x.to().toEpochDay() - y.to().toEpochDay());
        best = Math.min(best, c);
      }
    }
    return best;
  }

  private static final long OPEN = 1_000_000;

  static boolean daysMeet(List<Days> a, List<Days> b) {
    return a.isEmpty() || b.isEmpty() || !meet(a, b).isEmpty();
  }

  /** The ranges both alternatives lists allow. */
  private static List<Days> meet(List<Days> a, List<Days> b) {
    Set<Days> out = new LinkedHashSet<>();
    for (Days x : a) for (Days y : b) x.intersect(y).ifPresent(out::add);
    return List.copyOf(out);
  }

  /**
   * Some path of one is a prefix of some path of the other, level by level (a level matches on any shared name); or,
   * in one country, their towns lie under {@link #NEIGHBOUR_KM} apart, or one names a town and the other only the
   * department the town is in.
   */
  static boolean placesNest(List<Path> a, List<Path> b) {
    if (a.isEmpty() || b.isEmpty()) return true;
    for (Path p : a) {
      for (Path q : b) {
        boolean nest = true;
        for (int i = 0; i < Math.min(p.levels().size(), q.levels().size()) && nest; i++) {
          nest = intersects(p.levels().get(i), q.levels().get(i));
        }
        if (nest) return true;
        if (!intersects(p.levels().get(0), q.levels().get(0))) continue;
        if (p.town().isPresent() && q.town().isPresent() && p.town().get().km(q.town().get()) <= NEIGHBOUR_KM) {
          return true;
        }
        // "COLOMBIA: ANTIOQUIA (DEPARTMENT)" contains "COLOMBIA: MEDELLIN (CITY)": the key skipped a level
        if (p.town().isPresent() != q.town().isPresent() && p.region().isPresent() && p.region().equals(q.region())) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean intersects(Set<String> a, Set<String> b) {
    for (String s : a) if (b.contains(s)) return true;
    return false;
  }

  /**
   * Two target strings name the same thing when equal, or when they share a run of two words or more: "antonio
   * rodriguez porth" and "jose antonio rodriguez porth", "offices of el espectador" and "el espectador's offices". One
   * shared word is not enough ("electricity" in "electricity system" would chain a year of sabotage into one incident;
   * "carlos" is in half the names of Colombia), nor a run of two tiny words ("u s" in "u s embassy" and "u s
   * citizens"), nor a run with a joining word ("offices of").
   */
  /** Words that join a phrase rather than name anything: "offices of" is in "offices of radio mineria" and in
   * "offices of lawyer luis rossman". */
  private static final Set<String> JOINERS = Set.of("of", "and", "in", "at", "on", "to", "for", "s", "de", "del", "y");

  static boolean sameTarget(String a, String b) {
    if (a.equals(b)) return true;
    String[] x = a.split(" "), y = b.split(" ");
    for (int i = 0; i + 1 < x.length; i++) {
      for (int j = 0; j + 1 < y.length; j++) {
        if (x[i].equals(y[j]) && x[i + 1].equals(y[j + 1]) && x[i].length() + x[i + 1].length() >= 5
            && !JOINERS.contains(x[i]) && !JOINERS.contains(x[i + 1])) return true;
      }
    }
    return false;
  }

  private static int sharedCount(Set<String> a, Set<String> b) {
    int n = 0;
    for (String s : a) {
      for (String t : b) {
        if (sameTarget(s, t)) {
          n++;
          break;
        }
      }
    }
    return n;
  }
}
