package org.sitrep.testing;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Hand-built sentences for unit tests that must not load CoreNLP: splits on spaces, tags capitalised words NNP,
 * digits CD and everything else NN, unless a word carries its tag as {@code word/TAG}. The tag suffix is removed from
 * the token, so offsets are real offsets into {@link #text(String)} of the same input.
 */
public final class Tokens {
  private Tokens() {}

  /** The text the sentence's offsets point into: the input without its /TAG suffixes. */
  public static String text(String tagged) { return tagged.replaceAll("/[A-Z$]+(?= |$)", ""); }

  public static Sentence sentence(String tagged) {
    String text = text(tagged);
    String[] tags = tagged.split(" ");
    List<Token> tokens = new ArrayList<>();
    int n = 0;
    int i = 0;
    while (i < text.length()) {
      if (text.charAt(i) == ' ') { i++; continue; }
      int j = i;
      while (j < text.length() && text.charAt(j) != ' ') j++;
      String w = text.substring(i, j);
      String given = n < tags.length && tags[n].matches(".*/[A-Z$]+") ? tags[n].replaceAll(".*/", "") : null;
      n++;
      String pos = given != null ? given
          : w.matches("\\d[\\d,.]*") ? "CD" : Character.isUpperCase(w.charAt(0)) ? "NNP" : "NN";
      tokens.add(new Token(w, w.toLowerCase(), pos, "O", i, j));
      i = j;
    }
    return new Sentence(0, 0, text.length(), tokens);
  }
}
