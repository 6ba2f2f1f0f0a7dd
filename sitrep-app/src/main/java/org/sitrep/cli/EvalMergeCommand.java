package org.sitrep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.sitrep.domain.Extraction;
import org.sitrep.domain.Incident;
import org.sitrep.eval.ClusterScores;
import org.sitrep.eval.MergeEvaluation;
import org.sitrep.eval.MergeGold;
import org.sitrep.eval.Muc4Split;
import org.sitrep.ingest.Source;
import org.sitrep.merge.IncidentMatcher;
import org.sitrep.merge.IncidentProfile;
import org.sitrep.pipeline.DocResult;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.resolve.Gazetteer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code sitrep eval merge}: runs sitrep over a MUC-4 split, merges the incidents of all its documents as the store
 * would, and scores which key templates end up in one incident against gold clusters built from the keys
 * (docs/merge.md).
 */
@Command(name = "merge", mixinStandardHelpOptions = true,
    description = {"Run sitrep on MUC-4, merge reports of the same incident, and score the clusters against gold"
        + " clusters built from the answer keys (pairwise and B-cubed precision, recall, F1).",
        "Takes a few minutes per 200 documents: every document goes through the full pipeline."})
public final class EvalMergeCommand implements Callable<Integer> {
  @Mixin NlpCacheOption nlp = new NlpCacheOption();

  /** Which documents to merge: one split, or both as one corpus. */
  enum Corpus {
    TRAIN(List.of(Muc4Split.TRAIN)), DEV(List.of(Muc4Split.DEV)), ALL(List.of(Muc4Split.TRAIN, Muc4Split.DEV));

    final List<Muc4Split> splits;

    Corpus(List<Muc4Split> splits) { this.splits = splits; }
  }

  @Option(names = "--split", paramLabel = "train|dev|all", converter = CorpusConverter.class,
      description = "MUC-4 documents to merge (default: dev); all merges train and dev together, and also scores each"
          + " merged on its own.")
  Corpus corpus = Corpus.DEV;

  @Option(names = "--clusters", paramLabel = "FILE",
      description = "Also write the gold and predicted clusters of two templates or more, one per line (for reading).")
  Path clusters;

  @Override
  public Integer call() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Muc4Split split : corpus.splits) {
      Optional<Path> file = split.locate(Path.of(""));
      if (file.isEmpty()) {
        System.err.println("sitrep: error: cannot find " + Muc4Split.DATA_DIR.resolve(split.fileName()) + " above "
            + Path.of("").toAbsolutePath());
        return 2;
      }
      files.add(file.get());
    }
    ObjectMapper mapper = new ObjectMapper();
    Gazetteer gazetteer = Gazetteer.bundled();
    Pipeline pipeline = nlp.pipeline();
    List<MergeEvaluation.Report> reports = new ArrayList<>();
    List<List<MergeEvaluation.Report>> bySplit = new ArrayList<>();
    long start = System.nanoTime();
    int failed = 0;
    for (Path file : files) {
      int first = reports.size();
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).isBlank()) continue;
        JsonNode doc = mapper.readTree(lines.get(i));
        String id = doc.path("id").asText(file + ":" + (i + 1));
        List<Incident> incidents = List.of();
        Source source = Muc4Input.source(doc, id);
        DocResult<Extraction> result = pipeline.process(source);
        if (result instanceof DocResult.Ok<Extraction> ok) {
          incidents = ok.value().incidents();
        } else if (result instanceof DocResult.Failed<Extraction> f) {
          f.problems().forEach(p -> System.err.println("sitrep: warning: " + p.oneLine()));
          failed++;
        }
        reports.add(new MergeEvaluation.Report(id, source.published(), incidents, MergeGold.templates(doc, gazetteer)));
        if (reports.size() % 100 == 0) {
          System.err.printf(Locale.ROOT, "merge: %d documents, %.1f docs/s%n", reports.size(),
              reports.size() / ((System.nanoTime() - start) / 1e9));
        }
      }
      bySplit.add(List.copyOf(reports.subList(first, reports.size())));
    }
    IncidentMatcher matcher = new IncidentMatcher();
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.println("rule: " + matcher.rule());
    if (corpus.splits.size() > 1) {
      for (int i = 0; i < corpus.splits.size(); i++) {
        String name = corpus.splits.get(i).name().toLowerCase(Locale.ROOT) + " (merged on its own)";
        print(out, name, MergeEvaluation.evaluate(bySplit.get(i), matcher), bySplit.get(i).size());
      }
    }
    MergeEvaluation.Result r = MergeEvaluation.evaluate(reports, matcher);
    print(out, corpus.name().toLowerCase(Locale.ROOT), r, reports.size());
    out.println("(every template alone: the floor; gold over aligned: the best any merger can do when templates"
        + " without a sitrep incident stay alone)");
    if (failed > 0) System.err.println("sitrep: warning: " + failed + " documents failed and count as having no incident");
    if (clusters != null) writeClusters(r);
    return 0;
  }

  private static void print(PrintStream out, String name, MergeEvaluation.Result r, int documents) {
    ClusterScores s = r.scores();
    out.println();
    out.printf(Locale.ROOT, "MUC-4 %s: %d documents, %d key templates in %d gold clusters (%d gold pairs);"
        + " %d templates aligned with a sitrep incident%n", name, documents, s.items(), s.goldClusters(),
        s.goldPairs(), r.aligned());
    out.printf(Locale.ROOT, "%-24s %9s %7s %7s %7s   %7s %7s %7s%n", "clustering", "clusters", "pair P", "pair R",
        "pair F1", "B3 P", "B3 R", "B3 F1");
    row(out, "sitrep merge", r.scores());
    row(out, "every template alone", r.singletons());
    row(out, "gold over aligned", r.ceiling());
    Map<String, Long> why = r.missed().stream().collect(Collectors.groupingBy(
        m -> m.verdict().gate().map(g -> "gate " + g.name().toLowerCase(Locale.ROOT)).orElse("below threshold"),
        TreeMap::new, Collectors.counting()));
    out.printf(Locale.ROOT, "gold pairs of aligned templates left apart: %d (on their own reports: %s)%n",
        r.missed().size(), why.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
            .collect(Collectors.joining(", ")));
  }

  private static void row(PrintStream out, String label, ClusterScores s) {
    out.printf(Locale.ROOT, "%-24s %9d %7.2f %7.2f %7.2f   %7.2f %7.2f %7.2f%n", label, s.predictedClusters(),
        100 * s.pairwise().precision(), 100 * s.pairwise().recall(), 100 * s.pairwise().f1(),
        100 * s.bcubed().precision(), 100 * s.bcubed().recall(), 100 * s.bcubed().f1());
  }

  private void writeClusters(MergeEvaluation.Result r) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add("# gold");
    r.gold().stream().filter(c -> c.size() > 1).forEach(c -> lines.add(String.join(" ", c)));
    lines.add("# predicted");
    r.predicted().stream().filter(c -> c.size() > 1).forEach(c -> lines.add(String.join(" ", c)));
    lines.add("# gold pairs left apart: template template gate-or-score, then each report's type date country city");
    r.missed().forEach(m -> lines.add(m.first() + " " + m.second() + " " + m.verdict().gate()
        .map(g -> g.name().toLowerCase(Locale.ROOT)).orElse(String.format(Locale.ROOT, "%.2f", m.verdict().score()))
        + " | " + describe(m.firstProfile()) + " | " + describe(m.secondProfile())));
    Files.write(clusters, lines, StandardCharsets.UTF_8);
  }

  private static String describe(IncidentProfile p) {
    return String.join(" ", p.type().name().toLowerCase(Locale.ROOT),
        p.dateStart().map(LocalDate::toString).orElse("-") + p.dateEnd().filter(e -> !p.dateStart().equals(Optional.of(e)))
            .map(e -> ".." + e).orElse(""),
        p.country().orElse("-"), p.city().orElse("-"), String.join(",", p.targets()));
  }

  /** Accepts {@code train}, {@code dev} or {@code all} in any case. */
  static final class CorpusConverter implements CommandLine.ITypeConverter<Corpus> {
    @Override
    public Corpus convert(String value) {
      for (Corpus c : Corpus.values()) {
        if (c.name().equalsIgnoreCase(value.strip())) return c;
      }
      throw new CommandLine.TypeConversionException("expected train, dev or all, got '" + value + "'");
    }
  }
}
