package org.sitrep.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.domain.Evidence;
import org.sitrep.domain.OneLine;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Finds the sources a sentence cites: "according to X", "X said", "said X", "X told CNN". The source is the noun phrase
 * next to the reporting word, cut before relative clauses ("security sources not authorized to speak"), joined over
 * "and" ("residents and local officials said") and a locative ("a police officer at the scene said") when the phrase
 * stands alone between commas, and narrowed to the person's name when a title and a name stand in apposition ("the
 * official, Jean-Pierre Mbusa, said"; "according to the state security secretary, Arturo Medina").
 *
 * <p>Which source covers which words follows the sentence's structure, not distance: a trailing ", police said."
 * covers everything before it, a leading "Police said (that) ..." everything after it; see {@link #covering}.
 */
final class AttributionFinder {
  static final Set<String> REPORTING_VERBS = Set.of(
      "say", "said", "says", "tell", "told", "add", "added", "report", "reported", "confirm", "confirmed", "state",
      "stated", "announce", "announced", "note", "noted", "explain", "explained", "insist", "insisted", "warn",
      "warned", "estimate", "estimated", "claim", "claimed", "write", "wrote", "tweet", "tweeted", "post", "posted",
      "declare", "declared", "vow", "vowed", "describe", "described", "recount", "recounted", "quote", "quoted");

  private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i");
  private static final Set<String> CLAUSE_STOPS = Set.of(
      "who", "which", "that", "not", "when", "where", "while", "because", "as", "after", "before", "on", "in", "from");

  /** Prepositions that may join a locative to a source standing alone: "officials in Burkina Faso said". */
  private static final Set<String> LOCATIVES = Set.of("in", "at", "from");

  /** Tokens after which a phrase stands at a clause edge. */
  private static final Set<String> EDGES = Set.of(",", "“", "\"", "``", "''", "”", ";", "—", "--", ":");

  List<Attribution> find(String raw, Sentence s) {
    List<Token> t = s.tokens();
    List<Attribution> out = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      Token tok = t.get(i);
      if (tok.lower().equals("according") && i + 1 < t.size() && t.get(i + 1).lower().equals("to")) {
        int end = forwardPhrase(t, i + 2);
        if (end > i + 2) out.add(named(raw, s, i + 2, end, i));
        continue;
      }
      if (!isReportingVerb(tok)) continue;
      if (i + 1 < t.size() && (t.get(i + 1).lower().equals("responsibility") || t.get(i + 1).lower().equals("credit"))) {
        continue; // "claimed responsibility" names a perpetrator, not a source
      }
      String prev = i > 0 ? t.get(i - 1).lower() : "";
      boolean inverted = prev.equals(",") || prev.equals("”") || prev.equals("\"") || prev.equals("''");
      if (inverted && !tok.lemma().equals("tell")) {
        int end = forwardPhrase(t, i + 1);
        if (end > i + 1) { out.add(named(raw, s, i + 1, end, i)); continue; }
      }
      if (prev.equals(",")) {
        Optional<int[]> name = appositiveBefore(t, i - 1);
        if (name.isPresent()) { out.add(make(raw, s, name.get()[0], name.get()[1], i)); continue; }
      }
      int start = backwardPhrase(t, i);
      if (start < i) out.add(make(raw, s, start, i, i));
    }
    return out;
  }

  /**
   * The attribution that covers token {@code index}: a trailing one (", police said." with nothing but adjuncts after
   * it) covers the words before it back to the previous source; any other covers the words after its reporting word.
   * Of several that cover the token the narrowest wins, so "after a caller said a bomb had been hidden, police said"
   * credits the police with everything but the caller's words. When none covers it, the nearest one.
   */
  static Optional<Attribution> covering(List<Attribution> all, List<Token> t, int index) {
    Attribution best = null;
    int bestWidth = Integer.MAX_VALUE;
    List<Attribution> ordered = all.stream().sorted(Comparator.comparingInt(AttributionFinder::opening)).toList();
    int segmentStart = 0;
    for (Attribution a : ordered) {
      int from;
      int to;
      if (isTrailing(a, t)) {
        from = segmentStart;
        to = opening(a);
        segmentStart = closing(a);
      } else {
        from = closing(a);
        to = t.size();
      }
      if (index >= from && index < to && to - from < bestWidth) {
        best = a;
        bestWidth = to - from;
      }
    }
    return best != null ? Optional.of(best) : nearest(all, index);
  }

  /** The attribution nearest to token {@code index}, measured to the reporting word. */
  static Optional<Attribution> nearest(List<Attribution> all, int index) {
    return all.stream().min(Comparator.comparingInt(a -> Math.abs(a.cue() - index)));
  }

  /** The first token of the attribution construct: its phrase or its reporting word, whichever comes first. */
  private static int opening(Attribution a) { return Math.min(a.first(), a.cue()); }

  /** The token after the construct. */
  private static int closing(Attribution a) { return Math.max(a.last(), a.cue() + 1); }

  /**
   * Whether the attribution closes its clause: it follows a comma or quote, and what comes after it up to the next
   * comma is only adjuncts ("in a statement", "on Thursday", "the Press Trust of India"), not a reported clause.
   */
  private static boolean isTrailing(Attribution a, List<Token> t) {
    int open = appositionStart(t, opening(a));
    if (open == 0 || !EDGES.contains(t.get(open - 1).lower())) return false;
    for (int k = closing(a); k < t.size(); k++) {
      Token x = t.get(k);
      if (x.lower().equals(",")) return true;
      if (x.lower().equals("that") || x.pos().equals("VBD") || x.pos().equals("VBZ") || x.pos().equals("VBP")
          || x.pos().equals("MD")) return false;
    }
    return true;
  }

  /** "the governor, Jean Abate, said": the construct starts at "the governor", before the name it was narrowed to. */
  private static int appositionStart(List<Token> t, int open) {
    if (open >= 2 && t.get(open - 1).lower().equals(",")) {
      int k = open - 1;
      while (k > 0 && isPhrasePart(t.get(k - 1))) k--;
      if (k < open - 1 && k > 0 && EDGES.contains(t.get(k - 1).lower())) return k;
    }
    return open;
  }

  private static boolean isReportingVerb(Token t) {
    if (!t.pos().startsWith("VB")) return false;
    return REPORTING_VERBS.contains(t.lower()) || REPORTING_VERBS.contains(t.lemma());
  }

  private Attribution make(String raw, Sentence s, int first, int last, int cue) {
    List<Token> t = s.tokens();
    Evidence ev = Evidence.of(raw, t.get(first).start(), t.get(last - 1).end(), s.index());
    String text = OneLine.of(ev.text());
    boolean pronoun = last - first == 1 && PRONOUNS.contains(t.get(first).lower());
    return new Attribution(text, first, last, cue, pronoun, ev);
  }

  /** A source phrase after its cue, narrowed to the name in "the state security secretary, Arturo Medina". */
  private Attribution named(String raw, Sentence s, int first, int last, int cue) {
    List<Token> t = s.tokens();
    if (last < t.size() && t.get(last).lower().equals(",") && !isName(t, first, last)) {
      int k = last + 1;
      while (k < t.size() && isNamePart(t.get(k))) k++;
      boolean closes = k == t.size() || t.get(k).lower().equals(",") || t.get(k).pos().equals(".");
      if (k > last + 1 && closes && isName(t, last + 1, k)) return make(raw, s, last + 1, k, cue);
    }
    return make(raw, s, first, last, cue);
  }

  /**
   * ", the official, Jean-Pierre Mbusa, said": the name [first, last) between the commas when a title phrase stands
   * before it after another comma (or at the start of the sentence).
   */
  private static Optional<int[]> appositiveBefore(List<Token> t, int comma) {
    int k = comma;
    while (k > 0 && isNamePart(t.get(k - 1))) k--;
    if (k == comma || !isName(t, k, comma) || k < 2 || !t.get(k - 1).lower().equals(",")) return Optional.empty();
    int title = k - 1;
    while (title > 0 && isPhrasePart(t.get(title - 1))) title--;
    boolean titled = title < k - 1 && (title == 0 || EDGES.contains(t.get(title - 1).lower()));
    return titled ? Optional.of(new int[] {k, comma}) : Optional.empty();
  }

  private static boolean isNamePart(Token t) { return t.pos().startsWith("NNP") || t.pos().equals("HYPH"); }

  /** A proper name: proper nouns (and hyphens inside them), starting and ending on a proper noun. */
  private static boolean isName(List<Token> t, int first, int last) {
    if (last <= first || !t.get(first).pos().startsWith("NNP") || !t.get(last - 1).pos().startsWith("NNP")) return false;
    for (int k = first; k < last; k++) if (!isNamePart(t.get(k))) return false;
    return true;
  }

  /** A noun phrase starting at {@code i}: determiners, adjectives, nouns, possessives, "of"/"for" + noun. */
  private static int forwardPhrase(List<Token> t, int i) {
    int k = i;
    while (k < t.size() && k - i < 10) {
      Token tok = t.get(k);
      if (CLAUSE_STOPS.contains(tok.lower())) break;
      if (isPhrasePart(tok)) { k++; continue; }
      if ((tok.lower().equals("of") || tok.lower().equals("for")) && k + 1 < t.size() && isPhrasePart(t.get(k + 1))
          && k > i) { k++; continue; }
      break;
    }
    while (k > i && !isHead(t.get(k - 1))) k--; // end on a noun, not on "of"/"the"
    return k;
  }

  /**
   * The noun phrase ending just before {@code verb}. Where that phrase stands alone at a clause edge it may also take
   * in a coordinated phrase ("residents and local officials") and a locative ("a police officer at the scene"); inside
   * a clause those words belong to the clause ("killed 5 people and police said" names only the police).
   */
  private static int backwardPhrase(List<Token> t, int verb) {
    int k = simplePhraseStart(t, verb);
    if (k >= verb) return k;
    int extended = k;
    for (int step = 0; step < 2 && extended >= 2; step++) {
      String w = t.get(extended - 1).lower();
      boolean joins = w.equals("and") || LOCATIVES.contains(w);
      if (!joins || !isPhrasePart(t.get(extended - 2))) break;
      int start = simplePhraseStart(t, extended - 1);
      if (start >= extended - 1) break;
      extended = start;
    }
    if (extended < k && (extended == 0 || EDGES.contains(t.get(extended - 1).lower()))) return extended;
    return k;
  }

  private static int simplePhraseStart(List<Token> t, int verb) {
    int k = verb;
    while (k > 0 && verb - k < 10) {
      Token tok = t.get(k - 1);
      if (isPhrasePart(tok)) { k--; continue; }
      String w = tok.lower();
      if ((w.equals("of") || w.equals("for")) && k - 2 >= 0 && isPhrasePart(t.get(k - 2)) && k < verb) { k--; continue; }
      break;
    }
    while (k < verb && !startsPhrase(t.get(k))) k++;
    return k;
  }

  private static boolean isPhrasePart(Token t) {
    String pos = t.pos();
    return pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("DT") || pos.equals("POS")
        || pos.equals("PRP$") || pos.equals("CD") || pos.equals("VBN") || pos.equals("PRP") || pos.equals("HYPH");
  }

  private static boolean isHead(Token t) { return t.pos().startsWith("NN") || t.pos().equals("PRP"); }

  private static boolean startsPhrase(Token t) { return !t.lower().equals("of") && !t.lower().equals("for"); }
}
