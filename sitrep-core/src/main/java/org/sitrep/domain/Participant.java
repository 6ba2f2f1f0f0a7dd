package org.sitrep.domain;

import java.util.List;
import java.util.Objects;

/**
 * An actor or object taking part in an incident: who did it, to whom or what, and who responded. {@code aliases} are
 * other names of it ("BLA"); {@code mentions} are the other places the text refers to it by a description ("the
 * militants", "gunmen"), each with its evidence, so a described perpetrator tied to the named group keeps the span
 * that says so.
 */
public record Participant(String name, List<String> aliases, Role role, ActorKind kind,
                          boolean claimedResponsibility, Evidence evidence, List<Evidence> mentions) {
  public Participant {
    Objects.requireNonNull(name, "name");
    aliases = List.copyOf(aliases);
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(evidence, "evidence");
    mentions = List.copyOf(mentions);
  }

  /** A participant the text refers to only where it is named. */
  public Participant(String name, List<String> aliases, Role role, ActorKind kind, boolean claimedResponsibility,
                     Evidence evidence) {
    this(name, aliases, role, kind, claimedResponsibility, evidence, List.of());
  }
}
