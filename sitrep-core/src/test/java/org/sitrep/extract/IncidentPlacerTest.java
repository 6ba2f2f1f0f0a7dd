package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.domain.Evidence;
import org.sitrep.extract.IncidentPlacer.Role;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;
import org.sitrep.resolve.PlaceMention;

class IncidentPlacerTest {
  /** A sentence from "word/POS/lemma" items (lemma defaults to the lower-cased word), single-spaced. */
  private static Sentence sentence(String tagged) {
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (String item : tagged.split(" ")) {
      String[] p = item.split("/");
      String lemma = p.length > 2 ? p[2] : p[0].toLowerCase();
      tokens.add(new Token(p[0], lemma, p[1], "O", at, at + p[0].length()));
      at += p[0].length() + 1;
    }
    return new Sentence(0, 0, at - 1, tokens);
  }

  private static String raw(Sentence s) {
    return String.join(" ", s.tokens().stream().map(Token::text).toList());
  }

  private static Role role(String tagged, String place) {
    Sentence s = sentence(tagged);
    String raw = raw(s);
    int at = raw.indexOf(place);
    return IncidentPlacer.role(s, new PlaceMention(place, Evidence.of(raw, at, at + place.length(), 0)));
  }

  @Test
  void prepositionsAndAreaNounsPlace() {
    assertThat(role("killed/VBD in/IN Quetta/NNP", "Quetta")).isEqualTo(Role.LOCATIVE);
    assertThat(role("off/IN the/DT coast/NN of/IN Basilan/NNP province/NN", "Basilan province"))
        .isEqualTo(Role.LOCATIVE);
    assertThat(role("officers/NNS in/IN neighbouring/VBG Sukma/NNP district/NN", "Sukma district"))
        .isEqualTo(Role.LOCATIVE);
  }

  @Test
  void theObjectOfATakingVerbIsThePlaceTaken() {
    assertThat(role("insurgents/NNS overran/VBD/overrun Macomia/NNP itself/PRP", "Macomia")).isEqualTo(Role.LOCATIVE);
    assertThat(role("officials/NNS praised/VBD Macomia/NNP", "Macomia")).isEqualTo(Role.OTHER);
  }

  @Test
  void routesNeverPlace() {
    assertThat(role("the/DT road/NN between/IN Djibo/NNP and/CC Ouahigouya/NNP", "Djibo")).isEqualTo(Role.OTHER);
    assertThat(role("a/DT bus/NN from/IN Quetta/NNP", "Quetta")).isEqualTo(Role.OTHER);
  }

  @Test
  void aNameBeforeANounQualifiesIt() {
    assertThat(role("another/DT Basra/NNP activist/NN was/VBD shot/VBN", "Basra")).isEqualTo(Role.QUALIFIER);
    assertThat(role("Pakistani/JJ soldiers/NNS died/VBD", "Pakistani")).isEqualTo(Role.OTHER);
  }
}
