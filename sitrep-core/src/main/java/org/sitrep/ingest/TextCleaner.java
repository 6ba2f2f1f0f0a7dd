package org.sitrep.ingest;

/** Prepares raw article text for analysis: un-wraps hard-wrapped lines, keeps paragraphs, maps offsets back. */
public final class TextCleaner {
  public CleanText clean(String raw) {
    char[] out = raw.toCharArray();
    for (int i = 0; i < out.length; i++) {
      if (out[i] == '\n' && !(i + 1 < out.length && out[i + 1] == '\n') && !(i > 0 && out[i - 1] == '\n')) out[i] = ' ';
      else if (out[i] == '\u00A0') out[i] = ' ';
    }
    int[] map = new int[out.length + 1];
    for (int i = 0; i <= out.length; i++) map[i] = i;
    return new CleanText(raw, new String(out), map);
  }
}
