package org.sitrep.corenlp;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value built on the first {@link #get}, once, however many threads ask at the same time: the truecasing pipeline
 * loads a 100 MB model that only upper-case documents need. A build that throws leaves nothing behind, so the next
 * call tries again.
 */
final class Lazy<T> {
  private final Supplier<T> build;
  private volatile T value;

  Lazy(Supplier<T> build) { this.build = Objects.requireNonNull(build, "build"); }

  T get() {
    T v = value;
    if (v != null) return v;
    synchronized (this) {
      if (value == null) value = Objects.requireNonNull(build.get(), "built value");
      return value;
    }
  }
}
