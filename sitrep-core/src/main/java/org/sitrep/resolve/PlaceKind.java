package org.sitrep.resolve;

/** The level of a gazetteer entry, from the broadest to the most specific. */
public enum PlaceKind {
  COUNTRY, ADMIN1, CITY;

  /** Higher is more specific: a city says more about where something happened than its country does. */
  int specificity() { return ordinal(); }
}
