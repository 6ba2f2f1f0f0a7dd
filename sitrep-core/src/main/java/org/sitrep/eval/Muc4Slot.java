package org.sitrep.eval;

/** A row of the score tables: the incident type (GTT only) or one of the five roles. */
public enum Muc4Slot {
  INCIDENT_TYPE("incident_type", null),
  PERP_IND("PerpInd", Muc4Role.PERP_IND),
  PERP_ORG("PerpOrg", Muc4Role.PERP_ORG),
  TARGET("Target", Muc4Role.TARGET),
  VICTIM("Victim", Muc4Role.VICTIM),
  WEAPON("Weapon", Muc4Role.WEAPON);

  private final String label;
  private final Muc4Role role;

  Muc4Slot(String label, Muc4Role role) { this.label = label; this.role = role; }

  /** The row name both reference scripts print. */
  public String label() { return label; }

  public static Muc4Slot of(Muc4Role role) { return values()[role.ordinal() + 1]; }
}
