package org.sitrep.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OneLineTest {
  @Test
  void hardWrapsTabsAndRunsOfSpacesBecomeOneSpace() {
    assertThat(OneLine.of("Baloch\nLiberation\r\n  Army")).isEqualTo("Baloch Liberation Army");
    assertThat(OneLine.of("27\thostages")).isEqualTo("27 hostages");
  }

  @Test
  void nothingIsTrimmed() {
    assertThat(OneLine.of(" a \n")).isEqualTo(" a ");
    assertThat(OneLine.of("")).isEmpty();
  }
}
