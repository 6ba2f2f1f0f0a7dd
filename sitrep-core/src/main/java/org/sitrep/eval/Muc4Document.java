package org.sitrep.eval;

import java.util.List;
import java.util.Objects;

/** The templates of one MUC-4 message, gold or predicted; an irrelevant document has none. */
public record Muc4Document(String id, List<Muc4Template> templates) {
  public Muc4Document {
    Objects.requireNonNull(id, "id");
    templates = List.copyOf(templates);
  }
}
