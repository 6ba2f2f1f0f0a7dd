package org.sitrep.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes a streaming parser pulls and refuses to hand over more than a budget per segment (one record of a
 * JSON array, one feed item), so one oversized record cannot make a container reader hold more than about a
 * record's worth of memory. Parsers read ahead, so the bound is approximate: the budget includes a read-ahead slack.
 * Not thread-safe; one reader owns it.
 */
final class BudgetedInputStream extends FilterInputStream {
  /** More than any parser here reads ahead (jsoup buffers 32K chars, Jackson 8K bytes, a Reader 8K bytes). */
  static final int READ_AHEAD_SLACK = 256 * 1024;

  private final long budget;
  private long consumed;
  private long segmentStart;

  BudgetedInputStream(InputStream in, long segmentBytes) {
    super(in);
    this.budget = segmentBytes + READ_AHEAD_SLACK;
  }

  /** Thrown when a segment has used up its budget; the reader reports it and stops reading this input. */
  static final class OverBudgetException extends IOException {
    private final long counted;

    OverBudgetException(long segmentStart, long counted) {
      super(counted + " bytes from byte offset " + segmentStart + " without the record ending");
      this.counted = counted;
    }

    /** How many bytes the segment had used when it was stopped: a lower bound on its size. */
    long counted() { return counted; }
  }

  /** A new record starts here: the count starts again from the bytes already pulled. */
  void startSegment() { segmentStart = consumed; }

  /** Bytes handed to the parser so far: where an error is, give or take the parser's read-ahead. */
  long consumed() { return consumed; }

  @Override
  public int read() throws IOException {
    check(1);
    int b = super.read();
    if (b >= 0) consumed++;
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    check(len);
    long room = budget - (consumed - segmentStart);
    int n = super.read(b, off, (int) Math.min(len, Math.max(1, room)));
    if (n > 0) consumed += n;
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    consumed += skipped;
    return skipped;
  }

  private void check(int wanted) throws IOException {
    long used = consumed - segmentStart;
    if (wanted > 0 && used >= budget) throw new OverBudgetException(segmentStart, used);
  }

  @Override
  public boolean markSupported() { return false; }
}
