package org.sitrep.merge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sitrep.domain.TollGroup;
import org.sitrep.domain.TollOutcome;

/**
 * The figures of every report for one group and outcome, reduced the way ACLED does: {@code consensus} is the most
 * conservative figure any report supports (the lowest lower bound), {@code lowest}/{@code highest} the range the
 * reports span, {@code latest} the figure of the most recently published report (ties: the later claim).
 */
public record TollConsensus(TollGroup group, TollOutcome outcome, Optional<Integer> consensus,
                            Optional<Integer> lowest, Optional<Integer> highest, TollClaim latest, int claims) {
  public TollConsensus {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(consensus, "consensus");
    Objects.requireNonNull(lowest, "lowest");
    Objects.requireNonNull(highest, "highest");
    Objects.requireNonNull(latest, "latest");
  }

  /** One consensus per (group, outcome), in the order the groups first appear. */
  public static List<TollConsensus> of(List<TollClaim> claims) {
    Map<String, List<TollClaim>> byKey = new LinkedHashMap<>();
    for (TollClaim c : claims) byKey.computeIfAbsent(c.group() + "/" + c.outcome(), k -> new ArrayList<>()).add(c);
    List<TollConsensus> out = new ArrayList<>();
    for (List<TollClaim> group : byKey.values()) out.add(reduce(group));
    return out;
  }

  private static TollConsensus reduce(List<TollClaim> claims) {
    Optional<Integer> lowest = claims.stream().flatMap(c -> c.quantity().min().stream()).min(Integer::compare);
    Optional<Integer> highest = claims.stream().flatMap(c -> c.quantity().max().or(() -> c.quantity().min()).stream())
        .max(Integer::compare);
    TollClaim latest = claims.get(0);
    for (TollClaim c : claims) {
      if (!c.published().orElse(LocalDate.MIN).isBefore(latest.published().orElse(LocalDate.MIN))) latest = c;
    }
    return new TollConsensus(claims.get(0).group(), claims.get(0).outcome(), lowest, lowest, highest, latest,
        claims.size());
  }

}
