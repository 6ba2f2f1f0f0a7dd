package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sitrep.eval.Counts;
import org.sitrep.eval.GttScorer;
import org.sitrep.eval.MetricScore;
import org.sitrep.eval.Muc4Document;
import org.sitrep.eval.Muc4Evaluation;
import org.sitrep.eval.Muc4Jsonl;
import org.sitrep.eval.Muc4Report;
import org.sitrep.eval.Muc4Slot;
import org.sitrep.eval.Muc4Split;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sitrep eval BENCHMARK}: scores saved predictions against a benchmark's answer keys (metrics only). */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Score predictions against a benchmark's answer keys.",
    subcommands = {EvalCommand.Muc4.class, EvalPlacesCommand.class, EvalWikiEventsCommand.class, EvalMergeCommand.class})
public final class EvalCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() { spec.commandLine().usage(System.err); }

  /** {@code sitrep eval muc4}: GTT template F1 and CEAF-REE of a MUC-4 prediction file. */
  @Command(name = "muc4", mixinStandardHelpOptions = true,
      description = {
          "Score MUC-4 predictions with GTT's template F1 (Du, Rush & Cardie 2021) and GRIT's CEAF-REE (Du et al. 2021).",
          "Prediction lines: {\"id\", \"templates\": [{\"incident_type\", \"PerpInd\": [[\"string\", ...], ...],"
              + " \"PerpOrg\", \"Target\", \"Victim\", \"Weapon\"}]}. A gold document with no prediction line"
              + " predicts nothing."})
  static final class Muc4 implements Callable<Integer> {
    @Option(names = "--split", paramLabel = "train|dev", converter = SplitConverter.class,
        description = "Gold split from shared/data/muc4, found in the nearest directory above the working directory"
            + " or the installation (default: dev). Ignored with --gold.")
    Muc4Split split = Muc4Split.DEV;

    @Option(names = "--gold", paramLabel = "FILE", description = "Gold JSON Lines with a \"gtt\" field per line.")
    Path gold;

    @Option(names = "--pred", paramLabel = "FILE", required = true, description = "Prediction JSON Lines.")
    Path pred;

    @Option(names = "--json", description = "Print the scores as one JSON object instead of tables.")
    boolean json;

    @Option(names = "--gtt-counting", paramLabel = "one-to-one|any-match", converter = CountingConverter.class,
        description = "GTT entity counting: one-to-one (default; each gold entity matched at most once) or any-match"
            + " (the reference eval.py: duplicates each count as correct), for comparing with published numbers.")
    GttScorer.EntityCounting counting = GttScorer.EntityCounting.ONE_TO_ONE;

    @Override
    public Integer call() {
      Optional<Path> goldFile = gold != null ? Optional.of(gold) : locate(split);
      if (goldFile.isEmpty()) {
        System.err.println("sitrep: error: cannot find " + Muc4Split.DATA_DIR.resolve(split.fileName())
            + " above " + Path.of("").toAbsolutePath() + " or the installation; give --gold FILE");
        return 2;
      }
      List<Muc4Document> goldDocs;
      List<Muc4Document> predDocs;
      try {
        goldDocs = Muc4Jsonl.readGold(goldFile.get());
        predDocs = Muc4Jsonl.readPredictions(pred);
      } catch (IOException e) {
        System.err.println("sitrep: error: " + e.getMessage());
        return 2;
      }
      Muc4Report report = Muc4Evaluation.evaluate(goldDocs, predDocs, counting);
      if (!report.unknownPredictionIds().isEmpty()) {
        System.err.println("sitrep: warning: " + report.unknownPredictionIds().size()
            + " predicted documents are not in the gold file and were not scored (first: "
            + report.unknownPredictionIds().get(0) + "); is this the right split?");
      }
      PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
      if (json) {
        out.println(toJson(report, goldFile.get(), pred));
      } else {
        printTables(out, report, goldFile.get(), pred);
      }
      return 0;
    }

    /** The working directory first, then the installation (the launcher's jar sits in sitrep-app/target). */
    private static Optional<Path> locate(Muc4Split split) {
      List<Path> starts = new ArrayList<>(List.of(Path.of("")));
      CodeSource code = EvalCommand.class.getProtectionDomain().getCodeSource();
      if (code != null && code.getLocation() != null) {
        try {
          starts.add(Path.of(code.getLocation().toURI()));
        } catch (URISyntaxException | IllegalArgumentException | FileSystemNotFoundException e) {
          System.err.println("sitrep: note: installation directory unknown (" + e.getMessage()
              + "); searching above the working directory only");
        }
      }
      return starts.stream().map(split::locate).flatMap(Optional::stream).findFirst();
    }
  }

  static void printTables(PrintStream out, Muc4Report report, Path gold, Path pred) {
    out.printf(Locale.ROOT, "MUC-4 scores: gold %s (%d documents), predictions %s (%d documents)%n",
        gold, report.goldDocuments(), pred, report.predictedDocuments());
    for (MetricScore metric : List.of(report.gtt(), report.ceafRee())) {
      out.println();
      out.print(metric.metric().title());
      if (metric.metric() == MetricScore.Metric.GTT_TEMPLATE_F1) {
        out.print("; entity counting " + countingLabel(report.gttCounting()));
      }
      out.println();
      out.printf(Locale.ROOT, "%-14s %7s %7s %7s   %-15s %s%n", "slot", "P", "R", "F1", "right/predicted",
          "found/gold");
      for (Map.Entry<Muc4Slot, Counts> row : metric.rows().entrySet()) {
        printRow(out, row.getKey().label(), row.getValue());
      }
      printRow(out, "micro", metric.micro());
      if (metric.approximatedDocuments() > 0) {
        out.println("(" + metric.approximatedDocuments() + " documents had too many template mappings to search"
            + " exhaustively and were mapped by the assignment solver)");
      }
    }
  }

  private static void printRow(PrintStream out, String label, Counts c) {
    out.printf(Locale.ROOT, "%-14s %7.2f %7.2f %7.2f   %-15s %s%n", label, 100 * c.precision(),
        100 * c.recall(), 100 * c.f1(), c.pNum() + "/" + c.pDen(), c.rNum() + "/" + c.rDen());
  }

  static String toJson(Muc4Report report, Path gold, Path pred) {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("gold", gold.toString());
    root.put("predictions", pred.toString());
    root.put("gold_documents", report.goldDocuments());
    root.put("predicted_documents", report.predictedDocuments());
    report.unknownPredictionIds().forEach(root.putArray("unknown_prediction_ids")::add);
    ObjectNode gtt = metricJson(root.putObject("gtt"), report.gtt());
    gtt.put("entity_counting", countingLabel(report.gttCounting()));
    metricJson(root.putObject("ceaf_ree"), report.ceafRee());
    try {
      return mapper.writeValueAsString(root);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a tree of plain values failed to serialise", e);
    }
  }

  private static ObjectNode metricJson(ObjectNode node, MetricScore metric) {
    node.put("metric", metric.metric().title());
    node.put("approximated_documents", metric.approximatedDocuments());
    ObjectNode rows = node.putObject("rows");
    metric.rows().forEach((slot, counts) -> countsJson(rows.putObject(slot.label()), counts));
    countsJson(node.putObject("micro"), metric.micro());
    return node;
  }

  private static void countsJson(ObjectNode node, Counts c) {
    node.put("p", 100 * c.precision());
    node.put("r", 100 * c.recall());
    node.put("f1", 100 * c.f1());
    node.put("p_num", c.pNum());
    node.put("p_den", c.pDen());
    node.put("r_num", c.rNum());
    node.put("r_den", c.rDen());
  }

  private static String countingLabel(GttScorer.EntityCounting counting) {
    return counting.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Accepts {@code train} or {@code dev} in any case. */
  static final class SplitConverter implements CommandLine.ITypeConverter<Muc4Split> {
    @Override
    public Muc4Split convert(String value) {
      for (Muc4Split s : Muc4Split.values()) {
        if (s.name().equalsIgnoreCase(value.strip())) return s;
      }
      throw new CommandLine.TypeConversionException("expected train or dev, got '" + value + "'");
    }
  }

  /** Accepts {@code one-to-one} or {@code any-match}. */
  static final class CountingConverter implements CommandLine.ITypeConverter<GttScorer.EntityCounting> {
    @Override
    public GttScorer.EntityCounting convert(String value) {
      for (GttScorer.EntityCounting c : GttScorer.EntityCounting.values()) {
        if (countingLabel(c).equalsIgnoreCase(value.strip())) return c;
      }
      throw new CommandLine.TypeConversionException("expected one-to-one or any-match, got '" + value + "'");
    }
  }
}
