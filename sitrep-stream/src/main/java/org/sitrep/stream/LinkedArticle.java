package org.sitrep.stream;

import java.util.Objects;

/**
 * An input record with the offset of the record before it in its partition, as this job read them ({@link #FIRST} for
 * the first one it read). The link lets the single store writer put a partition's articles back in Kafka's order
 * after they were analysed in parallel, even where offsets have gaps (transaction markers, compaction).
 */
public record LinkedArticle(KafkaArticle article, long previousOffset) {
  /** The link of the first record the job read from a partition. */
  public static final long FIRST = -1;

  public LinkedArticle {
    Objects.requireNonNull(article, "article");
    if (previousOffset < FIRST) throw new IllegalArgumentException("previous offset " + previousOffset);
    if (previousOffset >= article.at().offset()) {
      throw new IllegalArgumentException("previous offset " + previousOffset + " not before " + article.at());
    }
  }
}
