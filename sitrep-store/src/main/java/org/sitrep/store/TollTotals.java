package org.sitrep.store;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.domain.TollGroup;
import org.sitrep.domain.TollOutcome;
import org.sitrep.merge.TollConsensus;

/**
 * The incident-level totals of {@link IncidentSummary}: per group the largest consensus among the outcomes counted,
 * then the larger of group ALL and the sum of the specific groups (see {@link IncidentSummary} for why).
 */
record TollTotals(Optional<Integer> fatalities, Optional<Integer> injured, Optional<Integer> hostages) {
  static final Set<TollOutcome> KILLED = Set.of(TollOutcome.KILLED);
  static final Set<TollOutcome> INJURED = Set.of(TollOutcome.INJURED);
  static final Set<TollOutcome> HOSTAGES = Set.of(TollOutcome.KIDNAPPED, TollOutcome.HELD);

  static TollTotals of(List<TollConsensus> tolls) {
    return new TollTotals(total(tolls, KILLED), total(tolls, INJURED), total(tolls, HOSTAGES));
  }

  static Optional<Integer> total(List<TollConsensus> tolls, Set<TollOutcome> outcomes) {
    Map<TollGroup, Integer> byGroup = new EnumMap<>(TollGroup.class);
    for (TollConsensus t : tolls) {
      if (!outcomes.contains(t.outcome()) || t.consensus().isEmpty()) continue;
      byGroup.merge(t.group(), t.consensus().get(), Math::max);
    }
    if (byGroup.isEmpty()) return Optional.empty();
    long specific = 0;
    for (Map.Entry<TollGroup, Integer> e : byGroup.entrySet()) if (e.getKey() != TollGroup.ALL) specific += e.getValue();
    long total = Math.max(specific, byGroup.getOrDefault(TollGroup.ALL, 0));
    return Optional.of((int) Math.min(Integer.MAX_VALUE, total));
  }
}
