package org.sitrep.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.NumericChars;
import org.junit.jupiter.api.Test;

class ShoutingTest {
  @Test
  void wireCopyInCapitalsShouts() {
    assertThat(Shouting.isShouting("THE GUATEMALA ARMY DENIED TODAY THAT GUERRILLAS ATTACKED THE \"SANTO TOMAS\" FARM."))
        .isTrue();
  }

  @Test
  void casedNewsWithACapitalHeadlineDoesNot() {
    assertThat(Shouting.isShouting("BOMB KILLS 12 IN KABUL\n\nA car bomb killed 12 people in Kabul on Tuesday, "
        + "police said, in the deadliest attack on the capital this year.")).isFalse();
  }

  @Test
  void theThresholdIsAShareOfCasedLettersOnly() {
    // 8 upper, 2 lower: exactly 80% is not above the threshold; digits and punctuation do not count.
    assertThat(Shouting.isShouting("ABCDEFGHij 1234567890 ,.;")).isFalse();
    assertThat(Shouting.isShouting("ABCDEFGHIj 1234567890 ,.;")).isTrue();
  }

  @Test
  void textWithoutCasedLettersDoesNotShout() {
    assertThat(Shouting.isShouting("")).isFalse();
    assertThat(Shouting.isShouting("12 -- 34 ... 56")).isFalse();
  }

  @Property
  void upperCaseTextWithALetterShouts(@ForAll @AlphaChars @NumericChars @Chars({' ', '.', ',', '-', '\n'}) String text) {
    Assume.that(text.chars().anyMatch(Character::isLetter));
    assertThat(Shouting.isShouting(text.toUpperCase(Locale.ROOT))).isTrue();
  }

  @Property
  void lowerCaseTextNeverShouts(@ForAll @AlphaChars @NumericChars @Chars({' ', '.', ',', '-', '\n'}) String text) {
    assertThat(Shouting.isShouting(text.toLowerCase(Locale.ROOT))).isFalse();
  }
}
