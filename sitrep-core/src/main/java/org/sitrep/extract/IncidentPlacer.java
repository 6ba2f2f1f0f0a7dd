package org.sitrep.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
   * The incident's place: locative mentions ("in X", "at X", "province of X") in its trigger sentences first, then in
   * all its sentences; route phrases ("from Quetta to Peshawar") never place an incident.
   */
  Optional<Location> locate(NlpDoc doc, IncidentStatus status, List<Sentence> sentences, List<Trigger> specific,
                            List<PlaceMention> places) {
    Set<Integer> triggerSentences = new LinkedHashSet<>();
    specific.forEach(t -> triggerSentences.add(t.sentence()));
    List<PlaceMention> inTriggers = new ArrayList<>();
    List<PlaceMention> inDraft = new ArrayList<>();
    List<PlaceMention> datelines = new ArrayList<>();
    Set<Integer> draftSentences = new LinkedHashSet<>();
    sentences.forEach(s -> draftSentences.add(s.index()));
    for (PlaceMention m : places) {
      int si = m.evidence().sentence();
      Sentence s = doc.sentences().get(si);
      if (si == 0 && isDateline(s, m)) datelines.add(m);
      if (!draftSentences.contains(si) || !locative(s, m)) continue;
      inDraft.add(m);
      if (triggerSentences.contains(si)) inTriggers.add(m);
    }
    // The dateline says where the report was filed: the incident's place only when its own sentences name none.
    List<PlaceMention> candidates = !inTriggers.isEmpty() ? inTriggers : !inDraft.isEmpty() ? inDraft
        : status == IncidentStatus.CURRENT ? datelines : List.of();
    Optional<Location> found = resolver.resolve(candidates, places);
    if (found.isPresent() || status == IncidentStatus.CURRENT) return found;
    return Optional.empty();
  }

  private static final Set<String> LOCATIVE = Set.of(
      "in", "at", "near", "outside", "inside", "across", "around", "throughout", "within", "into", "on");
  private static final Set<String> AREA_NOUNS = Set.of(
      "province", "city", "town", "district", "region", "state", "village", "capital", "outskirts", "suburbs",
      "department", "county", "area", "municipality", "governorate", "prefecture");
  private static final Set<String> ROUTE = Set.of("from", "to", "towards", "toward", "for", "via", "between", "against", "with");

  /** Whether the mention places something: "in Quetta", "province of Baluchistan", "Baluchistan province". */
  private static boolean locative(Sentence s, PlaceMention m) {
    List<Token> t = s.tokens();
    int first = -1;
    for (int i = 0; i < t.size(); i++) if (t.get(i).start() == m.evidence().start()) { first = i; break; }
    if (first < 0) return false;
    for (int k = first - 1; k >= Math.max(0, first - 5); k--) {
      String w = t.get(k).lower();
      if (LOCATIVE.contains(w)) return true;
      if (ROUTE.contains(w)) return false;
      if (w.equals("of")) return k > 0 && AREA_NOUNS.contains(t.get(k - 1).lower());
      String pos = t.get(k).pos();
      if (!(pos.startsWith("JJ") || pos.startsWith("NN") || pos.equals("DT") || pos.equals("POS") || pos.equals(",")
          || pos.equals("HYPH"))) break;
    }
    int after = first + 1;
    while (after < t.size() && t.get(after).start() < m.evidence().end()) after++;
    return after < t.size() && AREA_NOUNS.contains(t.get(after).lower());
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
  }}
