package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PublishedDatesTest {
  private static LocalDate parse(String s) { return PublishedDates.parse(s).orElse(null); }

  @Test
  void readsIsoDatesAndDateTimesAsWritten() {
    assertThat(parse("2024-03-05")).isEqualTo(LocalDate.of(2024, 3, 5));
    assertThat(parse("2024-03-05T23:30:00-05:00")).isEqualTo(LocalDate.of(2024, 3, 5));
    assertThat(parse("2024-03-05T01:00:00.123+09:00")).isEqualTo(LocalDate.of(2024, 3, 5));
    assertThat(parse("2024-03-05T10:00Z")).isEqualTo(LocalDate.of(2024, 3, 5));
    assertThat(parse(" 2024-03-05 10:00:00 ")).isEqualTo(LocalDate.of(2024, 3, 5));
    assertThat(parse("2024/3/5")).isEqualTo(LocalDate.of(2024, 3, 5));
  }

  @Test
  void readsRfc1123AndItsCommonVariants() {
    LocalDate d = LocalDate.of(2024, 3, 5);
    assertThat(parse("Tue, 05 Mar 2024 16:40:00 GMT")).isEqualTo(d);
    assertThat(parse("Tue, 5 Mar 2024 16:40:00 +0000")).isEqualTo(d);
    assertThat(parse("5 Mar 2024 16:40 EST")).isEqualTo(d);
    assertThat(parse("Tuesday, 05 March 2024 16:40:00 GMT")).isEqualTo(d);
    assertThat(parse("Tue, 05 Mar 24 16:40:00 GMT")).isEqualTo(d);
    assertThat(parse("05-Mar-2024 16:40")).isEqualTo(d);
    assertThat(parse("Tue, 05 Sept 2024")).isEqualTo(LocalDate.of(2024, 9, 5));
    assertThat(parse("March 5, 2024")).isEqualTo(d);
    assertThat(parse("Tue, 05 Mar 99 16:40:00 GMT")).isEqualTo(LocalDate.of(1999, 3, 5));
  }

  @Test
  void whatIsNotADateIsEmpty() {
    assertThat(PublishedDates.parse("yesterday")).isEmpty();
    assertThat(PublishedDates.parse("2024-02-30")).isEmpty();
    assertThat(PublishedDates.parse("2024-13-01")).isEmpty();
    assertThat(PublishedDates.parse("Tue, 05 Foo 2024")).isEmpty();
    assertThat(PublishedDates.parse("12:30")).isEmpty();
    assertThat(PublishedDates.parse("")).isEmpty();
    assertThat(PublishedDates.parse("2024-03-05" + " ".repeat(200) + "x")).isEmpty();
  }
}
