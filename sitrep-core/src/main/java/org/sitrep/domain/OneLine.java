package org.sitrep.domain;

import java.util.regex.Pattern;

/**
 * A span of source text as it is shown, stored and compared: on one line. Evidence keeps the text exactly as written,
 * hard wraps included ("Baloch\nLiberation Army"), so that offsets stay checkable; names, quotes and table cells
 * built from it need the line breaks and runs of spaces as single spaces.
 */
public final class OneLine {
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private OneLine() {}

  /** Each run of whitespace (spaces, tabs, line breaks) as one space; nothing trimmed. */
  public static String of(String text) { return WHITESPACE.matcher(text).replaceAll(" "); }
}
