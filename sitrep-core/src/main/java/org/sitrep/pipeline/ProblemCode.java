package org.sitrep.pipeline;

/** Why an input, or part of one, could not be processed. */
public enum ProblemCode {
  UNREADABLE("cannot be read"),
  NOT_STORED("could not be processed and stored"),
  EMPTY("is empty"),
  TOO_LARGE("is too large"),
  BINARY("looks like binary data, not text"),
  UNDECODABLE("is not valid text in UTF-8 or Windows-1252"),
  DECODED_AS_WINDOWS_1252("is not valid UTF-8; decoded as Windows-1252"),
  MALFORMED("is malformed"),
  NO_TEXT("has no text to analyse"),
  UNSUPPORTED("is not a kind of input sitrep reads"),
  INVALID_DATE("has a publication date that cannot be read; it was ignored");

  private final String message;

  ProblemCode(String message) { this.message = message; }

  /** The problem as a phrase that completes "FILE ...". */
  public String message() { return message; }
}
