package org.sitrep.domain;

import java.util.List;
import java.util.Objects;

/** Everything sitrep extracted from one document. */
public record Extraction(Document document, List<Incident> incidents, List<Quote> quotes) {
  public Extraction {
    Objects.requireNonNull(document, "document");
    incidents = List.copyOf(incidents);
    quotes = List.copyOf(quotes);
  }
}
