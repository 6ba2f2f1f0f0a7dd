package org.sitrep.nlp;

import java.util.Objects;

/** A named entity: tokens [firstToken, lastToken) of sentence {@code sentence}, with raw-text offsets. */
public record EntityMention(EntityType type, String text, int sentence, int firstToken, int lastToken,
                            int start, int end) {
  public EntityMention {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(text, "text");
    if (lastToken <= firstToken) throw new IllegalArgumentException("empty mention");
  }
}
