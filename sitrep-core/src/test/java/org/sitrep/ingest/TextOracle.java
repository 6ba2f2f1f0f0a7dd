package org.sitrep.ingest;

/**
 * The brief's definitions of whitespace and removed characters, written out independently of {@link TextChars} so that
 * tests check the cleaner and reader against the spec rather than against themselves.
 */
final class TextOracle {
  private TextOracle() {}

  static boolean isWhitespace(char c) {
    return " \t\n\r\f\u000B\u0085\u00A0\u1680\u2028\u2029\u202F\u205F\u3000".indexOf(c) >= 0
        || (c >= '\u2000' && c <= '\u200A');
  }

  static boolean isRemoved(char c) {
    return "\u200B\u200C\u200D\u2060\uFEFF\u00AD".indexOf(c) >= 0;
  }

  /** The text with whitespace and removed characters dropped: what must survive cleaning, in order. */
  static String visible(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isWhitespace(c) && !isRemoved(c)) b.append(c);
    }
    return b.toString();
  }
}
