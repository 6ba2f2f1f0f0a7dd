package org.sitrep.merge;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.sitrep.domain.IncidentType;

/**
 * Decides whether two profiles describe the same real incident; the rule, its features and why they weigh what they do
 * are in docs/merge.md. First the gates, any of which rules a pair out: types of different families (a kidnapping and
 * a bombing), a missing date, dates further apart than {@link Rule#dateWindowDays} (or {@link Rule#namedWindowDays} when
 * the two share a victim's name), and, unless they share a name, different countries or known cities more than
 * {@link Rule#nearKm} apart. Then the evidence, added up: a shared victim or target name (the strongest sign by far), the
 * same type, the same or a neighbouring place, a shared perpetrator, the same day and shared wording. A pair scoring
 * {@link Rule#threshold} or more is one incident. Immutable and thread-safe.
 */
public final class IncidentMatcher {
  /**
   * The rule as numbers: the gates ({@code dateWindowDays}, {@code nearKm}), the weight of each piece of evidence and
   * the {@code threshold} a pair must reach. {@link #DEFAULT} is the one sitrep uses, tuned on MUC-4 train.
   */
  public record Rule(int dateWindowDays, int namedWindowDays, double nearKm, double threshold, double name,
                     double sameType, double sameCity, double nearCity, double sameAdmin1, double actor, double sameDay,
                     double words) {
    public static final Rule DEFAULT = new Rule(3, 60, 50, 0.4, 0.6, 0.1, 0.25, 0.15, 0.1, 0.1, 0.1, 0.3);

    public Rule {
      if (dateWindowDays < 0) throw new IllegalArgumentException("negative date window " + dateWindowDays);
      if (namedWindowDays < dateWindowDays) {
        throw new IllegalArgumentException("the window for named victims is narrower than the plain one");
      }
      if (!(nearKm >= 0)) throw new IllegalArgumentException("bad distance " + nearKm);
      if (!(threshold > 0)) throw new IllegalArgumentException("threshold must be positive: " + threshold);
    }
  }

  private final Rule rule;

  /** The matcher with sitrep's rule, {@link Rule#DEFAULT}. */
  public IncidentMatcher() { this(Rule.DEFAULT); }

  public IncidentMatcher(Rule rule) { this.rule = Objects.requireNonNull(rule, "rule"); }

  public Rule rule() { return rule; }

  /**
   * Where the store should look for candidates: incidents whose dates overlap {@code [from, to]} (an empty bound is
   * open) and whose country is {@code country} or unknown; an empty {@code country} means any. Every profile the matcher
   * could accept lies in it.
   */
  public record CandidateWindow(Optional<LocalDate> from, Optional<LocalDate> to, Optional<String> country) {}

  /**
   * The candidate window for an incoming profile: its dates widened by the date window, the wider named window when it
   * names a victim or target, and then in any country (a shared name may cross a wrongly placed report).
   */
  public CandidateWindow window(IncidentProfile p) {
    boolean named = !p.targets().isEmpty();
    int days = named ? rule.namedWindowDays() : rule.dateWindowDays();
    return new CandidateWindow(p.dateStart().map(d -> d.minusDays(days)),
        p.dateEnd().or(p::dateStart).map(d -> d.plusDays(days)), named ? Optional.empty() : p.country());
  }

  /** The index of the candidate that best matches {@code incoming}, if any reaches the threshold; ties: the first. */
  public OptionalInt bestMatch(IncidentProfile incoming, List<IncidentProfile> candidates) {
    int best = -1;
    double bestScore = rule.threshold();
    for (int i = 0; i < candidates.size(); i++) {
      double s = similarity(incoming, candidates.get(i));
      if (s > bestScore || best < 0 && s >= bestScore) {
        best = i;
        bestScore = s;
      }
    }
    return best < 0 ? OptionalInt.empty() : OptionalInt.of(best);
  }

  public boolean sameIncident(IncidentProfile a, IncidentProfile b) { return similarity(a, b) >= rule.threshold(); }

  /** 0 when a gate rules the pair out, else the summed evidence, at most 1. Symmetric. */
  public double similarity(IncidentProfile a, IncidentProfile b) { return judge(a, b).score(); }

  /** The gates of the rule, in the order they are tried. */
  public enum Gate {
    /** types of different families */
    TYPE_FAMILY,
    /** one of the two has no date */
    UNDATED,
    /** dates further apart than the window */
    DATES_APART,
    /** different countries or distant cities, and no shared name */
    PLACES_APART
  }

  /**
   * The matcher's reasoning on a pair: the gate that ruled it out (then {@code score} is 0), or none and the summed
   * evidence. What the error analysis of a merge reads: which gate keeps reports of one incident apart.
   */
  public record Verdict(Optional<Gate> gate, double score) {
    static Verdict closedBy(Gate gate) { return new Verdict(Optional.of(gate), 0); }
  }

  /** {@link #similarity} with the reason: the first gate that rules the pair out, or the evidence's sum. */
  public Verdict judge(IncidentProfile a, IncidentProfile b) {
    if (!compatible(a.type(), b.type())) return Verdict.closedBy(Gate.TYPE_FAMILY);
    if (a.dateStart().isEmpty() || b.dateStart().isEmpty()) return Verdict.closedBy(Gate.UNDATED);
    boolean named = sharesName(a.targets(), b.targets());
    if (gapDays(a, b) > (named ? rule.namedWindowDays() : rule.dateWindowDays())) {
      return Verdict.closedBy(Gate.DATES_APART);
    }
    Optional<Double> km = distanceKm(a, b);
    // A shared name outweighs a place conflict: reports are often placed where they were filed, not where it happened.
    boolean placesDiffer = differ(a.country(), b.country()) || km.isPresent() && km.get() > rule.nearKm();
    if (placesDiffer && !named) return Verdict.closedBy(Gate.PLACES_APART);
    double score = named ? rule.name() : 0;
    if (a.type() == b.type()) score += rule.sameType();
    if (!placesDiffer) {
      if (same(a.city(), b.city()) || km.isPresent() && km.get() <= METRO_KM) score += rule.sameCity();
      else if (km.isPresent()) score += rule.nearCity();
      else if (same(a.admin1(), b.admin1())) score += rule.sameAdmin1();
    }
    if (overlaps(a.actors(), b.actors())) score += rule.actor();
    if (sameDay(a, b)) score += rule.sameDay();
    score += rule.words() * jaccard(a.words(), b.words());
    return new Verdict(Optional.empty(), Math.min(1, score));
  }

  /**
   * Reports place one incident in a city or in the town beside it ("Soacha, 15 km south of Bogota" and "Bogota"):
   * within this distance two cities count as the same place.
   */
  static final double METRO_KM = 20;

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

  /** Both dated to one day, the same one (an overlap of two wide spans says little). */
  private static boolean sameDay(IncidentProfile a, IncidentProfile b) {
    return a.dateStart().equals(a.dateEnd()) && b.dateStart().equals(b.dateEnd()) && a.dateStart().equals(b.dateStart());
  }

  /** Great-circle distance between two city-level positions; empty unless both profiles have one. */
  static Optional<Double> distanceKm(IncidentProfile a, IncidentProfile b) {
    if (a.lat().isEmpty() || b.lat().isEmpty() || a.city().isEmpty() || b.city().isEmpty()) return Optional.empty();
    double la1 = Math.toRadians(a.lat().get()), la2 = Math.toRadians(b.lat().get());
    double dLat = la2 - la1, dLon = Math.toRadians(b.lon().get() - a.lon().get());
    double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(la1) * Math.cos(la2) * Math.pow(Math.sin(dLon / 2), 2);
    return Optional.of(2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(h))));
  }

  /**
   * One name runs inside the other word for word ("galan" in "luis carlos galan"), and the shorter is not a bare
   * short word: names, not nouns, identify an incident.
   */
  static boolean sharesName(Set<String> a, Set<String> b) {
    for (String x : a) {
      for (String y : b) {
        String shorter = x.length() <= y.length() ? x : y, longer = shorter == x ? y : x;
        if (shorter.length() >= 4 && (" " + longer + " ").contains(" " + shorter + " ")) return true;
      }
    }
    return false;
  }

  private static boolean differ(Optional<String> a, Optional<String> b) {
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
