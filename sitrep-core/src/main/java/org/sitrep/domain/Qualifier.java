package org.sitrep.domain;

/** How the text hedges a figure; see {@code Quantity} for the interval each one yields. */
public enum Qualifier {
  EXACT, AT_LEAST, MORE_THAN, NEARLY, ABOUT, UP_TO, VAGUE;

  public String wire() { return name().toLowerCase(); }
}
