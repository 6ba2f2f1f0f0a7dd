package org.sitrep.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * GTT's template-level F1 (Du, Rush &amp; Cardie, "Template Filling with Generative Transformers", NAACL 2021),
 * following {@code eval.py} of github.com/xinyadu/gtt:
 * <ul>
 *   <li>Identical templates are merged first. GTT merges the gold ones; we merge predicted ones too, so that a
 *       template copied twice is not counted as a spurious second incident (and gold scored as a prediction is
 *       100%).</li>
 *   <li>Per document, each predicted template goes to a distinct gold template or to none. Every such mapping is
 *       tried, in the order of {@code itertools.product} over gold indices followed by "none", and the first with
 *       the highest document F1 wins. That order settles ties between mappings whose per-role counts differ.</li>
 *   <li>A mapped pair scores only if the incident types agree (GTT's {@code pred_type in gold_type}: one of a gold
 *       key's alternatives suffices). It then scores one correct item for the type, and its entities role by role.
 *       Templates left unmapped, or mapped across types, count all their items (type and entities) as spurious
 *       (predicted) or missed (gold).</li>
 *   <li>Strings are compared after {@link MentionNormalizer}; a predicted entity matches a gold entity when all its
 *       strings are among the gold alternatives.</li>
 * </ul>
 * Entity counting inside a pair has two modes. {@link EntityCounting#ONE_TO_ONE} (the default) matches each gold
 * entity at most once, by maximum matching, so predicting one entity twice, or two names of one entity as two
 * entities, earns one correct item and one spurious one. {@link EntityCounting#ANY_MATCH} is the reference script's
 * own counting: a predicted entity is right when it matches any gold entity and a gold entity is found when any
 * predicted entity matches it; use it to compare with published numbers.
 *
 * <p>Documents whose number of mappings exceeds {@code exhaustiveLimit} (say nine predicted and nine gold
 * templates) are mapped by a maximum-weight assignment over the per-pair correct counts instead. Under
 * ONE_TO_ONE the document F1 is {@code 2c/(P+G)} with P and G fixed, so this optimum is exact, only ties may be
 * broken differently; under ANY_MATCH it is an approximation. {@link MetricScore#approximatedDocuments()} says
 * how often that happened.
 */
public final class GttScorer {
  /** How entities inside a mapped pair of templates are counted; see the class comment. */
  public enum EntityCounting { ONE_TO_ONE, ANY_MATCH }

  /** Mappings per document searched exhaustively before the assignment solver takes over. */
  public static final long DEFAULT_EXHAUSTIVE_LIMIT = 2_000_000L;

  private final EntityCounting counting;
  private final long exhaustiveLimit;

  public GttScorer(EntityCounting counting, long exhaustiveLimit) {
    this.counting = Objects.requireNonNull(counting, "counting");
    if (exhaustiveLimit < 1) throw new IllegalArgumentException("exhaustiveLimit must be positive");
    this.exhaustiveLimit = exhaustiveLimit;
  }

  public GttScorer(EntityCounting counting) { this(counting, DEFAULT_EXHAUSTIVE_LIMIT); }

  /**
   * Scores every gold document; a gold document absent from {@code predictions} counts as predicting nothing.
   * Predicted documents with no gold counterpart are not scored (the caller reports them).
   */
  public MetricScore score(List<Muc4Document> gold, Map<String, Muc4Document> predictions) {
    EnumMap<Muc4Slot, Counts> rows = emptyRows();
    int approximated = 0;
    for (Muc4Document goldDoc : gold) {
      Muc4Document predicted = predictions.get(goldDoc.id());
      DocumentScore doc = scoreDocument(goldDoc.templates(), predicted == null ? List.of() : predicted.templates());
      doc.rows.forEach((slot, counts) -> rows.merge(slot, counts, Counts::plus));
      if (doc.approximated) approximated++;
    }
    return new MetricScore(MetricScore.Metric.GTT_TEMPLATE_F1, rows, approximated);
  }

  /**
   * One document's counts per slot; the chosen mapping (per distinct predicted template, the index of its distinct
   * gold template or -1); and whether that mapping came from the assignment solver.
   */
  record DocumentScore(Map<Muc4Slot, Counts> rows, List<Integer> mapping, boolean approximated) {}

  DocumentScore scoreDocument(List<Muc4Template> goldTemplates, List<Muc4Template> predictedTemplates) {
    List<Side> gold = distinct(goldTemplates).stream().map(Side::of).toList();
    List<Side> pred = distinct(predictedTemplates).stream().map(Side::of).toList();
    int m = pred.size();
    int n = gold.size();
    PairScore[][] pairs = new PairScore[m][n];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) pairs[i][j] = pairScore(pred.get(i), gold.get(j));
    }
    int predItems = pred.stream().mapToInt(Side::items).sum();
    int goldItems = gold.stream().mapToInt(Side::items).sum();
    boolean approximated = mappingCount(m, n, exhaustiveLimit) > exhaustiveLimit;
    int[] mapping = approximated ? assign(pairs, m, n) : new MappingSearch(pairs, n, predItems, goldItems).best();

    EnumMap<Muc4Slot, Counts> rows = emptyRows();
    boolean[] goldMapped = new boolean[n];
    for (int i = 0; i < m; i++) {
      int j = mapping[i];
      if (j >= 0 && pairs[i][j] != null) {
        goldMapped[j] = true;
        pairs[i][j].rows.forEach((slot, counts) -> rows.merge(slot, counts, Counts::plus));
      } else {
        pred.get(i).unmatched(true).forEach((slot, counts) -> rows.merge(slot, counts, Counts::plus));
      }
    }
    for (int j = 0; j < n; j++) {
      if (!goldMapped[j]) gold.get(j).unmatched(false).forEach((slot, counts) -> rows.merge(slot, counts, Counts::plus));
    }
    List<Integer> chosen = new ArrayList<>(m);
    for (int j : mapping) chosen.add(j);
    return new DocumentScore(rows, List.copyOf(chosen), approximated);
  }

  private static List<Muc4Template> distinct(List<Muc4Template> templates) {
    return List.copyOf(new LinkedHashSet<>(templates));
  }

  private static EnumMap<Muc4Slot, Counts> emptyRows() {
    EnumMap<Muc4Slot, Counts> rows = new EnumMap<>(Muc4Slot.class);
    for (Muc4Slot slot : Muc4Slot.values()) rows.put(slot, Counts.ZERO);
    return rows;
  }

  /** A template with its entities normalised once. */
  private record Side(Muc4Template template, Map<Muc4Role, List<NormalizedEntity>> entities) {
    static Side of(Muc4Template template) {
      EnumMap<Muc4Role, List<NormalizedEntity>> entities = new EnumMap<>(Muc4Role.class);
      for (Muc4Role role : Muc4Role.values()) {
        entities.put(role, template.fillers(role).stream().map(NormalizedEntity::of).toList());
      }
      return new Side(template, entities);
    }

    /** The type plus every entity: what the template adds to a denominator. */
    int items() { return 1 + entities.values().stream().mapToInt(List::size).sum(); }

    /** All items of an unmapped template, as spurious ({@code predicted}) or missed. */
    Map<Muc4Slot, Counts> unmatched(boolean predicted) {
      EnumMap<Muc4Slot, Counts> rows = new EnumMap<>(Muc4Slot.class);
      rows.put(Muc4Slot.INCIDENT_TYPE, predicted ? new Counts(0, 1, 0, 0) : new Counts(0, 0, 0, 1));
      entities.forEach((role, list) ->
          rows.put(Muc4Slot.of(role), predicted ? new Counts(0, list.size(), 0, 0) : new Counts(0, 0, 0, list.size())));
      return rows;
    }
  }

  /** The counts of one mapped pair with agreeing types, and the correct items they add (pNum + rNum). */
  private record PairScore(Map<Muc4Slot, Counts> rows, int pNum, int rNum) {}

  private PairScore pairScore(Side pred, Side gold) {
    if (!pred.template().typeMatches(gold.template())) return null;
    EnumMap<Muc4Slot, Counts> rows = new EnumMap<>(Muc4Slot.class);
    rows.put(Muc4Slot.INCIDENT_TYPE, new Counts(1, 1, 1, 1));
    int pNum = 1;
    int rNum = 1;
    for (Muc4Role role : Muc4Role.values()) {
      Counts counts = entityCounts(pred.entities().get(role), gold.entities().get(role));
      rows.put(Muc4Slot.of(role), counts);
      pNum += counts.pNum();
      rNum += counts.rNum();
    }
    return new PairScore(rows, pNum, rNum);
  }

  private Counts entityCounts(List<NormalizedEntity> pred, List<NormalizedEntity> gold) {
    boolean[][] edge = new boolean[pred.size()][gold.size()];
    for (int a = 0; a < pred.size(); a++) {
      for (int b = 0; b < gold.size(); b++) edge[a][b] = pred.get(a).matchesGold(gold.get(b));
    }
    if (counting == EntityCounting.ONE_TO_ONE) {
      int matched = Matching.maximumMatching(edge, gold.size());
      return new Counts(matched, pred.size(), matched, gold.size());
    }
    int predRight = 0;
    for (boolean[] row : edge) {
      for (boolean e : row) if (e) { predRight++; break; }
    }
    int goldFound = 0;
    for (int b = 0; b < gold.size(); b++) {
      for (boolean[] row : edge) if (row[b]) { goldFound++; break; }
    }
    return new Counts(predRight, pred.size(), goldFound, gold.size());
  }

  /** Number of partial one-to-one maps from m predicted to n gold templates, saturating just above {@code cap}. */
  static long mappingCount(int m, int n, long cap) {
    long total = 0;
    long choosePred = 1;  // C(m, k)
    long arrangeGold = 1; // n! / (n-k)!
    for (int k = 0; k <= Math.min(m, n); k++) {
      if (k > 0) {
        choosePred = choosePred * (m - k + 1) / k;
        arrangeGold *= n - k + 1;
      }
      if (choosePred > cap || arrangeGold > cap || choosePred * arrangeGold > cap) return cap + 1;
      total += choosePred * arrangeGold;
      if (total > cap) return cap + 1;
    }
    return total;
  }

  private static int[] assign(PairScore[][] pairs, int m, int n) {
    long[][] weight = new long[m][n];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) weight[i][j] = pairs[i][j] == null ? 0 : pairs[i][j].pNum() + pairs[i][j].rNum();
    }
    return Matching.maximumWeightAssignment(weight, n);
  }

  /** Depth-first walk over mappings in {@code itertools.product} order, keeping the first strictly best F1. */
  private static final class MappingSearch {
    private final PairScore[][] pairs;
    private final int goldCount;
    private final int predItems;
    private final int goldItems;
    private final int[] current;
    private final boolean[] goldUsed;
    private int[] best;
    private double bestF1;

    MappingSearch(PairScore[][] pairs, int goldCount, int predItems, int goldItems) {
      this.pairs = pairs;
      this.goldCount = goldCount;
      this.predItems = predItems;
      this.goldItems = goldItems;
      this.current = new int[pairs.length];
      this.goldUsed = new boolean[goldCount];
    }

    int[] best() {
      walk(0, 0, 0);
      return best;
    }

    private void walk(int i, int pNum, int rNum) {
      if (i == current.length) {
        double p = pNum == 0 ? 0 : pNum / (double) predItems;
        double r = rNum == 0 ? 0 : rNum / (double) goldItems;
        double f1 = Counts.f1(p, r);
        if (best == null || f1 > bestF1) {
          best = current.clone();
          bestF1 = f1;
        }
        return;
      }
      for (int j = 0; j < goldCount; j++) {
        if (goldUsed[j]) continue;
        goldUsed[j] = true;
        current[i] = j;
        PairScore pair = pairs[i][j];
        walk(i + 1, pNum + (pair == null ? 0 : pair.pNum()), rNum + (pair == null ? 0 : pair.rNum()));
        goldUsed[j] = false;
      }
      current[i] = -1;
      walk(i + 1, pNum, rNum);
    }
  }
}
