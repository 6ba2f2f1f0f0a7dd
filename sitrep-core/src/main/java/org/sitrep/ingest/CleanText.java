package org.sitrep.ingest;

import java.util.Objects;

/**
 * Text prepared for analysis ({@code text}: un-wrapped, normalised) together with the raw text it came from and
 * the map from every clean index back to a raw index, so evidence always points into {@code raw}.
 */
public record CleanText(String raw, String text, int[] cleanToRaw) {
  public CleanText {
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(cleanToRaw, "cleanToRaw");
    if (cleanToRaw.length != text.length() + 1)
      throw new IllegalArgumentException("offset map needs one entry per clean char plus the end");
  }

  /** Text that needed no cleaning: the identity map. */
  public static CleanText identity(String raw) {
    int[] map = new int[raw.length() + 1];
    for (int i = 0; i <= raw.length(); i++) map[i] = i;
    return new CleanText(raw, raw, map);
  }

  /** The raw index of clean index {@code i}; {@code text.length()} maps to the raw end of the last char. */
  public int toRaw(int i) { return cleanToRaw[i]; }

  /** The raw end (exclusive) of a clean span ending (exclusive) at {@code cleanEnd}. */
  public int toRawEnd(int cleanEnd) { return cleanEnd == 0 ? cleanToRaw[0] : cleanToRaw[cleanEnd - 1] + 1; }
}
