package org.sitrep.resolve;

import java.util.Locale;
import java.util.Optional;

/**
 * A word that marks a name as an administrative division or a settlement: "Baluchistan province", "the department
 * of Usulután", "the southern Iraqi city of Basra".
 */
enum Designator {
  PROVINCE(PlaceKind.ADMIN1), STATE(PlaceKind.ADMIN1), REGION(PlaceKind.ADMIN1), DEPARTMENT(PlaceKind.ADMIN1),
  GOVERNORATE(PlaceKind.ADMIN1), OBLAST(PlaceKind.ADMIN1), PREFECTURE(PlaceKind.ADMIN1), TERRITORY(PlaceKind.ADMIN1),
  CITY(PlaceKind.CITY), TOWN(PlaceKind.CITY), VILLAGE(PlaceKind.CITY),
  DISTRICT(null), COUNTY(null), MUNICIPALITY(null);

  /**
   * The gazetteer kind the designator asks for, where a same-named place of another kind exists ("Basra" the city
   * and the governorate). Districts and counties are second-level almost everywhere, and the gazetteer has no
   * second level, so they ask for nothing.
   */
  private final PlaceKind kind;

  Designator(PlaceKind kind) { this.kind = kind; }

  Optional<PlaceKind> kind() { return Optional.ofNullable(kind); }

  static Optional<Designator> of(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.endsWith("s")) w = w.substring(0, w.length() - 1);                        // "provinces"
    for (Designator d : values()) {
      if (d.name().toLowerCase(Locale.ROOT).equals(w)) return Optional.of(d);
    }
    return Optional.empty();
  }
}
