package org.sitrep.merge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sitrep.domain.Qualifier;
import org.sitrep.domain.TollGroup;
import org.sitrep.domain.TollOutcome;

/**
 * What the reports of one incident say together about one group and outcome (civilians killed, say), reduced the way
 * ACLED codes fatalities: when sources disagree, take the most conservative figure a credible report gives. Here:
 * <ul>
 *   <li>{@code consensus}: the lowest figure a report vouches for, a figure being a report's lower bound ("at least
 *   35" vouches for 35, "nearly 350" for 315). A report that gives only a ceiling ("up to 50") vouches for no figure.
 *   A vague word ("dozens") counts only when no report gives a number: its floor is a coding convention, not a count.
 *   Empty when no report vouches for a figure.</li>
 *   <li>{@code lowest}, {@code highest}: the span of every figure any report states, bounds included ("up to 50"
 *   states 50); {@code openEnded} when some report sets no ceiling ("at least 35", "dozens"), so the true count may lie
 *   above {@code highest}.</li>
 *   <li>{@code latest}: the claim of the most recently published report; among claims published the same day, or all
 *   undated, the one given last. An undated claim never counts as later than a dated one.</li>
 * </ul>
 */
public record TollConsensus(TollGroup group, TollOutcome outcome, Optional<Integer> consensus,
                            Optional<Integer> lowest, Optional<Integer> highest, boolean openEnded, TollClaim latest,
                            int claims) {
  public TollConsensus {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(consensus, "consensus");
    Objects.requireNonNull(lowest, "lowest");
    Objects.requireNonNull(highest, "highest");
    Objects.requireNonNull(latest, "latest");
    if (claims < 1) throw new IllegalArgumentException("a consensus needs a claim");
  }

  private record Key(TollGroup group, TollOutcome outcome) {}

  /** One consensus per (group, outcome), in the order each pair first appears in {@code claims}. */
  public static List<TollConsensus> of(List<TollClaim> claims) {
    Map<Key, List<TollClaim>> byKey = new LinkedHashMap<>();
    for (TollClaim c : claims) byKey.computeIfAbsent(new Key(c.group(), c.outcome()), k -> new ArrayList<>()).add(c);
    List<TollConsensus> out = new ArrayList<>();
    for (List<TollClaim> same : byKey.values()) out.add(reduce(same));
    return out;
  }

  private static TollConsensus reduce(List<TollClaim> claims) {
    boolean anyNumber = claims.stream()
        .anyMatch(c -> c.quantity().min().isPresent() && c.quantity().qualifier() != Qualifier.VAGUE);
    Optional<Integer> consensus = claims.stream()
        .filter(c -> !anyNumber || c.quantity().qualifier() != Qualifier.VAGUE)
        .flatMap(c -> c.quantity().min().stream()).min(Integer::compare);
    Optional<Integer> lowest = claims.stream()
        .flatMap(c -> c.quantity().min().or(() -> c.quantity().max()).stream()).min(Integer::compare);
    Optional<Integer> highest = claims.stream()
        .flatMap(c -> c.quantity().max().or(() -> c.quantity().min()).stream()).max(Integer::compare);
    boolean openEnded = claims.stream().anyMatch(c -> c.quantity().min().isPresent() && c.quantity().max().isEmpty());
    TollClaim latest = claims.get(0);
    for (TollClaim c : claims) {
      if (!c.published().orElse(LocalDate.MIN).isBefore(latest.published().orElse(LocalDate.MIN))) latest = c;
    }
    return new TollConsensus(latest.group(), latest.outcome(), consensus, lowest, highest, openEnded, latest,
        claims.size());
  }
}
