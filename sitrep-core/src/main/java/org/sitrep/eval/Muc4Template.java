package org.sitrep.eval;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One incident template in the 5-role GTT view. {@code incidentTypes} holds one type for a prediction and may hold
 * alternatives for a gold key ("bombing / attack": either is right). Every role is present, possibly empty.
 */
public record Muc4Template(Set<Muc4IncidentType> incidentTypes, Map<Muc4Role, List<Muc4Entity>> fillers) {
  public Muc4Template {
    Objects.requireNonNull(incidentTypes, "incidentTypes");
    if (incidentTypes.isEmpty()) throw new IllegalArgumentException("a template needs an incident type");
    incidentTypes = Collections.unmodifiableSet(java.util.EnumSet.copyOf(incidentTypes));
    EnumMap<Muc4Role, List<Muc4Entity>> copy = new EnumMap<>(Muc4Role.class);
    for (Muc4Role role : Muc4Role.values()) copy.put(role, List.copyOf(fillers.getOrDefault(role, List.of())));
    fillers = Collections.unmodifiableMap(copy);
  }

  /** A template of one type with the given fillers; roles left out are empty. */
  public static Muc4Template of(Muc4IncidentType type, Map<Muc4Role, List<Muc4Entity>> fillers) {
    return new Muc4Template(Set.of(type), fillers);
  }

  public List<Muc4Entity> fillers(Muc4Role role) { return fillers.get(role); }

  /** GTT's type test: a pair of templates can score only when the types agree (one shared alternative suffices). */
  public boolean typeMatches(Muc4Template gold) {
    return incidentTypes.stream().anyMatch(gold.incidentTypes::contains);
  }
}
