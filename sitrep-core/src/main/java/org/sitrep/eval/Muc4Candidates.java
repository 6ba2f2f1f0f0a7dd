package org.sitrep.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
    Map<Integer, List<Span>> triggers = new HashMap<>();
    for (Map.Entry<Incident, Muc4IncidentType> e : incidents.entrySet()) {
      int firstSentence = Integer.MAX_VALUE;
      for (Evidence ev : e.getKey().evidence()) {
        evidenceType.putIfAbsent(ev.sentence(), e.getValue());
        Span trigger = toSpan(doc, ev);
        if (trigger != null) {
          List<Span> inSentence = triggers.computeIfAbsent(ev.sentence(), k -> new ArrayList<>());
          if (!inSentence.contains(trigger)) inSentence.add(trigger);
        }
        firstSentence = Math.min(firstSentence, ev.sentence());
      }
      if (firstSentence != Integer.MAX_VALUE) firstOfIncident.put(firstSentence, 1);
    }
    if (evidenceType.isEmpty()) return List.of();
    Map<String, Integer> headCounts = new HashMap<>();
    Map<String, Integer> wordCounts = new HashMap<>();
    for (Sentence s : doc.sentences()) {
      for (Token t : s.tokens()) {
        if (isNoun(t)) headCounts.merge(t.lemma().toLowerCase(Locale.ROOT), 1, Integer::sum);
        wordCounts.merge(t.lower(), 1, Integer::sum);
      }
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
      f.putAll(relations(doc, s, span, triggers.getOrDefault(span.sentence, List.of()), wordCounts, f));
      int order = seenStrings.merge(normalized, 1, Integer::sum);
      if (order == 1) f.put("first_mention", 1.0);
      out.put(span, new Candidate(span.sentence, span.first, span.last, text, f));
    }
    return on("agg") ? aggregated(List.copyOf(out.values())) : List.copyOf(out.values());
  }

  /** Relation features that say what a phrase does in the act: shared by all mentions of one string. */
  private static final List<String> AGGREGATED = List.of(System.getProperty("sitrep.muc4.agg",
      "trgrel_c:,subjA:,subjP:,byA:,sr:,sk:,pv:,obj:,wh_act:,wh_pass:,says:").split(","));

  /**
   * Each candidate with what the other mentions of its string do: the key fills a role with a string, so every
   * mention of "guerrillas" is a positive once one of them is the attackers, and a mention in a sentence that says
   * nothing of the act should still know what its namesakes did.
   */
  private static List<Candidate> aggregated(List<Candidate> candidates) {
    Map<String, Set<String>> byString = new HashMap<>();
    for (Candidate c : candidates) {
      Set<String> keys = byString.computeIfAbsent(c.normalized(), k -> new java.util.TreeSet<>());
      for (String key : c.features().keySet()) {
        for (String prefix : AGGREGATED) if (key.startsWith(prefix)) keys.add("doc_" + key);
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

  /** Experiment switch, removed before merging: which relation groups are on. */
  private static final Set<String> GROUPS = Set.of(System.getProperty("sitrep.muc4.groups",
      "trg,voice,appos,quote,count,class,agg").split(","));

  private static boolean on(String group) { return GROUPS.contains(group); }

  /** Tokens that end a clause inside a sentence: what lies beyond one is rarely the act's agent or object. */
  private static boolean boundary(List<Token> tokens, int k) {
    Token t = tokens.get(k);
    String w = t.lower();
    if (w.equals(";") || w.equals(":") || w.equals("--") || w.equals("-lrb-") || w.equals("-rrb-") || w.equals("(")
        || w.equals(")")) return true;
    if (t.pos().equals("WDT") || t.pos().equals("WP")) return true;
    if (w.equals(",") && k + 1 < tokens.size()) {
      Token n = tokens.get(k + 1);
      return n.pos().equals("CC") || n.pos().equals("WDT") || n.pos().equals("WP") || n.pos().equals("IN");
    }
    return false;
  }

  private static boolean anyBoundary(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) if (boundary(tokens, k)) return true;
    return false;
  }

  private static boolean isBeOrGet(Token t) {
    String l = lemma(t);
    return l.equals("be") || l.equals("get");
  }

  /** Whether the VBN at k is passive: a form of "be" or "get" before it, past adverbs and "not". */
  private static boolean passiveAt(List<Token> tokens, int k) {
    if (!tokens.get(k).pos().equals("VBN")) return false;
    for (int j = k - 1; j >= 0 && j >= k - 3; j--) {
      Token t = tokens.get(j);
      if (isBeOrGet(t)) return true;
      if (!t.pos().startsWith("RB")) return false;
    }
    return false;
  }

  /** The word that names the act in a trigger span: its first verb, else its last token. */
  private static int triggerHead(List<Token> tokens, Span trigger) {
    for (int k = trigger.first; k < trigger.last; k++) if (tokens.get(k).pos().startsWith("VB")) return k;
    return trigger.last - 1;
  }

  /**
   * The phrase's coarse semantic class, from its head's entity tag, else from its form: what a relation means
   * depends on it (the subject of "killed" is a perpetrator if it is people, a cause if it is a bomb).
   */
  static String semanticClass(List<Token> tokens, Span span) {
    Token head = tokens.get(span.last - 1);
    switch (head.ner()) {
      case "PERSON": return "per";
      case "ORGANIZATION": return "org";
      case "LOCATION": case "CITY": case "COUNTRY": case "STATE_OR_PROVINCE": return "loc";
      default: break;
    }
    for (int k = span.first; k < span.last; k++) if (tokens.get(k).pos().equals("CD")) return "num";
    return switch (head.pos()) {
      case "NNS", "NNPS" -> "pl";
      case "NNP" -> "name";
      default -> "sg";
    };
  }

  private static final Set<String> SAY = Set.of("say", "report", "announce", "state", "claim", "add", "tell",
      "confirm", "deny", "declare", "indicate", "note", "accuse", "charge", "blame");

  /**
   * How the phrase relates to the incident's act and to the report: its place against the trigger words of the
   * incident in its sentence, the voice of the verb it is subject of, apposition and relative clauses, quote
   * attribution, how often the report repeats it, each with its semantic class. There is no parse, so each
   * relation is read from the token sequence.
   */
  static Map<String, Double> relations(NlpDoc doc, Sentence s, Span span, List<Span> triggers,
                                       Map<String, Integer> wordCounts, Map<String, Double> base) {
    List<Token> tokens = s.tokens();
    Map<String, Double> f = new TreeMap<>();
    String cls = semanticClass(tokens, span);
    if (on("class")) {
      f.put("cls:" + cls, 1.0);
      for (String key : base.keySet()) {
        if (key.startsWith("prep:") || key.startsWith("subj:") || key.startsWith("obj:") || key.startsWith("type:")) {
          f.put("cls_" + key + "_" + cls, 1.0);
        }
      }
    }
    if (on("trg")) trigger(tokens, span, triggers, cls, f);
    if (on("voice")) voice(tokens, span, cls, f);
    if (on("appos")) apposition(tokens, span, cls, f);
    if (on("quote")) quote(tokens, span, f);
    if (on("count")) {
      int n = occurrences(doc, tokens, span);
      f.put("cnt:" + bucket(n), 1.0);
      f.put("cnt_cls:" + bucket(n) + "_" + cls, 1.0);
      String headWord = tokens.get(span.last - 1).lower();
      f.put("hcnt:" + bucket(wordCounts.getOrDefault(headWord, 0)), 1.0);
      if (!doc.sentences().isEmpty()) {
        for (Token t : doc.sentences().get(0).tokens()) {
          if (t.lower().equals(headWord)) {
            f.put("in_lead", 1.0);
            break;
          }
        }
      }
    }
    return f;
  }

  private static void trigger(List<Token> tokens, Span span, List<Span> triggers, String cls, Map<String, Double> f) {
    Span nearest = null;
    int gap = Integer.MAX_VALUE;
    for (Span t : triggers) {
      int g = t.first >= span.last ? t.first - span.last : t.last <= span.first ? span.first - t.last : -1;
      if (g < gap) {
        gap = g;
        nearest = t;
      }
    }
    if (nearest == null) {
      f.put("trg:none", 1.0);
      return;
    }
    int headAt = triggerHead(tokens, nearest);
    Token head = tokens.get(headAt);
    boolean verbal = head.pos().startsWith("VB");
    String rel;
    boolean crosses;
    if (gap < 0) {
      rel = "in";
      crosses = false;
    } else if (span.last <= nearest.first) {
      crosses = anyBoundary(tokens, span.last, nearest.first);
      if (verbal) rel = passiveAt(tokens, headAt) ? "before_pass" : "before_act";
      else if (gap == 1 && tokens.get(span.last).pos().equals("POS")) rel = "poss";
      else if (gap == 0) rel = "premod";
      else rel = "before_noun";
    } else {
      crosses = anyBoundary(tokens, nearest.last, span.first);
      String prep = null;
      for (int k = nearest.last; k < span.first; k++) {
        if (tokens.get(k).pos().equals("IN") || tokens.get(k).pos().equals("TO")) {
          prep = lemma(tokens.get(k));
          break;
        }
      }
      if (prep != null) rel = "after_" + prep;
      else if (verbal) rel = passiveAt(tokens, headAt) ? "after_pass" : "after_act";
      else rel = "after_noun";
    }
    String clause = crosses ? "cross" : "same";
    f.put("trgrel:" + rel, 1.0);
    f.put("trgrel_c:" + rel + "_" + clause, 1.0);
    f.put("trgd:" + (gap < 0 ? "in" : bucket(gap)), 1.0);
    f.put("trgl:" + lemma(head) + "_" + rel, 1.0);
    f.put("trgcls:" + rel + "_" + clause + "_" + cls, 1.0);
  }

  private static void voice(List<Token> tokens, Span span, String cls, Map<String, Double> f) {
    // the first verb to the right, within its clause: active or passive, and so agent or patient
    for (int k = span.last; k < tokens.size(); k++) {
      if (boundary(tokens, k) || tokens.get(k).lower().equals(",")) break;
      Token t = tokens.get(k);
      if (!t.pos().startsWith("VB") && !t.pos().equals("MD")) continue;
      if (t.pos().equals("MD") || isBeOrGet(t) || lemma(t).equals("have")) {
        int j = k + 1;
        while (j < tokens.size() && (tokens.get(j).pos().startsWith("RB") || lemma(tokens.get(j)).equals("be")
            || lemma(tokens.get(j)).equals("have") || lemma(tokens.get(j)).equals("been"))) j++;
        if (j < tokens.size() && tokens.get(j).pos().startsWith("VB")) {
          boolean passive = tokens.get(j).pos().equals("VBN") && passiveAt(tokens, j);
          String v = lemma(tokens.get(j));
          f.put((passive ? "subjP:" : "subjA:") + v, 1.0);
          f.put((passive ? "subjP_cls:" : "subjA_cls:") + cls, 1.0);
          return;
        }
        if (!isBeOrGet(t)) return;
        f.put("subjCop_cls:" + cls, 1.0);
        return;
      }
      if (t.pos().equals("VBN") && k == span.last) {
        // "the peasants killed by", a reduced relative: the phrase is the patient
        f.put("subjP:" + lemma(t), 1.0);
        f.put("subjP_cls:" + cls, 1.0);
        return;
      }
      f.put("subjA:" + lemma(t), 1.0);
      f.put("subjA_cls:" + cls, 1.0);
      return;
    }
    // the agent of a passive: "was killed by x", "attacked by a group of x"
    int k = span.first - 1;
    while (k >= 0 && (tokens.get(k).pos().equals("DT") || tokens.get(k).pos().equals("CD"))) k--;
    if (k >= 1 && tokens.get(k).lower().equals("by")) {
      for (int j = k - 1; j >= 0 && j >= k - 3; j--) {
        if (tokens.get(j).pos().equals("VBN")) {
          f.put("byA:" + lemma(tokens.get(j)), 1.0);
          f.put("byA_cls:" + cls, 1.0);
          break;
        }
      }
    }
  }

  private static void apposition(List<Token> tokens, Span span, String cls, Map<String, Double> f) {
    int n = span.last;
    if (n + 1 < tokens.size() && tokens.get(n).lower().equals(",")) {
      Token next = tokens.get(n + 1);
      if (next.pos().equals("WP") || next.pos().equals("WDT")) {
        f.put("rel_wh:" + cls, 1.0);
        for (int k = n + 2; k < tokens.size() && k <= n + 5; k++) {
          Token t = tokens.get(k);
          if (t.pos().startsWith("VB") && !isBeOrGet(t) && !lemma(t).equals("have")) {
            f.put((passiveAt(tokens, k) ? "wh_pass:" : "wh_act:") + lemma(t), 1.0);
            break;
          }
        }
      } else {
        int k = n + 1;
        while (k < tokens.size() && inChunk(tokens.get(k))) k++;
        if (k > n + 1 && isNoun(tokens.get(k - 1))) {
          String described = lemma(tokens.get(k - 1));
          f.put("appos_next:" + described, 1.0);
          if (k < tokens.size() && tokens.get(k).lower().equals("of")) f.put("appos_of:" + cls, 1.0);
        }
      }
    }
    int p = span.first - 1;
    if (p >= 1 && tokens.get(p).lower().equals(",") && isNoun(tokens.get(p - 1))) {
      f.put("appos_prev:" + lemma(tokens.get(p - 1)), 1.0);
      f.put("appos_prev_cls:" + cls, 1.0);
    }
  }

  private static void quote(List<Token> tokens, Span span, Map<String, Double> f) {
    for (int k = span.last; k < tokens.size() && k <= span.last + 3; k++) {
      Token t = tokens.get(k);
      if (t.pos().startsWith("VB") && SAY.contains(lemma(t))) {
        f.put("says:" + lemma(t), 1.0);
        break;
      }
      if (t.pos().startsWith("VB") && !isBeOrGet(t) && !lemma(t).equals("have")) break;
    }
    for (int k = span.first - 1; k >= 1 && k >= span.first - 4; k--) {
      if (tokens.get(k).lower().equals("to") && tokens.get(k - 1).lower().equals("according")) {
        f.put("according_to", 1.0);
        break;
      }
    }
    int quotes = 0;
    for (int k = 0; k < span.first; k++) {
      String w = tokens.get(k).text();
      if (w.equals("\"") || w.equals("``") || w.equals("''")) quotes++;
    }
    if (quotes % 2 == 1) f.put("in_quote", 1.0);
  }

  /** How many times the report writes the phrase's words in a row (case aside). */
  private static int occurrences(NlpDoc doc, List<Token> tokens, Span span) {
    int length = span.last - span.first;
    int n = 0;
    for (Sentence other : doc.sentences()) {
      List<Token> t = other.tokens();
      outer:
      for (int i = 0; i + length <= t.size(); i++) {
        for (int j = 0; j < length; j++) {
          if (!t.get(i + j).lower().equals(tokens.get(span.first + j).lower())) continue outer;
        }
        n++;
      }
    }
    return n;
  }
}
