package org.sitrep.resolve;

import java.util.Locale;
import java.util.Optional;

/** A word that marks a name as an administrative division: "Baluchistan province", "the department of Usulután". */
enum Designator {
  PROVINCE(true), STATE(true), REGION(true), DEPARTMENT(true), GOVERNORATE(true), OBLAST(true), PREFECTURE(true),
  TERRITORY(true), DISTRICT(false), COUNTY(false), MUNICIPALITY(false);

  /**
   * Whether the division is first-level in the gazetteer's sense. Districts and counties are second-level almost
   * everywhere, and the gazetteer has no second level, so they do not restrict candidates to ADMIN1.
   */
  final boolean firstLevel;

  Designator(boolean firstLevel) { this.firstLevel = firstLevel; }

  static Optional<Designator> of(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.endsWith("s")) w = w.substring(0, w.length() - 1);                        // "provinces"
    for (Designator d : values()) {
      if (d.name().toLowerCase(Locale.ROOT).equals(w)) return Optional.of(d);
    }
    return Optional.empty();
  }
}
