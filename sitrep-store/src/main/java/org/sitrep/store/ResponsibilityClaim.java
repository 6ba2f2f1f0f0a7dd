package org.sitrep.store;

import java.util.Objects;
import org.sitrep.domain.Evidence;

/** A report's statement that {@code actor} claimed the incident, with its evidence in document {@code documentId}. */
public record ResponsibilityClaim(long id, long reportId, long documentId, String actor, Evidence evidence) {
  public ResponsibilityClaim {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(evidence, "evidence");
  }
}
