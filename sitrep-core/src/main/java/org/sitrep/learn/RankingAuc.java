package org.sitrep.learn;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The area under the ROC curve of held-out scores: the chance that a positive example scores above a negative one,
 * ties counting half. It says how well a model ranks whatever threshold is chosen later, so two feature sets or
 * settings compare on one number where threshold tables would each need reading.
 */
public final class RankingAuc {
  private RankingAuc() {}

  /** One held-out example: the model's score and whether it is a positive. */
  public record Scored(double score, boolean positive) {}

  /** NaN when the examples hold only positives or only negatives. */
  public static double of(List<Scored> examples) {
    List<Scored> sorted = new ArrayList<>(examples);
    sorted.sort(Comparator.comparingDouble(Scored::score));
    double positives = 0;
    double negatives = 0;
    double positiveRanks = 0;
    for (int i = 0; i < sorted.size(); ) {
      int j = i;
      while (j < sorted.size() && sorted.get(j).score() == sorted.get(i).score()) j++;
      double meanRank = (i + 1 + j) / 2.0; // ranks i+1..j share their mean
      for (int k = i; k < j; k++) {
        if (sorted.get(k).positive()) {
          positives++;
          positiveRanks += meanRank;
        } else {
          negatives++;
        }
      }
      i = j;
    }
    if (positives == 0 || negatives == 0) return Double.NaN;
    return (positiveRanks - positives * (positives + 1) / 2) / (positives * negatives);
  }
}
