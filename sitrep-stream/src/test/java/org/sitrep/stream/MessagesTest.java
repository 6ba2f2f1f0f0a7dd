package org.sitrep.stream;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.sitrep.pipeline.ProblemCode;
import org.sitrep.pipeline.StageName;

class MessagesTest {
  final Messages messages = new Messages();
  final ObjectMapper json = new ObjectMapper();

  @Test
  void an_update_names_the_incident_the_change_the_document_and_the_record() throws Exception {
    IncidentUpdate u = new IncidentUpdate(12, IncidentUpdate.Change.UPDATED, 3, "9f86d081884c7d65", "event-4-1",
        new Position("sitrep.articles", 2, 41));
    JsonNode o = json.readTree(messages.update(u));
    assertThat(o.get("incident").asLong()).isEqualTo(12);
    assertThat(o.get("change").asText()).isEqualTo("updated");
    assertThat(o.get("version").asInt()).isEqualTo(3);
    assertThat(o.get("document").asText()).isEqualTo("9f86d081884c7d65");
    assertThat(o.get("input").asText()).isEqualTo("event-4-1");
    assertThat(o.get("article").get("topic").asText()).isEqualTo("sitrep.articles");
    assertThat(o.get("article").get("partition").asInt()).isEqualTo(2);
    assertThat(o.get("article").get("offset").asLong()).isEqualTo(41);
    assertThat(o.size()).isEqualTo(6);
    assertThat(new String(new OutputSchemas.UpdateKey().serialize(u), StandardCharsets.UTF_8)).isEqualTo("12");
  }

  @Test
  void a_rejection_says_what_is_wrong_where_as_sitrep_ingest_would() throws Exception {
    Rejection r = new Rejection(new Position("in", 0, 7), "in/0@7", StageName.INGEST, ProblemCode.MALFORMED,
        "no \"text\" field");
    JsonNode o = json.readTree(messages.rejection(r));
    assertThat(o.get("input").asText()).isEqualTo("in/0@7");
    assertThat(o.get("article").get("offset").asLong()).isEqualTo(7);
    assertThat(o.get("stage").asText()).isEqualTo("ingest");
    assertThat(o.get("code").asText()).isEqualTo("malformed");
    assertThat(o.get("detail").asText()).isEqualTo("no \"text\" field");
    assertThat(o.get("message").asText()).isEqualTo("in/0@7 is malformed (no \"text\" field)");
  }
}
