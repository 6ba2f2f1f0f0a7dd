package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.domain.Document;
import org.sitrep.domain.Extraction;
import org.sitrep.learn.LogisticModel;

class Muc4RelevanceTest {
  private static final Muc4Template BOMBING = Muc4Template.of(Muc4IncidentType.BOMBING, new EnumMap<>(Muc4Role.class));

  private static Extraction report(String text) {
    Document doc = new Document("d", "d.txt", Optional.empty(), Optional.of(LocalDate.of(1990, 1, 3)), "en", text);
    return new Extraction(doc, List.of(), List.of());
  }

  @Test
  void dropsTemplatesOfReportsTheModelCallsIrrelevant() {
    Muc4Relevance relevance = new Muc4Relevance(new LogisticModel(0, Map.of("w:lecture", -5.0, "w:bomb", 5.0)), 0.4);
    assertThat(relevance.filter(report("A lecture on violence."), List.of(BOMBING))).isEmpty();
    assertThat(relevance.filter(report("A bomb exploded."), List.of(BOMBING))).containsExactly(BOMBING);
    assertThat(relevance.filter(report("A lecture on violence."), List.of())).isEmpty();
  }

  @Test
  void featuresSayWhatSitrepFoundAndTheWords() {
    Map<String, Double> f = Muc4Relevance.features(report("Guerrillas BOMBED a power station of ENEL."), List.of(BOMBING));
    assertThat(f).containsKeys("w:guerrillas", "w:bombed", "w:station", "templates:1", "ttype:bombing", "current:0");
    assertThat(f).doesNotContainKeys("w:a", "w:of");
  }

  @Test
  void theCommittedModelLoads() {
    assertThat(Muc4Relevance.bundled()).isPresent();
  }
}
