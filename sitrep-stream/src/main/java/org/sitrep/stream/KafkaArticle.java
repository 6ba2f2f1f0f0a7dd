package org.sitrep.stream;

import java.util.Objects;

/** One record of the input topic, as read: where it is and its value (empty for a tombstone, never null). */
public record KafkaArticle(Position at, byte[] value) {
  public KafkaArticle {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(value, "value");
  }
}
