package org.sitrep.domain;

import java.util.Objects;
import java.util.Optional;

/** A quotation with the speaker the text gives it; {@code text} excludes the quote marks. */
public record Quote(String text, Optional<String> speaker, Optional<String> speakerTitle, Evidence evidence) {
  public Quote {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(speakerTitle, "speakerTitle");
    Objects.requireNonNull(evidence, "evidence");
  }
}
