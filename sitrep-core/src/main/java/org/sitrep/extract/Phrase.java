package org.sitrep.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.Locale;
import org.sitrep.nlp.Token;

/**
 * A sequence of lower-case words matched against tokens by surface form or lemma, so "hijacked" matches "hijack" and
 * ALL-CAPS wire copy matches too. A word ending in '*' matches any token starting with the rest ("kidnap*").
 */
record Phrase(List<String> words) {
  Phrase {
    words = List.copyOf(words);
    if (words.isEmpty() || words.contains("")) throw new IllegalArgumentException("empty phrase or word: " + words);
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

  /** {@code word} is lower case; comparing ignoring case spares a lower-cased copy of each token at each try. */
  static boolean wordMatches(String word, Token t) {
    int last = word.length() - 1;
    if (word.charAt(last) == '*') return t.text().regionMatches(true, 0, word, 0, last);
    return t.text().equalsIgnoreCase(word) || t.lemma().equalsIgnoreCase(word);
  }

  /**
   * A lexicon's entries grouped by their first word, for one lookup rule shared by every lexicon: the entry whose
   * phrase matches longest at a token, the earliest listed among equally long ones. Grouping matters because lexicons
   * are scanned at every token of every sentence: trying each of a hundred entries there was most of extraction's time.
   */
  static final class Index<E> {
    private final List<E> entries;
    private final Function<E, Phrase> phraseOf;
    /** Positions in {@code entries} by exact first word, ascending. */
    private final Map<String, List<Integer>> byFirstWord = new HashMap<>();
    /** Positions of the entries whose first word is a prefix ("kidnap*"), ascending. */
    private final List<Integer> prefixFirst = new ArrayList<>();

    Index(List<E> entries, Function<E, Phrase> phraseOf) {
      this.entries = List.copyOf(entries);
      this.phraseOf = phraseOf;
      for (int k = 0; k < this.entries.size(); k++) {
        String first = phraseOf.apply(this.entries.get(k)).words().get(0);
        if (first.endsWith("*")) prefixFirst.add(k);
        else byFirstWord.computeIfAbsent(first, w -> new ArrayList<>()).add(k);
      }
    }

    /** The entry whose phrase matches longest at token {@code i}, or null. */
    E longestAt(List<Token> tokens, int i) {
      Token t = tokens.get(i);
      int best = -1;
      best = better(best, byFirstWord.getOrDefault(t.lower(), List.of()), tokens, i);
      best = better(best, byFirstWord.getOrDefault(t.lemma().toLowerCase(Locale.ROOT), List.of()), tokens, i);
      best = better(best, prefixFirst, tokens, i);
      return best < 0 ? null : entries.get(best);
    }

    private int better(int best, List<Integer> candidates, List<Token> tokens, int i) {
      for (int k : candidates) {
        Phrase p = phraseOf.apply(entries.get(k));
        if (k == best || !p.matchesAt(tokens, i)) continue;
        int bestSize = best < 0 ? 0 : phraseOf.apply(entries.get(best)).size();
        if (best < 0 || p.size() > bestSize || p.size() == bestSize && k < best) best = k;
      }
      return best;
    }
  }
}
