package org.sitrep.store;

import java.util.Objects;
import org.sitrep.domain.Quote;

/** A quotation of document {@code documentId}. Quotes belong to documents, not to one of their incidents. */
public record StoredQuote(long id, long documentId, Quote quote) {
  public StoredQuote { Objects.requireNonNull(quote, "quote"); }
}
