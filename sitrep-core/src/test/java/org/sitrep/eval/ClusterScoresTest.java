package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClusterScoresTest {
  private static final double EPS = 1e-9;

  @Test
  void identicalClusteringsScorePerfectly() {
    List<Set<String>> gold = List.of(Set.of("a", "b", "c"), Set.of("d"), Set.of("e", "f"));
    ClusterScores s = ClusterScores.of(gold, List.of(Set.of("e", "f"), Set.of("d"), Set.of("c", "a", "b")));
    assertThat(s.pairwise().f1()).isEqualTo(1.0);
    assertThat(s.bcubed().precision()).isCloseTo(1.0, within(EPS));
    assertThat(s.bcubed().recall()).isCloseTo(1.0, within(EPS));
    assertThat(s.goldPairs()).isEqualTo(4);
    assertThat(s.predictedPairs()).isEqualTo(4);
  }

  /**
   * Gold {a,b,c} {d,e}; predicted {a,b} {c,d,e}. Pairs: gold ab ac bc de (4), predicted ab cd ce de (4), shared ab de.
   * B-cubed precision per item: a 2/2, b 2/2, c 1/3, d 2/3, e 2/3 -> (11/3) / 5 = 11/15; recall: a 2/3, b 2/3,
   * c 1/3, d 2/2, e 2/2 -> (11/3) / 5 = 11/15.
   */
  @Test
  void handWorkedExample() {
    ClusterScores s = ClusterScores.of(List.of(List.of("a", "b", "c"), List.of("d", "e")),
        List.of(List.of("a", "b"), List.of("c", "d", "e")));
    assertThat(s.pairwise().precision()).isCloseTo(0.5, within(EPS));
    assertThat(s.pairwise().recall()).isCloseTo(0.5, within(EPS));
    assertThat(s.bcubed().precision()).isCloseTo(11.0 / 15, within(EPS));
    assertThat(s.bcubed().recall()).isCloseTo(11.0 / 15, within(EPS));
    assertThat(s.bcubed().f1()).isCloseTo(11.0 / 15, within(EPS));
  }

  /** Gold {a,b} {c}; predicted {a} {b,c}: precision a 1, b 1/2, c 1/2 = 2/3; recall a 1/2, b 1/2, c 1 = 2/3. */
  @Test
  void splittingAndMixingAtOnce() {
    ClusterScores s = ClusterScores.of(List.of(List.of("a", "b"), List.of("c")),
        List.of(List.of("a"), List.of("b", "c")));
    assertThat(s.pairwise().precision()).isEqualTo(0.0);
    assertThat(s.pairwise().recall()).isEqualTo(0.0);
    assertThat(s.bcubed().precision()).isCloseTo(2.0 / 3, within(EPS));
    assertThat(s.bcubed().recall()).isCloseTo(2.0 / 3, within(EPS));
    assertThat(s.goldClusters()).isEqualTo(2);
    assertThat(s.predictedClusters()).isEqualTo(2);
  }

  @Test
  void allSingletonsClaimNothingAndMissEveryPair() {
    ClusterScores s = ClusterScores.of(List.of(List.of("a", "b"), List.of("c")),
        List.of(List.of("a"), List.of("b"), List.of("c")));
    assertThat(s.pairwise().precision()).isEqualTo(1.0);
    assertThat(s.pairwise().recall()).isEqualTo(0.0);
    assertThat(s.pairwise().f1()).isEqualTo(0.0);
    assertThat(s.bcubed().precision()).isCloseTo(1.0, within(EPS));
    assertThat(s.bcubed().recall()).isCloseTo((0.5 + 0.5 + 1) / 3, within(EPS));
  }

  @Test
  void oneBigClusterHasFullRecallAndPoorPrecision() {
    ClusterScores s = ClusterScores.of(List.of(List.of("a", "b"), List.of("c"), List.of("d")),
        List.of(List.of("a", "b", "c", "d")));
    assertThat(s.pairwise().recall()).isEqualTo(1.0);
    assertThat(s.pairwise().precision()).isCloseTo(1.0 / 6, within(EPS));
    assertThat(s.bcubed().recall()).isCloseTo(1.0, within(EPS));
    assertThat(s.bcubed().precision()).isCloseTo((0.5 + 0.5 + 0.25 + 0.25) / 4, within(EPS));
  }

  @Test
  void refusesClusteringsOfDifferentItems() {
    assertThatThrownBy(() -> ClusterScores.of(List.of(List.of("a", "b")), List.of(List.of("a"), List.of("c"))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ClusterScores.of(List.of(List.of("a", "a")), List.of(List.of("a"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two clusters");
  }
}
