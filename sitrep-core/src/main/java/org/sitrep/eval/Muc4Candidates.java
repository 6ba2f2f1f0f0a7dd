package org.sitrep.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sitrep.domain.Evidence;
import org.sitrep.domain.Extraction;
import org.sitrep.domain.Incident;
import org.sitrep.domain.Participant;
import org.sitrep.domain.Weapon;
import org.sitrep.nlp.EntityMention;
import org.sitrep.nlp.NlpDoc;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * The noun phrases of a report that could fill a MUC-4 role, each with the features the role models read.
 *
 * <p>Why a candidate set of its own rather than sitrep's participants alone: the key wants the exact string it
 * wrote down ("members of the FMLN", "peasants", "car bombs"), and sitrep's participants are only some of the phrases
 * and often cut differently. So every simple noun chunk of the sentences that describe an incident is proposed, with
 * its shorter suffixes ("extreme rightist movement" → "movement"), its "X of Y" extension and its possessor, plus the
 * named-entity mentions and the spans sitrep itself took as participants or weapons (which become features). The
 * models then pick, and {@link Muc4RoleFiller} keeps one string per entity.
 */
public final class Muc4Candidates {
  /** The most suffixes of one chunk proposed: longer premodifier runs are rare and never keyed whole. */
  private static final int MAX_VARIANTS = 5;
  private static final int MAX_TOKENS = 10;

  private Muc4Candidates() {}

  /** One proposed span: tokens [first, last) of a sentence, its raw text, and its features. */
  public record Candidate(int sentence, int first, int last, String text, Map<String, Double> features) {
    public Candidate {
      features = Map.copyOf(features);
    }

    public String normalized() { return MentionNormalizer.normalize(text); }

    public boolean overlaps(Candidate other) {
      return sentence == other.sentence && first < other.last && other.first < last;
    }
  }

  /**
   * The candidates of a report, given the incidents that became templates (their evidence sentences are where roles
   * are looked for, and which one is nearest types the candidate).
   */
  public static List<Candidate> of(Extraction extraction, NlpDoc doc, Map<Incident, Muc4IncidentType> incidents) {
    Map<Integer, Muc4IncidentType> evidenceType = new TreeMap<>();
    Map<Integer, Integer> firstOfIncident = new HashMap<>();
    for (Map.Entry<Incident, Muc4IncidentType> e : incidents.entrySet()) {
      int firstSentence = Integer.MAX_VALUE;
      for (Evidence ev : e.getKey().evidence()) {
        evidenceType.putIfAbsent(ev.sentence(), e.getValue());
        firstSentence = Math.min(firstSentence, ev.sentence());
      }
      if (firstSentence != Integer.MAX_VALUE) firstOfIncident.put(firstSentence, 1);
    }
    if (evidenceType.isEmpty()) return List.of();
    Map<String, Integer> headCounts = new HashMap<>();
    for (Sentence s : doc.sentences()) {
      for (Token t : s.tokens()) if (isNoun(t)) headCounts.merge(t.lemma().toLowerCase(Locale.ROOT), 1, Integer::sum);
    }
    List<Span> spans = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      if (distance(evidenceType, s.index()) > 1) continue;
      spans.addAll(chunks(s));
    }
    for (EntityMention m : doc.mentions()) {
      if (distance(evidenceType, m.sentence()) <= 1) spans.add(new Span(m.sentence(), m.firstToken(), m.lastToken()));
    }
    Map<Span, List<String>> sitrep = sitrepSpans(extraction, doc);
    for (Span span : sitrep.keySet()) if (distance(evidenceType, span.sentence) <= 1) spans.add(span);
    Map<Span, Candidate> out = new LinkedHashMap<>();
    Map<String, Integer> seenStrings = new HashMap<>();
    for (Span span : spans) {
      if (out.containsKey(span) || span.last - span.first > MAX_TOKENS) continue;
      Sentence s = doc.sentences().get(span.sentence);
      List<Token> tokens = s.tokens();
      String text = doc.span(tokens.get(span.first).start(), tokens.get(span.last - 1).end());
      String normalized = MentionNormalizer.normalize(text);
      if (normalized.isEmpty()) continue;
      Map<String, Double> f = features(doc, s, span, evidenceType, firstOfIncident, headCounts, mentionTypes(doc, span),
          sitrep.getOrDefault(span, List.of()), overlapping(sitrep, span));
      int order = seenStrings.merge(normalized, 1, Integer::sum);
      if (order == 1) f.put("first_mention", 1.0);
      out.put(span, new Candidate(span.sentence, span.first, span.last, text, f));
    }
    return withNamesakes(out.values());
  }

  /**
   * The features one mention of a string passes to every mention of it, as {@code doc_} plus the feature: sitrep's
   * own participant tags ({@code sr:}, {@code sk:}) and the phrase's verb relations ({@code pv:}, {@code obj:}).
   * Chosen on train CV against wider sets (with the subject verb, the prepositions, the tags of overlapping spans,
   * entity types, the neighbouring verbs; with token-sequence relations to the incident's trigger words), which
   * gained less.
   */
  static final List<String> SHARED_PREFIXES = List.of("sr:", "sk:", "pv:", "obj:");

  /**
   * Each candidate with what its namesakes do. Why: the key fills a role with a string, so every mention of
   * "guerrillas" in a report is labelled a perpetrator once one of them is, and the decoding keeps a string's best
   * mention; a mention in a sentence that says nothing of the act ("the guerrillas have been active in the area") is
   * then a positive with no evidence of its own, unless it can read what the other mentions of its string do ("the
   * guerrillas attacked", which sitrep took for the perpetrator).
   */
  static List<Candidate> withNamesakes(Collection<Candidate> candidates) {
    Map<String, Set<String>> byString = new HashMap<>();
    for (Candidate c : candidates) {
      Set<String> shared = byString.computeIfAbsent(c.normalized(), k -> new TreeSet<>());
      for (String key : c.features().keySet()) {
        for (String prefix : SHARED_PREFIXES) if (key.startsWith(prefix)) shared.add("doc_" + key);
      }
    }
    List<Candidate> out = new ArrayList<>();
    for (Candidate c : candidates) {
      Map<String, Double> f = new TreeMap<>(c.features());
      for (String key : byString.get(c.normalized())) f.put(key, 1.0);
      out.add(new Candidate(c.sentence(), c.first(), c.last(), c.text(), f));
    }
    return List.copyOf(out);
  }

  /** Tokens [first, last) of a sentence. */
  record Span(int sentence, int first, int last) {}

  private static int distance(Map<Integer, Muc4IncidentType> evidence, int sentence) {
    int best = Integer.MAX_VALUE;
    for (int s : evidence.keySet()) best = Math.min(best, Math.abs(s - sentence));
    return best;
  }

  private static Muc4IncidentType nearestType(Map<Integer, Muc4IncidentType> evidence, int sentence) {
    Muc4IncidentType best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Map.Entry<Integer, Muc4IncidentType> e : evidence.entrySet()) {
      int d = Math.abs(e.getKey() - sentence);
      if (d < bestDistance) {
        bestDistance = d;
        best = e.getValue();
      }
    }
    return best;
  }

  static boolean isNoun(Token t) { return t.pos().startsWith("NN"); }

  private static final Set<String> CHUNK_TAGS = Set.of("DT", "PRP$", "JJ", "JJR", "JJS", "CD", "VBN", "NN", "NNS",
      "NNP", "NNPS", "POS", "HYPH", "FW");

  private static boolean inChunk(Token t) { return CHUNK_TAGS.contains(t.pos()) || t.text().equals("-"); }

  /**
   * Maximal runs of determiner/adjective/number/noun tokens ending on a noun, with their suffixes, their "of"
   * extension and the possessor before a "'s".
   */
  static List<Span> chunks(Sentence s) {
    List<Token> tokens = s.tokens();
    List<int[]> bases = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      if (!inChunk(tokens.get(i))) { i++; continue; }
      int start = i;
      while (i < tokens.size() && inChunk(tokens.get(i))) i++;
      int end = i;
      // split at a possessive: "SHINING PATH 'S GANGS" is two chunks, the possessor and the possessed
      int from = start;
      for (int k = start; k < end; k++) {
        if (tokens.get(k).pos().equals("POS")) {
          addBase(bases, tokens, from, k);
          from = k + 1;
        }
      }
      addBase(bases, tokens, from, end);
    }
    List<Span> out = new ArrayList<>();
    for (int b = 0; b < bases.size(); b++) {
      int[] base = bases.get(b);
      int variants = 0;
      for (int k = base[0]; k < base[1] && variants < MAX_VARIANTS; k++) {
        String pos = tokens.get(k).pos();
        if (pos.equals("HYPH") || tokens.get(k).text().equals("-")) continue;
        if (k > base[0] && (pos.equals("DT") || pos.equals("PRP$"))) continue;
        out.add(new Span(s.index(), k, base[1]));
        variants++;
      }
      // "members of the FMLN", "offices of the mayor": the chunk, "of" and the next chunk
      if (b + 1 < bases.size() && base[1] < tokens.size() && tokens.get(base[1]).lower().equals("of")
          && bases.get(b + 1)[0] == base[1] + 1) {
        out.add(new Span(s.index(), base[0], bases.get(b + 1)[1]));
        int k = base[0];
        while (k < base[1] && !isNoun(tokens.get(k)) && !tokens.get(k).pos().equals("JJ")) k++;
        if (k > base[0] && k < base[1]) out.add(new Span(s.index(), k, bases.get(b + 1)[1]));
      }
    }
    return out;
  }

  private static void addBase(List<int[]> bases, List<Token> tokens, int start, int end) {
    int last = end;
    while (last > start && !isNoun(tokens.get(last - 1))) last--;
    if (last > start) bases.add(new int[] {start, last});
  }

  /** Sitrep's participant and weapon spans, by token span, with what sitrep made of each. */
  private static Map<Span, List<String>> sitrepSpans(Extraction extraction, NlpDoc doc) {
    Map<Span, List<String>> out = new HashMap<>();
    for (Incident incident : extraction.incidents()) {
      for (Participant p : incident.participants()) {
        Span span = toSpan(doc, p.evidence());
        if (span == null) continue;
        List<String> tags = out.computeIfAbsent(span, k -> new ArrayList<>());
        tags.add("sr:" + p.role().wire());
        tags.add("sk:" + p.role().wire() + ":" + p.kind().wire());
        if (p.claimedResponsibility()) tags.add("claimed");
      }
      for (Weapon w : incident.weapons()) {
        Span span = toSpan(doc, w.evidence());
        if (span != null) out.computeIfAbsent(span, k -> new ArrayList<>()).add("sw:" + w.type().name());
      }
    }
    return out;
  }

  private static Span toSpan(NlpDoc doc, Evidence ev) {
    if (ev.sentence() < 0 || ev.sentence() >= doc.sentences().size()) return null;
    List<Token> tokens = doc.sentences().get(ev.sentence()).tokens();
    int first = -1;
    int last = -1;
    for (int k = 0; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      if (first < 0 && t.end() > ev.start()) first = k;
      if (t.start() < ev.end()) last = k + 1;
    }
    return first >= 0 && last > first ? new Span(ev.sentence(), first, last) : null;
  }

  private static List<String> overlapping(Map<Span, List<String>> sitrep, Span span) {
    List<String> out = new ArrayList<>();
    for (Map.Entry<Span, List<String>> e : sitrep.entrySet()) {
      Span o = e.getKey();
      if (o.sentence == span.sentence && o.first < span.last && span.first < o.last && !o.equals(span)) {
        for (String tag : e.getValue()) out.add("o" + tag);
      }
    }
    return out;
  }

  private static List<String> mentionTypes(NlpDoc doc, Span span) {
    List<String> out = new ArrayList<>();
    for (EntityMention m : doc.mentionsIn(span.sentence)) {
      if (m.firstToken() == span.first && m.lastToken() == span.last) out.add("ner=" + m.type().name());
      else if (m.firstToken() < span.last && span.first < m.lastToken()) out.add("ner~" + m.type().name());
    }
    return out;
  }

  private static String lemma(Token t) {
    return t.lemma().toLowerCase(Locale.ROOT);
  }

  private static String bucket(int n) {
    return n <= 2 ? Integer.toString(n) : n <= 4 ? "3-4" : n <= 8 ? "5-8" : "9+";
  }

  static Map<String, Double> features(NlpDoc doc, Sentence s, Span span, Map<Integer, Muc4IncidentType> evidence,
                                      Map<Integer, Integer> firstOfIncident, Map<String, Integer> headCounts,
                                      List<String> ner, List<String> sitrepExact, List<String> sitrepOverlap) {
    List<Token> tokens = s.tokens();
    Map<String, Double> f = new TreeMap<>();
    Token head = tokens.get(span.last - 1);
    String h = lemma(head);
    f.put("h:" + h, 1.0);
    f.put("hp:" + head.pos(), 1.0);
    f.put("hn:" + head.ner(), 1.0);
    Token first = tokens.get(span.first);
    f.put("f:" + lemma(first), 1.0);
    f.put("fp:" + first.pos(), 1.0);
    int length = span.last - span.first;
    f.put("len:" + bucket(length), 1.0);
    boolean allCapitalized = true;
    for (int k = span.first; k < span.last; k++) {
      Token t = tokens.get(k);
      f.put("w:" + lemma(t), 1.0);
      if (t.lower().equals("of")) f.put("has_of", 1.0);
      if (t.pos().equals("CD")) f.put("has_cd", 1.0);
      if (isNoun(t) && !t.isCapitalized()) allCapitalized = false;
    }
    if (head.isCapitalized()) f.put("cap_head", 1.0);
    if (allCapitalized) f.put("cap_all", 1.0);
    String p1 = span.first > 0 ? lemma(tokens.get(span.first - 1)) : "<s>";
    String p2 = span.first > 1 ? lemma(tokens.get(span.first - 2)) : "<s>";
    String n1 = span.last < tokens.size() ? lemma(tokens.get(span.last)) : "</s>";
    String n2 = span.last + 1 < tokens.size() ? lemma(tokens.get(span.last + 1)) : "</s>";
    f.put("p1:" + p1, 1.0);
    f.put("p2:" + p2 + "_" + p1, 1.0);
    f.put("n1:" + n1, 1.0);
    f.put("n2:" + n1 + "_" + n2, 1.0);
    if (span.first > 0) f.put("p1pos:" + tokens.get(span.first - 1).pos(), 1.0);
    if (span.last < tokens.size()) f.put("n1pos:" + tokens.get(span.last).pos(), 1.0);
    // the nearest verbs on either side: the act the phrase is agent, object or instrument of
    String leftVerb = null;
    int leftDistance = 0;
    String prep = null;
    for (int k = span.first - 1; k >= 0; k--) {
      Token t = tokens.get(k);
      if (prep == null && leftVerb == null && (t.pos().equals("IN") || t.pos().equals("TO"))) prep = lemma(t);
      if (t.pos().startsWith("VB")) {
        leftVerb = lemma(t);
        leftDistance = span.first - k;
        break;
      }
    }
    String rightVerb = null;
    int rightDistance = 0;
    for (int k = span.last; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      if (t.pos().startsWith("VB") && !t.pos().equals("VBN") || t.pos().equals("VBN") && k > span.last) {
        rightVerb = lemma(t);
        rightDistance = k - span.last + 1;
        if (!t.lemma().equalsIgnoreCase("be") && !t.lemma().equalsIgnoreCase("have")) break;
      }
    }
    if (prep != null) {
      f.put("prep:" + prep, 1.0);
      if (leftVerb != null) f.put("pv:" + prep + "_" + leftVerb, 1.0);
      f.put("prep_h:" + prep + "_" + h, 1.0);
    }
    if (leftVerb != null) {
      f.put("vL:" + leftVerb, 1.0);
      f.put("vLd:" + bucket(leftDistance), 1.0);
      if (prep == null) f.put("obj:" + leftVerb, 1.0);
    } else {
      f.put("vL:none", 1.0);
    }
    if (rightVerb != null) {
      f.put("vR:" + rightVerb, 1.0);
      f.put("vRd:" + bucket(rightDistance), 1.0);
      if (leftVerb == null || prep != null) f.put("subj:" + rightVerb, 1.0);
    }
    f.put("sent:" + bucket(s.index()), 1.0);
    int d = distance(evidence, s.index());
    f.put("evd:" + d, 1.0);
    if (firstOfIncident.containsKey(s.index())) f.put("ev_first", 1.0);
    Muc4IncidentType type = nearestType(evidence, s.index());
    if (type != null) {
      f.put("type:" + type.name(), 1.0);
      f.put("type_h:" + type.name() + "_" + h, 1.0);
    }
    f.put("freq:" + bucket(headCounts.getOrDefault(h, 0)), 1.0);
    for (String n : ner) f.put(n, 1.0);
    for (String tag : sitrepExact) f.put(tag, 1.0);
    for (String tag : sitrepOverlap) f.put(tag, 1.0);
    if (sitrepExact.isEmpty() && sitrepOverlap.isEmpty()) f.put("no_sitrep", 1.0);
    return f;
  }
}
