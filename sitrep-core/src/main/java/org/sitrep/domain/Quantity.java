package org.sitrep.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * A count as the text states it, kept as an honest interval: an empty bound is unknown, never guessed.
 * The bands for hedged figures are documented on {@link #nearly} and {@link #about}.
 */
public record Quantity(Optional<Integer> min, Optional<Integer> max, Qualifier qualifier) {
  public Quantity {
    Objects.requireNonNull(min, "min");
    Objects.requireNonNull(max, "max");
    Objects.requireNonNull(qualifier, "qualifier");
    if (min.isPresent() && min.get() < 0) throw new IllegalArgumentException("negative min " + min.get());
    if (max.isPresent() && max.get() < 0) throw new IllegalArgumentException("negative max " + max.get());
    if (min.isPresent() && max.isPresent() && min.get() > max.get())
      throw new IllegalArgumentException("min " + min.get() + " > max " + max.get());
  }

  public static Quantity exact(int n) { return new Quantity(Optional.of(n), Optional.of(n), Qualifier.EXACT); }

  public static Quantity atLeast(int n) { return new Quantity(Optional.of(n), Optional.empty(), Qualifier.AT_LEAST); }

  /** "more than 100" is at least 101. */
  public static Quantity moreThan(int n) { return new Quantity(Optional.of(n + 1), Optional.empty(), Qualifier.MORE_THAN); }

  /** "nearly 350": at most 350, and at least 90% of it (rounded down): [315, 350]. */
  public static Quantity nearly(int n) {
    return new Quantity(Optional.of((int) (n * 9L / 10)), Optional.of(n), Qualifier.NEARLY);   // long: n * 9 overflows int
  }

  /** "around 450": a ±10% band, rounded outwards: [405, 495]; never below zero. */
  public static Quantity about(int n) {
    int spread = (n + 9) / 10;
    return new Quantity(Optional.of(Math.max(0, n - spread)), Optional.of(n + spread), Qualifier.ABOUT);
  }

  /** "up to 50", "as many as 50": at most 50, lower bound unknown. */
  public static Quantity upTo(int n) { return new Quantity(Optional.empty(), Optional.of(n), Qualifier.UP_TO); }

  /** "fewer than 10": at most 9. */
  public static Quantity fewerThan(int n) {
    return new Quantity(Optional.empty(), Optional.of(Math.max(0, n - 1)), Qualifier.UP_TO);
  }

  /** A vague amount ("dozens", "scores", "several"): a floor the word implies, no ceiling. */
  public static Quantity vague(int floor) { return new Quantity(Optional.of(floor), Optional.empty(), Qualifier.VAGUE); }
}
