package org.sitrep.stream;

import java.io.Serializable;

/**
 * Told of each document the store writer has settled, after its database transaction and before its incident updates
 * are emitted: the window in which a crash leaves the store ahead of Kafka. The job runs with {@link #NONE}; tests use
 * it to see replays and to fail the job at exactly that point.
 */
@FunctionalInterface
public interface WriteListener extends Serializable {
  WriteListener NONE = (at, contentHash, alreadyStored) -> { };

  /** {@code alreadyStored}: the document was in the store before this record (a replay or a re-sent article). */
  void written(Position at, String contentHash, boolean alreadyStored);
}
