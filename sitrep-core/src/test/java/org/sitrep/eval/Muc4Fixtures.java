package org.sitrep.eval;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Hand-made templates for the scorer tests. */
final class Muc4Fixtures {
  private Muc4Fixtures() {}

  /** Starts a template of one type; add fillers with {@link Builder#with}. */
  static Builder template(Muc4IncidentType type) { return new Builder(type); }

  static Muc4Entity e(String... alternatives) { return Muc4Entity.of(alternatives); }

  static Muc4Document doc(String id, Muc4Template... templates) { return new Muc4Document(id, List.of(templates)); }

  static Map<String, Muc4Document> byId(Muc4Document... docs) {
    Map<String, Muc4Document> map = new java.util.LinkedHashMap<>();
    for (Muc4Document d : docs) map.put(d.id(), d);
    return map;
  }

  static final class Builder {
    private final Muc4IncidentType type;
    private final Map<Muc4Role, List<Muc4Entity>> fillers = new EnumMap<>(Muc4Role.class);

    Builder(Muc4IncidentType type) { this.type = type; }

    Builder with(Muc4Role role, Muc4Entity... entities) {
      fillers.put(role, List.of(entities));
      return this;
    }

    Muc4Template build() { return Muc4Template.of(type, fillers); }
  }
}
