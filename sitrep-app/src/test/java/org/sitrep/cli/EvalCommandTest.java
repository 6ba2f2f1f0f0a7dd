package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.eval.Muc4Evaluation;
import org.sitrep.eval.Muc4Jsonl;
import org.sitrep.eval.Muc4Report;
import picocli.CommandLine;

class EvalCommandTest {
  private static final String GOLD = """
      {"id": "D1", "gtt": [{"incident_type": "bombing / attack", "PerpInd": [], "PerpOrg": [["farabundo marti national liberation front", "fmln"]], "Target": [["embassy"]], "Victim": [], "Weapon": []}]}
      {"id": "D2", "gtt": []}
      """;
  private static final String PRED = """
      {"id": "D1", "templates": [{"incident_type": "attack", "PerpOrg": [["The FMLN"]], "Target": [["bank"]]}]}
      {"id": "D2", "templates": [{"incident_type": "arson", "Target": [["house"]]}]}
      """;

  @TempDir Path dir;

  private int run(String... args) {
    return new CommandLine(new SitrepCommand()).execute(args);
  }

  @Test
  void scoresGivenFilesAndFailsCleanlyOnBadInput() throws IOException {
    Path gold = Files.writeString(dir.resolve("gold.jsonl"), GOLD);
    Path pred = Files.writeString(dir.resolve("pred.jsonl"), PRED);
    Path bad = Files.writeString(dir.resolve("bad.jsonl"), "{\"id\": \"D1\", \"templates\": [{\"incident_type\": \"riot\"}]}\n");
    assertThat(run("eval", "muc4", "--gold", gold.toString(), "--pred", pred.toString())).isZero();
    assertThat(run("eval", "muc4", "--gold", gold.toString(), "--pred", pred.toString(), "--json")).isZero();
    assertThat(run("eval", "muc4", "--gold", gold.toString(), "--pred", bad.toString())).isEqualTo(2);
    assertThat(run("eval", "muc4", "--gold", dir.resolve("missing.jsonl").toString(), "--pred", pred.toString()))
        .isEqualTo(2);
    assertThat(run("eval", "muc4", "--split", "test", "--pred", pred.toString())).isNotZero();
    assertThat(run("eval", "muc4", "--gold", gold.toString())).isNotZero(); // --pred is required
  }

  @Test
  void tableAndJsonShowTheSameCounts() throws IOException {
    Path gold = Files.writeString(dir.resolve("gold.jsonl"), GOLD);
    Path pred = Files.writeString(dir.resolve("pred.jsonl"), PRED);
    Muc4Report report = Muc4Evaluation.evaluate(Muc4Jsonl.readGold(gold), Muc4Jsonl.readPredictions(pred));

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    EvalCommand.printTables(new PrintStream(bytes, true, StandardCharsets.UTF_8), report, gold, pred);
    List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
    // GTT: D1 pairs (type and PerpOrg right, Target wrong); D2's arson template is spurious.
    assertThat(lines).contains(
        "incident_type    50.00  100.00   66.67   1/2             1/1",
        "PerpOrg         100.00  100.00  100.00   1/1             1/1",
        "Target            0.00    0.00    0.00   0/2             0/1");
    assertThat(lines.stream().filter(l -> l.startsWith("micro")).toList()).containsExactly(
        "micro            40.00   66.67   50.00   2/5             2/3",
        "micro            33.33   50.00   40.00   1/3             1/2");

    JsonNode json = new ObjectMapper().readTree(EvalCommand.toJson(report, gold, pred));
    assertThat(json.at("/gtt/micro/p_num").asInt()).isEqualTo(2);
    assertThat(json.at("/gtt/micro/p_den").asInt()).isEqualTo(5);
    assertThat(json.at("/gtt/entity_counting").asText()).isEqualTo("one-to-one");
    assertThat(json.at("/gtt/rows/incident_type/f1").asDouble()).isCloseTo(200.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(json.at("/ceaf_ree/rows").has("incident_type")).isFalse();
    assertThat(json.at("/ceaf_ree/micro/r_den").asInt()).isEqualTo(2);
  }
}
