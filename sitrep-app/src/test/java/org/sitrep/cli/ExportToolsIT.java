package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The exports load as-is in the tools analysts use: pandas and R read the CSV with the right columns, rows and numeric
 * types; GDAL's OGR (what QGIS reads GeoJSON with) reads the GeoJSON as points. Each tool that is missing is skipped
 * with a message; `.ci/run` installs them all.
 */
class ExportToolsIT {
  private static final String ARTICLES = """
      {"id":"e1","source":"Dawn","published":"2024-05-14","title":"Police killed","text":"PESHAWAR, Pakistan -- Gunmen killed four police officers at a checkpoint outside Peshawar on Monday, officials said. The \\"Tehreek-e-Taliban Pakistan\\" (TTP), said a spokesman, claimed responsibility."}
      {"id":"e2","source":"Reuters","published":"2024-06-03","title":"Bus bombed","text":"MOGADISHU, Somalia -- A roadside bomb hit a minibus near Mogadishu on Sunday, killing at least nine passengers, police said. Al-Shabaab claimed responsibility."}
      {"id":"e3","source":"AFP","published":"2024-09-20","title":"Kidnapping","text":"MAIDUGURI, Nigeria -- Gunmen kidnapped 14 farmers near Maiduguri on Thursday, residents said."}
      """;
  private static Path csv;
  private static Path geojson;
  private static long incidents;

  @BeforeAll
  static void export(@TempDir Path dir) throws Exception {
    Path db = dir.resolve("sitrep.db");
    Path in = Files.writeString(dir.resolve("articles.jsonl"), ARTICLES);
    assertThat(new CommandLine(new IngestCommand()).execute("--db", "jdbc:sqlite:" + db, in.toString())).isZero();
    csv = Files.writeString(dir.resolve("incidents.csv"), run("--db", "jdbc:sqlite:" + db, "--format", "csv"));
    geojson = Files.writeString(dir.resolve("incidents.geojson"), run("--db", "jdbc:sqlite:" + db, "--format", "geojson"));
    incidents = csv.toFile().length() == 0 ? 0 : Files.readAllLines(csv).size() - 1;
    assertThat(incidents).isGreaterThanOrEqualTo(3);
  }

  private static String run(String... args) {
    PrintStream out = System.out;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
      assertThat(new CommandLine(new IncidentsCommand()).execute(args)).isZero();
      return o.toString(StandardCharsets.UTF_8);
    } finally {
      System.setOut(out);
    }
  }

  private record Result(int exit, String output) {}

  private static Result tool(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Result(p.exitValue(), output);
  }

  private static void assumeInstalled(String program) {
    boolean found = Files.isExecutable(Path.of("/usr/bin", program));
    if (!found) System.err.println("ExportToolsIT: skipped: /usr/bin/" + program + " is not installed (.ci/run installs it)");
    assumeTrue(found, program + " not installed");
  }

  @Test
  void pandasReadsTheCsv() throws Exception {
    assumeInstalled("python3");
    Result r = tool("/usr/bin/python3", "-c", String.join("\n",
        "import sys",
        "try:",
        "    import pandas as pd",
        "except ImportError:",
        "    print('NO PANDAS'); sys.exit(3)",
        "df = pd.read_csv(sys.argv[1])",
        "assert list(df.columns)[:3] == ['event_id', 'event_date', 'date_precision'], list(df.columns)",
        "assert df['event_id'].dtype.kind == 'i', df.dtypes",
        "assert df['latitude'].dtype.kind == 'f', df.dtypes",
        "print(len(df), len(df.columns))"), csv.toString());
    assumeTrue(r.exit() != 3, "pandas not installed");
    assertThat(r.exit()).as(r.output()).isZero();
    assertThat(r.output().strip()).isEqualTo(incidents + " 22");
  }

  @Test
  void rReadsTheCsv() throws Exception {
    assumeInstalled("Rscript");
    Result r = tool("/usr/bin/Rscript", "-e", "d <- read.csv(commandArgs(TRUE)[1], encoding = 'UTF-8');"
        + " stopifnot(is.numeric(d$latitude), is.numeric(d$event_id)); cat(nrow(d), ncol(d))", csv.toString());
    assertThat(r.exit()).as(r.output()).isZero();
    assertThat(r.output().strip()).endsWith(incidents + " 22");
  }

  @Test
  void gdalReadsTheGeoJsonAsPoints() throws Exception {
    assumeInstalled("ogrinfo");
    Result r = tool("/usr/bin/ogrinfo", "-ro", "-al", "-so", geojson.toString());
    assertThat(r.exit()).as(r.output()).isZero();
    assertThat(r.output()).contains("Geometry: Point", "Feature Count: " + incidents, "fatalities: Integer",
        "latitude: Real");
    List<String> warnings = new ArrayList<>(r.output().lines().filter(l -> l.contains("Warning")).toList());
    assertThat(warnings).isEmpty();
  }
}
