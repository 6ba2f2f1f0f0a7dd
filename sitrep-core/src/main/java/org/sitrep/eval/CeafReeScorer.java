package org.sitrep.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * CEAF-REE, the document-level role-filler metric of GRIT (Du, Cardie &amp; Rush, "GRIT: Generative Role-filler
 * Transformers for Document-level Event Entity Extraction", EACL 2021), following {@code eval.py} and
 * {@code data/muc/scripts/preprocess.py} of github.com/xinyadu/grit_doc_event_entity:
 * <ul>
 *   <li>Templates and incident types are ignored. Per document and role, the entities of all templates are
 *       united as GRIT's preprocessing does: in template order, an entity is added unless its (lower-cased)
 *       strings are a subset or a superset of an entity already added. Predictions are united the same way,
 *       so an entity repeated across templates counts once.</li>
 *   <li>Predicted and gold entities are aligned one-to-one by maximum matching, with GRIT's {@code phi_strict}
 *       similarity: 1 when every normalised string of the predicted entity is a normalised gold alternative,
 *       else 0. The matched count is both numerators; the entity counts are the denominators.</li>
 * </ul>
 * Our gold entities come from the {@code gtt} field, whose alternatives were already filtered to strings found in
 * the text; GRIT united the key strings before that filter. The two can differ only where a filtered-out
 * alternative decided a subset test.
 */
public final class CeafReeScorer {
  /**
   * Scores every gold document; a gold document absent from {@code predictions} counts as predicting nothing.
   * Predicted documents with no gold counterpart are not scored (the caller reports them).
   */
  public MetricScore score(List<Muc4Document> gold, Map<String, Muc4Document> predictions) {
    EnumMap<Muc4Slot, Counts> rows = new EnumMap<>(Muc4Slot.class);
    for (Muc4Role role : Muc4Role.values()) rows.put(Muc4Slot.of(role), Counts.ZERO);
    for (Muc4Document goldDoc : gold) {
      Muc4Document predicted = predictions.get(goldDoc.id());
      List<Muc4Template> predTemplates = predicted == null ? List.of() : predicted.templates();
      for (Muc4Role role : Muc4Role.values()) {
        rows.merge(Muc4Slot.of(role), score(unite(goldDoc.templates(), role), unite(predTemplates, role)), Counts::plus);
      }
    }
    return new MetricScore(MetricScore.Metric.CEAF_REE, rows, 0);
  }

  static Counts score(List<NormalizedEntity> gold, List<NormalizedEntity> pred) {
    boolean[][] edge = new boolean[pred.size()][gold.size()];
    for (int a = 0; a < pred.size(); a++) {
      for (int b = 0; b < gold.size(); b++) edge[a][b] = pred.get(a).matchesGold(gold.get(b));
    }
    int matched = Matching.maximumMatching(edge, gold.size());
    return new Counts(matched, pred.size(), matched, gold.size());
  }

  /** The document's entities of one role, united across templates by GRIT's subset/superset rule, normalised. */
  static List<NormalizedEntity> unite(List<Muc4Template> templates, Muc4Role role) {
    List<Set<String>> united = new ArrayList<>();
    List<Muc4Entity> kept = new ArrayList<>();
    for (Muc4Template template : templates) {
      for (Muc4Entity entity : template.fillers(role)) {
        Set<String> candidate = new LinkedHashSet<>();
        entity.alternatives().forEach(s -> candidate.add(s.toLowerCase(Locale.ROOT)));
        boolean isNew = united.stream().noneMatch(e -> e.containsAll(candidate) || candidate.containsAll(e));
        if (isNew) {
          united.add(candidate);
          kept.add(entity);
        }
      }
    }
    return kept.stream().map(NormalizedEntity::of).toList();
  }
}
