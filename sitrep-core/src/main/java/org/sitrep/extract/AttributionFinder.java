package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.domain.Evidence;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Finds the sources a sentence cites: "according to X", "X said", "said X", "X told CNN". The source is the noun phrase
 * next to the reporting word, cut before relative clauses ("security sources not authorized to speak").
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

  List<Attribution> find(String raw, Sentence s) {
    List<Token> t = s.tokens();
    List<Attribution> out = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      Token tok = t.get(i);
      if (tok.lower().equals("according") && i + 1 < t.size() && t.get(i + 1).lower().equals("to")) {
        int end = forwardPhrase(t, i + 2);
        if (end > i + 2) out.add(make(raw, s, i + 2, end, i));
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
        if (end > i + 1) { out.add(make(raw, s, i + 1, end, i)); continue; }
      }
      int start = backwardPhrase(t, i);
      if (start < i) out.add(make(raw, s, start, i, i));
    }
    return out;
  }

  /** The attribution nearest to token {@code index}, measured to the reporting word. */
  static java.util.Optional<Attribution> nearest(List<Attribution> all, int index) {
    return all.stream().min(java.util.Comparator.comparingInt(a -> Math.abs(a.cue() - index)));
  }

  private static boolean isReportingVerb(Token t) {
    if (!t.pos().startsWith("VB")) return false;
    return REPORTING_VERBS.contains(t.lower()) || REPORTING_VERBS.contains(t.lemma());
  }

  private Attribution make(String raw, Sentence s, int first, int last, int cue) {
    List<Token> t = s.tokens();
    Evidence ev = Evidence.of(raw, t.get(first).start(), t.get(last - 1).end(), s.index());
    String text = ev.text().replaceAll("\\s+", " ");
    boolean pronoun = last - first == 1 && PRONOUNS.contains(t.get(first).lower());
    return new Attribution(text, first, last, cue, pronoun, ev);
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

  /** The noun phrase ending just before {@code verb}. */
  private static int backwardPhrase(List<Token> t, int verb) {
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
