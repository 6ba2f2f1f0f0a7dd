package org.sitrep.testing;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Hand-built sentences for unit tests that must not load CoreNLP: splits on spaces, tags capitalised words NNP,
 * digits CD and everything else NN. Offsets are real offsets into the text.
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
}
