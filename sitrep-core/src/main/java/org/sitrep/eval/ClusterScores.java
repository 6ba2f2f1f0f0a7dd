package org.sitrep.eval;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How close a predicted clustering of items is to the gold one, by the two usual coreference measures. Pairwise: a pair
 * of items in one predicted cluster is right when they share a gold cluster (precision over predicted pairs, recall
 * over gold pairs); it weighs big clusters quadratically. B-cubed (Bagga and Baldwin 1998): per item, the share of its
 * predicted cluster that is in its gold cluster (precision) and of its gold cluster that is in its predicted one
 * (recall), averaged over items; singletons count, so it rewards leaving unrelated reports apart.
 */
public record ClusterScores(Score pairwise, Score bcubed, int items, int goldClusters, int predictedClusters,
                            long goldPairs, long predictedPairs) {
  /** Precision, recall and F1 in [0, 1]; precision or recall with nothing to measure is 1 (nothing claimed, nothing missed). */
  public record Score(double precision, double recall) {
    public double f1() { return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall); }
  }

  /** Scores {@code predicted} against {@code gold}; both must partition the same items (each item exactly once). */
  public static <T> ClusterScores of(List<? extends Collection<T>> gold, List<? extends Collection<T>> predicted) {
    Map<T, Integer> g = labels(gold, "gold");
    Map<T, Integer> p = labels(predicted, "predicted");
    if (!g.keySet().equals(p.keySet())) {
      Set<T> diff = new HashSet<>(g.keySet());
      diff.removeAll(p.keySet());
      if (diff.isEmpty()) {
        diff = new HashSet<>(p.keySet());
        diff.removeAll(g.keySet());
      }
      throw new IllegalArgumentException("gold and predicted cluster different items, e.g. " + diff.iterator().next());
    }
    // cell[(gold, predicted)] = how many items lie in both; every measure below is a sum over these cells.
    Map<Long, Integer> cells = new HashMap<>();
    for (Map.Entry<T, Integer> e : g.entrySet()) {
      cells.merge(((long) e.getValue() << 32) | p.get(e.getKey()), 1, Integer::sum);
    }
    int[] goldSize = sizes(gold), predSize = sizes(predicted);
    long goldPairs = pairs(goldSize), predPairs = pairs(predSize), both = 0;
    double bp = 0, br = 0;
    for (Map.Entry<Long, Integer> c : cells.entrySet()) {
      int n = c.getValue();
      int gi = (int) (c.getKey() >>> 32), pi = (int) (long) c.getKey();
      both += (long) n * (n - 1) / 2;
      bp += (double) n * n / predSize[pi];
      br += (double) n * n / goldSize[gi];
    }
    int items = g.size();
    Score pairwise = new Score(predPairs == 0 ? 1 : (double) both / predPairs, goldPairs == 0 ? 1 : (double) both / goldPairs);
    Score bcubed = items == 0 ? new Score(1, 1) : new Score(bp / items, br / items);
    return new ClusterScores(pairwise, bcubed, items, gold.size(), predicted.size(), goldPairs, predPairs);
  }

  private static <T> Map<T, Integer> labels(List<? extends Collection<T>> clusters, String which) {
    Map<T, Integer> out = new HashMap<>();
    for (int i = 0; i < clusters.size(); i++) {
      if (clusters.get(i).isEmpty()) throw new IllegalArgumentException(which + " cluster " + i + " is empty");
      for (T item : clusters.get(i)) {
        if (out.put(item, i) != null) throw new IllegalArgumentException(which + " puts " + item + " in two clusters");
      }
    }
    return out;
  }

  private static int[] sizes(List<? extends Collection<?>> clusters) {
    return clusters.stream().mapToInt(Collection::size).toArray();
  }

  private static long pairs(int[] sizes) {
    long n = 0;
    for (int s : sizes) n += (long) s * (s - 1) / 2;
    return n;
  }
}
