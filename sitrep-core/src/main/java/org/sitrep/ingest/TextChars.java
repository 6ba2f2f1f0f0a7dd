package org.sitrep.ingest;

/**
 * How ingest classifies characters: one definition shared by the reader (is the input blank?) and the cleaner (what
 * becomes a space, a line break, or nothing), so the two can never disagree.
 */
final class TextChars {
  private TextChars() {}

  /** Spaces within a line: every Unicode space separator (U+0020, U+00A0, U+2000–U+200A, U+202F, U+3000…), tab, FF, VT. */
  static boolean isInlineSpace(char c) {
    return c == ' ' || c == '\t' || c == '\f' || c == '\u000B' || Character.getType(c) == Character.SPACE_SEPARATOR;
  }

  /** Characters that end a line: LF, CR (alone or in CRLF), NEL and the Unicode line and paragraph separators. */
  static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  /** Any kind of whitespace the cleaner normalises away. */
  static boolean isSpace(char c) { return isInlineSpace(c) || isLineBreak(c); }

  /** Invisible characters dropped outright: zero-width space/joiners, word joiner, BOM, soft hyphen. */
  static boolean isInvisible(char c) {
    return (c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
  }

  /** True when the text holds nothing but whitespace and invisible characters. */
  static boolean isBlank(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isSpace(c) && !isInvisible(c)) return false;
    }
    return true;
  }
}
