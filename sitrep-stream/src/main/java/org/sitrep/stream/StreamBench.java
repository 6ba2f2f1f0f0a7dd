package org.sitrep.stream;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.sitrep.corenlp.CoreNlpEngine;
import org.sitrep.domain.Extraction;
import org.sitrep.ingest.DocumentReader;
import org.sitrep.ingest.JsonArticleReader;
import org.sitrep.ingest.Source;
import org.sitrep.pipeline.DocResult;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Sitrep;
import org.sitrep.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sitrep bench stream}: the job's throughput at parallelism 1 and at parallelism 2 on the same articles in one
 * run, each on a fresh topic and a fresh PostgreSQL schema, against a real single-node Kafka broker and a Flink
 * MiniCluster in this JVM. The rate counts documents settled by the store writer between the first and the last
 * (model loading and job start excluded: the models are loaded, and an untimed job over the first 200 articles
 * warms the JIT, before the first round); wall time includes them. Rounds alternate the order of the
 * parallelisms (1,2 then 2,1), and the ratio compares their pooled rates. Last, the single store writer's own ceiling: its per-document work timed alone.
 * Here in sitrep-stream rather than in sitrep-app, so Flink and the Kafka broker stay off the CLI's classpath; the
 * {@code ./sitrep} launcher runs this class for {@code bench stream}.
 */
@Command(name = "sitrep bench stream", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Throughput of the Flink job at parallelism 1 and 2 on the same articles (Kafka and Flink run "
        + "in-process; PostgreSQL from --jdbc).")
public final class StreamBench implements Callable<Integer> {
  @Option(names = "--articles", description = "Generated articles per round (default: ${DEFAULT-VALUE}).",
      defaultValue = "1000")
  int articles;

  @Option(names = "--docs", paramLabel = "FILE.jsonl", description = "Send these JSON Lines records (one article "
      + "per line, as `sitrep ingest` reads them; at most --articles) instead of generated articles.")
  Path docs;

  @Option(names = "--seed", description = "Seed of the generated feed (default: ${DEFAULT-VALUE}).",
      defaultValue = "20251125")
  long seed;

  @Option(names = "--parallelism", split = ",", description = "Parallelisms to run, in order (default: "
      + "${DEFAULT-VALUE}).", defaultValue = "1,2")
  List<Integer> parallelisms;

  @Option(names = "--rounds", description = "Rounds over the parallelisms, every other one in reverse order so that "
      + "warm-up and machine noise fall on all (default: ${DEFAULT-VALUE}).", defaultValue = "2")
  int roundCount;

  @Option(names = "--jdbc", paramLabel = "URL", description = "PostgreSQL database to make a fresh schema in for "
      + "each round (env SITREP_BENCH_POSTGRES_URL, else SITREP_TEST_POSTGRES_URL).",
      defaultValue = "${env:SITREP_BENCH_POSTGRES_URL:-${env:SITREP_TEST_POSTGRES_URL}}")
  String jdbc;

  @Option(names = "--report", description = "Markdown file the results are appended to (default: ${DEFAULT-VALUE}).",
      defaultValue = "docs/benchmarks.md")
  Path report;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** One round's outcome. */
  record Round(int parallelism, int documents, double wallSeconds, double steadySeconds, double loadAverage) {
    double docsPerSecond() { return documents > 1 ? (documents - 1) / steadySeconds : 0; }
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new StreamBench()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    if (jdbc == null || jdbc.isBlank() || !jdbc.startsWith("jdbc:postgresql:")) {
      spec.commandLine().getErr().println("sitrep: error: bench stream needs a PostgreSQL database: --jdbc "
          + "jdbc:postgresql://HOST/DB?user=..&password=.. (or SITREP_BENCH_POSTGRES_URL)");
      return 2;
    }
    List<String> feed = docs != null
        ? Files.readAllLines(docs, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).limit(articles).toList()
        : new SyntheticNews(seed).items(articles).stream().map(SyntheticNews.Item::json).toList();
    long t0 = System.nanoTime();
    // CoreNLP caches its models, so every round starts with them loaded; a few documents warm the JIT up.
    Pipeline pipeline = Sitrep.pipeline(CoreNlpEngine.sitrepProfile());
    double load = (System.nanoTime() - t0) / 1e9;
    JsonArticleReader reader = new JsonArticleReader(DocumentReader.DEFAULT_MAX_BYTES);
    for (String record : feed.subList(0, Math.min(30, feed.size()))) {
      reader.readDocument("warm-up", new ByteArrayInputStream(record.getBytes(StandardCharsets.UTF_8)))
          .forEach(r -> {
            if (r instanceof DocResult.Ok<Source> ok) pipeline.process(ok.value());
          });
    }
    System.err.printf("bench: models loaded in %.1f s; %d articles per round%n", load, feed.size());
    List<Round> rounds = new ArrayList<>();
    Path work = Files.createTempDirectory("sitrep-bench-stream");
    try (LocalKafka kafka = LocalKafka.start()) {
      // an untimed job first: Flink, Kafka and PostgreSQL code paths get compiled before any round counts
      int widest = parallelisms.stream().mapToInt(Integer::intValue).max().orElse(1);
      round(kafka, feed.subList(0, Math.min(200, feed.size())), widest, work);
      for (int i = 0; i < roundCount; i++) {
        List<Integer> order = new ArrayList<>(parallelisms);
        if (i % 2 == 1) java.util.Collections.reverse(order);
        for (int p : order) {
          Round r = round(kafka, feed, p, work);
          System.err.printf("bench: round %d, parallelism %d: %d documents, %.1f docs/s (%.1f s wall)%n", i + 1, p,
              r.documents(), r.docsPerSecond(), r.wallSeconds());
          rounds.add(r);
        }
      }
    }
    double writer = writerRate(feed, pipeline, reader);
    System.err.printf("bench: store writer alone: %.1f docs/s%n", writer);
    String table = table(rounds, writer);
    System.out.print(table);
    Files.writeString(report, table, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    System.err.println("bench: appended to " + report);
    return 0;
  }

  private Round round(LocalKafka kafka, List<String> feed, int parallelism, Path work) throws Exception {
    String name = "bench-p" + parallelism + "-" + UUID.randomUUID().toString().substring(0, 8);
    kafka.createTopic(name, 1);
    kafka.createTopic(name + "-updates", 1);
    kafka.createTopic(name + "-errors", 1);
    kafka.send(name, 1, feed);
    String schema = "sitrep_bench_" + UUID.randomUUID().toString().replace("-", "");
    admin("CREATE SCHEMA " + schema);
    try {
      String url = jdbc + (jdbc.contains("?") ? "&" : "?") + "currentSchema=" + schema;
      StreamConfig config = new StreamConfig(kafka.bootstrap(), name, name + "-updates", name + "-errors",
          name, url, parallelism, Duration.ofSeconds(2), name, Duration.ofMinutes(5), true);
      Path log = work.resolve(name + ".log");
      Configuration conf = StreamJob.clusterSettings();
      conf.set(RestartStrategyOptions.RESTART_STRATEGY, "none");
      StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(parallelism, conf);
      StreamJob.wire(env, config, new TimeLog(log.toString()));
      long start = System.nanoTime();
      env.execute("bench " + name);
      double wall = (System.nanoTime() - start) / 1e9;
      List<Long> times = Files.readAllLines(log).stream().map(Long::parseLong).sorted().toList();
      double steady = times.size() > 1 ? (times.get(times.size() - 1) - times.get(0)) / 1e9 : wall;
      return new Round(parallelism, times.size(), wall, steady,
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    } finally {
      admin("DROP SCHEMA " + schema + " CASCADE");
    }
  }

  private void admin(String ddl) throws SQLException {
    try (Connection c = DriverManager.getConnection(jdbc); Statement s = c.createStatement()) {
      s.execute(ddl);
    }
  }

  /**
   * The ceiling of the single store writer: the feed's extractions made beforehand, then what the writer does per
   * document timed alone (decode, {@link Store#add} with its merge, {@link Store#changes}) into a fresh schema.
   */
  private double writerRate(List<String> feed, Pipeline pipeline, JsonArticleReader reader) throws SQLException {
    ExtractionCodec codec = new ExtractionCodec();
    List<byte[]> encoded = new ArrayList<>();
    for (String record : feed) {
      reader.readDocument("writer", new ByteArrayInputStream(record.getBytes(StandardCharsets.UTF_8))).forEach(r -> {
        if (r instanceof DocResult.Ok<Source> ok
            && pipeline.process(ok.value()) instanceof DocResult.Ok<Extraction> x) {
          encoded.add(codec.encode(x.value()));
        }
      });
    }
    String schema = "sitrep_bench_" + UUID.randomUUID().toString().replace("-", "");
    admin("CREATE SCHEMA " + schema);
    try (Store store = Store.open(jdbc + (jdbc.contains("?") ? "&" : "?") + "currentSchema=" + schema)) {
      long start = System.nanoTime();
      for (byte[] bytes : encoded) {
        Extraction x = codec.decode(bytes);
        store.add(x);
        store.changes(x.document().id());
      }
      return encoded.size() / ((System.nanoTime() - start) / 1e9);
    } finally {
      admin("DROP SCHEMA " + schema + " CASCADE");
    }
  }

  private String table(List<Round> rounds, double writer) {
    StringBuilder b = new StringBuilder();
    b.append("\n## bench stream — ").append(LocalDate.now()).append("\n\n");
    b.append(String.format(Locale.ROOT, "Command: `./sitrep bench stream --articles %d --parallelism %s --rounds "
            + "%d%s`; %s, one input partition, store writer 1; Kafka broker, Flink MiniCluster and "
            + "the job in one JVM, PostgreSQL beside it; %d cores, load average %.1f at the end, max heap %d MB.%n%n",
        articles, String.join(",", parallelisms.stream().map(String::valueOf).toList()), roundCount,
        docs == null ? "" : " --docs " + docs,
        docs == null ? "generated articles (seed " + seed + ")" : "the records of " + docs.getFileName(),
        Runtime.getRuntime().availableProcessors(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        Runtime.getRuntime().maxMemory() / (1024 * 1024)));
    b.append("| parallelism | round | documents | docs/s (first to last stored) | wall s (incl. job start) "
        + "| load average after |\n");
    b.append("|---:|---:|---:|---:|---:|---:|\n");
    for (int p : parallelisms) {
      int n = 0;
      for (Round r : rounds) {
        if (r.parallelism() != p) continue;
        b.append(String.format(Locale.ROOT, "| %d | %d | %d | %.2f | %.1f | %.1f |%n", p, ++n, r.documents(),
            r.docsPerSecond(), r.wallSeconds(), r.loadAverage()));
      }
    }
    double p1 = meanRate(rounds, 1);
    double p2 = meanRate(rounds, 2);
    if (p1 > 0 && p2 > 0) {
      double m1 = medianRate(rounds, 1);
      double m2 = medianRate(rounds, 2);
      b.append(String.format(Locale.ROOT, "%nPooled docs/s: p1 %.2f, p2 %.2f. Ratio p2/p1: **%.2f** (of the "
          + "medians, %.2f and %.2f: %.2f).%n", p1, p2, p2 / p1, m1, m2, m2 / m1));
    }
    b.append(String.format(Locale.ROOT, "%nThe store writer alone (decode, merge and store, read back the changes; "
        + "extractions made beforehand, same articles, fresh schema): **%.0f docs/s** (%.1f ms/doc).%n", writer,
        1000 / writer));
    return b.toString();
  }

  /** Documents over seconds, pooled over the rounds at this parallelism (0 when there are none). */
  private static double meanRate(List<Round> rounds, int parallelism) {
    double docs = 0;
    double seconds = 0;
    for (Round r : rounds) {
      if (r.parallelism() != parallelism) continue;
      docs += r.documents() - 1;
      seconds += r.steadySeconds();
    }
    return seconds > 0 ? docs / seconds : 0;
  }

  private static double medianRate(List<Round> rounds, int parallelism) {
    List<Double> rates = rounds.stream().filter(r -> r.parallelism() == parallelism).map(Round::docsPerSecond)
        .sorted().toList();
    int n = rates.size();
    return n == 0 ? 0 : n % 2 == 1 ? rates.get(n / 2) : (rates.get(n / 2 - 1) + rates.get(n / 2)) / 2;
  }

  /** Appends the time each document is settled, one nanoTime a line (same JVM: the MiniCluster runs here). */
  record TimeLog(String file) implements WriteListener {
    @Override
    public void written(Position at, String contentHash, boolean alreadyStored) {
      try {
        Files.writeString(Path.of(file), System.nanoTime() + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
            StandardOpenOption.APPEND);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }
}
