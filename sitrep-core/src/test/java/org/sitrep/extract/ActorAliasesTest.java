package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ActorAliasesTest {
  @Test
  void acronymsAreTheInitialsInOrder() {
    assertThat(ActorAliases.isAcronymOf("BLA", "Baloch Liberation Army")).isTrue();
    assertThat(ActorAliases.isAcronymOf("TTP", "Tehrik-i-Taliban Pakistan")).isTrue();
    assertThat(ActorAliases.isAcronymOf("FMLN", "Farabundo Marti National Liberation Front")).isTrue();
    assertThat(ActorAliases.isAcronymOf("ISWAP", "Islamic State West Africa Province")).isTrue();
  }

  @Test
  void otherBracketedWordsAreNotAliases() {
    assertThat(ActorAliases.isAcronymOf("BLF", "Baloch Liberation Army")).isFalse();
    assertThat(ActorAliases.isAcronymOf("Reuters", "Baloch Liberation Army")).isFalse();
    assertThat(ActorAliases.isAcronymOf("A", "Army")).isFalse();
    assertThat(ActorAliases.isAcronymOf("ALB", "Baloch Liberation Army")).isFalse();
  }

  @Test
  void canonicalNamesDropTheArticleAndJoinWrappedLines() {
    assertThat(ActorAliases.clean("the Baloch\nLiberation  Army")).isEqualTo("Baloch Liberation Army");
  }
}
