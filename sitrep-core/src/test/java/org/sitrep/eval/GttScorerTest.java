package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.sitrep.eval.Muc4Fixtures.byId;
import static org.sitrep.eval.Muc4Fixtures.doc;
import static org.sitrep.eval.Muc4Fixtures.e;
import static org.sitrep.eval.Muc4Fixtures.template;
import static org.sitrep.eval.Muc4IncidentType.ATTACK;
import static org.sitrep.eval.Muc4IncidentType.BOMBING;
import static org.sitrep.eval.Muc4IncidentType.KIDNAPPING;
import static org.sitrep.eval.Muc4Role.PERP_IND;
import static org.sitrep.eval.Muc4Role.PERP_ORG;
import static org.sitrep.eval.Muc4Role.TARGET;
import static org.sitrep.eval.Muc4Role.VICTIM;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GttScorerTest {
  private final GttScorer oneToOne = new GttScorer(GttScorer.EntityCounting.ONE_TO_ONE);
  private final GttScorer anyMatch = new GttScorer(GttScorer.EntityCounting.ANY_MATCH);

  private static final Muc4Template FMLN_ATTACK = template(ATTACK)
      .with(PERP_ORG, e("farabundo marti national liberation front", "fmln"))
      .with(VICTIM, e("jose garcia")).build();

  private MetricScore score(GttScorer scorer, List<Muc4Template> gold, List<Muc4Template> pred) {
    Muc4Document goldDoc = new Muc4Document("D1", gold);
    return scorer.score(List.of(goldDoc), byId(new Muc4Document("D1", pred)));
  }

  @Test
  void perfectMatchScoresEveryItem() {
    MetricScore s = score(oneToOne, List.of(FMLN_ATTACK), List.of(FMLN_ATTACK));
    assertThat(s.rows().get(Muc4Slot.INCIDENT_TYPE)).isEqualTo(new Counts(1, 1, 1, 1));
    assertThat(s.rows().get(Muc4Slot.PERP_ORG)).isEqualTo(new Counts(1, 1, 1, 1));
    assertThat(s.rows().get(Muc4Slot.VICTIM)).isEqualTo(new Counts(1, 1, 1, 1));
    assertThat(s.rows().get(Muc4Slot.TARGET)).isEqualTo(Counts.ZERO);
    assertThat(s.micro()).isEqualTo(new Counts(3, 3, 3, 3));
    assertThat(s.micro().f1()).isEqualTo(1.0);
  }

  @Test
  void missingPredictionMissesEverything() {
    MetricScore s = oneToOne.score(List.of(doc("D1", FMLN_ATTACK)), Map.of());
    assertThat(s.micro()).isEqualTo(new Counts(0, 0, 0, 3));
    assertThat(s.micro().f1()).isZero();
    assertThat(s.micro().precision()).isZero();
  }

  @Test
  void spuriousTemplateCountsAllItsItemsAsWrong() {
    Muc4Template extra = template(KIDNAPPING).with(VICTIM, e("maria")).with(TARGET, e("bus")).build();
    MetricScore s = score(oneToOne, List.of(FMLN_ATTACK), List.of(FMLN_ATTACK, extra));
    assertThat(s.rows().get(Muc4Slot.INCIDENT_TYPE)).isEqualTo(new Counts(1, 2, 1, 1));
    assertThat(s.rows().get(Muc4Slot.VICTIM)).isEqualTo(new Counts(1, 2, 1, 1));
    assertThat(s.rows().get(Muc4Slot.TARGET)).isEqualTo(new Counts(0, 1, 0, 0));
    assertThat(s.micro()).isEqualTo(new Counts(3, 6, 3, 3));
    assertThat(s.micro().f1()).isCloseTo(2.0 / 3, within(1e-12));
  }

  @Test
  void typeMismatchGivesNoCreditEvenForRightEntities() {
    Muc4Template gold = template(BOMBING).with(PERP_ORG, e("fmln")).build();
    Muc4Template pred = template(ATTACK).with(PERP_ORG, e("fmln")).build();
    MetricScore s = score(oneToOne, List.of(gold), List.of(pred));
    assertThat(s.rows().get(Muc4Slot.INCIDENT_TYPE)).isEqualTo(new Counts(0, 1, 0, 1));
    assertThat(s.rows().get(Muc4Slot.PERP_ORG)).isEqualTo(new Counts(0, 1, 0, 1));
  }

  @Test
  void goldTypeAlternativesAcceptEither() {
    Muc4Template gold = new Muc4Template(EnumSet.of(BOMBING, ATTACK), Map.of(PERP_ORG, List.of(e("fmln"))));
    for (Muc4IncidentType type : List.of(BOMBING, ATTACK)) {
      MetricScore s = score(oneToOne, List.of(gold), List.of(template(type).with(PERP_ORG, e("fmln")).build()));
      assertThat(s.micro()).as(type.label()).isEqualTo(new Counts(2, 2, 2, 2));
    }
    MetricScore arson = score(oneToOne, List.of(gold),
        List.of(template(Muc4IncidentType.ARSON).with(PERP_ORG, e("fmln")).build()));
    assertThat(arson.micro().pNum()).isZero();
  }

  @Test
  void tieBetweenMappingsGoesToTheFirstInProductOrder() {
    // Either gold template gives 2 correct items; GTT keeps the first mapping found (pred 0 -> gold 0).
    Muc4Template g0 = template(ATTACK).with(VICTIM, e("maria")).build();
    Muc4Template g1 = template(ATTACK).with(TARGET, e("bus")).build();
    Muc4Template pred = template(ATTACK).with(VICTIM, e("maria")).with(TARGET, e("bus")).build();
    GttScorer.DocumentScore d = oneToOne.scoreDocument(List.of(g0, g1), List.of(pred));
    assertThat(d.mapping()).containsExactly(0);
    assertThat(d.rows().get(Muc4Slot.VICTIM)).isEqualTo(new Counts(1, 1, 1, 1));
    assertThat(d.rows().get(Muc4Slot.TARGET)).isEqualTo(new Counts(0, 1, 0, 1));
    assertThat(d.rows().get(Muc4Slot.INCIDENT_TYPE)).isEqualTo(new Counts(1, 1, 1, 2));

    // Swapping the gold order swaps the choice: the tie is decided by order, not by role.
    GttScorer.DocumentScore swapped = oneToOne.scoreDocument(List.of(g1, g0), List.of(pred));
    assertThat(swapped.mapping()).containsExactly(0);
    assertThat(swapped.rows().get(Muc4Slot.TARGET)).isEqualTo(new Counts(1, 1, 1, 1));
    assertThat(swapped.rows().get(Muc4Slot.VICTIM)).isEqualTo(new Counts(0, 1, 0, 1));
  }

  @Test
  void identicalCandidatesMapInOrder() {
    Muc4Template empty = template(ATTACK).build();
    Muc4Template other = template(ATTACK).with(PERP_IND, e("soldiers")).build();
    GttScorer.DocumentScore d = oneToOne.scoreDocument(List.of(empty, other), List.of(empty, other));
    assertThat(d.mapping()).containsExactly(0, 1);
    assertThat(d.rows().get(Muc4Slot.PERP_IND)).isEqualTo(new Counts(1, 1, 1, 1));
  }

  @Test
  void severalTemplatesFindTheBestMappingRegardlessOfOrder() {
    Muc4Template g0 = template(ATTACK).with(PERP_IND, e("guerrillas")).with(TARGET, e("bus")).build();
    Muc4Template g1 = template(KIDNAPPING).with(VICTIM, e("maria")).with(PERP_ORG, e("fmln")).build();
    Muc4Template p0 = template(KIDNAPPING).with(VICTIM, e("maria")).with(PERP_ORG, e("eln")).build();
    Muc4Template p1 = template(ATTACK).with(TARGET, e("bus")).with(PERP_IND, e("soldiers")).build();
    GttScorer.DocumentScore d = oneToOne.scoreDocument(List.of(g0, g1), List.of(p0, p1));
    assertThat(d.mapping()).containsExactly(1, 0);
    assertThat(d.rows().get(Muc4Slot.INCIDENT_TYPE)).isEqualTo(new Counts(2, 2, 2, 2));
    assertThat(d.rows().get(Muc4Slot.PERP_IND)).isEqualTo(new Counts(0, 1, 0, 1));
    assertThat(d.rows().get(Muc4Slot.PERP_ORG)).isEqualTo(new Counts(0, 1, 0, 1));
    assertThat(d.rows().get(Muc4Slot.TARGET)).isEqualTo(new Counts(1, 1, 1, 1));
    assertThat(d.rows().get(Muc4Slot.VICTIM)).isEqualTo(new Counts(1, 1, 1, 1));
  }

  @Test
  void mappingPrefersMoreCorrectItemsOverTheFirstTypeMatch() {
    // Pred 0 would match gold 0 by type alone, but gold 1 shares its entities; pred 1 then takes gold 0.
    Muc4Template g0 = template(ATTACK).with(TARGET, e("embassy")).build();
    Muc4Template g1 = template(ATTACK).with(PERP_ORG, e("fmln")).with(VICTIM, e("maria")).build();
    Muc4Template p0 = template(ATTACK).with(PERP_ORG, e("fmln")).with(VICTIM, e("maria")).build();
    Muc4Template p1 = template(ATTACK).with(TARGET, e("embassy")).build();
    GttScorer.DocumentScore d = oneToOne.scoreDocument(List.of(g0, g1), List.of(p0, p1));
    assertThat(d.mapping()).containsExactly(1, 0);
    assertThat(d.rows().values().stream().reduce(Counts.ZERO, Counts::plus)).isEqualTo(new Counts(5, 5, 5, 5));
  }

  @Test
  void anyAlternativeOfAGoldEntityIsRight() {
    for (Muc4Entity pred : List.of(e("fmln"), e("Farabundo Marti National Liberation Front"),
        e("fmln", "farabundo marti national liberation front"))) {
      MetricScore s = score(oneToOne, List.of(FMLN_ATTACK), List.of(template(ATTACK).with(PERP_ORG, pred).build()));
      assertThat(s.rows().get(Muc4Slot.PERP_ORG)).as(pred.toString()).isEqualTo(new Counts(1, 1, 1, 1));
    }
    // Every predicted string must be a gold alternative, as in GTT's matching().
    MetricScore mixed = score(oneToOne, List.of(FMLN_ATTACK),
        List.of(template(ATTACK).with(PERP_ORG, e("fmln", "eln")).build()));
    assertThat(mixed.rows().get(Muc4Slot.PERP_ORG)).isEqualTo(new Counts(0, 1, 0, 1));
  }

  @Test
  void normalisationIgnoresCaseArticlesAndPunctuation() {
    Muc4Template gold = template(ATTACK).with(PERP_ORG, e("fmln")).with(TARGET, e("u.s. embassy")).build();
    Muc4Template pred = template(ATTACK).with(PERP_ORG, e("The FMLN")).with(TARGET, e("the US embassy")).build();
    assertThat(score(oneToOne, List.of(gold), List.of(pred)).micro()).isEqualTo(new Counts(3, 3, 3, 3));
  }

  @Test
  void duplicatePredictedEntitiesEarnOneMatchUnlessCountingAsGttDid() {
    Muc4Template gold = template(ATTACK).with(PERP_ORG, e("farabundo marti national liberation front", "fmln")).build();
    Muc4Template twice = template(ATTACK).with(PERP_ORG, e("fmln"), e("the FMLN")).build();
    Muc4Template twoNames = template(ATTACK)
        .with(PERP_ORG, e("fmln"), e("farabundo marti national liberation front")).build();
    for (Muc4Template pred : List.of(twice, twoNames)) {
      assertThat(score(oneToOne, List.of(gold), List.of(pred)).rows().get(Muc4Slot.PERP_ORG))
          .isEqualTo(new Counts(1, 2, 1, 1));
      assertThat(score(anyMatch, List.of(gold), List.of(pred)).rows().get(Muc4Slot.PERP_ORG))
          .isEqualTo(new Counts(2, 2, 1, 1));
    }
  }

  @Test
  void identicalTemplatesAreMergedOnBothSides() {
    MetricScore s = score(oneToOne, List.of(FMLN_ATTACK, FMLN_ATTACK), List.of(FMLN_ATTACK, FMLN_ATTACK));
    assertThat(s.micro()).isEqualTo(new Counts(3, 3, 3, 3));
    MetricScore once = score(oneToOne, List.of(FMLN_ATTACK, FMLN_ATTACK), List.of(FMLN_ATTACK));
    assertThat(once.micro()).isEqualTo(new Counts(3, 3, 3, 3));
  }

  @Test
  void unmatchedGoldTemplatesAreMissed() {
    Muc4Template second = template(KIDNAPPING).with(VICTIM, e("maria")).build();
    MetricScore s = score(oneToOne, List.of(FMLN_ATTACK, second), List.of(FMLN_ATTACK));
    assertThat(s.rows().get(Muc4Slot.INCIDENT_TYPE)).isEqualTo(new Counts(1, 1, 1, 2));
    assertThat(s.rows().get(Muc4Slot.VICTIM)).isEqualTo(new Counts(1, 1, 1, 2));
  }

  @Test
  void largeDocumentsFallBackToTheAssignmentSolverWithTheSameOptimum() {
    Muc4Template g0 = template(ATTACK).with(TARGET, e("embassy")).build();
    Muc4Template g1 = template(ATTACK).with(PERP_ORG, e("fmln")).with(VICTIM, e("maria")).build();
    Muc4Template g2 = template(BOMBING).with(TARGET, e("bank")).build();
    Muc4Template p0 = template(ATTACK).with(PERP_ORG, e("fmln")).with(VICTIM, e("maria")).build();
    Muc4Template p1 = template(BOMBING).with(TARGET, e("bank")).build();
    Muc4Template p2 = template(ATTACK).with(TARGET, e("embassy")).build();
    GttScorer tiny = new GttScorer(GttScorer.EntityCounting.ONE_TO_ONE, 1);
    GttScorer.DocumentScore fallback = tiny.scoreDocument(List.of(g0, g1, g2), List.of(p0, p1, p2));
    assertThat(fallback.approximated()).isTrue();
    assertThat(fallback.mapping()).containsExactly(1, 2, 0);
    GttScorer.DocumentScore exhaustive = oneToOne.scoreDocument(List.of(g0, g1, g2), List.of(p0, p1, p2));
    assertThat(exhaustive.approximated()).isFalse();
    assertThat(exhaustive.rows()).isEqualTo(fallback.rows());
  }

  @Test
  void mappingCountCountsPartialInjections() {
    assertThat(GttScorer.mappingCount(0, 0, 100)).isEqualTo(1);
    assertThat(GttScorer.mappingCount(1, 1, 100)).isEqualTo(2);
    assertThat(GttScorer.mappingCount(2, 2, 100)).isEqualTo(7);
    assertThat(GttScorer.mappingCount(2, 3, 100)).isEqualTo(13);
    assertThat(GttScorer.mappingCount(3, 0, 100)).isEqualTo(1);
    assertThat(GttScorer.mappingCount(14, 14, 1_000_000)).isEqualTo(1_000_001);
  }
}
