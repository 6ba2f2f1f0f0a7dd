package org.sitrep.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.nlp.NlpDoc;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Hand-built sentences for unit tests that must not load CoreNLP. {@link #sentence} splits on spaces and guesses tags
 * (capitalised words NNP, digits CD, everything else NN); {@link #tagged} takes the tags, and lemmas where they matter,
 * from the text itself, so rules that read POS tags can be pinned without a tagger. Offsets are real offsets into the
 * text the sentence is built from.
 */
public final class Tokens {
  private Tokens() {}

  public static Sentence sentence(String text) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      if (text.charAt(i) == ' ') { i++; continue; }
      int j = i;
      while (j < text.length() && text.charAt(j) != ' ') j++;
      String w = text.substring(i, j);
      String pos = w.matches("\\d[\\d,.]*") ? "CD" : Character.isUpperCase(w.charAt(0)) ? "NNP" : "NN";
      tokens.add(new Token(w, w.toLowerCase(), pos, "O", i, j));
      i = j;
    }
    return new Sentence(0, 0, text.length(), tokens);
  }

  /**
   * A sentence written as space-separated {@code word/TAG}, {@code word/TAG/lemma} or {@code word/TAG/lemma/NER}
   * items, e.g. {@code "Gunmen/NNS/gunman killed/VBD/kill Ana/NNP//PERSON ./."}. The lemma defaults to the lower-cased
   * word, the NER tag to "O".
   * The sentence's text is the words joined by single spaces, which {@link #text} returns.
   */
  public static Sentence tagged(String items) {
    List<Token> tokens = new ArrayList<>();
    int offset = 0;
    for (String item : items.trim().split(" +")) {
      String[] parts = splitItem(item);
      String word = parts[0];
      String lemma = parts.length > 2 && !parts[2].isEmpty() ? parts[2] : word.toLowerCase();
      String ner = parts.length > 3 ? parts[3] : "O";
      tokens.add(new Token(word, lemma, parts[1], ner, offset, offset + word.length()));
      offset += word.length() + 1;
    }
    return new Sentence(0, 0, Math.max(0, offset - 1), tokens);
  }

  /** The raw text a {@link #tagged} sentence's offsets point into. */
  public static String text(String items) {
    List<String> words = new ArrayList<>();
    for (String item : items.trim().split(" +")) words.add(splitItem(item)[0]);
    return String.join(" ", words);
  }

  /**
   * A document of {@link #tagged} sentences joined by single spaces, with offsets into the joined text and no entity
   * mentions: what an extractor test feeds the extractor without CoreNLP.
   */
  public static NlpDoc document(String... taggedSentences) {
    StringBuilder raw = new StringBuilder();
    List<Sentence> sentences = new ArrayList<>();
    for (String items : taggedSentences) {
      if (raw.length() > 0) raw.append(' ');
      int base = raw.length();
      List<Token> shifted = tagged(items).tokens().stream().map(t -> new Token(t.text(), t.lemma(), t.pos(), t.ner(),
          t.start() + base, t.end() + base)).toList();
      raw.append(text(items));
      sentences.add(new Sentence(sentences.size(), base, raw.length(), shifted));
    }
    return new NlpDoc(raw.toString(), sentences, List.of());
  }

  /**
   * {@link #document}, with an entity mention for each run of tokens sharing a PERSON, ORGANIZATION or LOCATION tag,
   * as CoreNLP's entity mentions annotator would give.
   */
  public static NlpDoc documentWithMentions(String... taggedSentences) {
    NlpDoc plain = document(taggedSentences);
    List<org.sitrep.nlp.EntityMention> mentions = new ArrayList<>();
    for (Sentence s : plain.sentences()) {
      List<Token> t = s.tokens();
      for (int k = 0; k < t.size(); ) {
        String ner = t.get(k).ner();
        int end = k + 1;
        while (end < t.size() && t.get(end).ner().equals(ner)) end++;
        if (Set.of("PERSON", "ORGANIZATION", "LOCATION").contains(ner)) {
          int start = t.get(k).start(), stop = t.get(end - 1).end();
          mentions.add(new org.sitrep.nlp.EntityMention(org.sitrep.nlp.EntityType.valueOf(ner),
              plain.raw().substring(start, stop), s.index(), k, end, start, stop));
        }
        k = end;
      }
    }
    return new NlpDoc(plain.raw(), plain.sentences(), mentions);
  }

  /** "word/TAG[/lemma[/NER]]"; an empty lemma ("Ana/NNP//PERSON") means the default. */
  private static String[] splitItem(String item) {
    int slash = item.indexOf('/', 1);
    if (slash < 0) throw new IllegalArgumentException("not word/TAG: " + item);
    String word = item.substring(0, slash);
    String[] rest = item.substring(slash + 1).split("/", -1);
    String[] out = new String[rest.length + 1];
    out[0] = word;
    System.arraycopy(rest, 0, out, 1, rest.length);
    return out;
  }
}
