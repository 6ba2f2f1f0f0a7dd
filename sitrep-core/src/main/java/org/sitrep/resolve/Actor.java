package org.sitrep.resolve;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sitrep.domain.ActorKind;

/**
 * One entry of the {@link ActorDictionary}: a named group or body ("Baloch Liberation Army", PK, PAKREB) or a
 * generic agent ("soldiers", MIL) that has no country. The code is CAMEO-style: a country or regional prefix
 * followed by role triples (REB rebels, MIL military, COP police, GOV government...); a generic agent's code is
 * the role alone, which is how {@link #generic()} tells the two apart.
 */
public record Actor(String name, ActorKind kind, Optional<String> country, List<String> aliases, String code) {
  public Actor {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(code, "code");
    if (name.isBlank()) throw new IllegalArgumentException("blank actor name");
    if (code.isBlank()) throw new IllegalArgumentException("blank code for " + name);
    country.ifPresent(c -> {
      if (!c.matches("[A-Z]{2}")) throw new IllegalArgumentException("country is not ISO alpha-2: " + c);
    });
    aliases = List.copyOf(aliases);
  }

  /** CAMEO role triples; a code made of these alone names a kind of actor, not a particular one. */
  private static final Set<String> ROLES = Set.of("MIL", "COP", "SPY", "REB", "INS", "UAF", "CVL", "GOV", "LEG",
      "JUD", "OPP", "PTY", "MUS", "CHR", "BUD", "HIN", "JEW", "RAD", "HLH", "EDU", "MED", "BUS", "AGR", "LAB", "DEV",
      "ENV", "REL", "HRI", "REF", "ELI", "CRM", "NGO", "SEP");

  /** A generic agent ("police", "gunmen") rather than a named group or body: no country and a bare role code. */
  public boolean generic() {
    if (country.isPresent() || code.length() % 3 != 0) return false;
    for (int i = 0; i < code.length(); i += 3) {
      if (!ROLES.contains(code.substring(i, i + 3))) return false;
    }
    return true;
  }
}
