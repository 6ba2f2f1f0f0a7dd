package org.sitrep.serve;

import org.sitrep.ingest.Source;
import org.sitrep.store.Ingestor;

/**
 * What {@code POST /api/documents} does with a submitted article: runs it through the pipeline into the store. The
 * server calls it from many request threads; {@link #serialised} makes an {@link Ingestor} (one per thread) safe for
 * that by letting one article through at a time.
 */
@FunctionalInterface
public interface Submitter {
  Ingestor.Outcome submit(Source source);

  /** Submissions one at a time through {@code ingestor}; NLP dominates, so queueing costs little parallelism. */
  static Submitter serialised(Ingestor ingestor) {
    Object lock = new Object();
    return source -> {
      synchronized (lock) {
        return ingestor.ingestOne(source);
      }
    };
  }
}
