package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class Muc4JsonlTest {
  private static List<Muc4Document> gold(String text) throws IOException {
    return Muc4Jsonl.readGold(new StringReader(text), "gold.jsonl");
  }

  private static List<Muc4Document> predictions(String text) throws IOException {
    return Muc4Jsonl.readPredictions(new StringReader(text), "preds.jsonl");
  }

  @Test
  void readsTheGttFieldOfGoldLines() throws IOException {
    List<Muc4Document> docs = gold("""
        {"id": "TST1-MUC3-0001", "text": "ignored", "templates": [{"message_template": 1}], "gtt": [{"incident_type": "bombing / attack", "PerpInd": [["terrorists"]], "PerpOrg": [["farabundo marti national liberation front", "fmln"]], "Target": [], "Victim": [], "Weapon": [["bomb"]]}]}

        {"id": "TST1-MUC3-0002", "gtt": []}
        """);
    assertThat(docs).extracting(Muc4Document::id).containsExactly("TST1-MUC3-0001", "TST1-MUC3-0002");
    Muc4Template t = docs.get(0).templates().get(0);
    assertThat(t.incidentTypes()).isEqualTo(EnumSet.of(Muc4IncidentType.BOMBING, Muc4IncidentType.ATTACK));
    assertThat(t.fillers(Muc4Role.PERP_ORG))
        .containsExactly(Muc4Entity.of("farabundo marti national liberation front", "fmln"));
    assertThat(t.fillers(Muc4Role.WEAPON)).containsExactly(Muc4Entity.of("bomb"));
    assertThat(t.fillers(Muc4Role.VICTIM)).isEmpty();
    assertThat(docs.get(1).templates()).isEmpty();
  }

  @Test
  void readsPredictionsWithMissingRolesAndBareStrings() throws IOException {
    List<Muc4Document> docs = predictions("""
        {"id": "D1", "templates": [{"incident_type": "Forced Work Stoppage", "PerpOrg": ["fmln", ["eln"]], "note": "x"}]}
        """);
    Muc4Template t = docs.get(0).templates().get(0);
    assertThat(t.incidentTypes()).containsExactly(Muc4IncidentType.FORCED_WORK_STOPPAGE);
    assertThat(t.fillers(Muc4Role.PERP_ORG)).containsExactly(Muc4Entity.of("fmln"), Muc4Entity.of("eln"));
    assertThat(t.fillers(Muc4Role.TARGET)).isEmpty();
  }

  @Test
  void rejectsBadLinesNamingFileAndLine() {
    assertThatThrownBy(() -> predictions("{\"id\": \"D1\", \"templates\": []}\n{not json"))
        .isInstanceOf(Muc4FormatException.class).hasMessageStartingWith("preds.jsonl:2: not JSON");
    assertThatThrownBy(() -> predictions("{\"id\": \"D1\", \"templates\": [{\"incident_type\": \"massacre\"}]}"))
        .isInstanceOf(Muc4FormatException.class).hasMessageContaining("unknown incident_type \"massacre\"");
    assertThatThrownBy(() -> predictions("{\"id\": \"D1\", \"templates\": [{\"incident_type\": \"bombing / attack\"}]}"))
        .isInstanceOf(Muc4FormatException.class).hasMessageContaining("unknown incident_type");
    assertThatThrownBy(() -> predictions("{\"id\": \"D1\", \"templates\": [{\"incident_type\": \"attack\", \"Victim\": [[]]}]}"))
        .isInstanceOf(Muc4FormatException.class).hasMessageContaining("non-empty list of strings");
    assertThatThrownBy(() -> predictions("{\"id\": \"D1\", \"templates\": []}\n{\"id\": \"D1\", \"templates\": []}"))
        .isInstanceOf(Muc4FormatException.class).hasMessage("preds.jsonl:2: document id D1 appears twice");
    assertThatThrownBy(() -> predictions("{\"id\": \"D1\"}"))
        .isInstanceOf(Muc4FormatException.class).hasMessageContaining("missing array field \"templates\"");
    assertThatThrownBy(() -> gold("{\"id\": \"D1\", \"templates\": []}"))
        .isInstanceOf(Muc4FormatException.class).hasMessageContaining("missing array field \"gtt\"");
  }
}
