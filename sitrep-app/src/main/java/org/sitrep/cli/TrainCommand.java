package org.sitrep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sitrep.domain.Extraction;
import org.sitrep.eval.Muc4Relevance;
import org.sitrep.eval.Muc4Split;
import org.sitrep.eval.Muc4Template;
import org.sitrep.eval.Muc4TemplateMapper;
import org.sitrep.learn.LogisticModel;
import org.sitrep.pipeline.DocResult;
import org.sitrep.pipeline.Pipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sitrep train MODEL}: rebuilds a learned model from a training split; deterministic. */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Train sitrep's learned models from the training splits in shared/data (never dev or test).",
    subcommands = {TrainCommand.Muc4.class})
public final class TrainCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() { spec.commandLine().usage(System.err); }

  /**
   * {@code sitrep train muc4}: the MUC-4 relevance model from train.jsonl. Examples are the train reports for which
   * sitrep maps at least one template (the model only ever vetoes); the label is whether the key has any template.
   */
  @Command(name = "muc4", mixinStandardHelpOptions = true,
      description = "Train the MUC-4 relevance model on train.jsonl; prints 5-fold cross-validation on train.")
  static final class Muc4 implements Callable<Integer> {
    @Mixin NlpCacheOption nlp = new NlpCacheOption();

    @Option(names = "--out", description = "Model file (default: ${DEFAULT-VALUE}, committed).",
        defaultValue = "sitrep-core/src/main/resources/" + Muc4Relevance.RESOURCE)
    Path out;

    @Option(names = "--cache", paramLabel = "FILE",
        description = "Features of each train report (JSON Lines): read when it exists, else written. Lets you retrain"
            + " without rerunning the pipeline; delete it when extraction changes.")
    Path cache;

    @Override
    public Integer call() throws IOException {
      ObjectMapper mapper = new ObjectMapper();
      List<LogisticModel.Example> examples;
      if (cache != null && Files.exists(cache)) {
        examples = readCache(mapper, cache);
        System.err.printf("train: %d examples from %s%n", examples.size(), cache);
      } else {
        Optional<Path> file = Muc4Split.TRAIN.locate(Path.of(""));
        if (file.isEmpty()) {
          System.err.println("sitrep: error: cannot find shared/data/muc4/train.jsonl above "
              + Path.of("").toAbsolutePath());
          return 2;
        }
        examples = extract(mapper, file.get(), nlp.pipeline());
        if (cache != null) writeCache(mapper, cache, examples);
      }
      long positives = examples.stream().filter(LogisticModel.Example::positive).count();
      System.err.printf("train: %d examples, %d relevant%n", examples.size(), positives);
      crossValidate(examples);
      LogisticModel model = LogisticModel.train(examples, LogisticModel.Settings.DEFAULT);
      if (out.getParent() != null) Files.createDirectories(out.getParent());
      try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
        model.write(w);
      }
      System.err.printf("train: %d weights written to %s%n", model.weights().size(), out);
      return 0;
    }

    private static List<LogisticModel.Example> extract(ObjectMapper mapper, Path file, Pipeline pipeline)
        throws IOException {
      Muc4TemplateMapper mapping = new Muc4TemplateMapper();
      List<LogisticModel.Example> examples = new ArrayList<>();
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      long start = System.nanoTime();
      int done = 0;
      for (String line : lines) {
        if (line.isBlank()) continue;
        JsonNode doc = mapper.readTree(line);
        boolean relevant = doc.path("templates").size() > 0;
        DocResult<Extraction> r = pipeline.process(Muc4Input.source(doc, "train:" + (done + 1)));
        done++;
        if (done % 100 == 0) {
          System.err.printf("train: %d/%d reports, %.1f docs/s%n", done, lines.size(),
              done / ((System.nanoTime() - start) / 1e9));
        }
        if (!(r instanceof DocResult.Ok<Extraction> ok)) continue;
        List<Muc4Template> templates = mapping.templates(ok.value());
        if (templates.isEmpty()) continue;
        examples.add(new LogisticModel.Example(Muc4Relevance.features(ok.value(), templates), relevant));
      }
      return examples;
    }

    /** 5 folds by position (every 5th example): accuracy and vetoes at a few thresholds, to choose one honestly. */
    private static void crossValidate(List<LogisticModel.Example> examples) {
      double[] thresholds = {0.3, 0.4, 0.5, 0.6};
      int[][] counts = new int[thresholds.length][4];   // kept relevant, dropped relevant, kept irrelevant, dropped irr.
      for (int fold = 0; fold < 5; fold++) {
        List<LogisticModel.Example> training = new ArrayList<>();
        List<LogisticModel.Example> held = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) (i % 5 == fold ? held : training).add(examples.get(i));
        LogisticModel m = LogisticModel.train(training, LogisticModel.Settings.DEFAULT);
        for (LogisticModel.Example e : held) {
          double p = m.probability(e.features());
          for (int t = 0; t < thresholds.length; t++) {
            boolean keep = p >= thresholds[t];
            counts[t][(e.positive() ? 0 : 2) + (keep ? 0 : 1)]++;
          }
        }
      }
      System.err.println("train: 5-fold cross-validation on train (reports with templates)");
      System.err.println("  threshold  kept-relevant  dropped-relevant  kept-irrelevant  dropped-irrelevant");
      for (int t = 0; t < thresholds.length; t++) {
        System.err.printf("  %9.2f  %13d  %16d  %15d  %18d%n", thresholds[t], counts[t][0], counts[t][1],
            counts[t][2], counts[t][3]);
      }
    }

    private static void writeCache(ObjectMapper mapper, Path cache, List<LogisticModel.Example> examples)
        throws IOException {
      try (BufferedWriter w = Files.newBufferedWriter(cache, StandardCharsets.UTF_8)) {
        for (LogisticModel.Example e : examples) {
          w.write(mapper.writeValueAsString(Map.of("positive", e.positive(), "features", e.features())));
          w.newLine();
        }
      }
    }

    private static List<LogisticModel.Example> readCache(ObjectMapper mapper, Path cache) throws IOException {
      List<LogisticModel.Example> examples = new ArrayList<>();
      for (String line : Files.readAllLines(cache, StandardCharsets.UTF_8)) {
        if (line.isBlank()) continue;
        JsonNode n = mapper.readTree(line);
        Map<String, Double> features = new java.util.TreeMap<>();
        n.path("features").fields().forEachRemaining(f -> features.put(f.getKey(), f.getValue().asDouble()));
        examples.add(new LogisticModel.Example(features, n.path("positive").asBoolean()));
      }
      return examples;
    }
  }
}
