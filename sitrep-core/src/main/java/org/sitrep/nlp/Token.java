package org.sitrep.nlp;

import java.util.Objects;

/**
 * One token. {@code start}/{@code end} are UTF-16 offsets into the document's raw text; {@code text} is the
 * token as it appears in the cleaned text; {@code ner} is empty-string-free: {@code null} never appears, "O" marks none.
 */
public record Token(String text, String lemma, String pos, String ner, int start, int end) {
  public Token {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(lemma, "lemma");
    Objects.requireNonNull(pos, "pos");
    Objects.requireNonNull(ner, "ner");
    if (start < 0 || end < start) throw new IllegalArgumentException("bad token span " + start + ".." + end);
  }

  public String lower() { return text.toLowerCase(java.util.Locale.ROOT); }

  public boolean isCapitalized() { return !text.isEmpty() && Character.isUpperCase(text.charAt(0)); }
}
