package org.sitrep.ingest;

import java.util.Arrays;
import java.util.Objects;

/**
 * Prepares raw article text for the NLP engine. Hard-wrapped lines are joined (a single line break becomes a space);
 * a paragraph break (a blank line, or an indented line after a non-empty one) becomes exactly {@code "\n\n"}, which
 * the engine reads as a sentence break. Unicode spaces become {@code ' '}, runs of spaces collapse, invisible
 * characters (zero-width, BOM, soft hyphen) go, and a word hyphenated across a line end ("mineral-\nrich") is
 * rejoined with its hyphen. Visible characters, curly quotes and dashes included, are kept exactly, and each one maps
 * back to its raw index, so evidence found in the clean text can point into the raw text. One linear pass; never
 * throws on any string.
 */
public final class TextCleaner {
  public CleanText clean(String raw) {
    Objects.requireNonNull(raw, "raw");
    int n = raw.length();
    Output out = new Output(n);
    int breaks = 0;             // line breaks since the last visible char
    boolean spaced = false;     // inline space since the last visible char
    boolean indented = false;   // inline space since the last line break, i.e. at the start of this line
    boolean softHyphen = false; // a soft hyphen right after the last visible char: the word goes on after a break
    int gapStart = -1;          // raw index of the first space or break after the last visible char
    int lastBreak = -1;         // raw index of the latest line break in that gap
    for (int i = 0; i < n; i++) {
      char c = raw.charAt(i);
      boolean plainAscii = c > ' ' && c < 0x7F; // the common case: visible, needs no classification
      if (!plainAscii && TextChars.isInvisible(c)) {
        if (c == '\u00AD' && breaks == 0 && !spaced) softHyphen = true;
        continue;
      }
      if (!plainAscii && TextChars.isLineBreak(c)) {
        if (gapStart < 0) gapStart = i;
        lastBreak = i;
        breaks += c == '\u2029' ? 2 : 1;
        indented = false;
        if (c == '\r' && i + 1 < n && raw.charAt(i + 1) == '\n') i++;
        continue;
      }
      if (!plainAscii && TextChars.isInlineSpace(c)) {
        if (gapStart < 0) gapStart = i;
        spaced = true;
        if (breaks > 0) indented = true;
        continue;
      }
      if (out.length() > 0) {
        if (breaks >= 2 || (breaks == 1 && indented)) {
          out.append('\n', gapStart);
          out.append('\n', lastBreak);
        } else if (breaks == 1 && (softHyphen || continuesHyphenatedWord(out, c))) {
          // the line break only split a word: join without a space
        } else if (breaks == 1 || spaced) {
          out.append(' ', gapStart);
        }
      }
      out.append(c, i);
      breaks = 0;
      spaced = false;
      indented = false;
      softHyphen = false;
      gapStart = -1;
    }
    return out.toCleanText(raw);
  }

  /** "mineral-" + line break + "rich": a letter, a hyphen, and the next line going on in lower case. */
  private static boolean continuesHyphenatedWord(Output out, char next) {
    int len = out.length();
    return len >= 2 && out.charAt(len - 1) == '-' && Character.isLetter(out.charAt(len - 2))
        && Character.isLowerCase(next);
  }

  /** The clean text being built, with the raw index of every char appended. */
  private static final class Output {
    private final StringBuilder text;
    private int[] toRaw;

    Output(int capacity) {
      text = new StringBuilder(capacity);
      toRaw = new int[capacity + 1];
    }

    int length() { return text.length(); }

    char charAt(int i) { return text.charAt(i); }

    void append(char c, int rawIndex) {
      int len = text.length();
      if (len + 1 >= toRaw.length) toRaw = Arrays.copyOf(toRaw, toRaw.length * 2 + 2);
      text.append(c);
      toRaw[len] = rawIndex;
    }

    CleanText toCleanText(String raw) {
      int len = text.length();
      int[] map = Arrays.copyOf(toRaw, len + 1);
      map[len] = raw.length();
      return new CleanText(raw, text.toString(), map);
    }
  }
}
