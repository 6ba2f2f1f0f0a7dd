package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.resolve.TestDocs.mentions;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.domain.GeoPrecision;
import org.sitrep.domain.Location;

class PlaceResolverTest {
  private final PlaceResolver resolver = new PlaceResolver(Bundled.GAZETTEER);

  /** Resolves {@code incident}'s mentions of {@code text} against all of {@code document}'s mentions. */
  private Location resolve(List<PlaceMention> incident, List<PlaceMention> document) {
    Optional<Location> l = resolver.resolve(incident, document);
    assertThat(l).as("a location").isPresent();
    return l.get();
  }

  private Location resolveAll(String text, String... phrases) {
    List<PlaceMention> all = mentions(text, phrases);
    return resolve(all, all);
  }

  @Test
  void longBeachCaliforniaIsInTheUnitedStates() {
    Location l = resolveAll("A gunman opened fire in Long Beach, California on Sunday.", "Long Beach", "California");
    assertThat(l.country()).contains("US");
    assertThat(l.admin1()).contains("California");
    assertThat(l.city()).contains("Long Beach");
    assertThat(l.precision()).isEqualTo(GeoPrecision.CITY);
    assertThat(l.lat().orElseThrow()).isBetween(33.0, 34.5);
  }

  @Test
  void longBeachInAnAustralianArticleIsTheAustralianOne() {
    String text = "Police in New South Wales said the attack happened at Long Beach.\nAustralian officials were shocked.";
    Location l = resolveAll(text, "New South Wales", "Long Beach", "Australian");
    assertThat(l.country()).contains("AU");
    assertThat(l.city()).contains("Long Beach");
  }

  @Test
  void oklahomaInAnAmericanArticleIsTheState() {
    String text = "American officials said the bombing in Oklahoma killed 168 people.\nThe United States mourned.";
    List<PlaceMention> all = mentions(text, "American", "Oklahoma", "United States");
    Location l = resolve(mentions(text, "American", "Oklahoma"), all);
    assertThat(l.precision()).isEqualTo(GeoPrecision.ADMIN1);
    assertThat(l.admin1()).contains("Oklahoma");
    assertThat(l.country()).contains("US");
    assertThat(l.name()).isEqualTo("Oklahoma");
  }

  @Test
  void parisWithTexasNearbyIsParisTexas() {
    Location l = resolveAll("A shooting in Paris, Texas left two dead.", "Paris", "Texas");
    assertThat(l.country()).contains("US");
    assertThat(l.admin1()).contains("Texas");
    assertThat(l.city()).contains("Paris");
  }

  @Test
  void parisAloneIsTheFrenchCapital() {
    Location l = resolveAll("A knife attack in Paris wounded three.", "Paris");
    assertThat(l.country()).contains("FR");
    assertThat(l.city()).contains("Paris");
  }

  @Test
  void aNameRepeatedDoesNotOutvoteItsContext() {
    String text = "Paris police said a man was shot in Paris.\nParis is a small town in Texas.\nParis mourned.";
    List<PlaceMention> all = mentions(text, "Paris#1", "Paris#2", "Paris#3", "Texas", "Paris#4");
    Location l = resolve(mentions(text, "Paris#2"), all);
    assertThat(l.admin1()).contains("Texas");
  }

  @Test
  void quettaIsInBalochistanPakistan() {
    Location l = resolveAll("A blast in Quetta killed five.", "Quetta");
    assertThat(l.city()).contains("Quetta");
    assertThat(l.admin1()).contains("Balochistan");
    assertThat(l.country()).contains("PK");
    assertThat(l.evidence().orElseThrow().text()).isEqualTo("Quetta");
  }

  @Test
  void baluchistanInAPakistaniArticleIsThePakistaniProvince() {
    String text = "Pakistan’s army said militants attacked a train in Baluchistan.";
    Location l = resolveAll(text, "Pakistan", "Baluchistan");
    assertThat(l.precision()).isEqualTo(GeoPrecision.ADMIN1);
    assertThat(l.admin1()).contains("Balochistan");
    assertThat(l.country()).contains("PK");
    assertThat(l.name()).isEqualTo("Baluchistan");
    assertThat(l.city()).isEmpty();
  }

  @Test
  void theSeedArticlesFirstSentenceGivesTheProvinceNotTheCountry() {
    String text = "nearly 350 hostages have been rescued at the end of a deadly standoff between Pakistan’s military "
        + "and armed militants who hijacked a train in the southwestern Pakistani province of Baluchistan.\n"
        + "Around 450 passengers were on the Jaffer Express from Baluchistan’s capital Quetta to Peshawar.";
    List<PlaceMention> all = mentions(text, "Pakistan", "Pakistani", "province of Baluchistan", "Baluchistan#2",
        "Quetta", "Peshawar");
    List<PlaceMention> incident = all.subList(0, 3);
    Location l = resolve(incident, all);
    assertThat(l.precision()).isEqualTo(GeoPrecision.ADMIN1);
    assertThat(l.admin1()).contains("Balochistan");
    assertThat(l.country()).contains("PK");
    assertThat(l.name()).isEqualTo("Baluchistan");
    assertThat(l.evidence().orElseThrow().text()).isEqualTo("province of Baluchistan");
  }

  @Test
  void theMostSpecificWellSupportedMentionWins() {
    String text = "In Pakistan, a bomb went off in a market in Quetta.";
    Location l = resolveAll(text, "Pakistan", "Quetta");
    assertThat(l.precision()).isEqualTo(GeoPrecision.CITY);
    assertThat(l.city()).contains("Quetta");
  }

  @Test
  void betweenEquallySpecificMentionsTheOneInTheFocusCountryWins() {
    String text = "A Chinese engineer from Beijing was killed in the attack in Gwadar.\n"
        + "Pakistan condemned the attack. Pakistani police in Quetta made arrests.";
    List<PlaceMention> all = mentions(text, "Chinese", "Beijing", "Gwadar", "Pakistan", "Pakistani", "Quetta");
    Location l = resolve(all.subList(0, 3), all);
    assertThat(l.city()).contains("Gwadar");
    assertThat(l.country()).contains("PK");
  }

  @Test
  void georgiaIsTheCountryWithTbilisiTheStateWithAtlantaAndTheCountryAlone() {
    Location withTbilisi = resolveAll("Protests in Georgia spread from Tbilisi.", "Georgia", "Tbilisi");
    Location withAtlanta = resolveAll("Protests in Georgia spread from Atlanta.", "Georgia", "Atlanta");
    Location alone = resolveAll("Protests in Georgia spread.", "Georgia");
    List<PlaceMention> atlantaDoc = mentions("Protests in Georgia spread.\nThey began in Atlanta.", "Georgia",
        "Atlanta");
    Location stateOnly = resolve(atlantaDoc.subList(0, 1), atlantaDoc);

    assertThat(withTbilisi.city()).contains("Tbilisi");                  // the most specific mention
    assertThat(withTbilisi.country()).contains("GE");
    assertThat(withAtlanta.country()).contains("US");
    assertThat(alone.precision()).isEqualTo(GeoPrecision.COUNTRY);
    assertThat(alone.country()).contains("GE");
    assertThat(stateOnly.precision()).isEqualTo(GeoPrecision.ADMIN1);
    assertThat(stateOnly.admin1()).contains("Georgia");
    assertThat(stateOnly.country()).contains("US");

    List<PlaceMention> tbilisiDoc = mentions("Protests in Georgia spread.\nThey began in Tbilisi.", "Georgia",
        "Tbilisi");
    Location countryOnly = resolve(tbilisiDoc.subList(0, 1), tbilisiDoc);
    assertThat(countryOnly.precision()).isEqualTo(GeoPrecision.COUNTRY);
    assertThat(countryOnly.country()).contains("GE");
  }

  @Test
  void aDemonymAloneGivesTheCountry() {
    Location l = resolveAll("Two Pakistani soldiers were killed.", "Pakistani");
    assertThat(l.precision()).isEqualTo(GeoPrecision.COUNTRY);
    assertThat(l.country()).contains("PK");
    assertThat(l.name()).isEqualTo("Pakistan");
    assertThat(l.evidence().orElseThrow().text()).isEqualTo("Pakistani");
  }

  @Test
  void aNamedPlaceBeatsADemonym() {
    Location l = resolveAll("Russian drones struck Kharkiv overnight.", "Russian", "Kharkiv");
    assertThat(l.country()).contains("UA");
    assertThat(l.city()).contains("Kharkiv");
  }

  @Test
  void demonymsSetTheFocus() {
    Location l = resolveAll("Salvadoran troops fought guerrillas near San Miguel.", "Salvadoran", "San Miguel");
    assertThat(l.country()).contains("SV");
    Location medellin = resolveAll("Colombian police said a car bomb exploded in Medellin.", "Colombian",
        "Medellin");
    assertThat(medellin.country()).contains("CO");
    assertThat(medellin.city()).contains("Medellín");
    assertThat(medellin.name()).isEqualTo("Medellin");
  }

  @Test
  void theFocusChoosesBetweenSameNamedProvinces() {
    Location pk = resolveAll("Pakistani police said the attack in Punjab province killed nine.", "Pakistani",
        "Punjab province");
    Location in = resolveAll("Indian police said the attack in Punjab province killed nine.", "Indian",
        "Punjab province");
    assertThat(pk.country()).contains("PK");
    assertThat(pk.precision()).isEqualTo(GeoPrecision.ADMIN1);
    assertThat(pk.name()).isEqualTo("Punjab");
    assertThat(in.country()).contains("IN");
  }

  @Test
  void aDesignatorPrefersTheDivisionOverItsSeat() {
    Location city = resolveAll("Guerrillas attacked Usulutan.", "Usulutan");
    Location department = resolveAll("Guerrillas attacked the department of Usulutan.", "department of Usulutan");
    assertThat(city.precision()).isEqualTo(GeoPrecision.CITY);
    assertThat(department.precision()).isEqualTo(GeoPrecision.ADMIN1);
    assertThat(department.admin1()).contains("Usulután Department");
    assertThat(department.country()).contains("SV");
  }

  @Test
  void sanSalvadorIsTheSalvadoranCapital() {
    Location l = resolveAll("Rebels shelled San Salvador.", "San Salvador");
    assertThat(l.country()).contains("SV");
    assertThat(l.city()).contains("San Salvador");
  }

  @Test
  void contextMovesOtherWellKnownClashes() {
    assertThat(resolveAll("A bomb exploded in Hyderabad.", "Hyderabad").country()).contains("IN");
    assertThat(resolveAll("A bomb exploded in Hyderabad, Sindh.", "Hyderabad", "Sindh").country()).contains("PK");
    assertThat(resolveAll("Clashes erupted in Tripoli.", "Tripoli").country()).contains("LY");
    assertThat(resolveAll("Clashes erupted in Tripoli, the Lebanese army said.", "Tripoli", "Lebanese").country())
        .contains("LB");
    assertThat(resolveAll("A church was bombed in Birmingham.", "Birmingham").country()).contains("GB");
    assertThat(resolveAll("A church was bombed in Birmingham, Alabama.", "Birmingham", "Alabama").admin1())
        .contains("Alabama");
  }

  @Test
  void aLowConfidenceCityOutsideTheFocusYieldsToTheCountry() {
    String text = "Fighting in El Salvador spread to Santa Rosa.\nSalvadoran troops were sent.";
    List<PlaceMention> all = mentions(text, "El Salvador", "Santa Rosa", "Salvadoran");
    Location l = resolve(all.subList(0, 2), all);
    assertThat(l.country()).contains("SV");
  }

  @Test
  void nothingKnownResolvesToNothing() {
    assertThat(resolver.resolve(List.of(), List.of())).isEmpty();
    List<PlaceMention> unknown = mentions("Fighting near Xyzzyville and among Kurdish groups.", "Xyzzyville", "Kurdish");
    assertThat(resolver.resolve(unknown, unknown)).isEmpty();
  }

  @Test
  void incidentMentionsNeedNotBeAmongTheDocumentMentions() {
    List<PlaceMention> incident = mentions("A blast in Quetta killed five.", "Quetta");
    assertThat(resolver.resolve(incident, List.of())).map(Location::city).contains(Optional.of("Quetta"));
  }

  @Test
  void theResultDoesNotDependOnTheOrderOfTheDocumentMentions() {
    String text = "A shooting in Paris, Texas left two dead.\nFrench police were not involved.";
    List<PlaceMention> all = mentions(text, "Paris", "Texas", "French");
    List<PlaceMention> reversed = new java.util.ArrayList<>(all);
    java.util.Collections.reverse(reversed);
    assertThat(resolver.resolve(all.subList(0, 2), reversed)).isEqualTo(resolver.resolve(all.subList(0, 2), all));
  }

  @Test
  void aPlaceTheGazetteerLacksIsPlacedInTheKnownPlaceNamedAfterIt() {
    String text = "Gunmen attacked a gold mine near Kalsaka, in the country's Nord region.\nBurkina Faso mourned.";
    List<PlaceMention> all = mentions(text, "Kalsaka", "Nord region", "Burkina Faso");
    Location l = resolve(all.subList(0, 2), all);
    assertThat(l.name()).isEqualTo("Kalsaka");
    assertThat(l.country()).contains("BF");
    assertThat(l.admin1()).contains("Nord Region");
    assertThat(l.precision()).isEqualTo(GeoPrecision.ADMIN1);
    assertThat(l.evidence().orElseThrow().text()).isEqualTo("Kalsaka");
  }

  @Test
  void aPlaceTheGazetteerLacksAloneIsPlacedInTheFocusCountry() {
    String text = "Insurgents overran Macomia.\nMozambique sent troops.";
    List<PlaceMention> all = mentions(text, "Macomia", "Mozambique");
    Location l = resolve(all.subList(0, 1), all);
    assertThat(l.name()).isEqualTo("Macomia");
    assertThat(l.country()).contains("MZ");
    assertThat(l.precision()).isEqualTo(GeoPrecision.COUNTRY);
  }

  @Test
  void aNameItsContainerContradictsIsAnotherPlaceOfThatName() {
    String text = "Rebels died in Bijapur district in the central state of Chhattisgarh.\nIndia mourned.";
    List<PlaceMention> all = mentions(text, "Bijapur district", "state of Chhattisgarh", "India");
    Location l = resolve(all.subList(0, 2), all);
    assertThat(l.name()).isEqualTo("Bijapur");
    assertThat(l.admin1()).contains("Chhattisgarh");
    assertThat(l.city()).isEmpty();

    String village = "Fighters burned a school in Bambui, a village outside Bamenda.\nCameroon mourned.";
    List<PlaceMention> inCameroon = mentions(village, "Bambui", "Bamenda", "Cameroon");
    Location b = resolve(inCameroon.subList(0, 2), inCameroon);
    assertThat(b.name()).isEqualTo("Bambui");
    assertThat(b.country()).contains("CM");
  }

  @Test
  void aListOfPlacesIsNotAContainer() {
    String text = "Bombs went off in Kabul and Kandahar province.";
    Location l = resolveAll(text, "Kabul", "Kandahar province");
    assertThat(l.city()).contains("Kabul");
  }

  @Test
  void aCityOfNameIsTheCityNotTheProvince() {
    Location l = resolveAll("An activist was shot in the southern Iraqi city of Basra.", "city of Basra");
    assertThat(l.precision()).isEqualTo(GeoPrecision.CITY);
    assertThat(l.city()).hasValueSatisfying(c -> assertThat(c).startsWith("Basra"));
    assertThat(l.country()).contains("IQ");
  }

  @Test
  void betweenEqualsTheFirstListedWins() {
    String text = "A court in Pattani sentenced three men for a bombing in Yala.";
    List<PlaceMention> all = mentions(text, "Pattani", "Yala");
    Location l = resolve(List.of(all.get(1), all.get(0)), all);
    assertThat(l.city()).contains("Yala");
  }

  @Test
  void aDatelineIsReadBySizeWhateverElseTheArticleNames() {
    String text = "BOGOTA, 5 JUL 89 -- Gunmen attacked the home of the U.S. ambassador.\nA U.S. marine was shot.";
    List<PlaceMention> all = mentions(text, "BOGOTA", "U.S.", "U.S.#2");
    PlaceResolver.Dateline d = resolver.dateline(all.get(0), Optional.empty()).orElseThrow();
    assertThat(d.place().countryCode()).isEqualTo("CO");
    assertThat(d.location().city()).hasValueSatisfying(c -> assertThat(c).startsWith("Bogot"));
  }

  @Test
  void aDatelinesCountryChoosesAmongSameNamedCities() {
    String text = "SAN JOSE (COSTA RICA), 2 JUN 89 -- Rebels issued a communique.";
    List<PlaceMention> all = mentions(text, "SAN JOSE", "COSTA RICA");
    PlaceResolver.Dateline d = resolver.dateline(all.get(0), Optional.of(all.get(1))).orElseThrow();
    assertThat(d.place().countryCode()).isEqualTo("CR");
    PlaceResolver.Dateline bare = resolver.dateline(all.get(0), Optional.empty()).orElseThrow();
    assertThat(bare.place().countryCode()).isEqualTo("US");
  }

  @Test
  void theDatelinesNameMeansTheDatelinesPlaceThroughoutTheArticle() {
    String text = "BOGOTA, 5 JUL 89 -- Gunmen attacked the U.S. ambassador's home in Bogota.\n"
        + "A U.S. marine was shot, U.S. officials said.\nWashington condemned it.";
    List<PlaceMention> all = mentions(text, "BOGOTA", "U.S.", "Bogota", "U.S.#2", "U.S.#3", "Washington");
    PlaceResolver.Dateline d = resolver.dateline(all.get(0), Optional.empty()).orElseThrow();
    Location l = resolver.resolve(List.of(all.get(2)), all, Optional.of(d)).orElseThrow();
    assertThat(l.country()).contains("CO");
  }

  @Test
  void aSmallTownAbroadInAnArticleAboutAnotherCountryIsAPlaceTheGazetteerLacks() {
    String text = "Salvadoran troops clashed with rebels in El Salvador.\n"
        + "Guerrillas attacked army forces in Tejutla.\nSalvadoran officials were shocked.";
    List<PlaceMention> all = mentions(text, "Salvadoran", "El Salvador", "Tejutla", "Salvadoran#2");
    Location l = resolve(List.of(all.get(2)), all);
    assertThat(l.name()).isEqualTo("Tejutla");
    assertThat(l.country()).contains("SV");
  }

  @Test
  void aSmallTownAbroadStaysAbroadWhenTheArticlePointsThere() {
    String text = "Guatemalan police said guerrillas attacked army forces in Tejutla.\nGuatemala was shocked.";
    Location l = resolveAll(text, "Guatemalan", "Tejutla", "Guatemala");
    assertThat(l.country()).contains("GT");
    assertThat(l.city()).contains("Tejutla");
  }

  @Test
  void noCountryLiesInsideAnotherCountrysDivision() {
    String text = "Four police agents were released in Grenada, eastern Antioquia Department.\nColombia rejoiced.";
    List<PlaceMention> all = mentions(text, "Grenada", "Antioquia Department", "Colombia");
    Location l = resolve(all.subList(0, 2), all);
    assertThat(l.name()).isEqualTo("Grenada");
    assertThat(l.country()).contains("CO");
    assertThat(l.admin1()).contains("Antioquia");
  }

  @Test
  void theFocusIsTheCountryMostNamesPointTo() {
    String text = "Salvadoran troops fought in Chalatenango and San Miguel.\nA U.S. adviser watched.";
    List<PlaceMention> all = mentions(text, "Salvadoran", "Chalatenango", "San Miguel", "U.S.");
    assertThat(resolver.focus(all, 0.5)).map(Place::countryCode).contains("SV");
    assertThat(resolver.focus(all.subList(3, 4), 0.5)).map(Place::countryCode).contains("US");
    assertThat(resolver.focus(List.of(), 0.5)).isEmpty();
  }

  @Test
  void countrySharesComeInCountryCodeOrder() {
    String text = "Talks between Peru and Bolivia ended.";
    assertThat(List.copyOf(resolver.countryShares(mentions(text, "Peru", "Bolivia")).keySet())).isSorted();
  }

  @Test
  void anEvenSplitBetweenCountriesGoesToTheFirstByCodeWhateverTheMapsOrder() {
    Map<String, Double> shares = new java.util.LinkedHashMap<>();
    shares.put("US", 0.5);
    shares.put("SV", 0.5);
    assertThat(PlaceResolver.leading(shares)).map(Map.Entry::getKey).contains("SV");
    Map<String, Double> reversed = new java.util.LinkedHashMap<>();
    reversed.put("SV", 0.5);
    reversed.put("US", 0.5);
    assertThat(PlaceResolver.leading(reversed)).map(Map.Entry::getKey).contains("SV");
    reversed.put("GT", 0.6);
    assertThat(PlaceResolver.leading(reversed)).map(Map.Entry::getKey).contains("GT");
  }

  @Test
  void aCountryNameIsRecognisedAsSuch() {
    String text = "Near the U.S. embassy in La Paz.";
    List<PlaceMention> all = mentions(text, "U.S.", "La Paz");
    assertThat(resolver.namesCountry(all.get(0))).isTrue();
    assertThat(resolver.namesCountry(all.get(1))).isFalse();
  }

  @Test
  void noCountryIsADistrict() {
    Location l = resolveAll("He was shot in the El Salvador district of Lima.", "El Salvador district", "Lima");
    assertThat(l.country()).contains("PE");
  }

  @Test
  void aDirectionBeforeACityNamesAPartOfIt() {
    Location l = resolveAll("Bombs exploded in western Bogota.", "western Bogota");
    assertThat(l.city()).contains("Bogotá");
  }

  @Test
  void aTownTheGazetteerLacksIsPlacedInTheDivisionItsContextGives() {
    PlaceMention town = mentions("Rebels raided Zzyzxville.", "Zzyzxville").get(0);
    Optional<Location> l = resolver.within(town, "PE", Optional.of("Ayacucho"));
    assertThat(l.map(Location::name)).contains("Zzyzxville");
    assertThat(l.flatMap(Location::admin1)).contains("Ayacucho");
    assertThat(l.flatMap(Location::city)).isEmpty();
    assertThat(l.map(Location::precision)).contains(org.sitrep.domain.GeoPrecision.ADMIN1);
    assertThat(resolver.within(town, "PE", Optional.of("Nowhere")).map(Location::precision))
        .contains(org.sitrep.domain.GeoPrecision.COUNTRY);
  }

  @Test
  void aDivisionsNameCanNameTheDivisionButATownsCannot() {
    List<PlaceMention> m = mentions("Clashes in San Miguel Department and in Bijapur district.",
        "San Miguel Department", "Bijapur district");
    Location department = resolver.resolve(List.of(m.get(0)), m).orElseThrow();
    assertThat(resolver.namesDivision(m.get(0), department)).isTrue();
    Location chhattisgarh = new Location("Bijapur", Optional.empty(), Optional.of("Chhattisgarh"), Optional.of("IN"),
        Optional.of(21.3), Optional.of(81.9), org.sitrep.domain.GeoPrecision.ADMIN1, Optional.empty());
    assertThat(resolver.namesDivision(m.get(1), chhattisgarh)).isFalse();
  }

  @Test
  void aTownSoCalledNamesASettlement() {
    List<PlaceMention> m = mentions("Troops entered the town of Cayara and Ayacucho.", "town of Cayara", "Ayacucho");
    assertThat(resolver.namesSettlement(m.get(0))).isTrue();
    assertThat(resolver.namesSettlement(m.get(1))).isFalse();
  }
  @Test
  void aSmallTownAbroadThatNoOtherNameVouchesForIsALocalPlace() {
    // Escalon, California (7,000 people) is the only Escalon the gazetteer has; in an article about El Salvador that
    // names the U.S. only as the embassy's, the Escalon neighbourhood of San Salvador is meant.
    String text = "Rebels clashed with troops in Escalon.\nThe U.S. embassy was closed.\n"
        + "Fighting went on in San Salvador and in Chalatenango, El Salvador.";
    List<PlaceMention> all = mentions(text, "Escalon", "U.S.", "San Salvador", "Chalatenango", "El Salvador");
    Location l = resolve(mentions(text, "Escalon"), all);
    assertThat(l.country()).contains("SV");
    assertThat(l.admin1()).isNotEqualTo(Optional.of("California"));
  }

  @Test
  void aSmallTownAbroadStaysAbroadWhereItsOwnSentenceNamesItsCountry() {
    String text = "Rebels clashed with troops in Escalon, United States.\n"
        + "Fighting went on in San Salvador and in Chalatenango, El Salvador.";
    List<PlaceMention> all = mentions(text, "Escalon", "United States", "San Salvador", "Chalatenango", "El Salvador");
    Location l = resolve(mentions(text, "Escalon"), all);
    assertThat(l.country()).contains("US");
    assertThat(l.city()).contains("Escalon");
  }

  @Test
  void aSmallTownAbroadStaysAbroadWhereAnotherNameVouchesForIt() {
    String text = "Rebels clashed with troops in Escalon.\nThe sheriff of California said so.\n"
        + "Fighting went on in San Salvador and in Chalatenango, El Salvador.";
    List<PlaceMention> all = mentions(text, "Escalon", "California", "San Salvador", "Chalatenango", "El Salvador");
    Location l = resolve(mentions(text, "Escalon"), all);
    assertThat(l.country()).contains("US");
  }
}
