package org.sitrep.stream;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.corenlp.CoreNlpEngine;
import org.sitrep.ingest.DocumentReader;
import org.sitrep.ingest.JsonArticleReader;
import org.sitrep.ingest.Source;
import org.sitrep.pipeline.DocResult;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Sitrep;
import org.sitrep.store.IncidentChange;
import org.sitrep.store.Ingestor;
import org.sitrep.store.Store;

/**
 * The job for real: a single-node KRaft Kafka broker on localhost, a Flink MiniCluster, PostgreSQL (from
 * {@value TestSchema#POSTGRES_ENV}), and 1,000 generated articles (several outlets per event, so reports merge) with
 * re-sent articles and bad records among them. The reference is {@code sitrep ingest}'s loop ({@link Ingestor}) over
 * the same records in the same order, into its own schema.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StreamJobIT {
  static final int ARTICLES = 1000;
  static final long SEED = 20251125L;
  static final ObjectMapper JSON = new ObjectMapper();

  List<SyntheticNews.Item> items;
  TestSchema reference;
  StoreSnapshot expected;
  LocalKafka kafka;
  @TempDir Path tmp;

  @BeforeAll
  void ingestTheReferenceAndStartKafka() throws Exception {
    String base = TestSchema.baseUrlOrSkip("StreamJobIT (Kafka + Flink + PostgreSQL)");
    items = new SyntheticNews(SEED).items(ARTICLES);
    reference = TestSchema.fresh(base);
    String jsonl = items.stream().map(SyntheticNews.Item::json).collect(Collectors.joining("\n", "", "\n"));
    long t0 = System.nanoTime();
    try (Store store = Store.open(reference.url)) {
      Pipeline pipeline = Sitrep.pipeline(CoreNlpEngine.sitrepProfile());
      Ingestor.Counts counts = new Ingestor(store, () -> pipeline, line -> { })
          .ingest(new JsonArticleReader(DocumentReader.DEFAULT_MAX_BYTES)
              .readLines("feed.jsonl", new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8))));
      System.err.printf("[sitrep-stream] reference: sitrep ingest's loop stored %d of %d records in %.1f s%n",
          counts.stored(), counts.read(), (System.nanoTime() - t0) / 1e9);
    }
    expected = StoreSnapshot.of(reference.url);
    kafka = LocalKafka.start();
  }

  @AfterAll
  void stop() throws Exception {
    if (kafka != null) kafka.close();
    if (reference != null) reference.close();
  }

  @Test
  void one_partition_analysed_in_parallel_stores_what_sitrep_ingest_stores() throws Exception {
    try (TestSchema db = TestSchema.fresh(TestSchema.baseUrlOrSkip("StreamJobIT"))) {
      Topics t = topics("ordered", 1);
      // two analysis subtasks finish out of order; the writer must still store in the partition's order
      run(config(t, db.url, 2), WriteListener.NONE, 0);

      StoreSnapshot actual = StoreSnapshot.of(db.url);
      assertThat(expected.incidents()).as("the reference merged reports").anySatisfy((reports, s) ->
          assertThat(reports).hasSizeGreaterThan(2));
      assertThat(actual.reportsPerDocument()).isEqualTo(expected.reportsPerDocument());
      assertThat(actual.incidents().keySet()).isEqualTo(expected.incidents().keySet());
      assertThat(actual.incidents()).isEqualTo(expected.incidents());
      assertUpdatesExactlyOnce(t, db);
      assertRejectionsExactlyOnce(t);
    }
  }

  @Test
  void killed_twice_mid_stream_every_article_yields_its_incidents_exactly_once() throws Exception {
    try (TestSchema db = TestSchema.fresh(TestSchema.baseUrlOrSkip("StreamJobIT"))) {
      Topics t = topics("killed", 2);
      Path log = tmp.resolve("written.log");
      // each fails the job once, right after a document's transaction and before its updates are emitted
      FailAfterWrite listener = new FailAfterWrite(log.toString(), List.of(
          new FailAfterWrite.Trigger(tmp.resolve("failed-1").toString(), 0, 150),
          new FailAfterWrite.Trigger(tmp.resolve("failed-2").toString(), 1, 330)));
      run(config(t, db.url, 2), listener, 3);

      assertThat(tmp.resolve("failed-1")).exists();
      assertThat(tmp.resolve("failed-2")).exists();
      List<String> writes = Files.readAllLines(log);
      Map<String, Long> timesWritten = writes.stream().map(l -> l.split(" ")[0])
          .collect(Collectors.groupingBy(p -> p, TreeMap::new, Collectors.counting()));
      List<String> replayed = timesWritten.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey)
          .toList();
      System.err.printf("[sitrep-stream] %d writes, %d positions written again after a restart%n", writes.size(),
          replayed.size());
      // the documents whose transaction committed just before each failure came again: replays happened ...
      assertThat(replayed).contains("0@150", "1@330");
      // ... from a checkpoint, not from the beginning
      assertThat(replayed.size()).isLessThan(150);

      // every article's document and reports exactly once (the merge itself may differ: two partitions have no
      // order between them, so only what each document yields is compared with the reference)
      StoreSnapshot actual = StoreSnapshot.of(db.url);
      assertThat(actual.reportsPerDocument()).isEqualTo(expected.reportsPerDocument());
      assertThat(actual.reports()).isEqualTo(expected.reports());
      try (Connection c = db.connect(); Statement s = c.createStatement();
           ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM (SELECT document_id, extracted_id FROM reports "
               + "GROUP BY document_id, extracted_id HAVING COUNT(*) > 1) d")) {
        rs.next();
        assertThat(rs.getInt(1)).as("reports stored twice").isZero();
      }
      assertUpdatesExactlyOnce(t, db);
      assertRejectionsExactlyOnce(t);
    }
  }

  /**
   * Read with read_committed, the updates topic holds, for each input record whose document is stored, that
   * document's changes exactly once: none lost, none twice. (A re-sent article is a second record of a stored
   * document: it announces the document's changes again, with its own position.)
   */
  private void assertUpdatesExactlyOnce(Topics t, TestSchema db) throws IOException {
    List<String> expectedUpdates = new ArrayList<>();
    JsonArticleReader reader = new JsonArticleReader(DocumentReader.DEFAULT_MAX_BYTES);
    try (Store store = Store.open(db.url)) {
      for (int i = 0; i < items.size(); i++) {
        if (!items.get(i).article()) continue;
        DocResult<Source> read = reader.readDocument("item", new ByteArrayInputStream(
            items.get(i).json().getBytes(StandardCharsets.UTF_8))).findFirst().orElseThrow();
        String hash = DocumentReader.contentId(((DocResult.Ok<Source>) read).value().bytes());
        String at = (i % t.partitions) + "@" + (i / t.partitions);
        for (IncidentChange c : store.changes(hash)) {
          expectedUpdates.add(at + " " + c.incidentId() + " " + (c.created() ? "created" : "updated") + " "
              + c.version() + " " + hash);
        }
      }
    }
    List<String> actualUpdates = new ArrayList<>();
    for (ConsumerRecord<String, String> r : kafka.readCommitted(t.updates)) {
      JsonNode u = JSON.readTree(r.value());
      assertThat(r.key()).isEqualTo(u.get("incident").asText());
      JsonNode article = u.get("article");
      assertThat(article.get("topic").asText()).isEqualTo(t.input);
      actualUpdates.add(article.get("partition").asInt() + "@" + article.get("offset").asLong() + " "
          + u.get("incident").asLong() + " " + u.get("change").asText() + " " + u.get("version").asInt() + " "
          + u.get("document").asText());
    }
    assertThat(expectedUpdates).hasSizeGreaterThanOrEqualTo(expected.reports());
    assertThat(actualUpdates).doesNotHaveDuplicates();
    assertThat(actualUpdates).containsExactlyInAnyOrderElementsOf(expectedUpdates);
  }

  /** One error message per bad record, naming where it was and what is wrong; none for good ones, none twice. */
  private void assertRejectionsExactlyOnce(Topics t) throws IOException {
    long bad = items.stream().filter(i -> !i.article()).count();
    List<JsonNode> rejections = new ArrayList<>();
    for (ConsumerRecord<String, String> r : kafka.readCommitted(t.errors)) rejections.add(JSON.readTree(r.value()));
    assertThat(rejections).hasSize((int) bad);
    Set<String> where = new HashSet<>();
    for (JsonNode r : rejections) {
      assertThat(where.add(r.get("article").get("partition").asInt() + "@" + r.get("article").get("offset").asLong()))
          .isTrue();
      assertThat(r.get("stage").asText()).isEqualTo("ingest");
      assertThat(r.get("code").asText()).isIn("malformed", "no_text");
      assertThat(r.get("message").asText()).isNotBlank();
    }
  }

  record Topics(String input, int partitions, String updates, String errors) {}

  private Topics topics(String name, int partitions) throws Exception {
    Topics t = new Topics("articles-" + name, partitions, "updates-" + name, "errors-" + name);
    kafka.createTopic(t.input, partitions);
    kafka.createTopic(t.updates, 1);
    kafka.createTopic(t.errors, 1);
    kafka.send(t.input, partitions, items.stream().map(SyntheticNews.Item::json).toList());
    return t;
  }

  private StreamConfig config(Topics t, String jdbcUrl, int parallelism) {
    return new StreamConfig(kafka.bootstrap(), t.input, t.updates, t.errors, "group-" + t.input, jdbcUrl,
        parallelism, Duration.ofMillis(500), "tx-" + t.input, Duration.ofMinutes(2), true);
  }

  /** Runs the job to the end of its bounded input on a MiniCluster that restarts it up to {@code restarts} times. */
  private static void run(StreamConfig config, WriteListener listener, int restarts) throws Exception {
    Configuration conf = StreamJob.clusterSettings();
    if (restarts == 0) {
      conf.set(RestartStrategyOptions.RESTART_STRATEGY, "none");
    } else {
      conf.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
      conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, restarts);
      conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ofMillis(200));
    }
    StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(config.parallelism(), conf);
    StreamJob.wire(env, config, listener);
    long t0 = System.nanoTime();
    env.execute("StreamJobIT " + config.inputTopic());
    System.err.printf("[sitrep-stream] job over %s at parallelism %d: %.1f s%n", config.inputTopic(),
        config.parallelism(), (System.nanoTime() - t0) / 1e9);
  }

  /**
   * Logs each settled document as "partition@offset hash alreadyStored" and fails the job once per trigger, when the
   * trigger's position is settled: after its transaction committed, before its updates go out. A marker file makes
   * "once" hold across restarts, which rebuild this listener from its serialized form.
   */
  record FailAfterWrite(String log, List<Trigger> triggers) implements WriteListener {
    record Trigger(String marker, int partition, long offset) implements java.io.Serializable {}

    @Override
    public void written(Position at, String contentHash, boolean alreadyStored) {
      try {
        Files.writeString(Path.of(log), at.partition() + "@" + at.offset() + " " + contentHash + " " + alreadyStored
            + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        for (Trigger t : triggers) {
          if (t.partition() == at.partition() && t.offset() == at.offset()) {
            try {
              Files.createFile(Path.of(t.marker()));
            } catch (FileAlreadyExistsException once) {
              continue;   // fired before this restart
            }
            throw new IllegalStateException("injected failure after storing " + at);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
