package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.ingest.TextOracle.isRemoved;
import static org.sitrep.ingest.TextOracle.isWhitespace;
import static org.sitrep.ingest.TextOracle.visible;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Offset-map and normalisation invariants of {@link TextCleaner} on generated text (Lucene's checkRandomData idea). */
class TextCleanerPropertyTest {
  private final TextCleaner cleaner = new TextCleaner();

  /** Text made mostly of what the cleaner treats specially, plus any char at all. */
  @Provide
  Arbitrary<String> texts() {
    Arbitrary<Character> special = Arbitraries.of(List.of(
        'a', 'b', 'Z', 'é', '1', '.', '-', '-', '“', '”', '’', '–', ' ', ' ', '\t', '\n', '\n', '\r', '\f',
        '\u00A0', '\u2003', '\u202F', '\u3000', '\u200B', '\u200D', '\uFEFF', '\u00AD', '\u2028', '\u2029', '\u0085'));
    Arbitrary<Character> anyChar = Arbitraries.chars();
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(6, special),
            net.jqwik.api.Tuple.of(1, anyChar))
        .list().ofMaxSize(80)
        .map(chars -> {
          StringBuilder b = new StringBuilder(chars.size());
          chars.forEach(b::append);
          return b.toString();
        });
  }

  @Property(tries = 2000)
  void mapIsMonotonicWithinTheRawTextAndEndsAtTheRawEnd(@ForAll("texts") String raw) {
    CleanText c = cleaner.clean(raw);
    int[] map = c.cleanToRaw();
    assertThat(map).hasSize(c.text().length() + 1);
    assertThat(map[map.length - 1]).isEqualTo(raw.length());
    for (int i = 0; i < map.length; i++) {
      assertThat(map[i]).isBetween(0, raw.length());
      if (i > 0) assertThat(map[i]).isGreaterThanOrEqualTo(map[i - 1]);
    }
  }

  @Property(tries = 2000)
  void visibleCharsArePreservedInOrderAtTheirMappedRawPositions(@ForAll("texts") String raw) {
    CleanText c = cleaner.clean(raw);
    String text = c.text();
    assertThat(visible(text)).isEqualTo(visible(raw));
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (!isWhitespace(ch)) assertThat(raw.charAt(c.toRaw(i))).as("clean index %d", i).isEqualTo(ch);
    }
  }

  @Property(tries = 2000)
  void cleanTextIsNormalised(@ForAll("texts") String raw) {
    String text = cleaner.clean(raw).text();
    assertThat(text).doesNotStartWith(" ").doesNotStartWith("\n").doesNotEndWith(" ").doesNotEndWith("\n")
        .doesNotContain("  ").doesNotContain("\n ").doesNotContain(" \n").doesNotContain("\n\n\n");
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      assertThat(isRemoved(ch)).as("removed char at %d", i).isFalse();
      if (isWhitespace(ch)) assertThat(ch).as("whitespace at %d", i).isIn(' ', '\n');
      if (ch == '\n') {
        boolean paired = (i + 1 < text.length() && text.charAt(i + 1) == '\n') || (i > 0 && text.charAt(i - 1) == '\n');
        assertThat(paired).as("newline at %d is half of a paragraph break", i).isTrue();
      }
    }
  }

  @Property(tries = 2000)
  void cleaningIsIdempotent(@ForAll("texts") String raw) {
    String once = cleaner.clean(raw).text();
    assertThat(cleaner.clean(once).text()).isEqualTo(once);
  }

  @Property(tries = 1000)
  void neverThrowsOnArbitraryStrings(@ForAll String raw) {
    CleanText c = cleaner.clean(raw);
    assertThat(c.raw()).isSameAs(raw);
    assertThat(visible(c.text())).isEqualTo(visible(raw));
  }
}
