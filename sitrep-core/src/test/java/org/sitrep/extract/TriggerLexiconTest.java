package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.domain.IncidentType;
import org.sitrep.nlp.Sentence;
import org.sitrep.testing.Tokens;

class TriggerLexiconTest {
  private final TriggerLexicon lexicon = new TriggerLexicon();

  private List<Trigger> find(String tagged) {
    Sentence s = Tokens.sentence(tagged);
    return lexicon.find(Tokens.text(tagged), s);
  }

  @Test
  void strongWordsNeedNoContext() {
    assertThat(find("a suicide bombing at a station")).extracting(Trigger::type)
        .containsExactly(IncidentType.SUICIDE_BOMBING);
  }

  @Test
  void weakWordsNeedAViolentCueInTheSentence() {
    assertThat(find("the visitors' attack/NN looked sharper after the break")).isEmpty();
    assertThat(find("militants/NNS attack/VBD a convoy")).extracting(Trigger::type)
        .containsExactly(IncidentType.ARMED_ASSAULT);
  }

  @Test
  void aPeacefulMarchIsNoProtestIncidentButTearGasMakesOne() {
    assertThat(find("thousands joined the protest/NN in the capital")).isEmpty();
    assertThat(find("police fired/VBD tear gas at the protest/NN")).extracting(Trigger::type)
        .contains(IncidentType.PROTEST);
  }

  @Test
  void pluralAndHedgedMentionsAreGeneric() {
    assertThat(find("such attacks/NNS by militants/NNS need attention")).allMatch(Trigger::generic);
    assertThat(find("militants/NNS could/MD attack/VB the base")).allMatch(Trigger::generic);
    assertThat(find("two/CD bombings/NNS killed 9 people")).noneMatch(Trigger::generic);
    assertThat(find("fighting/NN between troops/NNS and the militia began/VBD last year")).allMatch(Trigger::generic);
  }

  @Test
  void evidenceQuotesTheTriggerWords() {
    String tagged = "gunmen opened/VBD fire on the bus";
    assertThat(find(tagged)).extracting(t -> t.evidence().text()).containsExactly("gunmen", "opened fire");
  }
}
