package org.sitrep.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.sitrep.learn.RankingAuc.Scored;

class RankingAucTest {
  @Test
  void perfectInvertedAndTiedRankings() {
    assertThat(RankingAuc.of(List.of(new Scored(0.1, false), new Scored(0.9, true)))).isEqualTo(1.0);
    assertThat(RankingAuc.of(List.of(new Scored(0.9, false), new Scored(0.1, true)))).isEqualTo(0.0);
    assertThat(RankingAuc.of(List.of(new Scored(0.5, false), new Scored(0.5, true)))).isEqualTo(0.5);
  }

  @Test
  void countsPairsByHand() {
    // positives 0.8, 0.4; negatives 0.6, 0.4, 0.2: 0.8 beats all three (3), 0.4 beats 0.2 (1) and ties 0.4 (0.5),
    // so 4.5 of the 6 pairs
    List<Scored> s = List.of(new Scored(0.8, true), new Scored(0.4, true), new Scored(0.6, false),
        new Scored(0.4, false), new Scored(0.2, false));
    assertThat(RankingAuc.of(s)).isCloseTo(4.5 / 6, within(1e-12));
  }

  @Test
  void oneClassOnlyHasNoArea() {
    assertThat(RankingAuc.of(List.of(new Scored(0.3, true), new Scored(0.7, true)))).isNaN();
    assertThat(RankingAuc.of(List.of())).isNaN();
  }

  @Property
  void equalsTheShareOfPairsRankedRight(@ForAll @IntRange(min = 2, max = 40) int n, @ForAll long seed) {
    Random random = new Random(seed);
    List<Scored> s = new ArrayList<>();
    for (int i = 0; i < n; i++) s.add(new Scored(random.nextInt(5) / 4.0, i % 2 == 0 || random.nextBoolean()));
    double won = 0;
    int pairs = 0;
    for (Scored p : s) {
      if (!p.positive()) continue;
      for (Scored q : s) {
        if (q.positive()) continue;
        pairs++;
        won += p.score() > q.score() ? 1 : p.score() == q.score() ? 0.5 : 0;
      }
    }
    if (pairs == 0) assertThat(RankingAuc.of(s)).isNaN();
    else assertThat(RankingAuc.of(s)).isCloseTo(won / pairs, within(1e-9));
  }
}
