package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.domain.Evidence;
import org.sitrep.nlp.EntityMention;
import org.sitrep.nlp.EntityType;
import org.sitrep.nlp.NlpDoc;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Hand-built documents for the resolve tests, so that they need no NLP engine. Tokens are words, possessive
 * endings and single symbols; a sentence ends after a "." token; POS is NNP for a capitalised word unless
 * {@code pos} says otherwise, NN else; NER tags the tokens inside each occurrence of the given phrases.
 */
final class TestDocs {
  private static final Pattern TOKEN = Pattern.compile("[’']s\\b|[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}\\-]*|\\S");

  private TestDocs() {}

  static NlpDoc doc(String raw, Map<String, EntityType> ner, Map<String, String> pos) {
    String[] tags = new String[raw.length()];
    for (Map.Entry<String, EntityType> e : ner.entrySet()) {
      for (int at = raw.indexOf(e.getKey()); at >= 0; at = raw.indexOf(e.getKey(), at + 1)) {
        for (int i = at; i < at + e.getKey().length(); i++) tags[i] = e.getValue().name();
      }
    }
    List<Sentence> sentences = new ArrayList<>();
    List<EntityMention> mentions = new ArrayList<>();
    List<Token> current = new ArrayList<>();
    Matcher m = TOKEN.matcher(raw);
    while (m.find()) {
      String text = m.group();
      String tag = tags[m.start()] == null ? "O" : tags[m.start()];
      String p = pos.getOrDefault(text, Character.isUpperCase(text.charAt(0)) ? "NNP" : text.equals(".") ? "." : "NN");
      current.add(new Token(text, text.toLowerCase(), p, tag, m.start(), m.end()));
      if (text.equals(".")) flush(raw, current, sentences, mentions);
    }
    flush(raw, current, sentences, mentions);
    return new NlpDoc(raw, sentences, mentions);
  }

  static NlpDoc doc(String raw, Map<String, EntityType> ner) { return doc(raw, ner, Map.of()); }

  private static void flush(String raw, List<Token> tokens, List<Sentence> sentences, List<EntityMention> mentions) {
    if (tokens.isEmpty()) return;
    int index = sentences.size();
    for (int i = 0; i < tokens.size(); ) {
      String tag = tokens.get(i).ner();
      int j = i + 1;
      while (j < tokens.size() && tokens.get(j).ner().equals(tag)) j++;
      if (!tag.equals("O")) {
        int start = tokens.get(i).start();
        int end = tokens.get(j - 1).end();
        mentions.add(new EntityMention(EntityType.valueOf(tag), raw.substring(start, end), index, i, j, start, end));
      }
      i = j;
    }
    sentences.add(new Sentence(index, tokens.get(0).start(), tokens.get(tokens.size() - 1).end(), tokens));
    tokens.clear();
  }

  /**
   * Place mentions for the given phrases, in order of appearance; {@code raw}'s lines are its sentences. A phrase
   * written {@code "Paris#2"} means its second occurrence.
   */
  static List<PlaceMention> mentions(String raw, String... phrases) {
    List<PlaceMention> out = new ArrayList<>();
    for (String phrase : phrases) {
      String text = phrase;
      int nth = 1;
      int hash = phrase.lastIndexOf('#');
      if (hash > 0) {
        text = phrase.substring(0, hash);
        nth = Integer.parseInt(phrase.substring(hash + 1));
      }
      int at = -1;
      for (int k = 0; k < nth; k++) {
        at = raw.indexOf(text, at + 1);
        if (at < 0) throw new IllegalArgumentException("no occurrence " + nth + " of " + text);
      }
      int sentence = (int) raw.substring(0, at).chars().filter(c -> c == '\n').count();
      out.add(new PlaceMention(text, Evidence.of(raw, at, at + text.length(), sentence)));
    }
    out.sort((a, b) -> Integer.compare(a.evidence().start(), b.evidence().start()));
    return out;
  }
}
