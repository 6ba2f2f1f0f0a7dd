package org.sitrep.domain;

/** Whose casualties a toll counts. ALL is a total over every group ("dozens dead", "24 people"). */
public enum TollGroup {
  CIVILIANS, HOSTAGES, PASSENGERS, SECURITY_FORCES, PERPETRATORS, UNKNOWN, ALL;

  public String wire() { return name().toLowerCase(); }
}
