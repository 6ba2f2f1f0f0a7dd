package org.sitrep.eval;

import java.util.Arrays;
import java.util.Optional;

/** The five role-filler slots of the GTT/GRIT view of MUC-4, in the order both papers report them. */
public enum Muc4Role {
  PERP_IND("PerpInd"),
  PERP_ORG("PerpOrg"),
  TARGET("Target"),
  VICTIM("Victim"),
  WEAPON("Weapon");

  private final String jsonKey;

  Muc4Role(String jsonKey) { this.jsonKey = jsonKey; }

  /** The key of this role in the {@code gtt} field and in prediction files. */
  public String jsonKey() { return jsonKey; }

  public static Optional<Muc4Role> fromJsonKey(String key) {
    return Arrays.stream(values()).filter(r -> r.jsonKey.equals(key)).findFirst();
  }
}
