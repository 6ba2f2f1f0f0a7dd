package org.sitrep.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.ingest.CleanText;
import org.sitrep.nlp.EntityMention;
import org.sitrep.nlp.EntityType;
import org.sitrep.nlp.NlpDoc;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Converts a CoreNLP {@link Annotation} into an {@link NlpDoc} once, mapping every offset back to the raw text.
 *
 * <p>After a truecasing run (the truecaser overwrote each word, so POS, lemma and NER read the restored form) a
 * token's text is still cut from the text as written, so evidence quotes the source in its capitals; the restored
 * word goes to {@link Token#cased()} and, through the lemmatizer, into the lemma ("ATTACKED" lemmatizes to "attack",
 * "SAN" to "San"), so lemma- and capitalisation-based rules read wire copy as they read cased news.
 */
final class CoreNlpConversion {
  private CoreNlpConversion() {}

  static NlpDoc toNlpDoc(CleanText text, Annotation annotation) {
    List<CoreMap> coreSentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    if (coreSentences == null) throw new IllegalStateException("CoreNLP ran without ssplit");
    List<Sentence> sentences = new ArrayList<>(coreSentences.size());
    List<EntityMention> mentions = new ArrayList<>();
    for (CoreMap cs : coreSentences) {
      int index = sentences.size();
      List<CoreLabel> labels = cs.get(CoreAnnotations.TokensAnnotation.class);
      List<Token> tokens = new ArrayList<>(labels.size());
      for (CoreLabel l : labels) {
        int start = text.toRaw(l.beginPosition());
        int end = text.toRawEnd(l.endPosition());
        String surface = text.text().substring(l.beginPosition(), l.endPosition());
        tokens.add(new Token(surface, orEmpty(l.lemma(), surface), orEmpty(l.tag(), ""), orEmpty(l.ner(), "O"),
            start, end, orEmpty(l.get(CoreAnnotations.TrueCaseTextAnnotation.class), surface)));
      }
      if (tokens.isEmpty()) continue;
      Sentence sentence = new Sentence(index, tokens.get(0).start(), tokens.get(tokens.size() - 1).end(), tokens);
      sentences.add(sentence);
      collectMentions(text.raw(), sentence, mentions);
    }
    return new NlpDoc(text.raw(), sentences, mentions);
  }

  /** Contiguous tokens with the same entity tag form one mention. */
  private static void collectMentions(String raw, Sentence s, List<EntityMention> out) {
    List<Token> tokens = s.tokens();
    int i = 0;
    while (i < tokens.size()) {
      String tag = tokens.get(i).ner();
      if (tag.equals("O")) { i++; continue; }
      int j = i + 1;
      while (j < tokens.size() && (tokens.get(j).ner().equals(tag) || joinsHyphenated(tokens, j, tag))) j++;
      int start = tokens.get(i).start();
      int end = tokens.get(j - 1).end();
      out.add(new EntityMention(entityType(tag), raw.substring(start, end), s.index(), i, j, start, end));
      i = j;
    }
  }

  /** "Marie-Claude": a hyphen glued to two tokens of the same entity belongs to it, though NER leaves it untagged. */
  private static boolean joinsHyphenated(List<Token> tokens, int j, String tag) {
    if (j + 1 >= tokens.size() || !tokens.get(j).text().equals("-")) return false;
    Token before = tokens.get(j - 1);
    Token hyphen = tokens.get(j);
    Token after = tokens.get(j + 1);
    return after.ner().equals(tag) && before.end() == hyphen.start() && hyphen.end() == after.start();
  }

  private static EntityType entityType(String tag) {
    return switch (tag) {
      case "PERSON" -> EntityType.PERSON;
      case "ORGANIZATION" -> EntityType.ORGANIZATION;
      case "LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY" -> EntityType.LOCATION;
      case "MISC", "NATIONALITY", "RELIGION", "IDEOLOGY" -> EntityType.MISC;
      default -> EntityType.OTHER;
    };
  }

  private static String orEmpty(String s, String fallback) { return s == null ? fallback : s; }
}
