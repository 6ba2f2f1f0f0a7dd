package org.sitrep.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The front door of the MUC-4 scorer: scores predicted templates against gold templates with both published
 * metrics, GTT's template F1 ({@link GttScorer}) and GRIT's CEAF-REE ({@link CeafReeScorer}). Gold decides which
 * documents count: a gold document without a prediction predicts nothing.
 */
public final class Muc4Evaluation {
  private Muc4Evaluation() {}

  public static Muc4Report evaluate(List<Muc4Document> gold, List<Muc4Document> predictions,
                                    GttScorer.EntityCounting gttCounting) {
    Map<String, Muc4Document> byId = new LinkedHashMap<>();
    for (Muc4Document prediction : predictions) {
      if (byId.put(prediction.id(), prediction) != null) {
        throw new IllegalArgumentException("document " + prediction.id() + " is predicted twice");
      }
    }
    Set<String> goldIds = gold.stream().map(Muc4Document::id).collect(Collectors.toSet());
    if (goldIds.size() != gold.size()) throw new IllegalArgumentException("gold lists a document twice");
    List<String> unknown = byId.keySet().stream().filter(id -> !goldIds.contains(id)).toList();
    return new Muc4Report(gold.size(), predictions.size(), unknown, gttCounting,
        new GttScorer(gttCounting).score(gold, byId), new CeafReeScorer().score(gold, byId));
  }

  /** Both metrics with GTT's default, one-to-one entity counting. */
  public static Muc4Report evaluate(List<Muc4Document> gold, List<Muc4Document> predictions) {
    return evaluate(gold, predictions, GttScorer.EntityCounting.ONE_TO_ONE);
  }
}
