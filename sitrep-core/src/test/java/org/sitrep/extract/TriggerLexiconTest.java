package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.domain.IncidentType;
import org.sitrep.testing.Tokens;

class TriggerLexiconTest {
  private final TriggerLexicon lexicon = new TriggerLexicon();

  private List<Trigger> find(String items) {
    return lexicon.find(Tokens.text(items), Tokens.tagged(items));
  }

  @Test
  void strongWordsNeedNoContext() {
    assertThat(find("a/DT suicide/NN bombing/NN at/IN a/DT station/NN")).extracting(Trigger::type)
        .containsExactly(IncidentType.SUICIDE_BOMBING);
  }

  @Test
  void weakWordsNeedAViolentCueInTheSentence() {
    assertThat(find("the/DT visitors/NNS attack/NN looked/VBD sharper/JJR after/IN the/DT break/NN")).isEmpty();
    assertThat(find("militants/NNS attack/VBD a/DT convoy/NN")).extracting(Trigger::type)
        .containsExactly(IncidentType.ARMED_ASSAULT);
  }

  @Test
  void aPeacefulMarchIsNoProtestIncidentButTearGasMakesOne() {
    assertThat(find("thousands/NNS joined/VBD the/DT protest/NN in/IN the/DT capital/NN")).isEmpty();
    assertThat(find("police/NNS fired/VBD tear/NN gas/NN at/IN the/DT protest/NN")).extracting(Trigger::type)
        .contains(IncidentType.PROTEST);
  }

  @Test
  void pluralAndHedgedMentionsAreGeneric() {
    assertThat(find("such/JJ attacks/NNS by/IN militants/NNS need/VBP attention/NN")).allMatch(Trigger::generic);
    assertThat(find("militants/NNS could/MD attack/VB the/DT base/NN")).allMatch(Trigger::generic);
    assertThat(find("two/CD bombings/NNS killed/VBD/kill 9/CD people/NNS")).noneMatch(Trigger::generic);
    assertThat(find("fighting/NN between/IN troops/NNS and/CC the/DT militia/NN began/VBD last/JJ year/NN"))
        .allMatch(Trigger::generic);
    assertThat(find("the/DT insurgency/NN has/VBZ killed/VBN/kill 7,000/CD people/NNS since/IN 2004/CD"))
        .allMatch(Trigger::generic);
  }

  @Test
  void evidenceQuotesTheTriggerWords() {
    assertThat(find("gunmen/NNS opened/VBD/open fire/NN on/IN the/DT bus/NN"))
        .extracting(t -> t.evidence().text()).containsExactly("gunmen", "opened fire");
  }

  @Test
  void anActNounWithItsVictimIsAnIncidentWithoutOtherCues() {
    assertThat(find("the/DT parties/NNS rejected/VBD the/DT murder/NN of/IN Luis/NNP Galan/NNP"))
        .singleElement().satisfies(t -> {
          assertThat(t.type()).isEqualTo(IncidentType.ARMED_ASSAULT);
          assertThat(t.strength()).isEqualTo(TriggerStrength.STRONG);
          assertThat(t.generic()).isFalse();
        });
    assertThat(find("judges/NNS struck/VBD after/IN the/DT killing/NN of/IN a/DT magistrate/NN"))
        .extracting(Trigger::strength).containsExactly(TriggerStrength.STRONG);
    assertThat(find("judges/NNS struck/VBD after/IN Galan/NNP 's/POS murder/NN"))
        .extracting(Trigger::strength).containsExactly(TriggerStrength.STRONG);
  }

  @Test
  void anActNounWithoutItsVictimStillNeedsACue() {
    assertThat(find("the/DT film/NN is/VBZ a/DT murder/NN mystery/NN")).isEmpty();
    assertThat(find("the/DT murder/NN rate/NN fell/VBD")).isEmpty();
  }

  @Test
  void pluralActNounsAreSpecificOnlyWithANameOrANumber() {
    assertThat(find("a/DT note/NN condemned/VBD the/DT murders/NNS/murder of/IN six/CD Jesuit/JJ priests/NNS"))
        .singleElement().satisfies(t -> assertThat(t.generic()).isFalse());
    assertThat(find("a/DT note/NN condemned/VBD the/DT killings/NNS/killing of/IN civilians/NNS"))
        .allMatch(Trigger::generic);
  }

  @Test
  void aMurderVerbIsAnActButKilledAloneIsOnlyACasualty() {
    assertThat(find("the/DT candidate/NN was/VBD murdered/VBN/murder on/IN Friday/NNP"))
        .extracting(Trigger::strength).containsExactly(TriggerStrength.STRONG);
    assertThat(find("the/DT candidate/NN was/VBD killed/VBN/kill on/IN Friday/NNP"))
        .extracting(Trigger::strength).containsExactly(TriggerStrength.CASUALTY);
    assertThat(find("offices/NNS were/VBD dynamited/VBN/dynamite last/JJ week/NN"))
        .extracting(Trigger::type, Trigger::strength)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(IncidentType.BOMBING, TriggerStrength.STRONG));
  }

  @Test
  void theVictimOfANamedActIsTheNameWithoutItsTitle() {
    List<org.sitrep.nlp.Token> tokens =
        org.sitrep.testing.Tokens.tagged("the/DT murder/NN of/IN Dr/NNP Luis/NNP Galan/NNP in/IN Bogota/NNP").tokens();
    Trigger murder = find("the/DT murder/NN of/IN Dr/NNP Luis/NNP Galan/NNP in/IN Bogota/NNP").get(0);
    assertThat(TriggerLexicon.namedVictim(tokens, murder)).containsExactlyInAnyOrder("LUIS", "GALAN");
    List<org.sitrep.nlp.Token> passive =
        org.sitrep.testing.Tokens.tagged("Senator/NNP Galan/NNP was/VBD murdered/VBN/murder").tokens();
    Trigger murdered = find("Senator/NNP Galan/NNP was/VBD murdered/VBN/murder").get(0);
    assertThat(TriggerLexicon.namedVictim(passive, murdered)).containsExactly("GALAN");
    List<org.sitrep.nlp.Token> active =
        org.sitrep.testing.Tokens.tagged("Gunmen/NNS murdered/VBD/murder a/DT driver/NN").tokens();
    Trigger killers = find("Gunmen/NNS murdered/VBD/murder a/DT driver/NN").get(1);
    assertThat(TriggerLexicon.namedVictim(active, killers)).isEmpty();
  }

  @Test
  void theVictimOfAKidnappingIsTheNameBeforeIt() {
    String apposition = "Senator/NNP Jorge/NNP Sedano/NNP ,/, kidnapped/VBN/kidnap on/IN 9/CD February/NNP";
    assertThat(TriggerLexicon.namedVictim(org.sitrep.testing.Tokens.tagged(apposition).tokens(),
        find(apposition).get(0))).containsExactlyInAnyOrder("JORGE", "SEDANO");
    String relative = "Carlos/NNP Pizarro/NNP ,/, who/WP was/VBD murdered/VBN/murder on/IN 26/CD April/NNP";
    assertThat(TriggerLexicon.namedVictim(org.sitrep.testing.Tokens.tagged(relative).tokens(),
        find(relative).get(0))).containsExactlyInAnyOrder("CARLOS", "PIZARRO");
    String active = "the/DT ELN/NNP kidnapped/VBD/kidnap a/DT priest/NN";
    assertThat(TriggerLexicon.namedVictim(org.sitrep.testing.Tokens.tagged(active).tokens(), find(active).get(0)))
        .isEmpty();
  }

  @Test
  void aWeakActWordAgainstAFacilityIsAnIncidentWithoutOtherCues() {
    assertThat(find("overnight/RB ,/, someone/NN attacked/VBD/attack a/DT power/NN substation/NN in/IN Moore/NNP County/NNP"))
        .extracting(Trigger::type).containsExactly(IncidentType.ARMED_ASSAULT);
    assertThat(find("a/DT crowd/NN burned/VBD/burn the/DT party/NN 's/POS offices/NNS in/IN Dhaka/NNP"))
        .extracting(Trigger::type).containsExactly(IncidentType.ARSON);
  }

  @Test
  void aWeakActWordAgainstAPlanOrARivalStillNeedsACue() {
    assertThat(find("the/DT senator/NN attacked/VBD/attack the/DT budget/NN plan/NN on/IN Tuesday/NNP")).isEmpty();
    assertThat(find("the/DT striker/NN shot/VBD/shoot wide/RB of/IN the/DT goal/NN")).isEmpty();
    // A target too far from the word is another clause's: "station" here is where the visitors arrived.
    assertThat(find("the/DT visitors/NNS ,/, who/WP had/VBD arrived/VBN at/IN the/DT station/NN late/RB on/IN "
        + "Friday/NNP after/IN a/DT long/JJ delay/NN ,/, attack/VB with/IN pace/NN")).isEmpty();
  }

  private List<Trigger> findAfterViolence(String items) {
    return lexicon.find(Tokens.text(items), Tokens.tagged(items), true);
  }

  @Test
  void aSentenceGoingOnWithViolenceJustToldTakesItsCue() {
    String also = "they/PRP also/RB raided/VBD/raid two/CD farms/NNS near/IN the/DT border/NN";
    assertThat(find(also)).isEmpty();
    assertThat(findAfterViolence(also)).extracting(Trigger::type).containsExactly(IncidentType.ARMED_ASSAULT);
    assertThat(findAfterViolence("later/RB ,/, the/DT men/NNS stormed/VBD/storm a/DT nearby/JJ farm/NN"))
        .extracting(Trigger::type).containsExactly(IncidentType.ARMED_ASSAULT);
  }

  @Test
  void withoutAContinuingWordOrWithoutViolenceBeforeAWeakWordStillNeedsACue() {
    assertThat(findAfterViolence("the/DT team/NN raided/VBD/raid the/DT transfer/NN market/NN")).isEmpty();
    assertThat(find("the/DT team/NN also/RB raided/VBD/raid the/DT transfer/NN market/NN")).isEmpty();
  }
}
