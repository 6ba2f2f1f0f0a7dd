package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GazetteerTest {
  private final Gazetteer g = Bundled.GAZETTEER;

  private Place only(String name, PlaceKind kind, String country) {
    List<Place> found = g.lookup(name).stream()
        .filter(p -> p.kind() == kind && p.countryCode().equals(country)).toList();
    assertThat(found).as("%s %s in %s", kind, name, country).isNotEmpty();
    return found.get(0);
  }

  @Test
  void theBundledIndexIsLargeAndSmall() throws IOException {
    assertThat(g.size()).isGreaterThan(130_000);
    try (InputStream in = Gazetteer.class.getResourceAsStream(Gazetteer.INDEX)) {
      assertThat(in).isNotNull();
      assertThat(in.readAllBytes().length).isLessThan(30_000_000);
    }
  }

  @Test
  void lookupIgnoresCaseAccentsAndPunctuation() {
    List<Place> accented = g.lookup("Medellín");
    assertThat(accented.get(0).countryCode()).isEqualTo("CO");
    assertThat(accented.get(0).name()).isEqualTo("Medellín");
    assertThat(g.lookup("Medellin")).isEqualTo(accented);
    assertThat(g.lookup("MEDELLIN")).isEqualTo(accented);
    assertThat(g.lookup("medellín")).isEqualTo(accented);
    assertThat(g.lookup("Khyber-Pakhtunkhwa")).isEqualTo(g.lookup("Khyber Pakhtunkhwa")).isNotEmpty();
  }

  @Test
  void lookupListsTheMostPopulousFirst() {
    List<Place> paris = g.lookup("Paris");
    assertThat(paris).hasSizeGreaterThan(5);
    assertThat(paris.get(0).countryCode()).isEqualTo("FR");
    for (int i = 1; i < paris.size(); i++) {
      assertThat(paris.get(i).population()).isLessThanOrEqualTo(paris.get(i - 1).population());
    }
    assertThat(paris).anyMatch(p -> p.countryCode().equals("US") && p.admin1().equals(Optional.of("Texas")));
  }

  @Test
  void lookupOfUnknownNamesIsEmpty() {
    assertThat(g.lookup("Xyzzyville")).isEmpty();
    assertThat(g.lookup("")).isEmpty();
    assertThat(g.lookup("  ...  ")).isEmpty();
  }

  @Test
  void curatedAliasesFindTheirPlaces() {
    assertThat(g.lookup("Baluchistan")).singleElement().satisfies(p -> {
      assertThat(p.name()).isEqualTo("Balochistan");
      assertThat(p.kind()).isEqualTo(PlaceKind.ADMIN1);
      assertThat(p.countryCode()).isEqualTo("PK");
    });
    assertThat(g.lookup("NWFP").get(0).name()).isEqualTo("Khyber Pakhtunkhwa");
    assertThat(g.lookup("Kiev")).containsExactly(only("Kyiv", PlaceKind.CITY, "UA"));
    assertThat(g.lookup("Bombay").get(0)).isEqualTo(only("Mumbai", PlaceKind.CITY, "IN"));
    assertThat(g.lookup("Burma").get(0)).isEqualTo(g.country("MM").orElseThrow());
    assertThat(g.lookup("Ivory Coast").get(0)).isEqualTo(g.country("CI").orElseThrow());
    assertThat(g.lookup("Côte d'Ivoire").get(0)).isEqualTo(g.country("CI").orElseThrow());
    assertThat(g.lookup("U.S.").get(0)).isEqualTo(g.country("US").orElseThrow());
  }

  @Test
  void divisionsAreFoundWithoutTheirDesignator() {
    assertThat(only("Usulután", PlaceKind.ADMIN1, "SV").name()).isEqualTo("Usulután Department");
    assertThat(only("Morazan", PlaceKind.ADMIN1, "SV").name()).isEqualTo("Morazán Department");
    assertThat(only("Al Anbar", PlaceKind.ADMIN1, "IQ").name()).isEqualTo("Al Anbar Governorate");
    assertThat(g.lookup("South")).as("'South Governorate' less its designator says nothing").isEmpty();
    assertThat(g.lookup("Australian")).isEmpty();
    assertThat(g.lookup("South Governorate")).isNotEmpty();
  }

  @Test
  void saintAndStFindEachOther() {
    assertThat(g.lookup("Saint Louis")).anyMatch(p -> p.countryCode().equals("US") && p.name().equals("St. Louis"));
  }

  @Test
  void citiesCarryTheirAdmin1() {
    assertThat(only("Quetta", PlaceKind.CITY, "PK").admin1()).contains("Balochistan");
    assertThat(only("Peshawar", PlaceKind.CITY, "PK").admin1()).contains("Khyber Pakhtunkhwa");
    assertThat(only("Tulsa", PlaceKind.CITY, "US").admin1()).contains("Oklahoma");
    assertThat(only("Medellín", PlaceKind.CITY, "CO").admin1()).contains("Antioquia");
    assertThat(only("Lyon", PlaceKind.CITY, "FR").admin1()).contains("Auvergne-Rhône-Alpes");
    assertThat(only("Ica", PlaceKind.CITY, "PE").admin1()).contains("Ica");
    assertThat(only("Lashkar Gah", PlaceKind.CITY, "AF").admin1()).contains("Helmand");
    assertThat(only("Kermanshah", PlaceKind.CITY, "IR").admin1()).contains("Kermanshah");
  }

  @Test
  void divisionsWithMisplacedSourceCentroidsAreMovedHome() {
    Place helmand = only("Helmand", PlaceKind.ADMIN1, "AF");       // country-state-city puts it in Baltimore
    assertThat(helmand.lat()).isBetween(29.0, 33.0);
    assertThat(helmand.lon()).isBetween(62.0, 66.0);
  }

  @Test
  void muc4PlacesArePresent() {
    assertThat(only("San Salvador", PlaceKind.CITY, "SV").admin1()).contains("San Salvador Department");
    assertThat(only("Usulutan", PlaceKind.CITY, "SV").population()).isPositive();
    assertThat(only("Ayacucho", PlaceKind.CITY, "PE").admin1()).contains("Ayacucho");
    assertThat(only("Chalatenango", PlaceKind.CITY, "SV").admin1()).contains("Chalatenango Department");
    assertThat(only("Perquin", PlaceKind.CITY, "SV").admin1()).contains("Morazán Department");
    assertThat(only("Nueva San Salvador", PlaceKind.CITY, "SV").name()).isEqualTo("Santa Tecla");
  }

  @Test
  void adjectivesPointToCountries() {
    assertThat(g.countryOfAdjective("Pakistani")).contains("PK");
    assertThat(g.countryOfAdjective("Pakistanis")).contains("PK");
    assertThat(g.countryOfAdjective("pakistani")).contains("PK");
    assertThat(g.countryOfAdjective("Afghan")).contains("AF");
    assertThat(g.countryOfAdjective("Salvadoran")).contains("SV");
    assertThat(g.countryOfAdjective("Salvadorean")).contains("SV");
    assertThat(g.countryOfAdjective("Colombian")).contains("CO");
    assertThat(g.countryOfAdjective("American")).contains("US");
    assertThat(g.countryOfAdjective("British")).contains("GB");
    assertThat(g.countryOfAdjective("South African")).contains("ZA");
    assertThat(g.placeOfAdjective("Somali").orElseThrow().kind()).isEqualTo(PlaceKind.COUNTRY);
  }

  @Test
  void ethnicAdjectivesPointToTheirProvince() {
    Place baloch = g.placeOfAdjective("Baloch").orElseThrow();
    assertThat(baloch.kind()).isEqualTo(PlaceKind.ADMIN1);
    assertThat(baloch.name()).isEqualTo("Balochistan");
    assertThat(g.countryOfAdjective("Baluch")).contains("PK");
    assertThat(g.placeOfAdjective("Pashtun").orElseThrow().name()).isEqualTo("Khyber Pakhtunkhwa");
  }

  @Test
  void someAdjectivesNameNoCountry() {
    assertThat(g.countryOfAdjective("Kurdish")).isEmpty();
    assertThat(g.isAdjective("Kurdish")).isTrue();
    assertThat(g.countryOfAdjective("Central American")).isEmpty();
    assertThat(g.isAdjective("Latin American")).isTrue();
    assertThat(g.countryOfAdjective("American")).contains("US");
    assertThat(g.countryOfAdjective("Martian")).isEmpty();
    assertThat(g.isAdjective("Martian")).isFalse();
    assertThat(g.countryOfAdjective("Quetta")).isEmpty();
  }

  @Test
  void countriesByCode() {
    Place pk = g.country("pk").orElseThrow();
    assertThat(pk.name()).isEqualTo("Pakistan");
    assertThat(pk.kind()).isEqualTo(PlaceKind.COUNTRY);
    assertThat(pk.admin1()).isEmpty();
    assertThat(g.country("PK")).contains(pk);
    assertThat(g.country("QQ")).isEmpty();
  }

  // ---- the formats, on tiny inputs ----------------------------------------------------------------------------

  private static final String INDEX = String.join("\n",
      "C\tPakistan\tPK\t\t300000\t700000\t1000\t",
      "A\tBalochistan\tPK\tBalochistan\t284907\t650958\t500\t",
      "A\tUsulután Department\tSV\tUsulután Department\t134471\t-885565\t50\tUsulután",
      "P\tQuetta\tPK\tBalochistan\t301841\t670014\t400\t",
      "P\tQuetta\tPK\t\t301841\t670014\t4\t",
      "");

  @Test
  void readsTheIndexFormat() {
    Gazetteer small = Gazetteer.read(INDEX, "alias\tBaluchistan\tA\tPK\tBalochistan\nadjective\tPakistani\tC\tPK\n");
    assertThat(small.size()).isEqualTo(5);
    Place quetta = small.lookup("quetta").get(0);
    assertThat(quetta).isEqualTo(new Place("Quetta", PlaceKind.CITY, "PK", Optional.of("Balochistan"), 30.1841,
        67.0014, 400));
    assertThat(small.lookup("Usulutan")).extracting(Place::name).containsExactly("Usulután Department");
    assertThat(small.lookup("Baluchistan")).extracting(Place::name).containsExactly("Balochistan");
    assertThat(small.countryOfAdjective("Pakistani")).contains("PK");
  }

  @Test
  void curatedPlacesCanBeAddedAndAliased() {
    Gazetteer small = Gazetteer.read(INDEX,
        "# a comment\n\nplace\tP\tPerquín\tSV\tUsulután Department\t13.96\t-88.16\t4000\nalias\tPerkin\tP\tSV\tPerquin\n");
    assertThat(small.lookup("Perkin")).singleElement().satisfies(p -> {
      assertThat(p.name()).isEqualTo("Perquín");
      assertThat(p.lat()).isEqualTo(13.96);
    });
  }

  @Test
  void badDataNamesItsLine() {
    assertThatThrownBy(() -> Gazetteer.read(INDEX + "X\tNowhere\tPK\t\t0\t0\t0\t\n", ""))
        .hasMessageContaining("line 6").hasMessageContaining("kind");
    assertThatThrownBy(() -> Gazetteer.read("P\tShort\tPK\n", ""))
        .hasMessageContaining("line 1");
    assertThatThrownBy(() -> Gazetteer.read("P\tFar\tPK\t\t950000\t0\t1\t\n", ""))
        .hasMessageContaining("coordinates");
    assertThatThrownBy(() -> Gazetteer.read(INDEX, "alias\tKiev\tP\tUA\tKyiv\n"))
        .hasMessageContaining("curated line 1").hasMessageContaining("Kyiv");
    assertThatThrownBy(() -> Gazetteer.read(INDEX, "\nadjective\tPakistani\tC\tPK\nadjective\tPAKISTANI\tC\tPK\n"))
        .hasMessageContaining("curated line 3").hasMessageContaining("twice");
    assertThatThrownBy(() -> Gazetteer.read(INDEX, "adjective\tMartian\tC\tMA\tMars\textra\n"))
        .hasMessageContaining("curated line 1");
  }
}
