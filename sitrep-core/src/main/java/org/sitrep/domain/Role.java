package org.sitrep.domain;

/** A participant's part in an incident. */
public enum Role {
  PERPETRATOR, TARGET, VICTIM, RESPONDER, OTHER;

  public String wire() { return name().toLowerCase(); }
}
