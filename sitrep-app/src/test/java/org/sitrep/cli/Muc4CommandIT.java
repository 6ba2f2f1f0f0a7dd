package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code sitrep muc4} on reports processed several at a time: what one thread writes, in the input's order. */
class Muc4CommandIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static String report(String id, String place, String date, String text) {
    var n = JSON.createObjectNode();
    n.put("id", id);
    n.putObject("dateline").put("raw", place + ", " + date + " (WIRE)").put("date", "1990-03-" + date.substring(0, 2));
    n.put("text", text);
    return n.toString();
  }

  private static String run(Path in, Path out, int threads, StringBuilder stderr) {
    PrintStream err = System.err;
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    try {
      System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
      int exit = new CommandLine(new Muc4Command()).execute("--in", in.toString(), "--out", out.toString(),
          "--threads", Integer.toString(threads));
      assertThat(exit).isZero();
    } finally {
      System.setErr(err);
    }
    stderr.append(e.toString(StandardCharsets.UTF_8));
    try {
      return Files.readString(out);
    } catch (java.io.IOException ex) {
      throw new java.io.UncheckedIOException(ex);
    }
  }

  @Test
  void severalThreadsWriteWhatOneWritesInTheInputsOrder(@TempDir Path dir) throws Exception {
    List<String> lines = new ArrayList<>();
    lines.add(report("R-1", "Lima", "12 MAR 90", "Guerrillas bombed a power station in Huancayo on Sunday, "
        + "leaving the city without electricity. Police said nobody was hurt."));
    lines.add(report("R-2", "Bogota", "13 MAR 90", "The finance minister presented the budget to congress today."));
    lines.add("{not json");
    lines.add(report("R-3", "San Salvador", "14 MAR 90", "Gunmen kidnapped the mayor of Usulutan yesterday. "
        + "The rebels later claimed responsibility for the kidnapping."));
    lines.add("");
    lines.add(report("R-4", "Quito", "15 MAR 90", "Unidentified men set fire to a bus in Guayaquil on Tuesday."));
    Path in = Files.write(dir.resolve("reports.jsonl"), lines, StandardCharsets.UTF_8);

    StringBuilder oneErr = new StringBuilder();
    String one = run(in, dir.resolve("one.jsonl"), 1, oneErr);
    StringBuilder threeErr = new StringBuilder();
    String three = run(in, dir.resolve("three.jsonl"), 3, threeErr);

    assertThat(three).isEqualTo(one);
    List<JsonNode> written = new ArrayList<>();
    for (String l : one.lines().toList()) written.add(JSON.readTree(l));
    assertThat(written).extracting(n -> n.path("id").asText()).containsExactly("R-1", "R-2", "R-3", "R-4");
    assertThat(written.get(0).path("templates").get(0).path("incident_type").asText()).isEqualTo("bombing");
    assertThat(written.get(1).path("templates")).isEmpty();
    assertThat(written.get(2).path("templates").get(0).path("incident_type").asText()).isEqualTo("kidnapping");
    for (StringBuilder err : List.of(oneErr, threeErr)) {
      assertThat(err.toString()).contains("sitrep: error: " + in + ":3 is malformed JSON");
      assertThat(err.toString()).contains("1 failed");
    }
  }
}
