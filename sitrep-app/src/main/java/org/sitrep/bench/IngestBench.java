package org.sitrep.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sitrep.corenlp.CoreNlpEngine;
import org.sitrep.ingest.Source;
import org.sitrep.pipeline.DocResult;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Sitrep;
import org.sitrep.store.Ingestor;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code sitrep bench ingest}: (a) {@code sitrep extract}'s work alone and (b) the same plus storing and merging
 * (hash check, one transaction per document), on the same documents with the same loaded pipeline, in one run. The
 * two alternate over several rounds so that machine noise and JIT warm-up fall on both; each round of (b) writes a
 * fresh database. The ratio b/a says whether storage is ever the bottleneck (the target is at least 0.9).
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Compare sitrep ingest (extract + store + merge) against extraction alone on the same documents.")
public final class IngestBench implements Callable<Integer> {
  @Mixin BenchDocs docs = new BenchDocs();

  @Option(names = "--rounds", description = "Rounds of a then b (default: ${DEFAULT-VALUE}).", defaultValue = "2")
  int rounds;

  @Option(names = "--db", paramLabel = "DIR-OR-URL",
      description = "Where (b) stores: a folder for fresh SQLite files (default: a temporary folder), or a "
          + "jdbc:postgresql:// URL of an empty database (each round adds to it; documents repeat, so rounds after "
          + "the first measure the duplicate path there).")
  String db;

  @Mixin BenchReport report = new BenchReport();

  @Override
  public Integer call() throws IOException {
    Optional<List<Source>> loaded = docs.load();
    if (loaded.isEmpty()) return 2;
    List<Source> sources = loaded.get();
    long t0 = System.nanoTime();
    Pipeline pipeline = Sitrep.pipeline(CoreNlpEngine.sitrepProfile());
    double load = (System.nanoTime() - t0) / 1e9;
    for (int i = 0; i < Math.min(10, sources.size()); i++) pipeline.process(sources.get(i));

    Path folder = db != null && db.startsWith("jdbc:") ? null
        : db != null ? Files.createDirectories(Path.of(db)) : Files.createTempDirectory("sitrep-bench-ingest");
    double extractSeconds = 0;
    double ingestSeconds = 0;
    long stored = 0;
    for (int round = 1; round <= rounds; round++) {
      long s = System.nanoTime();
      for (Source source : sources) {
        DocResult<?> r = pipeline.process(source);
        if (r instanceof DocResult.Failed<?> f) System.err.println("bench: " + f.problems().get(0).oneLine());
      }
      extractSeconds += (System.nanoTime() - s) / 1e9;
      System.err.printf("bench: round %d: a done%n", round);

      String url = folder == null ? db : "jdbc:sqlite:" + folder.resolve("round-" + round + ".db");
      try (Store store = Store.open(url)) {
        Ingestor ingestor = new Ingestor(store, () -> pipeline, line -> {
          if (line.startsWith("sitrep:")) System.err.println(line);
        });
        s = System.nanoTime();
        for (Source source : sources) {
          if (ingestor.ingestOne(source) instanceof Ingestor.Outcome.Stored) stored++;
        }
        ingestSeconds += (System.nanoTime() - s) / 1e9;
      }
      System.err.printf("bench: round %d: b done%n", round);
    }
    int docsRun = sources.size() * rounds;
    double a = docsRun / extractSeconds;
    double b = docsRun / ingestSeconds;
    String table = String.format("| pipeline | docs | seconds | docs/s |%n|---|---:|---:|---:|%n"
            + "| a: extract (pipeline.process) | %d | %.1f | %.2f |%n"
            + "| b: ingest (hash check + extract + store + merge, %s) | %d | %.1f | %.2f |%n%n"
            + "Ratio b/a (docs/s): **%.2f** (target ≥ 0.9); %d documents stored; model load %.1f s (once, shared).%n",
        docsRun, extractSeconds, a, folder == null ? "PostgreSQL" : "SQLite", docsRun, ingestSeconds, b, b / a,
        stored, load);
    System.out.println(table);
    report.append("ingest", "./sitrep bench ingest " + docs.asArguments() + " --rounds " + rounds,
        sources.size() + " documents", table);
    return 0;
  }
}
