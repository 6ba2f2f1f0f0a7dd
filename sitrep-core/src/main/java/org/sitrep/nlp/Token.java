package org.sitrep.nlp;

import java.util.Objects;

/**
 * One token. {@code start}/{@code end} are UTF-16 offsets into the document's raw text; {@code text} is the
 * token as it appears in the cleaned text; {@code ner} is empty-string-free: {@code null} never appears, "O" marks none.
 *
 * <p>{@code cased} is the word with its case restored, for documents set all in capitals: wire copy's "SAN" reads
 * "San", its "MAY" (the verb) "may". It equals {@code text} whenever the engine left case alone, which is every
 * ordinarily cased document. {@code text} stays as written, so evidence quotes the source; capitalisation tests read
 * {@code cased}, since in an all-caps document every {@code text} is capitalised.
 */
public record Token(String text, String lemma, String pos, String ner, int start, int end, String cased) {
  public Token {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(lemma, "lemma");
    Objects.requireNonNull(pos, "pos");
    Objects.requireNonNull(ner, "ner");
    Objects.requireNonNull(cased, "cased");
    if (start < 0 || end < start) throw new IllegalArgumentException("bad token span " + start + ".." + end);
  }

  /** A token whose case was left as written. */
  public Token(String text, String lemma, String pos, String ner, int start, int end) {
    this(text, lemma, pos, ner, start, end, text);
  }

  public String lower() { return text.toLowerCase(java.util.Locale.ROOT); }

  /** Whether the word starts with a capital once case is restored: "SAN" does, wire copy's "POLICE" does not. */
  public boolean isCapitalized() { return !cased.isEmpty() && Character.isUpperCase(cased.charAt(0)); }
}
