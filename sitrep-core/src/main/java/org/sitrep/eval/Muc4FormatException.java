package org.sitrep.eval;

import java.io.IOException;

/** A gold or prediction file line that does not follow the MUC-4 JSON Lines format; the message names file and line. */
public final class Muc4FormatException extends IOException {
  private static final long serialVersionUID = 1L;

  public Muc4FormatException(String source, int line, String detail) {
    super(source + ":" + line + ": " + detail);
  }
}
