package org.sitrep.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * One casualty or involvement figure as a report states it: whose, what happened to them, how many (an interval),
 * the phrase, and who the text says it comes from.
 */
public record Toll(TollGroup group, TollOutcome outcome, Quantity quantity, String text,
                   Optional<String> attributedTo, Evidence evidence) {
  public Toll {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(quantity, "quantity");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(attributedTo, "attributedTo");
    Objects.requireNonNull(evidence, "evidence");
  }
}
