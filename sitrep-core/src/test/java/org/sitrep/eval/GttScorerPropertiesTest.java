package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Random small documents: the assignment fallback must reach the exhaustive optimum, and gold must score 100. */
class GttScorerPropertiesTest {
  private final GttScorer exhaustive = new GttScorer(GttScorer.EntityCounting.ONE_TO_ONE);
  private final GttScorer solver = new GttScorer(GttScorer.EntityCounting.ONE_TO_ONE, 1);

  @Property(tries = 300)
  void assignmentSolverFindsTheExhaustiveOptimum(@ForAll("templates") List<Muc4Template> gold,
                                                 @ForAll("templates") List<Muc4Template> pred) {
    Counts best = micro(exhaustive.scoreDocument(gold, pred));
    Counts solved = micro(solver.scoreDocument(gold, pred));
    // Under one-to-one counting pNum == rNum, and the totals are fixed, so equal F1 means equal counts.
    assertThat(solved).isEqualTo(best);
  }

  @Property(tries = 200)
  void goldAgainstItselfIsPerfectAndCountsStayInBounds(@ForAll("templates") List<Muc4Template> gold,
                                                       @ForAll("templates") List<Muc4Template> pred) {
    if (!gold.isEmpty()) assertThat(micro(exhaustive.scoreDocument(gold, gold)).f1()).isEqualTo(1.0);
    Counts c = micro(new GttScorer(GttScorer.EntityCounting.ANY_MATCH).scoreDocument(gold, pred));
    assertThat(c.f1()).isBetween(0.0, 1.0);
  }

  private static Counts micro(GttScorer.DocumentScore d) {
    return d.rows().values().stream().reduce(Counts.ZERO, Counts::plus);
  }

  @Provide
  Arbitrary<List<Muc4Template>> templates() {
    Arbitrary<Muc4IncidentType> type = Arbitraries.of(Muc4IncidentType.ATTACK, Muc4IncidentType.BOMBING);
    Arbitrary<Muc4Entity> entity = Arbitraries.of("fmln", "the FMLN", "eln", "bus", "maria", "bomb")
        .list().ofMinSize(1).ofMaxSize(2).map(Muc4Entity::new);
    Arbitrary<List<Muc4Entity>> fillers = entity.list().ofMaxSize(2);
    Arbitrary<Muc4Template> template = Combinators.combine(type, fillers, fillers, fillers).as((t, org, tgt, vic) -> {
      Map<Muc4Role, List<Muc4Entity>> map = new EnumMap<>(Muc4Role.class);
      map.put(Muc4Role.PERP_ORG, org);
      map.put(Muc4Role.TARGET, tgt);
      map.put(Muc4Role.VICTIM, vic);
      return Muc4Template.of(t, map);
    });
    return template.list().ofMaxSize(4);
  }
}
