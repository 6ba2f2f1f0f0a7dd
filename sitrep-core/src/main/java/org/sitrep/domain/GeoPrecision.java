package org.sitrep.domain;

/** How specific a resolved place is, from an exact point down to a whole country. */
public enum GeoPrecision {
  POINT, CITY, ADMIN2, ADMIN1, COUNTRY;

  public String wire() { return name().toLowerCase(); }
}
