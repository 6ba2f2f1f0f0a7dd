package org.sitrep.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.domain.IncidentType.ASSASSINATION;
import static org.sitrep.domain.IncidentType.BOMBING;
import static org.sitrep.merge.MergeFixtures.BOGOTA;
import static org.sitrep.merge.MergeFixtures.CARACAS;
import static org.sitrep.merge.MergeFixtures.MEDELLIN;
import static org.sitrep.merge.MergeFixtures.on;

import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryIncidentMergerTest {
  @Test
  void laterReportsJoinTheIncidentTheyMatch() {
    InMemoryIncidentMerger m = new InMemoryIncidentMerger(new IncidentMatcher());
    assertThat(m.add("d1", List.of(on(ASSASSINATION, "1989-08-18", BOGOTA, "luis carlos galan")))).containsExactly(0);
    assertThat(m.add("d2", List.of(on(BOMBING, "1989-08-19", MEDELLIN)))).containsExactly(1);
    assertThat(m.add("d3", List.of(on(ASSASSINATION, "1989-08-25", CARACAS, "galan"),
        on(BOMBING, "1989-08-19", MEDELLIN)))).as("a bombing on the same day in the same city").containsExactly(0, 1);
    assertThat(m.add("d4", List.of(on(BOMBING, "1989-08-21", MEDELLIN)))).as("two days later").containsExactly(2);
    assertThat(m.merged()).hasSize(3);
    assertThat(m.merged().get(0).members()).containsExactly(new InMemoryIncidentMerger.Member("d1", 0),
        new InMemoryIncidentMerger.Member("d3", 0));
    assertThat(m.merged().get(0).profile().targets()).contains("galan", "luis carlos galan");
  }

  @Test
  void twoIncidentsOfOneDocumentNeverJoinOneIncident() {
    InMemoryIncidentMerger m = new InMemoryIncidentMerger(new IncidentMatcher());
    assertThat(m.add("d1", List.of(on(ASSASSINATION, "1989-08-18", BOGOTA, "luis carlos galan"),
        on(ASSASSINATION, "1989-08-18", BOGOTA, "luis carlos galan")))).containsExactly(0, 1);
    // a later report joins one of them, not both
    assertThat(m.add("d2", List.of(on(ASSASSINATION, "1989-08-18", BOGOTA, "galan")))).containsExactly(0);
  }

  @Test
  void aMergedIncidentMatchesOnAnythingItsReportsSaid() {
    InMemoryIncidentMerger m = new InMemoryIncidentMerger(new IncidentMatcher());
    m.add("d1", List.of(on(ASSASSINATION, "1989-08-18", BOGOTA, "luis carlos galan")));
    m.add("d2", List.of(on(ASSASSINATION, "1989-08-18", BOGOTA, "galan", "julio cesar penaloza")));
    // names only the bodyguard the second report added
    assertThat(m.add("d3", List.of(on(ASSASSINATION, "1989-08-20", BOGOTA, "julio cesar penaloza"))))
        .containsExactly(0);
  }

  @Test
  void candidatesOutsideTheWindowAreNotConsidered() {
    InMemoryIncidentMerger m = new InMemoryIncidentMerger(new IncidentMatcher());
    m.add("d1", List.of(on(BOMBING, "1989-09-02", BOGOTA)));
    assertThat(m.add("d2", List.of(on(BOMBING, "1989-09-20", BOGOTA)))).containsExactly(1);
  }
}
