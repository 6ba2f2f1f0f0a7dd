package org.sitrep.stream;

import java.util.Locale;
import java.util.Objects;

/**
 * One message of the incident-updates topic: a stored document created an incident or was merged into one, leaving it
 * at {@code version}. {@code document} is the document's content hash and {@code article} the input record it came
 * from. A replayed record yields the same updates again, field for field, so (incident, document) identifies an
 * update; the Kafka key is the incident id, so one incident's updates stay in order on one partition.
 */
public record IncidentUpdate(long incident, Change change, int version, String document, String input,
                             Position article) {
  /** Whether the document's report made the incident or joined it. */
  public enum Change {
    CREATED, UPDATED;

    public String wire() { return name().toLowerCase(Locale.ROOT); }
  }

  public IncidentUpdate {
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(article, "article");
    if (version < 1) throw new IllegalArgumentException("version " + version);
  }
}
