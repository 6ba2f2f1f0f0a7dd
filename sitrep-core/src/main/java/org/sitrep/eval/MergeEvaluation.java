package org.sitrep.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sitrep.domain.Incident;
import org.sitrep.domain.IncidentDate;
import org.sitrep.domain.IncidentStatus;
import org.sitrep.domain.Participant;
import org.sitrep.domain.Role;
import org.sitrep.merge.IncidentMatcher;
import org.sitrep.merge.IncidentProfile;
import org.sitrep.merge.InMemoryIncidentMerger;

/**
 * Scores sitrep's merging on MUC-4 (docs/merge.md): gold clusters of key templates come from {@link MergeGold}; the
 * prediction runs every document's incidents through an {@link InMemoryIncidentMerger} in publication order, aligns
 * each template with one incident of its own document ({@link #align}), and puts two templates together when their
 * incidents were merged. A template with no incident left to align is alone in the prediction. Metrics only.
 */
public final class MergeEvaluation {
  private MergeEvaluation() {}

  /** One document: its publication date, what sitrep extracted, and its gold templates. */
  public record Report(String document, Optional<LocalDate> published, List<Incident> incidents,
                       List<MergeGold.Template> templates) {
    public Report {
      Objects.requireNonNull(document, "document");
      Objects.requireNonNull(published, "published");
      incidents = List.copyOf(incidents);
      templates = List.copyOf(templates);
    }
  }

  /**
   * The scores, with both clusterings (template ids) for error analysis, and two references: every template alone
   * ({@code singletons}, the floor a merger must beat) and the gold clusters cut down to the templates that found an
   * incident ({@code ceiling}, the best any merger can do over this extraction).
   */
  public record Result(ClusterScores scores, ClusterScores singletons, ClusterScores ceiling, List<List<String>> gold,
                       List<List<String>> predicted, int aligned, List<MissedPair> missed) {}

  /**
   * Two templates of one gold cluster, each aligned with an incident, that the merge left apart, and the matcher's
   * verdict on their two reports' own profiles: which gate (or too little evidence) kept them apart.
   */
  public record MissedPair(String first, String second, IncidentProfile firstProfile, IncidentProfile secondProfile,
                           IncidentMatcher.Verdict verdict) {}

  public static Result evaluate(List<Report> reports, IncidentMatcher matcher) {
    List<Report> ordered = new ArrayList<>(reports);
    ordered.sort(Comparator.comparing((Report r) -> r.published().orElse(LocalDate.MAX))
        .thenComparing(Report::document));
    List<MergeGold.Template> all = new ArrayList<>();
    reports.forEach(r -> all.addAll(r.templates()));
    List<List<String>> gold = MergeGold.clusters(all).stream()
        .map(c -> c.stream().map(MergeGold.Template::id).toList()).toList();

    InMemoryIncidentMerger merger = new InMemoryIncidentMerger(matcher);
    Map<Object, List<String>> predicted = new LinkedHashMap<>();
    Map<String, Object> clusterOf = new HashMap<>();
    Map<String, IncidentProfile> profileOf = new HashMap<>();
    int aligned = 0;
    Set<String> unalignedIds = new HashSet<>();
    for (Report r : ordered) {
      List<IncidentProfile> profiles = r.incidents().stream().map(IncidentProfile::of).toList();
      List<Integer> into = merger.add(r.document(), profiles);
      int[] match = align(r.templates(), r.incidents());
      for (int t = 0; t < match.length; t++) {
        String id = r.templates().get(t).id();
        Object key = match[t] < 0 ? id : into.get(match[t]);
        if (match[t] >= 0) {
          aligned++;
          profileOf.put(id, profiles.get(match[t]));
        } else {
          unalignedIds.add(id);
        }
        clusterOf.put(id, key);
        predicted.computeIfAbsent(key, k -> new ArrayList<>()).add(id);
      }
    }
    List<MissedPair> missed = new ArrayList<>();
    for (List<String> c : gold) {
      for (int i = 0; i < c.size(); i++) {
        for (int j = i + 1; j < c.size(); j++) {
          IncidentProfile a = profileOf.get(c.get(i)), b = profileOf.get(c.get(j));
          if (a == null || b == null || clusterOf.get(c.get(i)).equals(clusterOf.get(c.get(j)))) continue;
          missed.add(new MissedPair(c.get(i), c.get(j), a, b, matcher.judge(a, b)));
        }
      }
    }
    List<List<String>> pred = List.copyOf(predicted.values());
    List<List<String>> singles = all.stream().map(t -> List.of(t.id())).toList();
    List<List<String>> ceiling = new ArrayList<>();
    for (List<String> c : gold) {
      List<String> kept = c.stream().filter(id -> !unalignedIds.contains(id)).toList();
      if (!kept.isEmpty()) ceiling.add(kept);
      c.stream().filter(unalignedIds::contains).forEach(id -> ceiling.add(List.of(id)));
    }
    return new Result(ClusterScores.of(gold, pred), ClusterScores.of(gold, singles), ClusterScores.of(gold, ceiling),
        gold, pred, aligned, missed);
  }

  /**
   * Which incident of the document stands for each template (-1: none), one to one. Each pair is scored (MUC-4 type
   * agrees: 4, a victim or target name shared: 2, the incident's date is a day the key allows: 1, the incident is
   * current news rather than background: 1) and pairs are taken best first, ties in text and key order, as long as
   * both are free. Only the document's own incidents are looked at, never the clusters, so the alignment cannot help
   * the merge it scores.
   */
  static int[] align(List<MergeGold.Template> templates, List<Incident> incidents) {
    record Pair(int template, int incident, int score) {}
    List<Pair> pairs = new ArrayList<>();
    for (int t = 0; t < templates.size(); t++) {
      for (int i = 0; i < incidents.size(); i++) pairs.add(new Pair(t, i, score(templates.get(t), incidents.get(i))));
    }
    pairs.sort(Comparator.comparingInt(Pair::score).reversed().thenComparingInt(Pair::incident)
        .thenComparingInt(Pair::template));
    int[] match = new int[templates.size()];
    java.util.Arrays.fill(match, -1);
    boolean[] used = new boolean[incidents.size()];
    for (Pair p : pairs) {
      if (match[p.template()] >= 0 || used[p.incident()]) continue;
      match[p.template()] = p.incident();
      used[p.incident()] = true;
    }
    return match;
  }

  private static int score(MergeGold.Template t, Incident i) {
    int s = 0;
    if (i.type().muc4().map(t.types()::contains).orElse(false)) s += 4;
    if (sharesName(t.targets(), i)) s += 2;
    if (i.date().map(d -> allows(t.dates(), d)).orElse(false)) s += 1;
    if (i.status() == IncidentStatus.CURRENT) s += 1;
    return s;
  }

  private static boolean sharesName(Set<String> targets, Incident i) {
    for (Participant p : i.participants()) {
      if (p.role() != Role.TARGET && p.role() != Role.VICTIM) continue;
      List<String> names = new ArrayList<>(p.aliases());
      names.add(p.name());
      for (String n : names) {
        String norm = MentionNormalizer.normalize(n.toLowerCase(Locale.ROOT));
        if (!norm.isEmpty() && targets.stream().anyMatch(g -> containsWords(g, norm) || containsWords(norm, g))) {
          return true;
        }
      }
    }
    return false;
  }

  /** "jesuit priests" contains "priests" but "business" does not contain "bus". */
  private static boolean containsWords(String longer, String shorter) {
    return (" " + longer + " ").contains(" " + shorter + " ");
  }

  private static boolean allows(List<MergeGold.Days> days, IncidentDate d) {
    for (MergeGold.Days r : days) {
      if (!d.start().isAfter(r.to()) && r.from().map(f -> !d.start().isBefore(f)).orElse(true)) return true;
    }
    return false;
  }
}
