package org.sitrep.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import org.sitrep.domain.IncidentType;
import org.sitrep.serve.SitrepServer;
import org.sitrep.serve.StorePool;
import org.sitrep.serve.Submitter;
import org.sitrep.store.IncidentQuery;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code sitrep bench serve}: the HTTP API under load while articles keep arriving. Seeds a fresh database with
 * synthetic incidents (through {@link Store#add}, as ingesting would), starts the server, keeps adding synthetic
 * articles from a background thread, and has client threads request filtered, paged {@code GET /api/incidents} for a
 * fixed time; then the same clients fetch a static file from the same server for the same time, as the baseline of
 * what the server and this machine do without the database. Reports requests/s and latency percentiles of both and
 * the ratio, and appends them to the report file.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Throughput and latency of GET /api/incidents under concurrent ingest, against a static file.")
public final class ServeBench implements Callable<Integer> {
  @Option(names = "--incidents", description = "Incidents seeded before the run (default: ${DEFAULT-VALUE}).",
      defaultValue = "10000")
  int incidents;

  @Option(names = "--clients", description = "Client threads (default: ${DEFAULT-VALUE}).", defaultValue = "8")
  int clients;

  @Option(names = "--seconds", description = "Measured seconds per phase (default: ${DEFAULT-VALUE}).",
      defaultValue = "20")
  int seconds;

  @Option(names = "--warmup", description = "Unmeasured seconds before each phase (default: ${DEFAULT-VALUE}).",
      defaultValue = "5")
  int warmup;

  @Option(names = "--limit", description = "Page size the clients ask for (default: ${DEFAULT-VALUE}; the page "
      + "asks 200).", defaultValue = "50")
  int limit;

  @Option(names = "--readers", description = "The server's read connections (default: ${DEFAULT-VALUE}).",
      defaultValue = "4")
  int readers;

  @Option(names = "--ingest-rate", description = "Articles added per second while measuring; 0: as fast as the "
      + "store takes them (default: ${DEFAULT-VALUE}).", defaultValue = "20")
  double ingestRate;

  @Option(names = "--db", paramLabel = "URL", description = "An empty database to fill (default: a new SQLite file "
      + "in a temporary folder).")
  String db;

  @Mixin BenchReport report = new BenchReport();

  /**
   * What one phase measured. {@code cpuSeconds} is the whole process's CPU time in the measured part (server, clients
   * and the ingest thread together) and {@code load} the machine's load average at its end: on a shared machine they
   * tell how much of the two cores this run had.
   */
  record Phase(String name, long requests, long errors, double seconds, long[] nanos, double cpuSeconds, double load) {
    double perSecond() { return requests / seconds; }

    double cpuMillisPerRequest() { return requests == 0 ? 0 : cpuSeconds * 1000 / requests; }

    double percentileMillis(double p) {
      if (nanos.length == 0) return 0;
      long[] sorted = nanos.clone();
      Arrays.sort(sorted);
      int i = (int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1);
      return sorted[Math.max(0, i)] / 1e6;
    }
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    Path tmp = null;
    String url = db;
    if (url == null) {
      tmp = Files.createTempDirectory("sitrep-bench-serve");
      url = "jdbc:sqlite:" + tmp.resolve("bench.db");
    }
    SyntheticArticles articles = new SyntheticArticles(42);
    try (Store writer = Store.open(url)) {
      long t0 = System.nanoTime();
      for (int n = 0; n < incidents; n++) {
        writer.add(articles.article(n));
        if ((n + 1) % 2000 == 0) System.err.printf("bench: seeded %,d incidents%n", n + 1);
      }
      double seedSeconds = (System.nanoTime() - t0) / 1e9;
      long stored = writer.count(IncidentQuery.all());
      System.err.printf("bench: %,d incidents in %.1f s (%.0f adds/s)%n", stored, seedSeconds, incidents / seedSeconds);

      Submitter noSubmitting = source -> {
        throw new IllegalStateException("the benchmark submits nothing through HTTP");
      };
      try (StorePool pool = StorePool.open(url, readers);
           SitrepServer server = SitrepServer.start(new SitrepServer.Settings("127.0.0.1", 0, Optional.empty(),
               SitrepServer.Settings.DEFAULT_MAX_BODY_BYTES), pool, noSubmitting)) {
        String base = "http://127.0.0.1:" + server.port();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
        AtomicBoolean ingesting = new AtomicBoolean(true);
        AtomicLong added = new AtomicLong();
        Thread ingest = new Thread(() -> ingestLoop(writer, articles, ingesting, added), "bench-ingest");
        ingest.start();
        long addedBefore;
        Phase api;
        Phase baseline;
        double ingestSeconds;
        try {
          long ingestStart = System.nanoTime();
          addedBefore = added.get();
          api = phase("GET /api/incidents (filtered, paged, limit " + limit + ")", http,
              i -> URI.create(base + apiQuery(new Random(i))));
          baseline = phase("GET /app.css (static file, baseline)", http, i -> URI.create(base + "/app.css"));
          ingestSeconds = (System.nanoTime() - ingestStart) / 1e9;
        } finally {
          ingesting.set(false);
          ingest.join();
        }
        double ingestPerSecond = (added.get() - addedBefore) / ingestSeconds;
        String table = render(List.of(api, baseline), api.perSecond() / baseline.perSecond());
        System.out.println(table);
        appendReport(table, stored, seedSeconds, ingestPerSecond);
      }
    } finally {
      if (tmp != null) delete(tmp);
    }
    return 0;
  }

  /** One of the queries the page makes: a filter or two, a sort, a page. */
  private String apiQuery(Random r) {
    StringBuilder q = new StringBuilder("/api/incidents?limit=" + limit);
    switch (r.nextInt(5)) {
      case 0 -> q.append("&offset=").append(limit * r.nextInt(20));
      case 1 -> q.append("&country=").append(List.of("PK", "SO", "NG", "ML", "IQ", "MX").get(r.nextInt(6)));
      case 2 -> {
        LocalDate since = SyntheticArticles.FIRST_DAY.plusDays(r.nextInt(SyntheticArticles.DAYS - 60));
        q.append("&since=").append(since).append("&until=").append(since.plusDays(30));
      }
      case 3 -> q.append("&type=").append(List.of(IncidentType.BOMBING, IncidentType.ARMED_ASSAULT,
          IncidentType.KIDNAPPING).get(r.nextInt(3)).wire()).append("&sort=-fatalities");
      default -> q.append("&actor=").append(List.of("front", "brigade", "army").get(r.nextInt(3)))
          .append("&offset=").append(limit * r.nextInt(5));
    }
    return q.toString();
  }

  private void ingestLoop(Store writer, SyntheticArticles articles, AtomicBoolean running, AtomicLong added) {
    long n = incidents;
    long start = System.nanoTime();
    while (running.get()) {
      writer.add(articles.article(n++));
      added.incrementAndGet();
      if (ingestRate > 0) {
        long due = start + (long) (added.get() / ingestRate * 1e9);
        long wait = due - System.nanoTime();
        if (wait > 0) {
          try {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
        }
      }
    }
  }

  /** Warm-up, then {@code seconds} of requests from every client; latencies of the measured part only. */
  private Phase phase(String name, HttpClient http, IntFunction<URI> uris) throws InterruptedException {
    System.err.printf("bench: %s: %d s warm-up, %d s measured, %d clients%n", name, warmup, seconds, clients);
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long warmEnd = System.nanoTime() + warmup * 1_000_000_000L;
    long end = warmEnd + seconds * 1_000_000_000L;
    List<long[]> perClient = new ArrayList<>();
    long[] counts = new long[clients];
    long[] errors = new long[clients];
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int client = c;
      long[] nanos = new long[1 << 20];
      perClient.add(nanos);
      Thread t = new Thread(() -> {
        int i = client * 1_000_000;
        while (true) {
          long s = System.nanoTime();
          if (s >= end) break;
          boolean ok;
          try {
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(uris.apply(i++)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
            ok = r.statusCode() == 200 && r.body().length > 0;
          } catch (IOException e) {
            ok = false;
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
          long done = System.nanoTime();
          if (s < warmEnd) continue;
          if (!ok) errors[client]++;
          if (counts[client] < nanos.length) nanos[(int) counts[client]] = done - s;
          counts[client]++;
        }
      }, "bench-client-" + c);
      threads.add(t);
      t.start();
    }
    Thread.sleep(Math.max(0, (warmEnd - System.nanoTime()) / 1_000_000));
    long cpuStart = os.getProcessCpuTime();
    for (Thread t : threads) t.join();
    double cpuSeconds = (os.getProcessCpuTime() - cpuStart) / 1e9;
    long total = Arrays.stream(counts).sum();
    long[] all = new long[(int) Math.min(Integer.MAX_VALUE, Arrays.stream(counts)
        .map(n -> Math.min(n, 1 << 20)).sum())];
    int at = 0;
    for (int c = 0; c < clients; c++) {
      int n = (int) Math.min(counts[c], 1 << 20);
      System.arraycopy(perClient.get(c), 0, all, at, n);
      at += n;
    }
    return new Phase(name, total, Arrays.stream(errors).sum(), seconds, all, cpuSeconds, os.getSystemLoadAverage());
  }

  private static String render(List<Phase> phases, double ratio) {
    StringBuilder b = new StringBuilder();
    b.append("| requests | requests/s | ms p50 | ms p99 | ms max | errors | process CPU cores | CPU ms/request "
        + "| load average |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Phase p : phases) {
      b.append(String.format("| %s | %.0f | %.1f | %.1f | %.1f | %d | %.2f | %.2f | %.1f |%n", p.name(), p.perSecond(),
          p.percentileMillis(0.5), p.percentileMillis(0.99), p.percentileMillis(1.0), p.errors(),
          p.cpuSeconds() / p.seconds(), p.cpuMillisPerRequest(), p.load()));
    }
    b.append(String.format("%nRatio API/static (requests/s): **%.2f**%n", ratio));
    return b.toString();
  }

  private void appendReport(String table, long stored, double seedSeconds, double ingestPerSecond) throws IOException {
    String command = String.format("./sitrep bench serve --incidents %d --clients %d --seconds %d --limit %d "
        + "--ingest-rate %s", incidents, clients, seconds, limit,
        ingestRate == Math.rint(ingestRate) ? String.valueOf((long) ingestRate) : String.valueOf(ingestRate));
    String conditions = String.format("%,d incidents seeded in %.0f s (SQLite, one article each), %d read "
        + "connections, articles added at %.1f/s during both phases, clients in the same JVM", stored, seedSeconds,
        readers, ingestPerSecond);
    report.append("serve", command, conditions, table);
  }

  private static void delete(Path dir) throws IOException {
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }
}
