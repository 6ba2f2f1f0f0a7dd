package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The CLI on a batch mixing good and bad inputs: one clear error line per bad file, the rest still extracted. */
class ExtractCommandIT {
  private static final String ARTICLE = """
      Gunmen killed four police officers at a checkpoint outside Peshawar on Monday,
      officials said. No group claimed responsibility for the attack.
      """;

  private record Run(int exit, List<String> stdout, String stderr) {}

  private static Run run(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
      int exit = new CommandLine(new ExtractCommand()).execute(args);
      String stdout = o.toString(StandardCharsets.UTF_8);
      return new Run(exit, stdout.isBlank() ? List.of() : stdout.lines().toList(), e.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  @Test
  void badInputsGetOneErrorLineEachAndTheRestIsExtracted(@TempDir Path dir) throws Exception {
    Path good = Files.writeString(dir.resolve("good.txt"), ARTICLE);
    Path cp1252 = dir.resolve("cp1252.txt");
    Files.write(cp1252, ARTICLE.replace("Peshawar", "Pesh\u00e2war").getBytes("windows-1252"));
    Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
    Path binary = Files.write(dir.resolve("binary.bin"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 1, 2, 3, 0});
    Path huge = dir.resolve("huge.txt");
    try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
      f.setLength(50L * 1024 * 1024); // 50 MB, sparse: refused by its size, never read
    }
    Path missing = dir.resolve("missing.txt");

    Run r = run("--published", "2024-05-14", good.toString(), empty.toString(), binary.toString(), huge.toString(),
        cp1252.toString(), missing.toString());

    assertThat(r.exit()).isZero();
    assertThat(r.stdout()).hasSize(2);
    ObjectMapper mapper = new ObjectMapper();
    JsonNode first = mapper.readTree(r.stdout().get(0));
    assertThat(first.path("document").path("path").asText()).isEqualTo(good.toString());
    assertThat(first.path("incidents").get(0).path("date").path("start").asText()).isEqualTo("2024-05-13");
    JsonNode second = mapper.readTree(r.stdout().get(1));
    assertThat(second.path("document").path("path").asText()).isEqualTo(cp1252.toString());
    List<String> errors = r.stderr().lines().filter(l -> l.startsWith("sitrep: error:")).toList();
    assertThat(errors).hasSize(4);
    assertThat(errors).anySatisfy(l -> assertThat(l).contains(empty.toString()).contains("is empty"));
    assertThat(errors).anySatisfy(l -> assertThat(l).contains(binary.toString()).contains("binary"));
    assertThat(errors).anySatisfy(l -> assertThat(l).contains(huge.toString()).contains("too large"));
    assertThat(errors).anySatisfy(l -> assertThat(l).contains(missing.toString()).contains("cannot be read"));
    assertThat(r.stderr()).contains("sitrep: warning: " + cp1252 + " is not valid UTF-8; decoded as Windows-1252");
  }

  @Test
  void exitCodeIsNonZeroOnlyWhenEveryInputFailed(@TempDir Path dir) throws Exception {
    Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
    Path blank = Files.writeString(dir.resolve("blank.txt"), "  \n\n\t ");
    Run r = run(empty.toString(), blank.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.stdout()).isEmpty();
    assertThat(r.stderr().lines().filter(l -> l.startsWith("sitrep: error:"))).hasSize(2);
  }
}
