package org.sitrep.eval;

import java.util.List;
import java.util.Objects;

/**
 * One MUC-4 template in the five-role view of GTT/GRIT: an incident type and, per role, entities, each entity a list
 * of alternative strings copied from the text.
 */
public record Muc4Template(String incidentType, List<List<String>> perpInd, List<List<String>> perpOrg,
                           List<List<String>> target, List<List<String>> victim, List<List<String>> weapon) {
  public Muc4Template {
    Objects.requireNonNull(incidentType, "incidentType");
    perpInd = List.copyOf(perpInd);
    perpOrg = List.copyOf(perpOrg);
    target = List.copyOf(target);
    victim = List.copyOf(victim);
    weapon = List.copyOf(weapon);
  }
}
