package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.eval.Muc4Fixtures.byId;
import static org.sitrep.eval.Muc4Fixtures.doc;
import static org.sitrep.eval.Muc4Fixtures.e;
import static org.sitrep.eval.Muc4Fixtures.template;
import static org.sitrep.eval.Muc4IncidentType.ATTACK;
import static org.sitrep.eval.Muc4IncidentType.BOMBING;
import static org.sitrep.eval.Muc4IncidentType.KIDNAPPING;
import static org.sitrep.eval.Muc4Role.PERP_ORG;
import static org.sitrep.eval.Muc4Role.TARGET;
import static org.sitrep.eval.Muc4Role.VICTIM;
import static org.sitrep.eval.Muc4Role.WEAPON;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CeafReeScorerTest {
  private final CeafReeScorer scorer = new CeafReeScorer();

  private static final Muc4Template FMLN_ATTACK = template(ATTACK)
      .with(PERP_ORG, e("farabundo marti national liberation front", "fmln"))
      .with(VICTIM, e("jose garcia")).build();

  private MetricScore score(List<Muc4Template> gold, List<Muc4Template> pred) {
    return scorer.score(List.of(new Muc4Document("D1", gold)), byId(new Muc4Document("D1", pred)));
  }

  @Test
  void perfectMatch() {
    MetricScore s = score(List.of(FMLN_ATTACK), List.of(FMLN_ATTACK));
    assertThat(s.rows()).doesNotContainKey(Muc4Slot.INCIDENT_TYPE);
    assertThat(s.micro()).isEqualTo(new Counts(2, 2, 2, 2));
  }

  @Test
  void emptyPrediction() {
    MetricScore s = scorer.score(List.of(doc("D1", FMLN_ATTACK)), Map.of());
    assertThat(s.micro()).isEqualTo(new Counts(0, 0, 0, 2));
    assertThat(s.micro().f1()).isZero();
  }

  @Test
  void typesAndTemplateBoundariesAreIgnored() {
    Muc4Template split1 = template(BOMBING).with(PERP_ORG, e("FMLN")).build();
    Muc4Template split2 = template(KIDNAPPING).with(VICTIM, e("Jose Garcia")).with(TARGET, e("bus")).build();
    MetricScore s = score(List.of(FMLN_ATTACK), List.of(split1, split2));
    assertThat(s.rows().get(Muc4Slot.PERP_ORG)).isEqualTo(new Counts(1, 1, 1, 1));
    assertThat(s.rows().get(Muc4Slot.VICTIM)).isEqualTo(new Counts(1, 1, 1, 1));
    assertThat(s.rows().get(Muc4Slot.TARGET)).isEqualTo(new Counts(0, 1, 0, 0));
  }

  @Test
  void entityRepeatedAcrossTemplatesCountsOnceOnEitherSide() {
    Muc4Template again = template(ATTACK).with(PERP_ORG, e("fmln")).build();
    MetricScore s = score(List.of(FMLN_ATTACK, again), List.of(again, template(KIDNAPPING).with(PERP_ORG, e("FMLN")).build()));
    assertThat(s.rows().get(Muc4Slot.PERP_ORG)).isEqualTo(new Counts(1, 1, 1, 1));
  }

  @Test
  void unionKeepsTheFirstEntityWhenALaterOneIsASupersetAsGritDoes() {
    // GRIT's preprocessing drops a later entity whose strings contain an earlier one's; the gold entity keeps
    // only "fmln", so the long name alone no longer matches.
    Muc4Template shortName = template(ATTACK).with(PERP_ORG, e("fmln")).build();
    Muc4Template longName = template(BOMBING).with(PERP_ORG, e("farabundo marti national liberation front", "fmln")).build();
    assertThat(CeafReeScorer.unite(List.of(shortName, longName), PERP_ORG)).hasSize(1);
    MetricScore s = score(List.of(shortName, longName),
        List.of(template(ATTACK).with(PERP_ORG, e("farabundo marti national liberation front")).build()));
    assertThat(s.rows().get(Muc4Slot.PERP_ORG)).isEqualTo(new Counts(0, 1, 0, 1));
  }

  @Test
  void duplicatePredictionsMatchAtMostOneGoldEntity() {
    Muc4Template pred = template(ATTACK).with(PERP_ORG, e("fmln"), e("the fmln"), e("farabundo marti national liberation front")).build();
    MetricScore s = score(List.of(FMLN_ATTACK), List.of(pred));
    assertThat(s.rows().get(Muc4Slot.PERP_ORG)).isEqualTo(new Counts(1, 3, 1, 1));
  }

  @Test
  void maximumMatchingFindsTheAssignmentThatGreedyWouldMiss() {
    // Pred "car bomb" fits gold 0 only; pred "bomb" fits both. A greedy first-fit of "bomb" to gold 0 scores 1;
    // the maximum matching scores 2.
    Muc4Template gold = template(BOMBING).with(WEAPON, e("bomb", "car bomb"), e("bomb", "explosives")).build();
    Muc4Template pred = template(BOMBING).with(WEAPON, e("bomb"), e("car bomb")).build();
    MetricScore s = score(List.of(gold), List.of(pred));
    assertThat(CeafReeScorer.unite(List.of(gold), WEAPON)).hasSize(2);
    assertThat(s.rows().get(Muc4Slot.WEAPON)).isEqualTo(new Counts(2, 2, 2, 2));
  }
}
