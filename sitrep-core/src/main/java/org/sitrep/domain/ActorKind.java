package org.sitrep.domain;

/** What sort of actor a participant is, in the spirit of ACLED's actor types. */
public enum ActorKind {
  STATE_FORCES, NON_STATE_ARMED_GROUP, POLITICAL_GROUP, CIVILIANS, GOVERNMENT, FOREIGN_NATIONALS,
  VEHICLE, FACILITY, INFRASTRUCTURE, UNKNOWN;

  public String wire() { return name().toLowerCase(); }
}
