package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class PlaceNamesTest {
  @Test
  void keysIgnoreCaseAccentsAndPunctuation() {
    assertThat(PlaceNames.key("Medellín")).isEqualTo("medellin").isEqualTo(PlaceNames.key("MEDELLIN"));
    assertThat(PlaceNames.key("Côte d'Ivoire")).isEqualTo(PlaceNames.key("Cote d’Ivoire")).isEqualTo("cote divoire");
    assertThat(PlaceNames.key("Khyber-Pakhtunkhwa")).isEqualTo("khyber pakhtunkhwa");
    assertThat(PlaceNames.key("  St.  Louis ")).isEqualTo("st louis");
    assertThat(PlaceNames.key("Łódź")).isEqualTo("lodz");
    assertThat(PlaceNames.key("Tromsø")).isEqualTo("tromso");
    assertThat(PlaceNames.key("‘Amrān")).isEqualTo("amran");
    assertThat(PlaceNames.key("U.S.")).isEqualTo("u s");
  }

  @Test
  void saintAndStAreVariantsOfEachOther() {
    assertThat(PlaceNames.variants("st louis")).containsExactly("saint louis");
    assertThat(PlaceNames.variants("saint petersburg")).containsExactly("st petersburg");
    assertThat(PlaceNames.variants("stuttgart")).isEmpty();
  }

  @Property
  void keysAreStableLowerCaseAndSingleSpaced(@ForAll String name) {
    String key = PlaceNames.key(name);
    assertThat(PlaceNames.key(key)).isEqualTo(key);
    assertThat(key).doesNotContain("  ").doesNotStartWith(" ").doesNotEndWith(" ");
    assertThat(key).isEqualTo(key.toLowerCase(java.util.Locale.ROOT));
  }
}
