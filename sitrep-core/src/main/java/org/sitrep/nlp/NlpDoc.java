package org.sitrep.nlp;

import java.util.List;
import java.util.Objects;

/**
 * The linguistic analysis of one document, in sitrep's own types. All offsets point into {@code raw},
 * the document text exactly as read, whatever clean-up the engine saw.
 */
public record NlpDoc(String raw, List<Sentence> sentences, List<EntityMention> mentions) {
  public NlpDoc {
    Objects.requireNonNull(raw, "raw");
    sentences = List.copyOf(sentences);
    mentions = List.copyOf(mentions);
  }

  public List<EntityMention> mentionsIn(int sentence) {
    return mentions.stream().filter(m -> m.sentence() == sentence).toList();
  }

  /** Raw text from {@code start} to {@code end}. */
  public String span(int start, int end) { return raw.substring(start, end); }
}
