package org.sitrep.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.sitrep.domain.Document;

/**
 * A stored document: the {@link Document} as read (its {@code id} is the content hash, {@code text} the raw text all
 * offsets point into), when it was stored, and every evidence span anything stored from it cites, ordered by position.
 * {@code id} is the store's row id.
 */
public record StoredDocument(long id, Document document, Instant ingestedAt, List<StoredSpan> spans) {
  public StoredDocument {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(ingestedAt, "ingestedAt");
    spans = List.copyOf(spans);
  }
}
