package org.sitrep.extract;

import java.util.List;
import java.util.Locale;
import org.sitrep.nlp.Token;

/**
 * A sequence of lower-case words matched against tokens by surface form or lemma, so "hijacked" matches "hijack" and
 * ALL-CAPS wire copy matches too. A word ending in '*' matches any token starting with the rest ("kidnap*").
 */
record Phrase(List<String> words) {
  Phrase {
    words = List.copyOf(words);
    if (words.isEmpty()) throw new IllegalArgumentException("empty phrase");
  }

  static Phrase of(String text) { return new Phrase(List.of(text.toLowerCase(Locale.ROOT).split(" "))); }

  int size() { return words.size(); }

  /** Whether the phrase matches tokens starting at {@code i}. */
  boolean matchesAt(List<Token> tokens, int i) {
    if (i + words.size() > tokens.size()) return false;
    for (int k = 0; k < words.size(); k++) {
      if (!wordMatches(words.get(k), tokens.get(i + k))) return false;
    }
    return true;
  }

  static boolean wordMatches(String word, Token t) {
    String lower = t.lower();
    if (word.endsWith("*")) return lower.startsWith(word.substring(0, word.length() - 1));
    return lower.equals(word) || t.lemma().toLowerCase(Locale.ROOT).equals(word);
  }

  /** The entry whose phrase matches longest at token {@code i}, or null: one lookup rule for every lexicon. */
  static <E> E longestAt(List<E> entries, java.util.function.Function<E, Phrase> phraseOf, List<Token> tokens, int i) {
    E best = null;
    for (E entry : entries) {
      Phrase p = phraseOf.apply(entry);
      if (p.matchesAt(tokens, i) && (best == null || p.size() > phraseOf.apply(best).size())) best = entry;
    }
    return best;
  }
}
