package org.sitrep.eval;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * One metric's result over a corpus: counts per row (incident type for GTT, plus the five roles) and their micro
 * total. {@code approximatedDocuments} counts documents whose template mapping was too large to search exhaustively
 * and came from an assignment solver instead (see {@link GttScorer}); it is 0 for CEAF-REE.
 */
public record MetricScore(Metric metric, Map<Muc4Slot, Counts> rows, int approximatedDocuments) {
  /** The two MUC-4 metrics. */
  public enum Metric {
    GTT_TEMPLATE_F1("GTT template F1 (Du, Rush & Cardie, NAACL 2021)"),
    CEAF_REE("CEAF-REE role-filler F1 (Du et al., GRIT, EACL 2021)");

    private final String title;

    Metric(String title) { this.title = title; }

    public String title() { return title; }
  }

  public MetricScore {
    Objects.requireNonNull(metric, "metric");
    EnumMap<Muc4Slot, Counts> copy = new EnumMap<>(Muc4Slot.class);
    copy.putAll(rows);
    rows = Collections.unmodifiableMap(copy);
  }

  /** The sum over all rows: the number the papers report. */
  public Counts micro() {
    return rows.values().stream().reduce(Counts.ZERO, Counts::plus);
  }
}
