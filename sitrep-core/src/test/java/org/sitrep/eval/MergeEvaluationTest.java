package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.domain.ActorKind;
import org.sitrep.domain.DatePrecision;
import org.sitrep.domain.Evidence;
import org.sitrep.domain.GeoPrecision;
import org.sitrep.domain.Incident;
import org.sitrep.domain.IncidentDate;
import org.sitrep.domain.IncidentStatus;
import org.sitrep.domain.IncidentType;
import org.sitrep.domain.Location;
import org.sitrep.domain.Participant;
import org.sitrep.domain.Role;
import org.sitrep.merge.IncidentMatcher;
import org.sitrep.resolve.Gazetteer;

class MergeEvaluationTest {
  private static final Gazetteer GAZETTEER = Gazetteer.bundled();

  private static List<MergeGold.Template> templates(String id, String... templateJson) throws Exception {
    String json = "{\"id\": \"" + id + "\", \"templates\": [" + String.join(",", templateJson) + "]}";
    return MergeGold.templates(new ObjectMapper().readTree(json), GAZETTEER);
  }

  private static String key(String type, String day, String victim) {
    return """
        {"incident_type": "%s", "incident_date": {"alternatives": [{"from": "%s", "to": "%s"}]},
         "incident_location": {"alternatives": [[{"name": "COLOMBIA", "type": null}]]},
         "hum_tgt_name": [{"strings": ["%s"]}], "phys_tgt_id": null}""".formatted(type, day, day, victim);
  }

  private static Incident incident(IncidentType type, String day, String victim) {
    Evidence ev = new Evidence(0, victim.length(), victim, 0);
    Location co = new Location("BOGOTA", Optional.of("Bogotá"), Optional.of("Bogotá D.C."), Optional.of("CO"),
        Optional.of(4.6), Optional.of(-74.08), GeoPrecision.CITY, Optional.empty());
    return new Incident("i", IncidentStatus.CURRENT, type, List.of(),
        Optional.of(new IncidentDate(LocalDate.parse(day), Optional.empty(), DatePrecision.DAY, Optional.of(ev))),
        Optional.of(co), List.of(new Participant(victim, List.of(), Role.VICTIM, ActorKind.GOVERNMENT, false, ev)),
        List.of(), List.of(), List.of(ev));
  }

  @Test
  void alignsEachTemplateWithTheIncidentOfItsTypeOneToOne() throws Exception {
    List<MergeGold.Template> t = templates("A", key("BOMBING", "1989-09-02", "EL ESPECTADOR"),
        key("ATTACK", "1989-08-18", "LUIS CARLOS GALAN"), key("ATTACK", "1989-08-18", "JULIO CESAR PENALOZA"));
    List<Incident> incidents = List.of(incident(IncidentType.ASSASSINATION, "1989-08-18", "LUIS CARLOS GALAN"),
        incident(IncidentType.BOMBING, "1989-09-02", "EL ESPECTADOR"));
    assertThat(MergeEvaluation.align(t, incidents)).containsExactly(1, 0, -1);
  }

  @Test
  void mergedReportsScoreAgainstTheGoldAndUnalignedTemplatesStandAlone() throws Exception {
    List<MergeEvaluation.Report> reports = List.of(
        new MergeEvaluation.Report("B", Optional.of(LocalDate.parse("1989-08-20")),
            List.of(incident(IncidentType.ASSASSINATION, "1989-08-18", "GALAN")),
            templates("B", key("ATTACK", "1989-08-18", "LUIS CARLOS GALAN"))),
        new MergeEvaluation.Report("A", Optional.of(LocalDate.parse("1989-08-19")),
            List.of(incident(IncidentType.ASSASSINATION, "1989-08-18", "LUIS CARLOS GALAN")),
            templates("A", key("ATTACK", "1989-08-18", "LUIS CARLOS GALAN"))),
        new MergeEvaluation.Report("C", Optional.of(LocalDate.parse("1989-08-21")), List.of(),
            templates("C", key("ATTACK", "1989-08-18", "LUIS CARLOS GALAN"))));
    MergeEvaluation.Result r = MergeEvaluation.evaluate(reports, new IncidentMatcher());
    assertThat(r.gold()).containsExactly(List.of("B#0", "A#0", "C#0"));
    assertThat(r.predicted()).containsExactlyInAnyOrder(List.of("A#0", "B#0"), List.of("C#0"));
    assertThat(r.aligned()).isEqualTo(2);
    assertThat(r.scores().pairwise().precision()).isEqualTo(1.0);
    assertThat(r.scores().pairwise().recall()).isEqualTo(1.0 / 3);
    assertThat(r.ceiling().pairwise().recall()).isEqualTo(1.0 / 3);
    assertThat(r.singletons().pairwise().recall()).isEqualTo(0.0);
  }
}
