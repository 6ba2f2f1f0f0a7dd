package org.sitrep.eval;

import java.util.List;
import java.util.Objects;

/**
 * One role filler: the alternative strings that all name the same entity (a gold key's {@code /} alternatives, or
 * the strings a system offers for one entity). Never empty: an entity with no string would, in both reference
 * scripts, count as a subset of every gold entity and so score as correct.
 */
public record Muc4Entity(List<String> alternatives) {
  public Muc4Entity {
    alternatives = List.copyOf(Objects.requireNonNull(alternatives, "alternatives"));
    if (alternatives.isEmpty()) throw new IllegalArgumentException("an entity needs at least one string");
  }

  public static Muc4Entity of(String... alternatives) { return new Muc4Entity(List.of(alternatives)); }
}
