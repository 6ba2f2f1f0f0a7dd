package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Contract checks for ActorDictionary.find on random token lists made of actor names, fragments and filler. */
class ActorDictionaryPropertyTest {
  private static final List<String> TOKENS = List.of("Baloch", "Liberation", "Army", "BLA", "bla", "(", ")", "the",
      "The", "Pakistani", "Taliban", "Pakistan", "’s", "'s", "military", "al-", "al", "-", "Shabaab", "al-Shabaab",
      "police", "militants", "gunmen", "Islamic", "State", "Khorasan", "Province", "ISIS-K", "Shining", "Path",
      "FMLN", "fmln", "Front", "said", ",", ".", "", " ", "É", "Hay’at", "Tahrir", "Sham", "LeT", "let");

  @Provide
  Arbitrary<List<String>> tokenLists() {
    return Arbitraries.of(TOKENS).list().ofMaxSize(30);
  }

  @Property
  void matchesAreInBoundsOrderedAndDisjoint(@ForAll("tokenLists") List<String> tokens) {
    List<ActorMatch> matches = ActorDictionaryTest.DICT.find(tokens);
    int previousEnd = 0;
    for (ActorMatch m : matches) {
      assertThat(m.start()).isGreaterThanOrEqualTo(previousEnd);
      assertThat(m.end()).isLessThanOrEqualTo(tokens.size());
      previousEnd = m.end();
    }
  }

  @Property
  void eachMatchedSpanLooksUpToTheSameActor(@ForAll("tokenLists") List<String> tokens) {
    for (ActorMatch m : ActorDictionaryTest.DICT.find(tokens)) {
      String span = String.join(" ", tokens.subList(m.start(), m.end())).replace(" ’s", "’s").replace(" 's", "'s");
      assertThat(ActorDictionaryTest.DICT.lookup(span)).as(span).contains(m.actor());
    }
  }

  @Property
  void findIsDeterministic(@ForAll("tokenLists") List<String> tokens) {
    assertThat(ActorDictionaryTest.DICT.find(tokens)).isEqualTo(ActorDictionaryTest.DICT.find(tokens));
  }
}
