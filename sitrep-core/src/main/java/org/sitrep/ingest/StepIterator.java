package org.sitrep.ingest;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An iterator over a streaming parse, one step at a time. A step may yield nothing (a blank line, an element that is
 * not an item), so {@link #hasNext} steps until something comes or the input ends; a reader never holds more than one
 * result ahead, which keeps a 50 MB feed or JSON array as cheap as a small one.
 */
abstract class StepIterator<T> implements Iterator<T> {
  private boolean ended;
  private T next;

  /** Reads on from the last step: a result, or null when this step yielded none (or the input ended). */
  protected abstract T step();

  /** Ends the iteration after {@code last} (which may be null: nothing more); no further step is taken. */
  protected final T end(T last) {
    ended = true;
    return last;
  }

  @Override
  public final boolean hasNext() {
    while (next == null && !ended) next = step();
    return next != null;
  }

  @Override
  public final T next() {
    if (!hasNext()) throw new NoSuchElementException();
    T r = next;
    next = null;
    return r;
  }
}
