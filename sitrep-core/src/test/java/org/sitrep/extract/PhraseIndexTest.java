package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.sitrep.nlp.Token;

class PhraseIndexTest {
  private static List<Token> tokens(String... wordAndLemma) {
    List<Token> out = new ArrayList<>();
    int at = 0;
    for (String w : wordAndLemma) {
      String[] parts = w.split("/");
      String lemma = parts.length > 1 ? parts[1] : parts[0].toLowerCase(java.util.Locale.ROOT);
      out.add(new Token(parts[0], lemma, "NN", "O", at, at + parts[0].length()));
      at += parts[0].length() + 1;
    }
    return out;
  }

  private static final List<Phrase> ENTRIES = List.of(Phrase.of("car bomb"), Phrase.of("bomb"),
      Phrase.of("car bomb"), Phrase.of("kidnap*"), Phrase.of("hijack"), Phrase.of("suicide car bomb*"));
  private static final Phrase.Index<Phrase> INDEX = new Phrase.Index<>(ENTRIES, Function.identity());

  @Test
  void theLongestMatchWinsAndTheFirstListedAmongEquals() {
    assertThat(INDEX.longestAt(tokens("a", "CAR", "BOMB"), 1)).isSameAs(ENTRIES.get(0));
    assertThat(INDEX.longestAt(tokens("SUICIDE", "CAR", "BOMBERS"), 0)).isSameAs(ENTRIES.get(5));
    assertThat(INDEX.longestAt(tokens("bomb", "car"), 0)).isSameAs(ENTRIES.get(1));
  }

  @Test
  void aWordMatchesByLemmaAndAStarByPrefix() {
    assertThat(INDEX.longestAt(tokens("Hijacked/hijack"), 0)).isSameAs(ENTRIES.get(4));
    assertThat(INDEX.longestAt(tokens("KIDNAPPERS"), 0)).isSameAs(ENTRIES.get(3));
    assertThat(INDEX.longestAt(tokens("car", "park"), 0)).isNull();
  }

  @Test
  void agreesWithTryingEveryEntryInOrder() {
    List<Token> text = tokens("the", "suicide", "car", "bomb", "was", "a", "car", "bomb", "kidnapped/kidnap", "hijacking");
    for (int i = 0; i < text.size(); i++) {
      Phrase expected = null;
      for (Phrase p : ENTRIES) {
        if (p.matchesAt(text, i) && (expected == null || p.size() > expected.size())) expected = p;
      }
      assertThat(INDEX.longestAt(text, i)).as("at %d", i).isSameAs(expected);
    }
  }
}
