package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import java.util.Optional;
import org.sitrep.domain.Evidence;
import org.sitrep.domain.GeoPrecision;
import org.sitrep.domain.IncidentStatus;
import org.sitrep.domain.Location;
import org.sitrep.nlp.NlpDoc;
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
  void talksPlaceTheTalksButAMeetingHitIsPlaced() {
    assertThat(role("a/DT round/NN of/IN negotiations/NNS in/IN Caracas/NNP", "Caracas")).isEqualTo(Role.OTHER);
    assertThat(role("rebels/NNS will/MD meet/VB this/DT week/NN in/IN Washington/NNP", "Washington"))
        .isEqualTo(Role.OTHER);
    assertThat(role("a/DT bomb/NN exploded/VBD at/IN a/DT meeting/NN in/IN Kabul/NNP", "Kabul"))
        .isEqualTo(Role.LOCATIVE);
    assertThat(role("gunmen/NNS killed/VBD two/CD in/IN Kabul/NNP", "Kabul")).isEqualTo(Role.LOCATIVE);
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

  private static final org.sitrep.resolve.Gazetteer GAZETTEER = org.sitrep.resolve.Gazetteer.bundled();
  private static final IncidentPlacer PLACER = new IncidentPlacer(new org.sitrep.resolve.PlaceResolver(GAZETTEER));

  /** Sentences of "word/POS" items, one a line, joined by single spaces; place mentions given by text, in order. */
  private record Tagged(NlpDoc doc, List<PlaceMention> places) {
    static Tagged of(List<String> taggedLines, String... placeTexts) {
      List<Sentence> sentences = new ArrayList<>();
      StringBuilder raw = new StringBuilder();
      for (String line : taggedLines) {
        if (raw.length() > 0) raw.append(' ');
        List<Token> tokens = new ArrayList<>();
        int from = raw.length();
        for (String item : line.split(" ")) {
          String[] p = item.split("/");
          if (raw.length() > from) raw.append(' ');
          tokens.add(new Token(p[0], p[0].toLowerCase(), p[1], "O", raw.length(), raw.length() + p[0].length()));
          raw.append(p[0]);
        }
        sentences.add(new Sentence(sentences.size(), from, raw.length(), tokens));
      }
      String text = raw.toString();
      List<PlaceMention> places = new ArrayList<>();
      int at = 0;
      for (String place : placeTexts) {
        at = text.indexOf(place, at);
        places.add(new PlaceMention(place, Evidence.of(text, at, at + place.length(), sentenceAt(sentences, at))));
        at += place.length();
      }
      return new Tagged(new NlpDoc(text, sentences, List.of()), places);
    }

    Trigger trigger(org.sitrep.domain.IncidentType type, int sentence, int token) {
      Token tt = doc.sentences().get(sentence).tokens().get(token);
      return new Trigger(type, TriggerStrength.STRONG, sentence, token, token + 1, false,
          Evidence.of(doc.raw(), tt.start(), tt.end(), sentence));
    }
  }

  /** Where a bombing told by one sentence, its trigger the first token reading {@code trigger}, is placed. */
  private static Optional<Location> locate(List<String> taggedLines, int triggerSentence, String trigger,
                                           String... placeTexts) {
    return locate(taggedLines, triggerSentence, triggerSentence, triggerSentence, trigger, placeTexts);
  }

  /** As {@link #locate}, with the incident told by sentences 0 to {@code lastSentence}. */
  private static Optional<Location> locateDraft(List<String> taggedLines, int lastSentence, int triggerSentence,
                                                String trigger, String... placeTexts) {
    return locate(taggedLines, 0, lastSentence, triggerSentence, trigger, placeTexts);
  }

  /** A bombing told by sentences {@code firstSentence} to {@code lastSentence}, its trigger in one of them. */
  private static Optional<Location> locate(List<String> taggedLines, int firstSentence, int lastSentence,
                                           int triggerSentence, String trigger, String... placeTexts) {
    Tagged t = Tagged.of(taggedLines, placeTexts);
    Sentence ts = t.doc().sentences().get(triggerSentence);
    int first = 0;
    while (!ts.tokens().get(first).text().equals(trigger)) first++;
    List<Sentence> draft = t.doc().sentences().subList(firstSentence, lastSentence + 1);
    return PLACER.locate(t.doc(), IncidentStatus.CURRENT, draft,
        List.of(t.trigger(org.sitrep.domain.IncidentType.BOMBING, triggerSentence, first)), t.places());
  }

  @Test
  void talksFurtherBackInASentenceWithoutTheActDoNotPlaceIt() {
    List<String> lines = List.of(
        "KABUL/NNP ,/, 3/CD MAY/NNP --/: A/DT bomb/NN exploded/VBD near/IN a/DT school/NN ./.",
        "The/DT Taliban/NNP said/VBD the/DT talks/NNS that/WDT were/VBD scheduled/VBN for/IN next/JJ week/NN "
            + "in/IN Doha/NNP would/MD go/VB ahead/RB ./.",
        "Violence/NN in/IN Afghanistan/NNP has/VBZ risen/VBN ./.");
    assertThat(locateDraft(lines, 1, 0, "bomb", "KABUL", "Doha", "Afghanistan").flatMap(Location::country))
        .contains("AF");
    // the same sentence without talks places the act
    List<String> trial = List.of(lines.get(0), "The/DT Taliban/NNP said/VBD the/DT men/NNS that/WDT were/VBD "
        + "arrested/VBN for/IN it/PRP last/JJ week/NN in/IN Doha/NNP would/MD go/VB free/RB ./.", lines.get(2));
    assertThat(locateDraft(trial, 1, 0, "bomb", "KABUL", "Doha", "Afghanistan").flatMap(Location::country))
        .contains("QA");
  }

  @Test
  void aReactionAbroadToTheMurderOfAForeignerIsPlacedInTheVictimsCountry() {
    // Read together, the dateline's own demonym ("Turkish") outvotes the victim's.
    assertThat(locate(reactionAbroad("The/DT Turkish/JJ government/NN condemned/VBD the/DT murder/NN of/IN a/DT "
        + "Syrian/JJ journalist/NN ./."), 0, "murder", REACTION_PLACES).flatMap(Location::country)).contains("SY");
  }

  @Test
  void aForeignDemonymThatIsNotTheVictimsLeavesTheReportWhereItWasFiled() {
    assertThat(locate(reactionAbroad("A/DT Turkish/JJ court/NN heard/VBD the/DT murder/NN of/IN a/DT journalist/NN "
        + ",/, Syrian/JJ officials/NNS said/VBD ./."), 0, "murder", REACTION_PLACES).flatMap(Location::country))
        .contains("TR");
  }

  private static final String[] REACTION_PLACES = {"ISTANBUL", "Turkish", "Syrian", "Damascus", "Turkish", "Syria"};

  /** A report filed in Istanbul whose lead is {@code lead} and whose other names are mostly Syria's. */
  private static List<String> reactionAbroad(String lead) {
    return List.of("ISTANBUL/NNP ,/, 3/CD MAY/NNP --/: " + lead,
        "He/PRP had/VBD worked/VBN in/IN Damascus/NNP for/IN years/NNS ./.",
        "Turkish/JJ officials/NNS said/VBD Syria/NNP had/VBD not/RB answered/VBN ./.");
  }

  private static int sentenceAt(List<Sentence> sentences, int offset) {
    for (Sentence s : sentences) if (offset >= s.start() && offset < s.end()) return s.index();
    throw new IllegalArgumentException("no sentence at " + offset);
  }

  @Test
  void anUnplacedIncidentIsPlacedAtTheDateline() {
    Optional<Location> l = locate(List.of(
        "QUETTA/NNP ,/, Pakistan/NNP --/: A/DT bomb/NN exploded/VBD today/NN ./."),
        0, "bomb", "QUETTA", "Pakistan");
    assertThat(l).map(Location::city).contains(Optional.of("Quetta"));
    assertThat(l.flatMap(Location::country)).contains("PK");
  }

  @Test
  void aForeignDatelineGivesWayToTheCountryTheArticleIsAbout() {
    Optional<Location> l = locate(List.of(
        "MOSCOW/NNP (/( USSR/NNP )/) --/: A/DT bomb/NN exploded/VBD under/IN a/DT bus/NN ./.",
        "Peruvian/JJ police/NNS blamed/VBD rebels/NNS ./.",
        "Peru/NNP has/VBZ suffered/VBN many/JJ attacks/NNS ./."),
        0, "bomb", "MOSCOW", "USSR", "Peruvian", "Peru");
    assertThat(l.flatMap(Location::country)).contains("PE");
    assertThat(l.map(Location::precision)).contains(org.sitrep.domain.GeoPrecision.COUNTRY);
  }

  @Test
  void oneMentionOfAnotherCountryDoesNotOverruleTheDateline() {
    List<String> lines = List.of(
        "NAIROBI/NNP ,/, 7/CD SEP/NNP --/: Two/CD devices/NNS exploded/VBD on/IN a/DT campus/NN ./.",
        "Masked/JJ men/NNS shouted/VBD slogans/NNS against/IN the/DT United/NNP States/NNPS ./.");
    assertThat(locate(lines, 0, "devices", "NAIROBI", "United States").flatMap(Location::country)).contains("KE");
    // named twice, the other country is what the article is about
    List<String> twice = List.of(lines.get(0), lines.get(1),
        "The/DT United/NNP States/NNPS embassy/NN in/IN Washington/NNP condemned/VBD the/DT blasts/NNS ./.");
    assertThat(locate(twice, 0, "devices", "NAIROBI", "United States", "United States", "Washington")
        .flatMap(Location::country)).contains("US");
  }

  @Test
  void aReactionFiledAbroadIsPlacedInTheCountryTheArticleIsAbout() {
    Optional<Location> l = locate(List.of(
        "MANAGUA/NNP ,/, 9/CD JUN/NNP 89/CD --/: Officials/NNS denied/VBD that/IN a/DT commando/NN trained/VBN "
            + "in/IN Nicaragua/NNP carried/VBD out/RP the/DT assassination/NN of/IN a/DT Salvadoran/JJ minister/NN ./.",
        "The/DT charges/NNS were/VBD made/VBN in/IN San/NNP Salvador/NNP ./.",
        "El/NNP Salvador/NNP blamed/VBD rebels/NNS ./."),
        0, "assassination", "MANAGUA", "Nicaragua", "Salvadoran", "San Salvador", "El Salvador");
    assertThat(l.flatMap(Location::country)).contains("SV");
  }

  @Test
  void anUnplacedIncidentWithNoDatelineTakesTheCountryMostNamesPointTo() {
    // A clandestine radio's report: no dateline, and two of five names in El Salvador, is still El Salvador.
    Optional<Location> l = locate(List.of(
        "Rebels/NNS said/VBD a/DT bomb/NN exploded/VBD ./.",
        "The/DT army/NN of/IN El/NNP Salvador/NNP and/CC officials/NNS in/IN San/NNP Salvador/NNP blamed/VBD "
            + "them/PRP ./.",
        "Diplomats/NNS in/IN Mexico/NNP ,/, Panama/NNP and/CC Cuba/NNP spoke/VBD ./."),
        0, "bomb", "El Salvador", "San Salvador", "Mexico", "Panama", "Cuba");
    assertThat(l.flatMap(Location::country)).contains("SV");
  }

  @Test
  void aTownOfItsOwnInTheDatelinesCountryIsNoReaction() {
    // The victims' demonym and an article mostly about their country do not move a kidnapping done in a town named
    // at the trigger.
    Optional<Location> l = locate(List.of(
        "GUATEMALA/NNP CITY/NNP ,/, 27/CD SEP/NNP 89/CD --/: Armed/JJ men/NNS kidnapped/VBD three/CD Salvadoran/JJ "
            + "traders/NNS in/IN Escuintla/NNP ./.",
        "The/DT traders/NNS came/VBD from/IN San/NNP Salvador/NNP and/CC Santa/NNP Ana/NNP ./.",
        "El/NNP Salvador/NNP protested/VBD ./."),
        0, "kidnapped", "GUATEMALA CITY", "Salvadoran", "Escuintla", "San Salvador", "Santa Ana", "El Salvador");
    assertThat(l.flatMap(Location::country)).contains("GT");
  }

  @Test
  void aCountryBeforeANounSaysWhoseNotWhere() {
    Optional<Location> l = locate(List.of(
        "LA/NNP PAZ/NNP ,/, 21/CD MAR/NNP 89/CD --/: A/DT bomb/NN was/VBD found/VBN near/IN the/DT U.S./NNP "
            + "embassy/NN ./."),
        0, "bomb", "LA PAZ", "U.S.");
    assertThat(l.flatMap(Location::country)).contains("BO");
    assertThat(l.flatMap(Location::city)).contains("La Paz");
  }

  @Test
  void anIncidentPlacedOnlyInTheDatelinesCountryIsPlacedInItsCity() {
    Optional<Location> l = locate(List.of(
        "GUATEMALA/NNP CITY/NNP ,/, 13/CD JAN/NNP 90/CD --/: Gunmen/NNS killed/VBD two/CD leaders/NNS in/IN "
            + "Guatemala/NNP ./."),
        0, "killed", "GUATEMALA CITY", "Guatemala");
    assertThat(l.flatMap(Location::city)).contains("Guatemala City");
  }

  @Test
  void aTownTheGazetteerLacksAtTheTriggerBeatsAKnownCityElsewhereInTheSentence() {
    Optional<Location> l = locate(List.of(
        "Survivors/NNS told/VBD the/DT courts/NNS in/IN Apopa/NNP of/IN the/DT massacre/NN in/IN the/DT town/NN "
            + "of/IN Zzyzxville/NNP ./."),
        0, "massacre", "Apopa", "town of Zzyzxville");
    assertThat(l.map(Location::name)).contains("Zzyzxville");
    assertThat(l.flatMap(Location::country)).contains("SV");
    // Nothing says the town is in Apopa: it keeps the region the incident's other place supports, and says so.
    assertThat(l.flatMap(Location::city)).isEmpty();
    assertThat(l.flatMap(Location::admin1)).contains("San Salvador Department");
    assertThat(l.map(Location::precision)).contains(GeoPrecision.ADMIN1);
  }

  @Test
  void aTownMeasuredFromACityLiesInThatCitysRegionNotInTheCity() {
    Optional<Location> l = locate(List.of(
        "Terrorists/NNS murdered/VBD three/CD peasants/NNS in/IN Qqcampina/NNP ,/, 60/CD km/NNS south/RB of/IN "
            + "Ayacucho/NNP ./."),
        0, "murdered", "Qqcampina", "Ayacucho");
    assertThat(l.map(Location::name)).contains("Qqcampina");
    assertThat(l.flatMap(Location::country)).contains("PE");
    assertThat(l.flatMap(Location::admin1)).contains("Ayacucho");
    assertThat(l.flatMap(Location::city)).isEmpty();
    assertThat(l.map(Location::precision)).contains(GeoPrecision.ADMIN1);
  }

  @Test
  void aPlaceInARelativeClauseDescribesSomeoneNotTheAct() {
    Optional<Location> l = locate(List.of(
        "In/IN another/DT incident/NN in/IN Lima/NNP ,/, a/DT corporal/NN ,/, who/WP served/VBD in/IN "
            + "Ayacucho/NNP ,/, was/VBD shot/VBN ./."),
        0, "shot", "Lima", "Ayacucho");
    assertThat(l.flatMap(Location::city)).contains("Lima");
  }

  @Test
  void aNeighbourhoodIsPlacedInItsTown() {
    Optional<Location> l = locate(List.of(
        "A/DT bomb/NN exploded/VBD in/IN the/DT Zzolaya/NNP neighborhood/NN in/IN southern/JJ Bogota/NNP ./."),
        0, "bomb", "Zzolaya", "Bogota");
    assertThat(l.flatMap(Location::city)).contains("Bogotá");
    assertThat(l.flatMap(Location::country)).contains("CO");
  }

  @Test
  void thisCapitalIsTheCityTheReportWasFiledFrom() {
    Optional<Location> l = locate(List.of(
        "LIMA/NNP ,/, 21/CD MAR/NNP 89/CD --/: A/DT bomb/NN exploded/VBD in/IN this/DT capital/NN ,/, police/NNS "
            + "in/IN Cusco/NNP said/VBD ./."),
        0, "bomb", "LIMA", "Cusco");
    assertThat(l.flatMap(Location::city)).contains("Lima");
  }

  @Test
  void aDivisionNamedFirstIsNarrowedByATownInsideItInALaterSentence() {
    Optional<Location> l = locateAll(List.of(
        "Terrorists/NNS kidnapped/VBD 50/CD peasants/NNS in/IN San/NNP Miguel/NNP Department/NNP ./.",
        "The/DT kidnapping/NN took/VBD place/NN in/IN Zzyzx/NNP de/IN la/DT Reina/NNP ./."),
        List.of(new int[] {0, 1}, new int[] {1, 1}), "San Miguel Department", "Zzyzx de la Reina");
    assertThat(l.map(Location::name)).contains("Zzyzx de la Reina");
    assertThat(l.flatMap(Location::admin1)).contains("San Miguel Department");
    assertThat(l.map(Location::precision)).contains(GeoPrecision.ADMIN1);
  }

  @Test
  void anIncidentWithNoPlaceOfItsOwnTakesTheLeadsTownOverTheDatelines() {
    Optional<Location> l = locate(List.of(
        "BOGOTA/NNP ,/, 31/CD AUG/NNP 89/CD --/: There/EX has/VBZ been/VBN another/DT attack/NN in/IN Medellin/NNP ./.",
        "Police/NNS gave/VBD no/DT details/NNS ./.",
        "A/DT bomb/NN destroyed/VBD a/DT paint/NN factory/NN ./."),
        2, "bomb", "BOGOTA", "Medellin");
    assertThat(l.flatMap(Location::city)).contains("Medellín");
    assertThat(l.flatMap(Location::country)).contains("CO");
  }

  @Test
  void aTownNamedAfterTheLeadLeavesTheDatelinesCity() {
    Optional<Location> l = locate(List.of(
        "BOGOTA/NNP ,/, 31/CD AUG/NNP 89/CD --/: Police/NNS gave/VBD no/DT details/NNS ./.",
        "The/DT army/NN was/VBD sent/VBN ./.",
        "Officials/NNS met/VBD in/IN Medellin/NNP ./.",
        "A/DT bomb/NN destroyed/VBD a/DT paint/NN factory/NN ./."),
        3, "bomb", "BOGOTA", "Medellin");
    assertThat(l.flatMap(Location::city)).contains("Bogotá");
  }

  @Test
  void theLeadsTownRefinesTheCountryOfAReportFiledAbroad() {
    Optional<Location> l = locate(List.of(
        "MOSCOW/NNP (/( USSR/NNP )/) --/: Terrorists/NNS attacked/VBD a/DT station/NN in/IN Lima/NNP yesterday/NN ./.",
        "Peruvian/JJ police/NNS said/VBD a/DT bomb/NN destroyed/VBD the/DT station/NN ./."),
        1, "bomb", "MOSCOW", "USSR", "Lima", "Peruvian");
    assertThat(l.flatMap(Location::city)).contains("Lima");
    assertThat(l.flatMap(Location::country)).contains("PE");
  }

  @Test
  void theDatelinesCountryNeverPullsALeadsNameAcrossTheWorld() {
    // San Salvador, Hidalgo (Mexico) shares the name of El Salvador's capital; a report filed from Mexico City does
    // not make the clashes Mexican.
    Optional<Location> l = locate(List.of(
        "MEXICO/NNP CITY/NNP (/( MEXICO/NNP )/) --/: Clashes/NNS were/VBD reported/VBN in/IN San/NNP Salvador/NNP ./.",
        "A/DT bomb/NN destroyed/VBD a/DT bridge/NN ./."),
        1, "bomb", "MEXICO CITY", "MEXICO", "San Salvador");
    assertThat(l.flatMap(Location::admin1)).isNotEqualTo(Optional.of("Hidalgo"));
    assertThat(l.map(Location::name)).isNotEqualTo(Optional.of("San Salvador"));
  }

  /** As {@link #locate}, a kidnapping told by all the sentences, with several triggers: each is {sentence, token}. */
  private static Optional<Location> locateAll(List<String> taggedLines, List<int[]> triggers, String... placeTexts) {
    Tagged t = Tagged.of(taggedLines, placeTexts);
    List<Trigger> ts = new ArrayList<>();
    for (int[] st : triggers) ts.add(t.trigger(org.sitrep.domain.IncidentType.KIDNAPPING, st[0], st[1]));
    return PLACER.locate(t.doc(), IncidentStatus.CURRENT, t.doc().sentences(), ts, t.places());
  }
}
