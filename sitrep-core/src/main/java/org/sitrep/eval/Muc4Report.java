package org.sitrep.eval;

import java.util.List;
import java.util.Objects;

/**
 * Both MUC-4 metrics for one prediction file against one gold file. {@code unknownPredictionIds} lists predicted
 * documents that have no gold document; they are not scored, and a non-empty list usually means the wrong split.
 */
public record Muc4Report(int goldDocuments, int predictedDocuments, List<String> unknownPredictionIds,
                         GttScorer.EntityCounting gttCounting, MetricScore gtt, MetricScore ceafRee) {
  public Muc4Report {
    unknownPredictionIds = List.copyOf(unknownPredictionIds);
    Objects.requireNonNull(gttCounting, "gttCounting");
    Objects.requireNonNull(gtt, "gtt");
    Objects.requireNonNull(ceafRee, "ceafRee");
  }
}
