package org.sitrep.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.domain.Quantity;
import org.sitrep.domain.TollGroup;
import org.sitrep.domain.TollOutcome;

class TollConsensusTest {
  private static TollClaim killed(Quantity q, String doc, String published) {
    return new TollClaim(TollGroup.CIVILIANS, TollOutcome.KILLED, q, Optional.empty(), doc,
        Optional.ofNullable(published).map(LocalDate::parse), doc + " text");
  }

  private static TollConsensus one(TollClaim... claims) {
    List<TollConsensus> out = TollConsensus.of(List.of(claims));
    assertThat(out).hasSize(1);
    return out.get(0);
  }

  @Test
  void consensusIsTheMostConservativeFigure() {
    TollConsensus c = one(killed(Quantity.exact(27), "a", "2024-05-01"), killed(Quantity.exact(31), "b", "2024-05-02"),
        killed(Quantity.exact(29), "c", "2024-05-03"));
    assertThat(c.consensus()).contains(27);
    assertThat(c.lowest()).contains(27);
    assertThat(c.highest()).contains(31);
    assertThat(c.openEnded()).isFalse();
    assertThat(c.latest().documentId()).isEqualTo("c");
    assertThat(c.claims()).isEqualTo(3);
  }

  @Test
  void atLeastHasNoCeiling() {
    TollConsensus c = one(killed(Quantity.atLeast(35), "a", "2024-05-01"), killed(Quantity.exact(40), "b", "2024-05-02"));
    assertThat(c.consensus()).contains(35);
    assertThat(c.lowest()).contains(35);
    assertThat(c.highest()).contains(40);
    assertThat(c.openEnded()).isTrue();
  }

  @Test
  void aCeilingAloneVouchesForNoFigure() {
    TollConsensus onlyCeiling = one(killed(Quantity.upTo(50), "a", "2024-05-01"));
    assertThat(onlyCeiling.consensus()).isEmpty();
    assertThat(onlyCeiling.lowest()).contains(50);
    assertThat(onlyCeiling.highest()).contains(50);

    TollConsensus withCount = one(killed(Quantity.upTo(50), "a", "2024-05-01"), killed(Quantity.exact(12), "b", null));
    assertThat(withCount.consensus()).contains(12);
    assertThat(withCount.lowest()).contains(12);
    assertThat(withCount.highest()).contains(50);
  }

  @Test
  void vagueWordsCountOnlyWithoutANumber() {
    TollConsensus vagueOnly = one(killed(Quantity.vague(24), "a", "2024-05-01"));
    assertThat(vagueOnly.consensus()).contains(24);
    assertThat(vagueOnly.openEnded()).isTrue();

    TollConsensus withNumber = one(killed(Quantity.vague(24), "a", "2024-05-01"), killed(Quantity.exact(30), "b", null));
    assertThat(withNumber.consensus()).contains(30);
    assertThat(withNumber.lowest()).contains(24);
    assertThat(withNumber.highest()).contains(30);
    assertThat(withNumber.openEnded()).isTrue();
  }

  @Test
  void hedgedFiguresVouchForTheirLowerBound() {
    TollConsensus c = one(killed(Quantity.nearly(350), "a", "2024-05-01"), killed(Quantity.about(400), "b", null));
    assertThat(c.consensus()).contains(315);
    assertThat(c.highest()).contains(440);
  }

  @Test
  void tiesOnThePublicationDayGoToTheLaterClaim() {
    TollConsensus c = one(killed(Quantity.exact(5), "a", "2024-05-01"), killed(Quantity.exact(7), "b", "2024-05-01"));
    assertThat(c.latest().documentId()).isEqualTo("b");
    TollConsensus reversed = one(killed(Quantity.exact(7), "b", "2024-05-01"), killed(Quantity.exact(5), "a", "2024-05-01"));
    assertThat(reversed.latest().documentId()).isEqualTo("a");
    assertThat(reversed.consensus()).contains(5);
  }

  @Test
  void anUndatedClaimIsNeverLaterThanADatedOne() {
    TollConsensus c = one(killed(Quantity.exact(5), "dated", "2024-05-01"), killed(Quantity.exact(9), "undated", null));
    assertThat(c.latest().documentId()).isEqualTo("dated");
    TollConsensus allUndated = one(killed(Quantity.exact(5), "a", null), killed(Quantity.exact(9), "b", null));
    assertThat(allUndated.latest().documentId()).isEqualTo("b");
  }

  @Test
  void oneConsensusPerGroupAndOutcomeInFirstSeenOrder() {
    TollClaim injured = new TollClaim(TollGroup.CIVILIANS, TollOutcome.INJURED, Quantity.exact(40), Optional.empty(), "a",
        Optional.empty(), "40 injured");
    TollClaim police = new TollClaim(TollGroup.SECURITY_FORCES, TollOutcome.KILLED, Quantity.exact(3), Optional.empty(),
        "b", Optional.empty(), "3 policemen killed");
    List<TollConsensus> out = TollConsensus.of(List.of(injured, killed(Quantity.exact(8), "a", null), police,
        killed(Quantity.exact(6), "b", null)));
    assertThat(out).extracting(TollConsensus::group, TollConsensus::outcome, TollConsensus::consensus)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(TollGroup.CIVILIANS, TollOutcome.INJURED, Optional.of(40)),
            org.assertj.core.groups.Tuple.tuple(TollGroup.CIVILIANS, TollOutcome.KILLED, Optional.of(6)),
            org.assertj.core.groups.Tuple.tuple(TollGroup.SECURITY_FORCES, TollOutcome.KILLED, Optional.of(3)));
    assertThat(TollConsensus.of(List.of())).isEmpty();
  }
}
