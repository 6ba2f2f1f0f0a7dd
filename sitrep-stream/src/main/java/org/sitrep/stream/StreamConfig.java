package org.sitrep.stream;

import java.time.Duration;
import java.util.Objects;

/**
 * Everything the job needs to know, checked once at startup: where Kafka is and which topics to use, where the store
 * is, how wide the analysis runs, and how often state is checkpointed (which is also how often the transactional sinks
 * commit: incident updates become visible to read_committed consumers once per interval).
 *
 * @param bootstrap Kafka bootstrap servers, {@code host:port[,host:port...]}
 * @param inputTopic article records, one JSON object per message ({@code sitrep ingest}'s record format)
 * @param updatesTopic incident updates, written in Kafka transactions (exactly once)
 * @param errorsTopic one message per problem with an input record
 * @param groupId the consumer group whose offsets the source commits on each checkpoint (for monitoring and for a
 *     new job started without a checkpoint)
 * @param jdbcUrl the store: {@code jdbc:postgresql://...} (or {@code jdbc:sqlite:...} for one machine)
 * @param parallelism subtasks of the source and of the analysis; the store writer is always one
 * @param checkpointInterval time between checkpoints
 * @param transactionalIdPrefix prefix of the Kafka sinks' transactional ids: unique per job on a cluster
 * @param transactionTimeout Kafka transaction timeout: longer than a checkpoint takes, at most the broker's
 *     {@code transaction.max.timeout.ms} (15 minutes by default)
 * @param bounded stop at the input's end offsets as of the start (a backfill, a benchmark) instead of running on
 */
public record StreamConfig(String bootstrap, String inputTopic, String updatesTopic, String errorsTopic,
                           String groupId, String jdbcUrl, int parallelism, Duration checkpointInterval,
                           String transactionalIdPrefix, Duration transactionTimeout, boolean bounded) {
  public StreamConfig {
    nonBlank(bootstrap, "bootstrap");
    nonBlank(inputTopic, "inputTopic");
    nonBlank(updatesTopic, "updatesTopic");
    nonBlank(errorsTopic, "errorsTopic");
    nonBlank(groupId, "groupId");
    nonBlank(jdbcUrl, "jdbcUrl");
    nonBlank(transactionalIdPrefix, "transactionalIdPrefix");
    Objects.requireNonNull(checkpointInterval, "checkpointInterval");
    Objects.requireNonNull(transactionTimeout, "transactionTimeout");
    if (!jdbcUrl.startsWith("jdbc:postgresql:") && !jdbcUrl.startsWith("jdbc:sqlite:")) {
      throw new IllegalArgumentException("the store URL must start with jdbc:postgresql: or jdbc:sqlite:");
    }
    if (parallelism < 1) throw new IllegalArgumentException("parallelism " + parallelism + " < 1");
    if (checkpointInterval.toMillis() < 10) {
      throw new IllegalArgumentException("checkpoint interval " + checkpointInterval + " is under 10 ms");
    }
    if (transactionTimeout.compareTo(checkpointInterval) <= 0) {
      throw new IllegalArgumentException("the transaction timeout (" + transactionTimeout + ") must be longer than"
          + " the checkpoint interval (" + checkpointInterval + "): a transaction stays open from one checkpoint to"
          + " the next");
    }
    if (inputTopic.equals(updatesTopic) || inputTopic.equals(errorsTopic) || updatesTopic.equals(errorsTopic)) {
      throw new IllegalArgumentException("the input, updates and errors topics must differ");
    }
  }

  public StreamConfig withParallelism(int p) {
    return new StreamConfig(bootstrap, inputTopic, updatesTopic, errorsTopic, groupId, jdbcUrl, p, checkpointInterval,
        transactionalIdPrefix, transactionTimeout, bounded);
  }

  private static void nonBlank(String s, String name) {
    Objects.requireNonNull(s, name);
    if (s.isBlank()) throw new IllegalArgumentException(name + " is blank");
  }
}
