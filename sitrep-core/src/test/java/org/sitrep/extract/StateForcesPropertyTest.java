package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.sitrep.nlp.Token;

/**
 * Random tagged sentences over a vocabulary of the words the state-force rules react to. Whatever the order, every
 * phrase lies inside the sentence and ends on a noun, and a sentence with no word of harm or of blame never makes a
 * force the perpetrator: the role is read off the text, never defaulted to.
 */
class StateForcesPropertyTest {
  /** Words of harm and blame, with the tags they may carry; the rest of the vocabulary is neutral. */
  private static final List<String[]> CHARGED = List.of(
      new String[] {"killed", "VBD", "kill"}, new String[] {"killed", "VBN", "kill"}, new String[] {"by", "IN", "by"},
      new String[] {"opened", "VBD", "open"}, new String[] {"fire", "NN", "fire"}, new String[] {"blamed", "VBD", "blame"},
      new String[] {"responsible", "JJ", "responsible"}, new String[] {"massacre", "NN", "massacre"},
      new String[] {"strikes", "NNS", "strike"}, new String[] {"held", "VBD", "hold"},
      new String[] {"attackers", "NNS", "attacker"}, new String[] {"were", "VBD", "be"});
  private static final List<String[]> NEUTRAL = List.of(
      new String[] {"soldiers", "NNS", "soldier"}, new String[] {"army", "NN", "army"},
      new String[] {"police", "NNS", "police"}, new String[] {"troops", "NNS", "troop"},
      new String[] {"security", "NN", "security"}, new String[] {"forces", "NNS", "force"},
      new String[] {"members", "NNS", "member"}, new String[] {"of", "IN", "of"}, new String[] {"the", "DT", "the"},
      new String[] {"rebel", "JJ", "rebel"}, new String[] {"Honduran", "JJ", "Honduran"},
      new String[] {"arrived", "VBD", "arrive"}, new String[] {"said", "VBD", "say"}, new String[] {"and", "CC", "and"},
      new String[] {"village", "NN", "village"}, new String[] {"in", "IN", "in"}, new String[] {",", ",", ","},
      new String[] {"that", "IN", "that"}, new String[] {"peasants", "NNS", "peasant"}, new String[] {".", ".", "."},
      new String[] {"coalition", "NN", "coalition"}, new String[] {"led", "VBN", "lead"}, new String[] {"-", "HYPH", "-"});

  @Provide
  Arbitrary<List<Integer>> picks() {
    return Arbitraries.integers().between(0, 10_000).list().ofMinSize(1).ofMaxSize(25);
  }

  private static List<Token> sentence(List<Integer> picks, boolean charged) {
    List<String[]> words = new ArrayList<>(NEUTRAL);
    if (charged) words.addAll(CHARGED);
    List<Token> out = new ArrayList<>();
    int offset = 0;
    for (int pick : picks) {
      String[] w = words.get(pick % words.size());
      out.add(new Token(w[0], w[2], w[1], "O", offset, offset + w[0].length()));
      offset += w[0].length() + 1;
    }
    return out;
  }

  @Property(tries = 500)
  void phrasesLieInsideTheSentenceAndEndOnANoun(@ForAll("picks") List<Integer> picks) {
    List<Token> t = sentence(picks, true);
    for (StateForces.Span s : StateForces.phrases(t)) {
      assertThat(s.last()).isLessThanOrEqualTo(t.size());
      assertThat(t.get(s.last() - 1).pos()).startsWith("NN");
      StateForces.perpetrates(t, s.first(), s.last(), Set.of(0));
    }
  }

  @Property(tries = 500)
  void noHarmAndNoBlameMeansNoPerpetrator(@ForAll("picks") List<Integer> picks) {
    List<Token> t = sentence(picks, false);
    for (StateForces.Span s : StateForces.phrases(t)) {
      assertThat(StateForces.perpetrates(t, s.first(), s.last())).as("%s", t.stream().map(Token::text).toList())
          .isFalse();
    }
  }
}
