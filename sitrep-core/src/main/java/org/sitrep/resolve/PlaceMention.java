package org.sitrep.resolve;

import java.util.Objects;
import org.sitrep.domain.Evidence;

/**
 * A span of the document that names or implies a place: a name ("Quetta"), a designated division ("province of
 * Baluchistan") or a demonym ("Pakistani"). {@code text} is the span with runs of whitespace made single spaces
 * (hard-wrapped names stay one string); {@code evidence} is the span itself. Says nothing yet about which place.
 */
public record PlaceMention(String text, Evidence evidence) {
  public PlaceMention {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(evidence, "evidence");
    if (text.isBlank()) throw new IllegalArgumentException("blank place mention");
  }
}
