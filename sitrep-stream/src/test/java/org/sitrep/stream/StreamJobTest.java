package org.sitrep.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class StreamJobTest {
  static StreamConfig config(String jdbc, int parallelism, Duration interval, Duration timeout) {
    return new StreamConfig("localhost:9092", "in", "updates", "errors", "g", jdbc, parallelism, interval, "tx",
        timeout, false);
  }

  @Test
  void durations_read_as_people_write_them() {
    StreamJob.Durations d = new StreamJob.Durations();
    assertThat(d.convert("500ms")).isEqualTo(Duration.ofMillis(500));
    assertThat(d.convert("30s")).isEqualTo(Duration.ofSeconds(30));
    assertThat(d.convert(" 2m ")).isEqualTo(Duration.ofMinutes(2));
    assertThat(d.convert("1h")).isEqualTo(Duration.ofHours(1));
    assertThat(d.convert("PT45S")).isEqualTo(Duration.ofSeconds(45));
    assertThatThrownBy(() -> d.convert("soon")).isInstanceOf(CommandLine.TypeConversionException.class)
        .hasMessageContaining("30s");
  }

  @Test
  void options_override_the_defaults() {
    StreamJob job = new StreamJob();
    new CommandLine(job).parseArgs("--bootstrap", "k1:9092,k2:9092", "--input-topic", "a", "--jdbc",
        "jdbc:postgresql://db/sitrep", "--parallelism", "4", "--checkpoint-interval", "10s", "--bounded");
    assertThat(job.bootstrap).isEqualTo("k1:9092,k2:9092");
    assertThat(job.inputTopic).isEqualTo("a");
    assertThat(job.jdbcUrl).isEqualTo("jdbc:postgresql://db/sitrep");
    assertThat(job.parallelism).isEqualTo(4);
    assertThat(job.checkpointInterval).isEqualTo(Duration.ofSeconds(10));
    assertThat(job.bounded).isTrue();
  }

  @Test
  void without_environment_variables_the_defaults_are_the_documented_ones() {
    org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv().keySet().stream()
        .noneMatch(k -> k.startsWith("SITREP_") && !k.startsWith("SITREP_TEST_")), "SITREP_* variables are set here");
    StreamJob job = new StreamJob();
    new CommandLine(job).parseArgs();
    assertThat(job.bootstrap).isEqualTo("localhost:9092");
    assertThat(job.inputTopic).isEqualTo("sitrep.articles");
    assertThat(job.updatesTopic).isEqualTo("sitrep.incident-updates");
    assertThat(job.errorsTopic).isEqualTo("sitrep.errors");
    assertThat(job.parallelism).isEqualTo(1);
    assertThat(job.checkpointInterval).isEqualTo(Duration.ofSeconds(30));
    assertThat(job.transactionTimeout).isEqualTo(Duration.ofMinutes(10));
    assertThat(job.bounded).isFalse();
    assertThat(job.jdbcUrl).isNull();
  }

  @Test
  void no_store_url_is_a_usage_error_not_a_crash() {
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new StreamJob()).setErr(new PrintWriter(err));
    org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("SITREP_JDBC_URL") == null);
    assertThat(cli.execute("--bootstrap", "localhost:1")).isEqualTo(2);
    assertThat(err.toString()).contains("--jdbc");
  }

  @Test
  void a_config_that_cannot_work_is_refused_at_startup() {
    assertThatThrownBy(() -> config("jdbc:mysql://db", 1, Duration.ofSeconds(30), Duration.ofMinutes(10)))
        .hasMessageContaining("jdbc:postgresql:");
    assertThatThrownBy(() -> config("jdbc:sqlite:x.db", 0, Duration.ofSeconds(30), Duration.ofMinutes(10)))
        .hasMessageContaining("parallelism");
    assertThatThrownBy(() -> config("jdbc:sqlite:x.db", 1, Duration.ofMinutes(20), Duration.ofMinutes(10)))
        .hasMessageContaining("transaction timeout");
    assertThatThrownBy(() -> new StreamConfig("k:9092", "same", "same", "errors", "g", "jdbc:sqlite:x.db", 1,
        Duration.ofSeconds(1), "tx", Duration.ofMinutes(1), false)).hasMessageContaining("must differ");
    assertThat(config("jdbc:sqlite:x.db", 1, Duration.ofSeconds(1), Duration.ofMinutes(1)).withParallelism(3)
        .parallelism()).isEqualTo(3);
  }
}
