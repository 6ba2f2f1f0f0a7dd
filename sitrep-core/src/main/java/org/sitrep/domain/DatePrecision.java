package org.sitrep.domain;

public enum DatePrecision {
  DAY, MONTH, YEAR;

  public String wire() { return name().toLowerCase(); }
}
