package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.time.api.Dates;
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

  @Property(tries = 300)
  void everyDateWrittenInTheUsualFormatsReadsBack(@ForAll("dates") LocalDate date, @ForAll("formats") String pattern) {
    String written = ZonedDateTime.of(date.atTime(12, 34, 56), ZoneId.of("America/Denver"))
        .format(DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH));
    assertThat(PublishedDates.parse(written)).as(written).contains(date);
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return Dates.dates().between(LocalDate.of(1950, 1, 1), LocalDate.of(2049, 12, 31));
  }

  @Provide
  Arbitrary<String> formats() {
    return Arbitraries.of("yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm:ssXXX", "yyyy-MM-dd'T'HH:mm:ss.SSSZ", "yyyy-MM-dd HH:mm",
        "EEE, dd MMM yyyy HH:mm:ss 'GMT'", "EEE, d MMM yyyy HH:mm:ss Z", "d MMM yyyy HH:mm z", "EEEE, dd MMMM yyyy",
        "EEE, dd MMM yy HH:mm:ss Z", "MMMM d, yyyy", "MMM d, yyyy h:mm a");
  }

  @Property(tries = 500)
  void anyStringGivesADateOrNothingAndNeverThrows(@ForAll String s) {
    assertThat(PublishedDates.parse(s)).satisfiesAnyOf(
        d -> assertThat(d).isEmpty(),
        d -> assertThat(d.get().getYear()).isBetween(0, 9999));
  }
}
