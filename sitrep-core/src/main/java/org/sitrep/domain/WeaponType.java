package org.sitrep.domain;

public enum WeaponType {
  FIREARMS, EXPLOSIVES, INCENDIARY, MELEE, VEHICLE, CHEMICAL, UNKNOWN;

  public String wire() { return name().toLowerCase(); }
}
