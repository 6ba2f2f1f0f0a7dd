package org.sitrep.domain;

import java.util.Objects;

public record Weapon(WeaponType type, Evidence evidence) {
  public Weapon {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(evidence, "evidence");
  }
}
