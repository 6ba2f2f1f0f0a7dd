package org.sitrep.store;

import java.util.List;
import java.util.Objects;

/**
 * What {@link Store#add} did with one extraction. {@code incidents} gives, for each extracted incident in order, the
 * stored incident it became a report of; {@code created} and {@code updated} split those ids by whether the incident
 * is new or already existed. For a {@code duplicate} (the document's content hash was stored before) nothing was
 * written: {@code documentId} is the stored document's id and the lists are empty.
 */
public record AddResult(long documentId, String contentHash, boolean duplicate, List<Long> incidents,
                        List<Long> created, List<Long> updated) {
  public AddResult {
    Objects.requireNonNull(contentHash, "contentHash");
    incidents = List.copyOf(incidents);
    created = List.copyOf(created);
    updated = List.copyOf(updated);
  }

  static AddResult duplicate(long documentId, String contentHash) {
    return new AddResult(documentId, contentHash, true, List.of(), List.of(), List.of());
  }
}
