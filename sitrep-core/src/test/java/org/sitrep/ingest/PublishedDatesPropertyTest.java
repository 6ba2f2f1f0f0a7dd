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

/** {@link PublishedDates} on generated dates in the formats feeds and pages use, and on any string. */
class PublishedDatesPropertyTest {
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
