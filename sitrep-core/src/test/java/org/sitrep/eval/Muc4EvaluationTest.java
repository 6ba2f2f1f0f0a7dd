package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.sitrep.eval.Muc4Fixtures.doc;
import static org.sitrep.eval.Muc4Fixtures.e;
import static org.sitrep.eval.Muc4Fixtures.template;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class Muc4EvaluationTest {
  private static List<Muc4Document> goldOrSkip(Muc4Split split) throws IOException {
    Optional<Path> file = split.locate(Path.of(""));
    Assumptions.assumeTrue(file.isPresent(), "shared/data/muc4/" + split.fileName() + " not found above the working directory");
    return Muc4Jsonl.readGold(file.get());
  }

  @ParameterizedTest
  @EnumSource(GttScorer.EntityCounting.class)
  void devScoredAgainstItselfIsPerfect(GttScorer.EntityCounting counting) throws IOException {
    List<Muc4Document> dev = goldOrSkip(Muc4Split.DEV);
    Muc4Report report = Muc4Evaluation.evaluate(dev, dev, counting);
    assertThat(report.goldDocuments()).isEqualTo(200);
    assertThat(report.unknownPredictionIds()).isEmpty();
    for (MetricScore metric : List.of(report.gtt(), report.ceafRee())) {
      Counts micro = metric.micro();
      assertThat(micro.pDen()).as(metric.metric().name()).isPositive();
      assertThat(micro.precision()).as(metric.metric().name()).isEqualTo(1.0);
      assertThat(micro.recall()).as(metric.metric().name()).isEqualTo(1.0);
      assertThat(micro.f1()).as(metric.metric().name()).isEqualTo(1.0);
    }
  }

  @Test
  void trainScoredAgainstItselfIsPerfectEvenWhereTheSolverMaps() throws IOException {
    List<Muc4Document> train = goldOrSkip(Muc4Split.TRAIN);
    Muc4Report report = Muc4Evaluation.evaluate(train, train);
    assertThat(report.gtt().micro().f1()).isEqualTo(1.0);
    assertThat(report.ceafRee().micro().f1()).isEqualTo(1.0);
    assertThat(report.gtt().approximatedDocuments()).isPositive(); // the 14-template document
  }

  /** The data README's floor: one empty ATTACK template per document scores P 37.00, R 10.12, F1 15.90 on dev. */
  @Test
  void oneEmptyAttackPerDevDocumentReproducesTheReadmeFloor() throws IOException {
    List<Muc4Document> dev = goldOrSkip(Muc4Split.DEV);
    List<Muc4Document> attacks = dev.stream()
        .map(d -> doc(d.id(), template(Muc4IncidentType.ATTACK).build())).toList();
    Counts micro = Muc4Evaluation.evaluate(dev, attacks).gtt().micro();
    assertThat(micro.precision() * 100).isCloseTo(37.00, within(0.005));
    assertThat(micro.recall() * 100).isCloseTo(10.12, within(0.005));
    assertThat(micro.f1() * 100).isCloseTo(15.90, within(0.005));
  }

  @Test
  void nothingPredictedScoresZeroOnDev() throws IOException {
    List<Muc4Document> dev = goldOrSkip(Muc4Split.DEV);
    Muc4Report report = Muc4Evaluation.evaluate(dev, List.of());
    assertThat(report.gtt().micro().f1()).isZero();
    assertThat(report.gtt().micro().rDen()).isPositive();
    assertThat(report.ceafRee().micro().f1()).isZero();
  }

  @Test
  void predictionsForUnknownDocumentsAreListedNotScored() {
    Muc4Template t = template(Muc4IncidentType.ARSON).with(Muc4Role.TARGET, e("house")).build();
    Muc4Report report = Muc4Evaluation.evaluate(List.of(doc("A", t)), List.of(doc("A", t), doc("B", t)));
    assertThat(report.unknownPredictionIds()).containsExactly("B");
    assertThat(report.gtt().micro()).isEqualTo(new Counts(2, 2, 2, 2));
    assertThatThrownBy(() -> Muc4Evaluation.evaluate(List.of(doc("A", t)), List.of(doc("A", t), doc("A"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("predicted twice");
  }
}
