package org.sitrep.nlp;

import java.util.List;

/** One sentence: its 0-based index in the document, raw-text span and tokens. */
public record Sentence(int index, int start, int end, List<Token> tokens) {
  public Sentence {
    tokens = List.copyOf(tokens);
    if (start < 0 || end < start) throw new IllegalArgumentException("bad sentence span " + start + ".." + end);
  }
}
