package org.sitrep.store;

import java.util.Objects;
import org.sitrep.domain.Evidence;
import org.sitrep.merge.TollClaim;

/** One figure one report gave for a stored incident, with its evidence in document {@code documentId}. */
public record StoredToll(long id, long reportId, long documentId, TollClaim claim, Evidence evidence) {
  public StoredToll {
    Objects.requireNonNull(claim, "claim");
    Objects.requireNonNull(evidence, "evidence");
  }
}
