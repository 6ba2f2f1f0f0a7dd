package org.sitrep.pipeline;

import java.util.Objects;

/**
 * Bad data met while processing one input, recorded instead of thrown so the rest of a batch goes on.
 * {@code input} names the file or record; {@code detail} adds what a user needs to fix it.
 */
public record Problem(StageName stage, ProblemCode code, String input, String detail) {
  public Problem {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(detail, "detail");
  }

  /** One line for a terminal: "sitrep: FILE is empty (detail)". */
  public String oneLine() {
    return input + " " + code.message() + (detail.isEmpty() ? "" : " (" + detail + ")");
  }
}
