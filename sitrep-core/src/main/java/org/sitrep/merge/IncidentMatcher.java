package org.sitrep.merge;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.sitrep.domain.IncidentType;

/**
 * Decides whether two profiles describe the same real incident. Hard constraints first (compatible type, dates within
 * {@link #DATE_WINDOW_DAYS}, no contradicting place), then a score from shared places, names and words. Stateless.
 */
public final class IncidentMatcher {
  /** Reports of one incident date it within a few days of each other ("Tuesday" vs the wire's "yesterday"). */
  public static final int DATE_WINDOW_DAYS = 3;

  static final double THRESHOLD = 0.5;

  /** Where the store should look for candidates: incidents whose dates overlap this window, in this country. */
  public record CandidateWindow(Optional<LocalDate> from, Optional<LocalDate> to, Optional<String> country) {}

  public CandidateWindow window(IncidentProfile p) {
    return new CandidateWindow(p.dateStart().map(d -> d.minusDays(DATE_WINDOW_DAYS)),
        p.dateEnd().map(d -> d.plusDays(DATE_WINDOW_DAYS)), p.country());
  }

  /** The index of the candidate that best matches {@code incoming}, if any reaches the threshold. */
  public OptionalInt bestMatch(IncidentProfile incoming, List<IncidentProfile> candidates) {
    int best = -1;
    double bestScore = THRESHOLD;
    for (int i = 0; i < candidates.size(); i++) {
      double s = similarity(incoming, candidates.get(i));
      if (s >= bestScore) {
        best = i;
        bestScore = s;
      }
    }
    return best < 0 ? OptionalInt.empty() : OptionalInt.of(best);
  }

  public boolean sameIncident(IncidentProfile a, IncidentProfile b) { return similarity(a, b) >= THRESHOLD; }

  /** 0 when the profiles cannot be one incident, else a score in (0, 1]. */
  public double similarity(IncidentProfile a, IncidentProfile b) {
    if (!compatible(a.type(), b.type())) return 0;
    if (a.dateStart().isEmpty() || b.dateStart().isEmpty()) return 0;
    long gap = gapDays(a, b);
    if (gap > DATE_WINDOW_DAYS) return 0;
    if (contradicts(a.country(), b.country()) || contradicts(a.admin1(), b.admin1())
        || contradicts(a.city(), b.city())) return 0;
    double score = 0.2 * (1 - gap / (double) (DATE_WINDOW_DAYS + 1));
    if (a.type() == b.type()) score += 0.1;
    if (same(a.city(), b.city())) score += 0.3;
    else if (same(a.admin1(), b.admin1())) score += 0.15;
    if (overlaps(a.actors(), b.actors())) score += 0.2;
    if (overlaps(a.targets(), b.targets())) score += 0.2;
    score += 0.3 * jaccard(a.words(), b.words());
    return Math.min(1, score);
  }

  static boolean compatible(IncidentType a, IncidentType b) {
    return a == b || family(a) == family(b);
  }

  private static int family(IncidentType t) {
    return switch (t) {
      case HIJACKING, HOSTAGE_TAKING, KIDNAPPING -> 1;
      case SUICIDE_BOMBING, BOMBING -> 2;
      case ASSASSINATION, ARMED_ASSAULT, OTHER_VIOLENCE, ARMED_CLASH, SECURITY_OPERATION, INFRASTRUCTURE_ATTACK -> 3;
      case ARSON -> 4;
      case RIOT, PROTEST -> 5;
      case THREAT -> 6;
      case ROBBERY -> 7;
      case FORCED_WORK_STOPPAGE -> 8;
    };
  }

  private static long gapDays(IncidentProfile a, IncidentProfile b) {
    long aStart = a.dateStart().get().toEpochDay(), aEnd = a.dateEnd().orElse(a.dateStart().get()).toEpochDay();
    long bStart = b.dateStart().get().toEpochDay(), bEnd = b.dateEnd().orElse(b.dateStart().get()).toEpochDay();
    if (aEnd < bStart) return bStart - aEnd;
    if (bEnd < aStart) return aStart - bEnd;
    return 0;
  }

  private static boolean contradicts(Optional<String> a, Optional<String> b) {
    return a.isPresent() && b.isPresent() && !a.get().equalsIgnoreCase(b.get());
  }

  private static boolean same(Optional<String> a, Optional<String> b) {
    return a.isPresent() && b.isPresent() && a.get().equalsIgnoreCase(b.get());
  }

  private static boolean overlaps(Set<String> a, Set<String> b) {
    for (String s : a) if (b.contains(s)) return true;
    return false;
  }

  private static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) return 0;
    Set<String> inter = new HashSet<>(a);
    inter.retainAll(b);
    return inter.size() / (double) (a.size() + b.size() - inter.size());
  }
}
