package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MentionNormalizerTest {
  /** Expected values were produced by running GTT's Python normalize_string on the same inputs. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The FMLN|fmln",
      "'  a  bomb,  the car '|bomb car",
      "U.S. EMBASSY|us embassy",
      "theater|theater",
      "the-fmln|thefmln",
      "Anne's and an apple|annes and apple",
      "[FMLN]|fmln",
      "the|''",
      "THE ARCE BATTALION|arce battalion",
      "l'an the|lan",
  })
  void normalisesLikeTheReferenceScript(String input, String expected) {
    assertThat(MentionNormalizer.normalize(input)).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  void unicodeWhitespaceCollapsesLikePythonSplit() {
    assertThat(MentionNormalizer.normalize("café the\u00a0bar")).isEqualTo("café bar");
  }
}
