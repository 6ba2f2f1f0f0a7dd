package org.sitrep.stream;

import java.util.Objects;
import org.sitrep.pipeline.Problem;
import org.sitrep.pipeline.ProblemCode;
import org.sitrep.pipeline.StageName;

/**
 * One message of the error topic: an input record that yielded nothing to store, and one reason why (a record with
 * several problems gives several messages). The job never fails on bad data; it says so here and goes on.
 */
public record Rejection(Position at, String input, StageName stage, ProblemCode code, String detail) {
  public Rejection {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(detail, "detail");
  }

  static Rejection of(Position at, Problem p) {
    return new Rejection(at, p.input(), p.stage(), p.code(), p.detail());
  }

  /** The problem as {@code sitrep ingest} prints it. */
  public String message() { return new Problem(stage, code, input, detail).oneLine(); }
}
