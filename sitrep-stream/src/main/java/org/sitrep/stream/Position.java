package org.sitrep.stream;

import java.util.Objects;

/**
 * Where a record sits in Kafka: topic, partition, offset. It names an input in messages and links each article to the
 * one before it in its partition, so the store sees a partition's articles in the order Kafka holds them.
 */
public record Position(String topic, int partition, long offset) {
  public Position {
    Objects.requireNonNull(topic, "topic");
    if (partition < 0) throw new IllegalArgumentException("negative partition " + partition);
    if (offset < 0) throw new IllegalArgumentException("negative offset " + offset);
  }

  /** The partition alone, for per-partition bookkeeping. */
  public String partitionKey() { return topic + "/" + partition; }

  /** "topic/partition@offset": the name an article without an id gets. */
  @Override
  public String toString() { return topic + "/" + partition + "@" + offset; }
}
