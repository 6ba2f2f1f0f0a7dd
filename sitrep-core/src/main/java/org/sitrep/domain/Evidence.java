package org.sitrep.domain;

import java.util.Objects;

/**
 * A span of the raw document (exactly as read, before any clean-up) that supports an extracted value.
 * UTF-16 indices, {@code end} exclusive; {@code sentence} is the 0-based sentence index in the document.
 */
public record Evidence(int start, int end, String text, int sentence) {
  public Evidence {
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start) throw new IllegalArgumentException("bad span " + start + ".." + end);
    if (end - start != text.length()) throw new IllegalArgumentException("text length != span length at " + start);
  }

  /** The evidence for {@code raw[start, end)}; callers pass the raw text so the surface form can never drift. */
  public static Evidence of(String raw, int start, int end, int sentence) {
    return new Evidence(start, end, raw.substring(start, end), sentence);
  }
}
