package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.domain.Quantity;
import org.sitrep.domain.TollGroup;
import org.sitrep.domain.TollOutcome;
import org.sitrep.merge.TollClaim;
import org.sitrep.merge.TollConsensus;

class TollTotalsTest {
  private final List<TollClaim> claims = new ArrayList<>();

  private TollTotalsTest claim(TollGroup g, TollOutcome o, Quantity q) {
    claims.add(new TollClaim(g, o, q, Optional.empty(), "doc" + claims.size(), Optional.of(LocalDate.of(2024, 1, 1)),
        "phrase"));
    return this;
  }

  private TollTotals totals() { return TollTotals.of(TollConsensus.of(claims)); }

  @Test
  void specific_groups_add_up_when_no_total_is_given() {
    claim(TollGroup.SECURITY_FORCES, TollOutcome.KILLED, Quantity.exact(5))
        .claim(TollGroup.CIVILIANS, TollOutcome.KILLED, Quantity.exact(3));
    assertThat(totals().fatalities()).contains(8);
  }

  @Test
  void a_total_that_includes_the_groups_is_not_added_to_them() {
    claim(TollGroup.ALL, TollOutcome.KILLED, Quantity.exact(30))
        .claim(TollGroup.SECURITY_FORCES, TollOutcome.KILLED, Quantity.exact(5));
    assertThat(totals().fatalities()).contains(30);
  }

  @Test
  void groups_that_add_up_to_more_than_the_total_win() {
    claim(TollGroup.ALL, TollOutcome.KILLED, Quantity.vague(10))
        .claim(TollGroup.CIVILIANS, TollOutcome.KILLED, Quantity.exact(12))
        .claim(TollGroup.PERPETRATORS, TollOutcome.KILLED, Quantity.exact(3));
    assertThat(totals().fatalities()).contains(15);
  }

  @Test
  void the_consensus_of_several_reports_is_the_lowest_lower_bound() {
    claim(TollGroup.ALL, TollOutcome.KILLED, Quantity.exact(12))
        .claim(TollGroup.ALL, TollOutcome.KILLED, Quantity.atLeast(15))
        .claim(TollGroup.ALL, TollOutcome.INJURED, Quantity.about(40));
    assertThat(totals()).isEqualTo(new TollTotals(Optional.of(12), Optional.of(36), Optional.empty()));
  }

  @Test
  void hostages_count_the_kidnapped_or_held_once_per_group() {
    claim(TollGroup.PASSENGERS, TollOutcome.HELD, Quantity.exact(20))
        .claim(TollGroup.PASSENGERS, TollOutcome.KIDNAPPED, Quantity.exact(25))
        .claim(TollGroup.PASSENGERS, TollOutcome.RELEASED, Quantity.exact(50))
        .claim(TollGroup.HOSTAGES, TollOutcome.KILLED, Quantity.exact(2));
    assertThat(totals()).isEqualTo(new TollTotals(Optional.of(2), Optional.empty(), Optional.of(25)));
  }

  @Test
  void figures_without_a_lower_bound_give_no_total() {
    claim(TollGroup.ALL, TollOutcome.KILLED, Quantity.upTo(50));
    assertThat(totals().fatalities()).isEmpty();
    assertThat(TollTotals.of(List.of())).isEqualTo(new TollTotals(Optional.empty(), Optional.empty(), Optional.empty()));
  }
}
