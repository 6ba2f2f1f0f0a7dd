package org.sitrep.bench;

import java.util.Arrays;

/** Timings of one engine over the benchmark documents. */
record Measurement(String name, double loadSeconds, long tokens, int docs, double seconds, long[] docNanos,
                   long peakHeapBytes) {
  Measurement withTokens(long count) {
    return new Measurement(name, loadSeconds, count, docs, seconds, docNanos, peakHeapBytes);
  }

  double tokensPerSecond() { return tokens / seconds; }

  double docsPerSecond() { return docs / seconds; }

  double percentileMillis(double p) {
    long[] sorted = docNanos.clone();
    Arrays.sort(sorted);
    if (sorted.length == 0) return 0;
    int i = (int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1);
    return sorted[Math.max(0, i)] / 1e6;
  }
}
