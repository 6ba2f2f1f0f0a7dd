package org.sitrep.store;

import java.util.Objects;
import java.util.Optional;
import org.sitrep.domain.Evidence;

/** One evidence span of a stored document: what it supports, and the incident and report it belongs to (not quotes). */
public record StoredSpan(SpanKind kind, Optional<Long> incidentId, Optional<Long> reportId, Evidence evidence) {
  public StoredSpan {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(incidentId, "incidentId");
    Objects.requireNonNull(reportId, "reportId");
    Objects.requireNonNull(evidence, "evidence");
  }
}
