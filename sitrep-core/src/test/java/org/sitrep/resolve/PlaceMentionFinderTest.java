package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.nlp.EntityType.LOCATION;
import static org.sitrep.nlp.EntityType.ORGANIZATION;
import static org.sitrep.nlp.EntityType.PERSON;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.nlp.NlpDoc;

class PlaceMentionFinderTest {
  private final PlaceMentionFinder finder = new PlaceMentionFinder(Bundled.GAZETTEER);

  private static List<String> texts(List<PlaceMention> mentions) {
    return mentions.stream().map(PlaceMention::text).toList();
  }

  @Test
  void findsTheSeedArticlesPlaces() {
    String raw = "nearly 350 hostages have been rescued at the end of a deadly standoff between Pakistan’s military\n"
        + "and armed militants who hijacked a train in the southwestern Pakistani province of Baluchistan. The\n"
        + "Baloch Liberation Army (BLA), a militant separatist group active in the\n"
        + "restive Baluchistan province, claimed responsibility. Around 450 passengers were on the Jaffer Express\n"
        + "from Baluchistan’s capital Quetta to Peshawar in the north.";
    NlpDoc doc = TestDocs.doc(raw, Map.of("Pakistan", LOCATION, "Baluchistan", LOCATION,
        "Baloch Liberation Army", ORGANIZATION, "BLA", ORGANIZATION, "Peshawar", LOCATION));
    List<PlaceMention> found = finder.find(doc);

    assertThat(texts(found)).containsExactly("Pakistan", "Pakistani", "province of Baluchistan", "Baloch",
        "Baluchistan province", "Baluchistan", "Quetta", "Peshawar");
    assertThat(found).extracting(m -> m.evidence().sentence()).containsExactly(0, 0, 0, 1, 1, 2, 2, 2);
  }

  @Test
  void evidencePointsAtTheRawText() {
    String raw = "Rebels shelled San\nSalvador and Usulután. Police said so.";
    NlpDoc doc = TestDocs.doc(raw, Map.of(), Map.of("Police", "NNS"));
    List<PlaceMention> found = finder.find(doc);
    assertThat(texts(found)).containsExactly("San Salvador", "Usulután");
    for (PlaceMention m : found) {
      assertThat(raw.substring(m.evidence().start(), m.evidence().end())).isEqualTo(m.evidence().text());
    }
    assertThat(found.get(0).evidence().text()).isEqualTo("San\nSalvador");
  }

  @Test
  void findsPlacesNerMissedAsCapitalisedRuns() {
    String raw = "A gunman opened fire in Long Beach, California, and fled to Tijuana.";
    assertThat(texts(finder.find(TestDocs.doc(raw, Map.of())))).containsExactly("Long Beach", "California", "Tijuana");
  }

  @Test
  void skipsNamesInsidePeopleAndOrganisations() {
    String raw = "Passenger Mohammad Ashraf told the Lahore High Court he saw Jamaica Smith in Lahore.";
    NlpDoc doc = TestDocs.doc(raw, Map.of("Mohammad Ashraf", PERSON, "Lahore High Court", ORGANIZATION,
        "Jamaica Smith", PERSON));
    assertThat(texts(finder.find(doc))).containsExactly("Lahore");
  }

  @Test
  void aLoneCapitalisedWordMustBeAWholeProperNounNamingSomewhereBig() {
    String raw = "Police said Independence Day parades in Mobile went ahead. Reading was calm. Ashraf Town is quiet.";
    NlpDoc doc = TestDocs.doc(raw, Map.of(), Map.of("Police", "NNS", "Reading", "VBG"));
    assertThat(texts(finder.find(doc))).containsExactly("Mobile");
  }

  @Test
  void findsDesignatedDivisionsBothWays() {
    String raw = "Fighting raged in Helmand Province and in the department of Usulután, not in Islamic State areas.";
    NlpDoc doc = TestDocs.doc(raw, Map.of("Helmand", LOCATION, "Islamic State", ORGANIZATION));
    assertThat(texts(finder.find(doc))).containsExactly("Helmand Province", "department of Usulután");
  }

  @Test
  void aBareCompassWordIsADirectionNotAPlace() {
    // NER tags all-caps wire copy's "EASTERN" as a location; Ghana has an Eastern Region, Bolivia's east is no name.
    String raw = "THE ARMY FOUGHT REBELS IN THE EASTERN PART OF BOLIVIA .";
    assertThat(texts(finder.find(TestDocs.doc(raw, Map.of("EASTERN", LOCATION, "BOLIVIA", LOCATION)))))
        .doesNotContain("EASTERN").contains("BOLIVIA");
  }

  @Test
  void aRegionsAdjectiveIsReadWholeNotAsItsLastWord() {
    // "Central American" is the region's, not the United States': no mention, and no "American" split off it.
    String raw = "Presidents of five Central American countries met, and Latin American leaders joined American envoys.";
    assertThat(texts(finder.find(TestDocs.doc(raw, Map.of()))))
        .containsExactly("American");
  }

  @Test
  void findsDemonymsIncludingTwoWordOnes() {
    String raw = "South African and Afghan officials met Kurdish leaders and Pakistanis.";
    assertThat(texts(finder.find(TestDocs.doc(raw, Map.of())))).containsExactly("South African", "Afghan", "Pakistanis");
  }

  @Test
  void nerLocationsAreKeptEvenWhenTheGazetteerDoesNotKnowThem() {
    String raw = "The train stopped in the Bolan Pass.";
    NlpDoc doc = TestDocs.doc(raw, Map.of("Bolan Pass", LOCATION));
    assertThat(texts(finder.find(doc))).containsExactly("Bolan Pass");
  }

  @Test
  void anEmptyDocumentHasNoMentions() {
    assertThat(finder.find(TestDocs.doc("", Map.of()))).isEmpty();
  }

  @Test
  void foundMentionsResolve() {
    String raw = "Militants attacked a train in the southwestern Pakistani province of Baluchistan.";
    List<PlaceMention> found = finder.find(TestDocs.doc(raw, Map.of("Baluchistan", LOCATION)));
    assertThat(new PlaceResolver(Bundled.GAZETTEER).resolve(found, found))
        .hasValueSatisfying(l -> assertThat(l.admin1()).contains("Balochistan"));
  }

  @Test
  void monthAndWeekdayNamesAreDatesNotPlaces() {
    String raw = "Gunmen seized a ferry in the Philippines on March 4 and freed it on Wednesday.";
    assertThat(texts(finder.find(TestDocs.doc(raw, Map.of("Philippines", LOCATION))))).containsExactly("Philippines");
    NlpDoc tagged = TestDocs.doc(raw, Map.of("Philippines", LOCATION, "March", LOCATION), Map.of("4", "CD"));
    assertThat(texts(finder.find(tagged))).containsExactly("Philippines");
  }

  @Test
  void aKnownPlaceTakenForAPersonCountsAfterASpatialPreposition() {
    String raw = "Fighters attacked an army convoy outside Djibo.\nDjibo said nothing.";
    NlpDoc doc = TestDocs.doc(raw, Map.of("Djibo", PERSON));
    List<PlaceMention> found = finder.find(doc);
    assertThat(texts(found)).containsExactly("Djibo");
    assertThat(found.get(0).evidence().sentence()).isZero();
  }

  @Test
  void aDesignatedNameIsNersWholeNameNotTheKnownPlaceInsideIt() {
    String raw = "He was shot in the Villa El Salvador District of Lima.";
    NlpDoc doc = TestDocs.doc(raw, Map.of("Villa El Salvador District", LOCATION, "Lima", LOCATION));
    assertThat(texts(finder.find(doc))).containsExactly("Villa El Salvador District", "Lima");
  }
}
