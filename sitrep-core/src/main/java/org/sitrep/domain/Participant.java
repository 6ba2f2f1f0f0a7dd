package org.sitrep.domain;

import java.util.List;
import java.util.Objects;

/** An actor or object taking part in an incident: who did it, to whom or what, and who responded. */
public record Participant(String name, List<String> aliases, Role role, ActorKind kind,
                          boolean claimedResponsibility, Evidence evidence) {
  public Participant {
    Objects.requireNonNull(name, "name");
    aliases = List.copyOf(aliases);
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(evidence, "evidence");
  }
}
