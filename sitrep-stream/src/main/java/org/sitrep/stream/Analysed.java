package org.sitrep.stream;

import java.util.Objects;

/**
 * What the parallel analysis made of one input record, on its way to the single store writer: an extraction to store
 * (encoded by {@link ExtractionCodec}, since Flink cannot copy the domain's immutable records itself), a document the
 * store already holds (skipped before NLP; the writer only announces it again), or a record that yields nothing to
 * store (its problems went to the error topic). Every record yields one, so the writer's order chain has no holes.
 */
public record Analysed(Position at, long previousOffset, String input, Kind kind, String contentHash,
                       byte[] extraction) {
  /** What the writer does with it. */
  public enum Kind { EXTRACTED, STORED_BEFORE, REJECTED }

  public Analysed {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(contentHash, "contentHash");
    Objects.requireNonNull(extraction, "extraction");
    if ((kind == Kind.EXTRACTED) == (extraction.length == 0)) {
      throw new IllegalArgumentException(kind + " with " + extraction.length + " bytes of extraction");
    }
    if ((kind == Kind.REJECTED) != contentHash.isEmpty()) {
      throw new IllegalArgumentException(kind + " with content hash '" + contentHash + "'");
    }
  }

  static Analysed extracted(LinkedArticle a, String input, String contentHash, byte[] extraction) {
    return new Analysed(a.article().at(), a.previousOffset(), input, Kind.EXTRACTED, contentHash, extraction);
  }

  static Analysed storedBefore(LinkedArticle a, String input, String contentHash) {
    return new Analysed(a.article().at(), a.previousOffset(), input, Kind.STORED_BEFORE, contentHash, new byte[0]);
  }

  static Analysed rejected(LinkedArticle a, String input) {
    return new Analysed(a.article().at(), a.previousOffset(), input, Kind.REJECTED, "", new byte[0]);
  }
}
