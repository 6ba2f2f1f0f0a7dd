package org.sitrep.domain;

/** Whether the article reports an incident as news, or mentions an older one for context. */
public enum IncidentStatus {
  CURRENT, BACKGROUND;

  public String wire() { return name().toLowerCase(); }
}
