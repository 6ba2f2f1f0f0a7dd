package org.sitrep.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.domain.GeoPrecision;
import org.sitrep.domain.IncidentStatus;
import org.sitrep.domain.Location;
import org.sitrep.nlp.NlpDoc;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;
import org.sitrep.resolve.PlaceMention;
import org.sitrep.resolve.PlaceResolver;

/** Chooses which place mentions can place an incident, and lets the resolver pick among them. */
final class IncidentPlacer {
  private final PlaceResolver resolver;

  IncidentPlacer(PlaceResolver resolver) { this.resolver = resolver; }

  /**
   * The incident's place: locative mentions ("in X", "at X", "province of X", "overran X") in its trigger sentences
   * first, then in all its sentences, then names qualifying a noun in its trigger sentences ("a Basra activist");
   * route phrases ("from Quetta to Peshawar") never place an incident. Within a sentence, mentions nearer a trigger
   * come first, so that "a court in Pattani sentenced ... for a bombing in Yala" places the bombing in Yala.
   */
  Optional<Location> locate(NlpDoc doc, IncidentStatus status, List<Sentence> sentences, List<Trigger> specific,
                            List<PlaceMention> places) {
    Set<Integer> triggerSentences = new LinkedHashSet<>();
    specific.forEach(t -> triggerSentences.add(t.sentence()));
    List<PlaceMention> inTriggers = new ArrayList<>();
    List<PlaceMention> inDraft = new ArrayList<>();
    List<PlaceMention> qualifying = new ArrayList<>();
    List<PlaceMention> datelines = new ArrayList<>();
    Set<Integer> draftSentences = new LinkedHashSet<>();
    sentences.forEach(s -> draftSentences.add(s.index()));
    List<PlaceMention> whose = new ArrayList<>();
    for (PlaceMention m : places) {
      int si = m.evidence().sentence();
      Sentence s = doc.sentences().get(si);
      if (si == 0 && isDateline(s, m)) datelines.add(m);
      if (nationality(s, m)) {
        whose.add(m);
        continue;
      }
      if (!draftSentences.contains(si)) continue;
      Role role = role(s, m);
      if (role == Role.QUALIFIER && resolver.namesCountry(m)) continue;
      if (role == Role.QUALIFIER && triggerSentences.contains(si)) qualifying.add(m);
      if (role != Role.LOCATIVE) continue;
      inDraft.add(m);
      if (triggerSentences.contains(si)) inTriggers.add(m);
    }
    Comparator<PlaceMention> nearest = Comparator.comparingInt(m -> distanceToTrigger(doc, m, specific));
    inTriggers.sort(nearest);
    inDraft.sort(nearest);
    qualifying.sort(nearest);
    Optional<PlaceMention> dateline = datelines.stream().findFirst();
    Optional<PlaceMention> datelineCountry = dateline.flatMap(d -> places.stream()
        .filter(m -> m.evidence().start() >= d.evidence().end()).findFirst()
        .filter(m -> doc.raw().substring(d.evidence().end(), m.evidence().start()).matches("\\s*[(,]\\s*")));
    Optional<PlaceResolver.Dateline> filed = dateline.flatMap(d -> resolver.dateline(d, datelineCountry));
    List<PlaceMention> candidates = !inTriggers.isEmpty() ? inTriggers : !inDraft.isEmpty() ? inDraft : qualifying;
    Optional<Location> placed = resolver.resolve(candidates, places, filed).map(l -> narrowedToDateline(l, filed));
    if (placed.isPresent() || status != IncidentStatus.CURRENT) return placed;
    // Whose embassy or student it was ("the U.S. embassy") says nothing of where the article's news is.
    List<PlaceMention> body = places.stream()
        .filter(m -> !dateline.equals(Optional.of(m)) && !datelineCountry.equals(Optional.of(m)) && !whose.contains(m))
        .toList();
    return filedFrom(filed.map(PlaceResolver.Dateline::location), body);
  }

  /**
   * An incident placed no closer than a country ("attacked in Guatemala", a street the gazetteer lacks) in the
   * country of a report filed from one of its cities: the report's city, the nearest the text allows.
   */
  private Location narrowedToDateline(Location placed, Optional<PlaceResolver.Dateline> filed) {
    if (placed.precision() != GeoPrecision.COUNTRY || filed.isEmpty()) return placed;
    Location city = filed.get().location();
    if (city.precision() != GeoPrecision.CITY || !city.country().equals(placed.country())) return placed;
    boolean country = placed.evidence().map(e -> resolver.namesCountry(new PlaceMention(placed.name(), e)))
        .orElse(true);
    return country ? city : new Location(placed.name(), city.city(), city.admin1(), city.country(),
        city.lat(), city.lon(), GeoPrecision.CITY, placed.evidence());
  }

  /** The least share of the article's place votes that makes its country the place of an unplaced incident. */
  static final double BODY_FOCUS_SHARE = 0.5;
  /** The share of the article's place votes under which the dateline's country counts as absent from it. */
  static final double ABSENT_SHARE = 0.2;

  /**
   * The place of a current incident whose own sentences name none: the dateline's, where the report was filed,
   * unless the article's other names point to another country and hardly to the dateline's ("MOSCOW (USSR)" over a bombing in Peru, a
   * "CLANDESTINE" radio's report on El Salvador): then that country.
   */
  private Optional<Location> filedFrom(Optional<Location> filed, List<PlaceMention> body) {
    Optional<org.sitrep.resolve.Place> focus = resolver.focus(body, BODY_FOCUS_SHARE);
    if (focus.isEmpty()) return filed;
    double filedShare = filed.flatMap(Location::country)
        .map(c -> resolver.countryShares(body).getOrDefault(c, 0.0)).orElse(0.0);
    return filedShare < ABSENT_SHARE ? Optional.of(PlaceResolver.countryLocation(focus.get())) : filed;
  }

  /** How a mention stands in its sentence. */
  enum Role {
    /** It places something: "in Quetta", "province of Baluchistan", "stormed Kabul". */
    LOCATIVE,
    /** It qualifies a noun, saying where someone or something is from: "a Basra activist". */
    QUALIFIER,
    /** Anything else, routes ("from Quetta to Peshawar") among them. */
    OTHER
  }

  private static final Set<String> LOCATIVE = Set.of(
      "in", "at", "near", "outside", "inside", "across", "around", "throughout", "within", "into", "on", "off");
  private static final Set<String> AREA_NOUNS = Set.of(
      "province", "city", "town", "district", "region", "state", "village", "capital", "outskirts", "suburbs",
      "department", "county", "area", "municipality", "governorate", "prefecture", "coast", "island", "forest",
      "forests", "hills", "mountains", "north", "south", "east", "west", "northeast", "northwest", "southeast",
      "southwest");
  private static final Set<String> ROUTE = Set.of("from", "to", "towards", "toward", "for", "via", "between", "against", "with");
  /** Verbs whose object is the place attacked or taken: "overran Macomia", "stormed Kabul". */
  private static final Set<String> TAKING_VERBS = Set.of(
      "attack", "overrun", "storm", "raid", "seize", "capture", "shell", "bomb", "besiege", "invade", "occupy",
      "enter", "ambush");

  /** Whether the mention places something ("in Quetta", "Baluchistan province"), qualifies a noun, or neither. */
  static Role role(Sentence s, PlaceMention m) {
    List<Token> t = s.tokens();
    int first = -1;
    for (int i = 0; i < t.size(); i++) if (t.get(i).start() == m.evidence().start()) { first = i; break; }
    if (first < 0) return Role.OTHER;
    boolean route = false;
    for (int k = first - 1; k >= Math.max(0, first - 5); k--) {
      Token w = t.get(k);
      if (LOCATIVE.contains(w.lower())) return Role.LOCATIVE;
      if (ROUTE.contains(w.lower())) {
        route = true;
        break;
      }
      if (w.lower().equals("of")) {
        if (k > 0 && AREA_NOUNS.contains(t.get(k - 1).lower())) return Role.LOCATIVE;
        break;
      }
      if (w.pos().startsWith("VB") && TAKING_VERBS.contains(w.lemma().toLowerCase(java.util.Locale.ROOT))) {
        return Role.LOCATIVE;
      }
      String pos = w.pos();
      if (!(pos.startsWith("JJ") || pos.startsWith("NN") || pos.equals("DT") || pos.equals("POS") || pos.equals(",")
          || pos.equals("HYPH") || pos.equals("VBG") || pos.equals("VBN"))) break;
    }
    int after = first + 1;
    while (after < t.size() && t.get(after).start() < m.evidence().end()) after++;
    if (after < t.size() && AREA_NOUNS.contains(t.get(after).lower())) return route ? Role.OTHER : Role.LOCATIVE;
    boolean nameBefore = after - 1 < t.size() && t.get(after - 1).pos().startsWith("NNP");
    boolean nounAfter = after < t.size() && (t.get(after).pos().equals("NN") || t.get(after).pos().equals("NNS"));
    return !route && nameBefore && nounAfter ? Role.QUALIFIER : Role.OTHER;
  }

  /**
   * A country's name before a noun says whose something is, not where: "near the U.S. embassy", "a U.S. student",
   * unless the noun is an area ("Colombia's north" aside, "the Peru border region" is not one).
   */
  private boolean nationality(Sentence s, PlaceMention m) {
    List<Token> t = s.tokens();
    int after = 0;
    while (after < t.size() && t.get(after).start() < m.evidence().end()) after++;
    if (after >= t.size() || !t.get(after).pos().startsWith("NN") || AREA_NOUNS.contains(t.get(after).lower())) {
      return false;
    }
    return resolver.namesCountry(m);
  }

  /** Tokens between the mention and the nearest trigger in its sentence; sentences without one come last. */
  private static int distanceToTrigger(NlpDoc doc, PlaceMention m, List<Trigger> triggers) {
    Sentence s = doc.sentences().get(m.evidence().sentence());
    int at = 0;
    while (at < s.tokens().size() && s.tokens().get(at).start() < m.evidence().start()) at++;
    int best = Integer.MAX_VALUE;
    for (Trigger tr : triggers) {
      if (tr.sentence() != s.index()) continue;
      int d = at < tr.first() ? tr.first() - at : Math.max(0, at - (tr.last() - 1));
      best = Math.min(best, d);
    }
    return best;
  }

  /** "QUETTA, Pakistan —" opening the article: where the report was filed. */
  private static boolean isDateline(Sentence s, PlaceMention m) {
    List<Token> t = s.tokens();
    if (t.isEmpty() || t.get(0).start() != m.evidence().start()) return false;
    for (int k = 1; k < Math.min(t.size(), 8); k++) {
      String w = t.get(k).text();
      if (w.equals("—") || w.equals("--") || w.equals("-") || w.equals("(")) return true;
    }
    return false;
  }
}
