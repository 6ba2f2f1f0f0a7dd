package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.domain.DatePrecision;
import org.sitrep.testing.Tokens;

class DateResolverTest {
  private static final LocalDate WEDNESDAY_2025_03_12 = LocalDate.of(2025, 3, 12);
  private final DateResolver resolver = new DateResolver();

  private List<TimeMention> find(String text, LocalDate published, LocalDate anchor) {
    return resolver.find(text, Tokens.sentence(text), Optional.ofNullable(published), Optional.ofNullable(anchor));
  }

  private TimeMention only(String text) {
    List<TimeMention> found = find(text, WEDNESDAY_2025_03_12, null);
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  @Test
  void weekdayIsTheLatestOneNotAfterPublication() {
    TimeMention t = only("The incident , which began Tuesday left dozens dead");
    assertThat(t.start()).isEqualTo(LocalDate.of(2025, 3, 11));
    assertThat(t.precision()).isEqualTo(DatePrecision.DAY);
    assertThat(t.evidence().text()).isEqualTo("Tuesday");
    assertThat(only("gunmen struck on Wednesday morning").start()).isEqualTo(WEDNESDAY_2025_03_12);
    assertThat(only("it happened on Thursday").start()).isEqualTo(LocalDate.of(2025, 3, 6));
  }

  @Test
  void everyWeekdayInASentenceIsFound() {
    List<TimeMention> found = find("ended a siege in the capital , Mogadishu , on Monday , after gunmen who stormed the "
        + "building late on Sunday held guests", LocalDate.of(2023, 8, 22), null);
    assertThat(found).extracting(TimeMention::start)
        .containsExactly(LocalDate.of(2023, 8, 21), LocalDate.of(2023, 8, 20));
  }

  @Test
  void lastNovemberIsTheMonthInThePreviousYear() {
    TimeMention t = only("killed more than two dozen people last November .");
    assertThat(t.start()).isEqualTo(LocalDate.of(2024, 11, 1));
    assertThat(t.precision()).isEqualTo(DatePrecision.MONTH);
    assertThat(t.evidence().text()).isEqualTo("last November");
  }

  @Test
  void thePreviousMonthFollowsTheAnchorNotThePublicationDate() {
    List<TimeMention> found = find("The previous month , it claimed responsibility", WEDNESDAY_2025_03_12,
        LocalDate.of(2024, 11, 1));
    assertThat(found).singleElement().satisfies(t -> {
      assertThat(t.start()).isEqualTo(LocalDate.of(2024, 10, 1));
      assertThat(t.precision()).isEqualTo(DatePrecision.MONTH);
      assertThat(t.anchored()).isTrue();
    });
  }

  @Test
  void dayAndMonthTakeThePublicationYearUnlessThatWouldBeInTheFuture() {
    assertThat(only("the attack on 3 January killed four").start()).isEqualTo(LocalDate.of(2025, 1, 3));
    assertThat(only("on March 4 , gunmen").start()).isEqualTo(LocalDate.of(2025, 3, 4));
    assertThat(only("on December 24 , gunmen").start()).isEqualTo(LocalDate.of(2024, 12, 24));
    assertThat(only("on March 4 , 2019 , gunmen").start()).isEqualTo(LocalDate.of(2019, 3, 4));
    assertThat(only("ON 3 FEB 90 GUERRILLAS").start()).isEqualTo(LocalDate.of(1990, 2, 3));
    assertThat(only("on March 16th , gunmen").start()).isEqualTo(LocalDate.of(2025, 3, 16).minusYears(1));
    assertThat(only("on the 2nd March gunmen").start()).isEqualTo(LocalDate.of(2025, 3, 2));
  }

  @Test
  void relativeDeicticExpressions() {
    assertThat(only("police said yesterday").start()).isEqualTo(LocalDate.of(2025, 3, 11));
    TimeMention ago = only("a similar attack two years ago");
    assertThat(ago.start()).isEqualTo(LocalDate.of(2023, 1, 1));
    assertThat(ago.precision()).isEqualTo(DatePrecision.YEAR);
    assertThat(only("bombed in 2019 by rebels").start()).isEqualTo(LocalDate.of(2019, 1, 1));
    assertThat(only("last month a bomb").start()).isEqualTo(LocalDate.of(2025, 2, 1));
  }

  @Test
  void ordinaryWordsAreNotDates() {
    assertThat(find("protesters march and may gather , said 2019 officials", WEDNESDAY_2025_03_12, null)).isEmpty();
    assertThat(find("nearly 350 hostages", WEDNESDAY_2025_03_12, null)).isEmpty();
  }

  @Test
  void withoutAPublicationDateOnlyAbsoluteDatesResolve() {
    assertThat(find("it began Tuesday", null, null)).isEmpty();
    assertThat(find("on March 4 , 2019 , gunmen", null, null)).singleElement()
        .satisfies(t -> assertThat(t.start()).isEqualTo(LocalDate.of(2019, 3, 4)));
  }

  @Test
  void todayFollowedByANamedDayTakesThatDay() {
    TimeMention t = only("regarding his death today , 11 March , the front states");
    assertThat(t.start()).isEqualTo(LocalDate.of(2025, 3, 11));
    assertThat(t.precision()).isEqualTo(DatePrecision.DAY);
    assertThat(t.evidence().text()).isEqualTo("today , 11 March");
    // a named day after publication is not today's gloss: "today" keeps the publication date
    assertThat(find("talks today , 20 March , were cancelled", WEDNESDAY_2025_03_12, null))
        .extracting(TimeMention::start).first().isEqualTo(WEDNESDAY_2025_03_12);
  }

  @Test
  void anAnniversaryNamesTheVeryDay() {
    TimeMention t = only("nine years ago today , the president died in a crash");
    assertThat(t.start()).isEqualTo(LocalDate.of(2016, 3, 12));
    assertThat(t.precision()).isEqualTo(DatePrecision.DAY);
    assertThat(only("two years ago , the president died").precision()).isEqualTo(DatePrecision.YEAR);
  }
}
