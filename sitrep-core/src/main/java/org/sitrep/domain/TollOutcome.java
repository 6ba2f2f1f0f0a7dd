package org.sitrep.domain;

/** What happened to the people a toll counts; INVOLVED counts people present ("450 passengers were aboard"). */
public enum TollOutcome {
  KILLED, INJURED, KIDNAPPED, HELD, RESCUED, RELEASED, MISSING, INVOLVED;

  public String wire() { return name().toLowerCase(); }
}
