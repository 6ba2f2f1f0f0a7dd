package org.sitrep.pipeline;

import java.util.List;
import java.util.Objects;

/** The outcome of one stage on one document: a value with warnings, or the problems that stopped it. */
public sealed interface DocResult<T> {
  record Ok<T>(T value, List<Problem> warnings) implements DocResult<T> {
    public Ok {
      Objects.requireNonNull(value, "value");
      warnings = List.copyOf(warnings);
    }
  }

  record Failed<T>(List<Problem> problems) implements DocResult<T> {
    public Failed {
      problems = List.copyOf(problems);
      if (problems.isEmpty()) throw new IllegalArgumentException("a failure needs a problem");
    }
  }

  static <T> DocResult<T> ok(T value) { return new Ok<>(value, List.of()); }

  static <T> DocResult<T> failed(Problem problem) { return new Failed<>(List.of(problem)); }
}
