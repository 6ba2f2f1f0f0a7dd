package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.domain.DatePrecision;
import org.sitrep.domain.GeoPrecision;
import org.sitrep.domain.IncidentStatus;
import org.sitrep.domain.IncidentType;

class CanonicalTest {
  static final DateSpan MARCH = new DateSpan(LocalDate.of(2024, 3, 1), Optional.empty(), DatePrecision.MONTH);
  static final DateSpan MAR5 = new DateSpan(LocalDate.of(2024, 3, 5), Optional.empty(), DatePrecision.DAY);
  static final DateSpan MAR6 = new DateSpan(LocalDate.of(2024, 3, 6), Optional.empty(), DatePrecision.DAY);
  static final PlaceSummary SOMALIA = new PlaceSummary("Somalia", Optional.empty(), Optional.empty(), Optional.of("SO"),
      Optional.of(6.0), Optional.of(46.0), GeoPrecision.COUNTRY);
  static final PlaceSummary MOGADISHU = new PlaceSummary("Mogadishu", Optional.of("Mogadishu"), Optional.of("Banaadir"),
      Optional.of("SO"), Optional.of(2.0), Optional.of(45.3), GeoPrecision.CITY);
  static final PlaceSummary KISMAYO = new PlaceSummary("Kismayo", Optional.of("Kismayo"), Optional.empty(),
      Optional.of("SO"), Optional.of(-0.4), Optional.of(42.5), GeoPrecision.CITY);

  static Canonical of(IncidentType type, IncidentStatus status, Optional<DateSpan> date, Optional<PlaceSummary> place) {
    return new Canonical(type, List.of(), status, date, place);
  }

  @Test
  void the_finer_date_and_place_win_and_ties_keep_the_first() {
    Canonical first = of(IncidentType.BOMBING, IncidentStatus.CURRENT, Optional.of(MARCH), Optional.of(MOGADISHU));
    Canonical second = of(IncidentType.BOMBING, IncidentStatus.CURRENT, Optional.of(MAR5), Optional.of(KISMAYO));
    Canonical merged = first.refine(second);
    assertThat(merged.date()).contains(MAR5);
    assertThat(merged.place()).contains(MOGADISHU);
    assertThat(merged.refine(of(IncidentType.BOMBING, IncidentStatus.CURRENT, Optional.of(MAR6),
        Optional.of(SOMALIA))).date()).contains(MAR5);
  }

  @Test
  void a_missing_field_is_filled_and_a_present_one_never_lost() {
    Canonical bare = of(IncidentType.BOMBING, IncidentStatus.CURRENT, Optional.empty(), Optional.empty());
    Canonical full = of(IncidentType.BOMBING, IncidentStatus.CURRENT, Optional.of(MARCH), Optional.of(SOMALIA));
    assertThat(bare.refine(full)).isEqualTo(full);
    assertThat(full.refine(bare)).isEqualTo(full);
  }

  @Test
  void news_takes_over_from_background_and_other_types_become_subtypes() {
    Canonical background = of(IncidentType.ARMED_ASSAULT, IncidentStatus.BACKGROUND, Optional.of(MAR5),
        Optional.empty());
    Canonical news = new Canonical(IncidentType.HOSTAGE_TAKING, List.of(IncidentType.ARMED_ASSAULT),
        IncidentStatus.CURRENT, Optional.of(MAR5), Optional.empty());
    Canonical merged = background.refine(news);
    assertThat(merged.status()).isEqualTo(IncidentStatus.CURRENT);
    assertThat(merged.type()).isEqualTo(IncidentType.HOSTAGE_TAKING);
    assertThat(merged.subtypes()).containsExactly(IncidentType.ARMED_ASSAULT);

    Canonical later = merged.refine(of(IncidentType.KIDNAPPING, IncidentStatus.BACKGROUND, Optional.empty(),
        Optional.empty()));
    assertThat(later.type()).isEqualTo(IncidentType.HOSTAGE_TAKING);
    assertThat(later.status()).isEqualTo(IncidentStatus.CURRENT);
    assertThat(later.subtypes()).containsExactly(IncidentType.ARMED_ASSAULT, IncidentType.KIDNAPPING);
  }

  @Test
  void a_month_lasts_to_its_last_day_and_a_year_to_december_31() {
    assertThat(MARCH.last()).isEqualTo(LocalDate.of(2024, 3, 31));
    assertThat(new DateSpan(LocalDate.of(2024, 1, 1), Optional.empty(), DatePrecision.YEAR).last())
        .isEqualTo(LocalDate.of(2024, 12, 31));
    assertThat(new DateSpan(LocalDate.of(2024, 1, 1), Optional.of(LocalDate.of(2024, 2, 1)), DatePrecision.MONTH)
        .last()).isEqualTo(LocalDate.of(2024, 2, 29));
  }
}
