package org.sitrep.stream;

import java.time.Duration;
import java.util.concurrent.Callable;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.MemorySize;
import org.apache.flink.configuration.TaskManagerOptions;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.sink.TransactionNamingStrategy;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.KafkaSourceBuilder;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.OutputTag;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.apache.kafka.clients.producer.ProducerConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The pipeline as a Flink job: article JSON from a Kafka topic in; incidents merged into the store and one message
 * per incident change on an updates topic out, both exactly once; bad records on an error topic.
 *
 * <pre>
 *   Kafka source ─keyBy partition─▶ link to previous ─rebalance─▶ extract × p ─▶ store writer × 1 ─▶ updates topic
 *   (read_committed)                                              (pipeline)     (merge, PostgreSQL)  (EXACTLY_ONCE)
 *   side outputs of extract and writer (rejections) ───────────────────────────────────▶ errors topic
 * </pre>
 *
 * Every option has an environment variable; {@code flink run -c org.sitrep.stream.StreamJob JAR OPTIONS} submits it.
 */
@Command(name = "sitrep-stream", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Run the sitrep pipeline as a Flink job: Kafka articles in, incidents and incident updates out.")
public final class StreamJob implements Callable<Integer> {
  /** Input records and store writes that yielded nothing to store, with why. */
  public static final OutputTag<Rejection> REJECTIONS =
      new OutputTag<>("rejections", TypeInformation.of(Rejection.class));

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--bootstrap", paramLabel = "HOST:PORT[,...]", description = "Kafka bootstrap servers "
      + "(env SITREP_KAFKA_BOOTSTRAP; default ${DEFAULT-VALUE}).",
      defaultValue = "${env:SITREP_KAFKA_BOOTSTRAP:-localhost:9092}")
  String bootstrap;

  @Option(names = "--input-topic", description = "Article records, one JSON object per message "
      + "(env SITREP_INPUT_TOPIC; default ${DEFAULT-VALUE}).",
      defaultValue = "${env:SITREP_INPUT_TOPIC:-sitrep.articles}")
  String inputTopic;

  @Option(names = "--updates-topic", description = "Incident updates (env SITREP_UPDATES_TOPIC; default "
      + "${DEFAULT-VALUE}).", defaultValue = "${env:SITREP_UPDATES_TOPIC:-sitrep.incident-updates}")
  String updatesTopic;

  @Option(names = "--errors-topic", description = "Problems with input records (env SITREP_ERRORS_TOPIC; default "
      + "${DEFAULT-VALUE}).", defaultValue = "${env:SITREP_ERRORS_TOPIC:-sitrep.errors}")
  String errorsTopic;

  @Option(names = "--group-id", description = "Consumer group the source commits its offsets to (env "
      + "SITREP_GROUP_ID; default ${DEFAULT-VALUE}).", defaultValue = "${env:SITREP_GROUP_ID:-sitrep-stream}")
  String groupId;

  @Option(names = "--jdbc", paramLabel = "URL", description = "The store: "
      + "jdbc:postgresql://HOST/DB?user=..&password=.. (env SITREP_JDBC_URL; required).",
      defaultValue = "${env:SITREP_JDBC_URL}")
  String jdbcUrl;

  @Option(names = "--parallelism", description = "Subtasks reading and analysing articles; the store writer is "
      + "always one (env SITREP_PARALLELISM; default ${DEFAULT-VALUE}).",
      defaultValue = "${env:SITREP_PARALLELISM:-1}")
  int parallelism;

  @Option(names = "--checkpoint-interval", paramLabel = "DURATION", converter = Durations.class,
      description = "Time between checkpoints, e.g. 30s, 500ms, 2m; updates become visible once per interval "
          + "(env SITREP_CHECKPOINT_INTERVAL; default ${DEFAULT-VALUE}).",
      defaultValue = "${env:SITREP_CHECKPOINT_INTERVAL:-30s}")
  Duration checkpointInterval;

  @Option(names = "--transactional-id-prefix", description = "Prefix of the Kafka sinks' transactional ids, unique "
      + "per job (env SITREP_TRANSACTIONAL_ID_PREFIX; default ${DEFAULT-VALUE}).",
      defaultValue = "${env:SITREP_TRANSACTIONAL_ID_PREFIX:-sitrep-stream}")
  String transactionalIdPrefix;

  @Option(names = "--transaction-timeout", paramLabel = "DURATION", converter = Durations.class,
      description = "Kafka transaction timeout, at most the broker's transaction.max.timeout.ms "
          + "(env SITREP_TRANSACTION_TIMEOUT; default ${DEFAULT-VALUE}).",
      defaultValue = "${env:SITREP_TRANSACTION_TIMEOUT:-10m}")
  Duration transactionTimeout;

  @Option(names = "--bounded", description = "Stop at the input's end as of the start (a backfill) instead of "
      + "running on (env SITREP_BOUNDED; default ${DEFAULT-VALUE}).",
      defaultValue = "${env:SITREP_BOUNDED:-false}")
  boolean bounded;

  public static void main(String[] args) {
    int code = new CommandLine(new StreamJob()).execute(args);
    // Only on failure: under Flink's application mode main runs inside the JobManager, which must not exit.
    if (code != 0) System.exit(code);
  }

  @Override
  public Integer call() throws Exception {
    if (jdbcUrl == null || jdbcUrl.isBlank()) {
      spec.commandLine().getErr().println("sitrep-stream: error: --jdbc URL (or SITREP_JDBC_URL) is required");
      spec.commandLine().usage(spec.commandLine().getErr());
      return 2;
    }
    StreamConfig config = new StreamConfig(bootstrap, inputTopic, updatesTopic, errorsTopic, groupId, jdbcUrl,
        parallelism, checkpointInterval, transactionalIdPrefix, transactionTimeout, bounded);
    // Run by `flink run`, the cluster's own TaskManager settings apply; run by `java`, a MiniCluster gets these.
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(clusterSettings());
    wire(env, config, WriteListener.NONE);
    env.execute("sitrep stream " + config.inputTopic() + " -> " + config.updatesTopic());
    return 0;
  }

  /**
   * Builds the job's graph on {@code env}; {@code listener} hears of each settled document (tests). The Kafka sinks
   * pool their transactional ids (a few per subtask, reused) instead of a new id per checkpoint, which a broker would
   * keep in memory for a week: at one checkpoint every 30 s that is 20,000 ids a week per subtask.
   */
  public static void wire(StreamExecutionEnvironment env, StreamConfig c, WriteListener listener) {
    env.setParallelism(c.parallelism());
    env.enableCheckpointing(c.checkpointInterval().toMillis(), CheckpointingMode.EXACTLY_ONCE);
    // Analysis is slow (tens of ms a record) and its input queues long: an aligned barrier would wait behind the
    // whole queue, so checkpoints (and with them the update topic's commits) would lag by minutes. Unaligned barriers
    // overtake the queue, which is stored with the checkpoint instead.
    env.getCheckpointConfig().enableUnalignedCheckpoints();
    // Every type crossing the network is a record Flink copies itself; a Kryo fallback would be a mistake.
    Configuration types = new Configuration();
    types.set(PipelineOptions.GENERIC_TYPES, false);
    env.configure(types);

    KafkaSourceBuilder<KafkaArticle> source = KafkaSource.<KafkaArticle>builder()
        .setBootstrapServers(c.bootstrap())
        .setTopics(c.inputTopic())
        .setGroupId(c.groupId())
        .setStartingOffsets(OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST))
        .setDeserializer(new ArticleDeserializer())
        .setProperty(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    if (c.bounded()) source.setBounded(OffsetsInitializer.latest());

    DataStream<LinkedArticle> linked = env
        .fromSource(source.build(), WatermarkStrategy.noWatermarks(), "articles").uid("articles")
        .keyBy(new Sequencer.ByPartition())
        .process(new Sequencer()).uid("sequencer").name("link to previous record");
    SingleOutputStreamOperator<Analysed> analysed = linked.rebalance()
        .process(new ExtractFunction(c.jdbcUrl())).uid("extract").name("extract");
    SingleOutputStreamOperator<IncidentUpdate> updates = analysed
        .process(new StoreWriter(c.jdbcUrl(), listener)).uid("store").name("merge and store")
        .setParallelism(1).setMaxParallelism(1);

    updates.sinkTo(exactlyOnce(c, OutputSchemas.updates(c.updatesTopic()), "-updates"))
        .uid("updates").name("incident updates").setParallelism(1);

    analysed.getSideOutput(REJECTIONS).union(updates.getSideOutput(REJECTIONS))
        .sinkTo(exactlyOnce(c, OutputSchemas.rejections(c.errorsTopic()), "-errors"))
        .uid("errors").name("rejections");
  }

  /** A transactional Kafka sink whose ids are {@code c}'s prefix plus {@code idSuffix}, pooled as {@link #wire} says. */
  private static <T> KafkaSink<T> exactlyOnce(StreamConfig c, KafkaRecordSerializationSchema<T> records,
      String idSuffix) {
    return KafkaSink.<T>builder()
        .setBootstrapServers(c.bootstrap())
        .setRecordSerializer(records)
        .setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE)
        .setTransactionalIdPrefix(c.transactionalIdPrefix() + idSuffix)
        .setTransactionNamingStrategy(TransactionNamingStrategy.POOLING)
        .setProperty(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, Long.toString(c.transactionTimeout().toMillis()))
        .build();
  }

  /**
   * The TaskManager settings this job wants (on a cluster they go in Flink's config.yaml; local runs pass them to the
   * MiniCluster): buffer debloating, starting from small buffers. Network buffers sized for fast records would queue
   * hundreds of articles before each analysis subtask — minutes of CoreNLP work that every checkpoint has to store
   * (unaligned) or wait for (aligned), and that a restart replays. Debloating sizes them to about a second of work.
   */
  public static Configuration clusterSettings() {
    Configuration conf = new Configuration();
    conf.set(TaskManagerOptions.BUFFER_DEBLOAT_ENABLED, true);
    conf.set(TaskManagerOptions.BUFFER_DEBLOAT_TARGET, Duration.ofSeconds(1));
    conf.set(TaskManagerOptions.STARTING_MEMORY_SEGMENT_SIZE, MemorySize.parse("1kb"));
    return conf;
  }

  /** "500ms", "30s", "2m", "1h", or ISO-8601 ("PT30S"). */
  static final class Durations implements CommandLine.ITypeConverter<Duration> {
    @Override
    public Duration convert(String s) {
      String v = s.strip();
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)\\s*(ms|s|m|h)").matcher(v);
      if (m.matches()) {
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
          case "ms" -> Duration.ofMillis(n);
          case "s" -> Duration.ofSeconds(n);
          case "m" -> Duration.ofMinutes(n);
          default -> Duration.ofHours(n);
        };
      }
      try {
        return Duration.parse(v);
      } catch (java.time.format.DateTimeParseException e) {
        throw new CommandLine.TypeConversionException("'" + s + "' is not a duration like 30s, 500ms or 2m");
      }
    }
  }
}
