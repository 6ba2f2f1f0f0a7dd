package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.domain.Document;
import org.sitrep.domain.Incident;
import org.sitrep.domain.IncidentStatus;
import org.sitrep.nlp.NlpDoc;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;
import org.sitrep.resolve.ActorDictionary;
import org.sitrep.resolve.Gazetteer;
import org.sitrep.testing.Tokens;

/** How many incidents an article holds: acts named only by a killing or a noun, and acts that are told apart. */
class ArticleExtractorIncidentTest {
  private static final ArticleExtractor EXTRACTOR = new ArticleExtractor(Gazetteer.bundled(), ActorDictionary.bundled());
  private static final LocalDate WEDNESDAY = LocalDate.of(2025, 3, 12);

  /** Sentences written as {@link Tokens#tagged} items, joined by single spaces into one text. */
  static List<Incident> incidents(String... taggedSentences) { return extract(Tokens.document(taggedSentences)); }

  private static List<Incident> extract(NlpDoc nlp) {
    Document doc = new Document("d", "d.txt", Optional.empty(), Optional.of(WEDNESDAY), "en", nlp.raw());
    return EXTRACTOR.extract(doc, nlp).incidents();
  }

  private static List<IncidentStatus> statuses(List<Incident> incidents) {
    return incidents.stream().map(Incident::status).toList();
  }

  @Test
  void peopleCountedDeadOrWoundedAreTheIncidentsVictims() {
    List<Incident> found = incidents("Fourteen/CD people/NNS were/VBD killed/VBN/kill and/CC 46/CD wounded/VBN/wound "
        + "by/IN a/DT bomb/NN in/IN a/DT market/NN on/IN Sunday/NNP ./.");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).participants()).filteredOn(p -> p.role() == org.sitrep.domain.Role.VICTIM)
        .extracting(org.sitrep.domain.Participant::name).containsExactly("people");
  }

  @Test
  void peopleCountedOnlyAsPresentAreNoVictims() {
    List<Incident> found = incidents("A/DT bomb/NN exploded/VBD/explode in/IN a/DT market/NN where/WRB 200/CD "
        + "people/NNS were/VBD shopping/VBG ./.");
    assertThat(found).allSatisfy(i -> assertThat(i.participants()).noneMatch(p -> p.name().equals("people")));
  }

  private static List<String> targets(List<Incident> incidents) {
    return incidents.stream().flatMap(i -> i.participants().stream())
        .filter(p -> p.role() == org.sitrep.domain.Role.TARGET).map(org.sitrep.domain.Participant::name).toList();
  }

  @Test
  void aVehicleThatCarriesTheBombIsNoTarget() {
    assertThat(targets(incidents("Nine/CD people/NNS were/VBD killed/VBN/kill in/IN a/DT car/NN bombing/NN at/IN "
        + "a/DT police/NN academy/NN ./."))).doesNotContain("car bombing", "car");
    assertThat(targets(incidents("A/DT suicide/NN bomber/NN detonated/VBD/detonate an/DT explosives-laden/JJ "
        + "vehicle/NN outside/IN the/DT base/NN ,/, killing/VBG/kill 12/CD soldiers/NNS ./.")))
        .noneMatch(name -> name.contains("vehicle"));
    assertThat(targets(incidents("Militants/NNS bombed/VBD/bomb a/DT truck/NN packed/VBN/pack with/IN explosives/NNS "
        + "near/IN the/DT market/NN ./."))).noneMatch(name -> name.contains("truck"));
  }

  /** {@link #incidents} with entity mentions from the NER tags. */
  private static List<Incident> incidentsWithMentions(String... taggedSentences) {
    return extract(Tokens.documentWithMentions(taggedSentences));
  }

  private static List<String> perpetrators(List<Incident> incidents) {
    return incidents.stream().flatMap(i -> i.participants().stream())
        .filter(p -> p.role() == org.sitrep.domain.Role.PERPETRATOR).map(org.sitrep.domain.Participant::name).toList();
  }

  @Test
  void aPersonWhoDidItIsThePerpetrator() {
    assertThat(perpetrators(incidentsWithMentions("John/NNP//PERSON Doe/NNP//PERSON killed/VBD/kill three/CD police/NN officers/NNS "
        + "outside/IN the/DT station/NN on/IN Monday/NNP ./."))).containsExactly("John Doe");
    assertThat(perpetrators(incidentsWithMentions("Two/CD officers/NNS were/VBD shot/VBN/shoot dead/JJ by/IN John/NNP//PERSON "
        + "Doe/NNP//PERSON on/IN Monday/NNP ./."))).containsExactly("John Doe");
    assertThat(perpetrators(incidentsWithMentions("Police/NNS said/VBD the/DT suspect/NN ,/, John/NNP//PERSON Doe/NNP//PERSON ,/, "
        + "detonated/VBD/detonate a/DT bomb/NN at/IN the/DT market/NN ./."))).contains("John Doe");
  }

  @Test
  void aPersonHarmedOrQuotedIsNoPerpetrator() {
    assertThat(perpetrators(incidentsWithMentions("Gunmen/NNS shot/VBD/shoot John/NNP//PERSON Doe/NNP//PERSON outside/IN his/PRP$ "
        + "home/NN on/IN Monday/NNP ./."))).doesNotContain("John Doe");
    assertThat(perpetrators(incidentsWithMentions("John/NNP//PERSON Doe/NNP//PERSON was/VBD killed/VBN/kill in/IN a/DT bomb/NN "
        + "blast/NN on/IN Monday/NNP ,/, said/VBD Jane/NNP//PERSON Roe/NNP//PERSON ./.")))
        .doesNotContain("John Doe", "Jane Roe");
    assertThat(perpetrators(incidentsWithMentions("The/DT blast/NN at/IN a/DT concert/NN by/IN pop/NN star/NN "
        + "Jane/NNP//PERSON Roe/NNP//PERSON at/IN the/DT arena/NN killed/VBD/kill 22/CD people/NNS ./.")))
        .doesNotContain("Jane Roe");
  }

  @Test
  void aRoundUpItemOpeningWithItsOwnPlaceIsAnotherIncident() {
    assertThat(statuses(incidents(
        "Guerrillas/NNS dynamited/VBD/dynamite a/DT bridge/NN in/IN Usulutan/NNP//LOCATION today/NN ./.",
        "In/IN San/NNP//LOCATION Miguel/NNP//LOCATION ,/, rebels/NNS bombed/VBD/bomb the/DT power/NN plant/NN ./.")))
        .containsExactly(IncidentStatus.CURRENT, IncidentStatus.CURRENT);
  }

  @Test
  void aSentenceOpeningWithThePlaceAlreadyNamedGoesOnWithTheIncident() {
    assertThat(incidents(
        "Guerrillas/NNS bombed/VBD/bomb a/DT bridge/NN in/IN Usulutan/NNP//LOCATION today/NN ./.",
        "In/IN Usulutan/NNP//LOCATION ,/, the/DT rebels/NNS bombed/VBD/bomb the/DT power/NN plant/NN ./."))
        .hasSize(1);
  }

  @Test
  void aKillingByGuerrillasIsAnIncidentWithoutAFigure() {
    assertThat(incidents("Guerrillas/NNS have/VBP killed/VBN/kill the/DT mayor/NN of/IN the/DT town/NN ./."))
        .hasSize(1);
  }

  @Test
  void aKillingOfANamedPersonIsAnIncident() {
    assertThat(incidents(
        "He/PRP received/VBD the/DT banners/NNS of/IN Luis/NNP//PERSON Galan/NNP//PERSON ,/, who/WP was/VBD "
            + "killed/VBN/kill on/IN Monday/NNP ./.")).hasSize(1);
  }

  @Test
  void aDeathWithNoOneBehindItAndNoOneNamedIsNoIncident() {
    assertThat(incidents("The/DT driver/NN was/VBD killed/VBN/kill when/WRB the/DT truck/NN overturned/VBD ./."))
        .isEmpty();
  }

  @Test
  void anOldMurderMentionedInPassingStaysBackground() {
    assertThat(statuses(incidents(
        "The/DT strike/NN began/VBD after/IN the/DT murder/NN of/IN judge/NN Carlos/NNP Valencia/NNP on/IN "
            + "17/CD January/NNP 2024/CD ./.")))
        .containsExactly(IncidentStatus.BACKGROUND);
  }

  @Test
  void anActOpeningAsTheNextItemOfAListIsAnotherIncident() {
    assertThat(incidents(
        "Rebels/NNS blew/VBD/blow up/RP a/DT power/NN tower/NN in/IN Cartagena/NNP ./.",
        "Subsequently/RB ,/, the/DT rebels/NNS kidnapped/VBD/kidnap two/CD engineers/NNS ./.")).hasSize(2);
  }

  @Test
  void aFollowUpSentenceWithoutSuchAnOpeningStaysInTheIncident() {
    assertThat(incidents(
        "Rebels/NNS blew/VBD/blow up/RP a/DT power/NN tower/NN in/IN Cartagena/NNP ./.",
        "The/DT rebels/NNS kidnapped/VBD/kidnap two/CD engineers/NNS ./.")).hasSize(1);
  }

  @Test
  void alsoWithAnActOfTheSameKindIsAnotherIncidentButWithAnotherKindItIsNot() {
    assertThat(incidents(
        "Guerrillas/NNS bombed/VBD/bomb the/DT command/NN post/NN in/IN San/NNP Ramon/NNP ./.",
        "The/DT post/NN in/IN Soyapango/NNP was/VBD also/RB bombed/VBN/bomb ./.")).hasSize(2);
    assertThat(incidents(
        "Insurgents/NNS armed/VBN with/IN machetes/NNS killed/VBD/kill five/CD civilians/NNS ./.",
        "The/DT attackers/NNS also/RB burned/VBD/burn 30/CD homes/NNS ./.")).hasSize(1);
  }

  @Test
  void aDayAloneDoesNotTellActsApart() {
    assertThat(incidents(
        "Gunmen/NNS took/VBD 60/CD worshippers/NNS hostage/NN in/IN a/DT church/NN on/IN Saturday/NNP ./.",
        "Soldiers/NNS stormed/VBD/storm the/DT church/NN on/IN Sunday/NNP ./.")).hasSize(1);
  }

  @Test
  void anActAfterAnOpeningTimeOnAnotherDayIsAnotherIncident() {
    List<Incident> found = incidents(
        "Gunmen/NNS attacked/VBD/attack a/DT police/NN station/NN in/IN Kano/NNP on/IN Tuesday/NNP ,/, "
            + "killing/VBG/kill three/CD officers/NNS ./.",
        "On/IN Monday/NNP ,/, a/DT bomb/NN exploded/VBD/explode at/IN a/DT market/NN in/IN Maiduguri/NNP ./.");
    assertThat(found).hasSize(2);
    assertThat(found).extracting(i -> i.date().orElseThrow().start())
        .containsExactly(LocalDate.of(2025, 3, 11), LocalDate.of(2025, 3, 10));
  }

  @Test
  void anOpeningTimeOnTheIncidentsOwnDayKeepsTheActInIt() {
    assertThat(incidents(
        "Gunmen/NNS attacked/VBD/attack a/DT police/NN station/NN in/IN Kano/NNP on/IN Tuesday/NNP ,/, "
            + "killing/VBG/kill three/CD officers/NNS ./.",
        "Late/RB on/IN Tuesday/NNP ,/, the/DT gunmen/NNS bombed/VBD/bomb a/DT checkpoint/NN nearby/RB ./."))
        .hasSize(1);
  }

  @Test
  void aTimeAfterTheSubjectDoesNotOpenAnotherIncident() {
    assertThat(incidents(
        "Gunmen/NNS attacked/VBD/attack a/DT police/NN station/NN in/IN Kano/NNP on/IN Tuesday/NNP ,/, "
            + "killing/VBG/kill three/CD officers/NNS ./.",
        "The/DT gunmen/NNS on/IN Monday/NNP bombed/VBD/bomb a/DT checkpoint/NN nearby/RB ./.")).hasSize(1);
  }

  @Test
  void anOpeningTimeThatDatesAStatementDoesNotOpenAnotherIncident() {
    assertThat(incidents(
        "A/DT bomb/NN exploded/VBD/explode at/IN a/DT market/NN in/IN Maiduguri/NNP on/IN Monday/NNP ,/, "
            + "killing/VBG/kill 12/CD people/NNS ./.",
        "On/IN Wednesday/NNP the/DT army/NN said/VBD/say the/DT bombing/NN was/VBD carried/VBN/carry out/RP "
            + "by/IN insurgents/NNS ./.")).hasSize(1);
  }

  @Test
  void theDayVictimsWereFoundDoesNotDateTheirAbduction() {
    assertThat(incidents(
        "The/DT bodies/NNS of/IN two/CD kidnapped/VBN/kidnap aid/NN workers/NNS were/VBD found/VBN/find on/IN "
            + "Tuesday/NNP near/IN Kabul/NNP ./.",
        "On/IN Sunday/NNP ,/, gunmen/NNS abducted/VBD/abduct the/DT two/CD men/NNS near/IN their/PRP$ "
            + "office/NN ./.")).hasSize(1);
  }

  @Test
  void anAttackOnSomeoneNamedIsAnIncidentAndTwoNamedTargetsAreTwo() {
    assertThat(incidents(
        "Three/CD men/NNS were/VBD arrested/VBN over/IN the/DT attack/NN on/IN Senator/NNP Ernesto/NNP "
            + "Samper/NNP ./.")).hasSize(1);
    assertThat(incidents(
        "Three/CD men/NNS were/VBD arrested/VBN over/IN the/DT attack/NN on/IN Senator/NNP Ernesto/NNP "
            + "Samper/NNP ./.",
        "Police/NNS also/RB linked/VBD them/PRP to/TO the/DT murder/NN of/IN Jose/NNP Antequera/NNP ./."))
        .hasSize(2);
    assertThat(incidents("The/DT minister/NN made/VBD an/DT attack/NN on/IN the/DT budget/NN ./.")).isEmpty();
  }

  @Test
  void actsOnTwoNamedPeopleAreTwoIncidentsEvenInOneSentence() {
    assertThat(incidents(
        "Four/CD men/NNS were/VBD arrested/VBN for/IN the/DT murder/NN of/IN Luis/NNP Galan/NNP and/CC the/DT "
            + "murder/NN of/IN Teofilo/NNP Forero/NNP ./.")).hasSize(2);
    assertThat(incidents(
        "Four/CD men/NNS were/VBD arrested/VBN for/IN the/DT murder/NN of/IN Dr/NNP Luis/NNP Galan/NNP ./.",
        "They/PRP confessed/VBD to/TO Galan/NNP 's/POS murder/NN ./.")).hasSize(1);
  }

  @Test
  void anAttackOnAFacilityIsAnIncidentThoughNoOneIsNamedOrHurt() {
    assertThat(incidents("Unknown/JJ men/NNS attacked/VBD/attack an/DT electricity/NN substation/NN in/IN "
        + "Moore/NNP County/NNP on/IN Saturday/NNP ./.")).hasSize(1);
    assertThat(incidents("The/DT minister/NN attacked/VBD/attack the/DT opposition/NN 's/POS budget/NN on/IN "
        + "Saturday/NNP ./.")).isEmpty();
  }

  @Test
  void aWeakActGoingOnFromAToldAttackJoinsIt() {
    List<Incident> found = incidents(
        "Gunmen/NNS killed/VBD/kill three/CD villagers/NNS near/IN Maiduguri/NNP on/IN Monday/NNP ./.",
        "They/PRP then/RB looted/VBD/loot and/CC burned/VBD/burn the/DT market/NN ./.");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).evidence()).extracting(e -> e.text()).contains("burned");
  }
}
