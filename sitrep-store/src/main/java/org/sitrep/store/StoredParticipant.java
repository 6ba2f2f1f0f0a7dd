package org.sitrep.store;

import java.util.Objects;
import org.sitrep.domain.Participant;

/** A participant as one report named it, with its evidence in document {@code documentId}. */
public record StoredParticipant(long reportId, long documentId, Participant participant) {
  public StoredParticipant { Objects.requireNonNull(participant, "participant"); }
}
