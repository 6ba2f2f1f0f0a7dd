package org.sitrep.merge;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.sitrep.domain.Quantity;
import org.sitrep.domain.TollGroup;
import org.sitrep.domain.TollOutcome;

/** One figure as one report gave it: who said it ({@code source}), in which document, published when. */
public record TollClaim(TollGroup group, TollOutcome outcome, Quantity quantity, Optional<String> source,
                        String documentId, Optional<LocalDate> published, String text) {
  public TollClaim {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(quantity, "quantity");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(documentId, "documentId");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(text, "text");
  }
}
