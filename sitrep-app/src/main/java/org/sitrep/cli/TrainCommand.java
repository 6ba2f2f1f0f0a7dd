package org.sitrep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BiPredicate;
import org.sitrep.domain.Extraction;
import org.sitrep.domain.OneLine;
import org.sitrep.eval.Counts;
import org.sitrep.eval.Muc4Candidates;
import org.sitrep.eval.Muc4Document;
import org.sitrep.eval.Muc4Entity;
import org.sitrep.eval.Muc4Evaluation;
import org.sitrep.eval.Muc4IncidentType;
import org.sitrep.eval.Muc4Jsonl;
import org.sitrep.eval.Muc4Relevance;
import org.sitrep.eval.Muc4Report;
import org.sitrep.eval.Muc4Role;
import org.sitrep.eval.Muc4RoleFiller;
import org.sitrep.eval.Muc4Slot;
import org.sitrep.eval.Muc4Split;
import org.sitrep.eval.Muc4Template;
import org.sitrep.eval.Muc4TemplateMapper;
import org.sitrep.eval.Muc4TemplateTyper;
import org.sitrep.learn.LogisticModel;
import org.sitrep.learn.RankingAuc;
import org.sitrep.pipeline.DocResult;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Sitrep;
import org.sitrep.resolve.ActorDictionary;
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
   * {@code sitrep train muc4}: the MUC-4 relevance model and the role models from train.jsonl. Relevance examples are
   * the train reports for which sitrep maps at least one template (the model only ever vetoes); the label is whether
   * the key has any template. Role examples are the candidate phrases of those reports ({@link Muc4Candidates}),
   * labelled per role by whether the key lists the phrase's normalised string for that role.
   */
  @Command(name = "muc4", mixinStandardHelpOptions = true,
      description = "Train the MUC-4 relevance and role models on train.jsonl; prints 5-fold cross-validation on train.")
  static final class Muc4 implements Callable<Integer> {
    @Mixin NlpCacheOption nlp = new NlpCacheOption();

    @Option(names = "--out-dir", description = "Where the models go (default: ${DEFAULT-VALUE}, committed).",
        defaultValue = "sitrep-core/src/main/resources/")
    Path outDir;

    @Option(names = "--no-roles", description = "Train and write the relevance model only.")
    boolean noRoles;

    @Option(names = "--cv-only", description = "Cross-validate only; write no model.")
    boolean cvOnly;

    @Option(names = "--no-typing", description = "Skip the template keep/type models.")
    boolean noTyping;

    @Option(names = "--dump-cv", description = "Write the cross-validation's held-out candidates (probabilities, "
        + "labels), key and templates as TSV into this folder, for error analysis.")
    Path dumpCv;

    /** Template models see a few thousand examples: the relevance model's settings. */
    static final LogisticModel.Settings TYPE_SETTINGS = LogisticModel.Settings.DEFAULT;

    /** Which two phrases name one actor, for the role decoding: the same test {@code sitrep muc4} uses. */
    private final ActorDictionary actors = ActorDictionary.bundled();
    private final BiPredicate<String, String> sameActor = Muc4RoleFiller.sameActor(actors);

    /** Held-out relevance decisions and role probabilities of the roles' cross-validation, for the typing models. */
    private boolean[] cvKept;
    private double[][][] cvProbabilities;
    /** The roles whose best filler the decoding shares with a report's incidents that have none. */
    private final java.util.Set<Muc4Role> shared = java.util.EnumSet.noneOf(Muc4Role.class);

    /** Role models see many more, sparser examples than relevance: fewer passes suffice. */
    static final LogisticModel.Settings ROLE_SETTINGS = new LogisticModel.Settings(8, 0.05, 1e-6, 20261125L, 2e-6);

    /** Role weights below this magnitude are dropped: about four in five, a quarter of the file size left. */
    static final double ROLE_PRUNE = 1e-3;

    /** Thresholds tried for each role in cross-validation. */
    static final double[] ROLE_THRESHOLDS = {0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5};

    /** The least GTT F1 gain (as a fraction) for which an option adds behaviour (a shared role, a typing option). */
    static final double MIN_GAIN = 0.002;

    /** What one train report contributes, with its answer key. */
    private record Report(String id, Muc4Document key, Extraction extraction, List<Muc4Template> ruleTemplates,
                          Map<org.sitrep.domain.Incident, Muc4IncidentType> incidents,
                          List<Muc4Candidates.Candidate> candidates, boolean[][] labels,
                          LogisticModel.Example relevance) {}

    @Override
    public Integer call() throws IOException {
      ObjectMapper mapper = new ObjectMapper();
      Optional<Path> file = Muc4Split.TRAIN.locate(Path.of(""));
      if (file.isEmpty()) {
        System.err.println("sitrep: error: cannot find shared/data/muc4/train.jsonl above "
            + Path.of("").toAbsolutePath());
        return 2;
      }
      List<Muc4Document> gold = Muc4Jsonl.readGold(file.get());
      List<Report> reports = extract(mapper, file.get(), gold);
      List<LogisticModel.Example> relevanceExamples = reports.stream().map(Report::relevance).toList();
      long positives = relevanceExamples.stream().filter(LogisticModel.Example::positive).count();
      System.err.printf("train: %d reports with mapped templates, %d relevant%n", reports.size(), positives);
      crossValidateRelevance(relevanceExamples);
      Map<Muc4Role, Double> thresholds = noRoles ? Map.of() : crossValidateRoles(reports, gold);
      Optional<Muc4TemplateTyper> typer = noRoles || noTyping ? Optional.empty()
          : Optional.of(crossValidateTyping(reports, gold, thresholds));
      if (cvOnly) return 0;
      Files.createDirectories(outDir.resolve(Muc4Relevance.RESOURCE).getParent());
      if (typer.isPresent()) {
        typer.get().write(resource -> {
          try {
            return Files.newBufferedWriter(outDir.resolve(resource), StandardCharsets.UTF_8);
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
        System.err.printf("train: template models written, settings %s%n", typer.get().settings());
      }
      write(LogisticModel.train(relevanceExamples, LogisticModel.Settings.DEFAULT),
          outDir.resolve(Muc4Relevance.RESOURCE));
      if (!noRoles) {
        for (Muc4Role role : Muc4Role.values()) {
          write(LogisticModel.train(roleExamples(reports, role), ROLE_SETTINGS).pruned(ROLE_PRUNE),
              outDir.resolve(Muc4RoleFiller.resource(role)));
        }
        try (BufferedWriter w = Files.newBufferedWriter(outDir.resolve(Muc4RoleFiller.THRESHOLDS),
            StandardCharsets.UTF_8)) {
          for (Map.Entry<Muc4Role, Double> e : thresholds.entrySet()) {
            w.write(e.getKey().jsonKey() + "\t" + e.getValue() + "\t" + (shared.contains(e.getKey()) ? 1 : 0) + "\n");
          }
        }
      }
      return 0;
    }

    private static void write(LogisticModel model, Path out) throws IOException {
      try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
        model.write(w);
      }
      System.err.printf("train: %d weights written to %s%n", model.weights().size(), out);
    }

    private List<Report> extract(ObjectMapper mapper, Path file, List<Muc4Document> gold) throws IOException {
      Map<String, Muc4Document> goldById = new java.util.HashMap<>();
      for (Muc4Document d : gold) goldById.put(d.id(), d);
      RecordingNlpEngine engine = new RecordingNlpEngine(nlp.engine());
      Pipeline pipeline = Sitrep.pipeline(engine, actors);
      Muc4TemplateMapper mapping = new Muc4TemplateMapper();
      List<Report> reports = new ArrayList<>();
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      long start = System.nanoTime();
      int done = 0;
      for (String line : lines) {
        if (line.isBlank()) continue;
        JsonNode doc = mapper.readTree(line);
        boolean relevant = doc.path("templates").size() > 0;
        org.sitrep.ingest.Source source = Muc4Input.source(doc, "train:" + (done + 1));
        DocResult<Extraction> r = pipeline.process(source);
        done++;
        if (done % 100 == 0) {
          System.err.printf("train: %d/%d reports, %.1f docs/s%n", done, lines.size(),
              done / ((System.nanoTime() - start) / 1e9));
        }
        if (!(r instanceof DocResult.Ok<Extraction> ok)) continue;
        List<Muc4Template> templates = mapping.templates(ok.value());
        if (templates.isEmpty()) continue;
        Map<org.sitrep.domain.Incident, Muc4IncidentType> incidents = mapping.mappedIncidents(ok.value());
        List<Muc4Candidates.Candidate> candidates =
            noRoles ? List.of() : Muc4Candidates.of(ok.value(), engine.last(), incidents);
        Muc4Document key = goldById.getOrDefault(source.name(), new Muc4Document(source.name(), List.of()));
        reports.add(new Report(source.name(), key, ok.value(), templates, incidents, candidates,
            Muc4RoleFiller.labels(candidates, key),
            new LogisticModel.Example(Muc4Relevance.features(ok.value(), templates), relevant)));
      }
      return reports;
    }

    /**
     * The role examples: the candidates of every report with mapped templates, the unkeyed ones included (training on
     * the keyed reports alone was tried: train CV GTT 44.5 → 44.3, CEAF-REE 45.7 → 46.2, within the folds' noise).
     */
    private static List<LogisticModel.Example> roleExamples(List<Report> reports, Muc4Role role) {
      List<LogisticModel.Example> out = new ArrayList<>();
      for (Report r : reports) {
        for (int c = 0; c < r.candidates().size(); c++) {
          out.add(new LogisticModel.Example(r.candidates().get(c).features(), r.labels()[c][role.ordinal()]));
        }
      }
      return out;
    }

    /**
     * 5 folds by report (every 5th): relevance and role models trained on four, applied to the fifth; then the
     * held-out predictions of all folds are scored with GTT and CEAF-REE against the train key, for each role
     * threshold, beside the rules' fillers under the same cross-validated relevance.
     */
    private Map<Muc4Role, Double> crossValidateRoles(List<Report> reports, List<Muc4Document> gold) {
      int n = reports.size();
      // how many keyed entities any candidate could find: the ceiling of the role models' recall
      int candidates = 0;
      for (Report r : reports) candidates += r.candidates().size();
      System.err.printf("train: %d candidates in %d reports%n", candidates, n);
      for (Muc4Role role : Muc4Role.values()) {
        int entities = 0;
        int reachable = 0;
        int positives = 0;
        for (Report r : reports) {
          java.util.Set<String> proposed = new java.util.HashSet<>();
          for (Muc4Candidates.Candidate c : r.candidates()) proposed.add(c.normalized());
          for (int c = 0; c < r.candidates().size(); c++) if (r.labels()[c][role.ordinal()]) positives++;
          for (Muc4Template t : r.key().templates()) {
            for (Muc4Entity e : t.fillers(role)) {
              entities++;
              if (e.alternatives().stream().anyMatch(a -> proposed.contains(
                  org.sitrep.eval.MentionNormalizer.normalize(a)))) reachable++;
            }
          }
        }
        System.err.printf("train: %-8s %d positive candidates; %d of %d keyed entities reachable%n", role.jsonKey(),
            positives, reachable, entities);
      }
      double[] relevanceP = new double[n];
      double[][][] probabilities = new double[n][][];
      for (int fold = 0; fold < 5; fold++) {
        List<Report> training = new ArrayList<>();
        for (int i = 0; i < n; i++) if (i % 5 != fold) training.add(reports.get(i));
        LogisticModel relevance = LogisticModel.train(training.stream().map(Report::relevance).toList(),
            LogisticModel.Settings.DEFAULT);
        Map<Muc4Role, LogisticModel> models = new EnumMap<>(Muc4Role.class);
        for (Muc4Role role : Muc4Role.values()) models.put(role, LogisticModel.train(roleExamples(training, role),
            ROLE_SETTINGS).pruned(ROLE_PRUNE));
        for (int i = fold; i < n; i += 5) {
          Report r = reports.get(i);
          relevanceP[i] = relevance.probability(r.relevance().features());
          probabilities[i] = Muc4RoleFiller.score(models, r.candidates());
        }
        System.err.printf("train: fold %d trained%n", fold + 1);
      }
      if (dumpCv != null) dumpCandidates(reports, probabilities);
      Muc4TemplateMapper mapping = new Muc4TemplateMapper();
      System.err.println("train: 5-fold cross-validation on train, GTT F1 per row (type, 5 roles, micro), CEAF-REE");
      boolean[] kept = new boolean[n];
      for (int i = 0; i < n; i++) kept[i] = relevanceP[i] >= Muc4Relevance.DEFAULT_THRESHOLD;
      List<Muc4Document> rules = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        rules.add(new Muc4Document(reports.get(i).id(), kept[i] ? reports.get(i).ruleTemplates() : List.of()));
      }
      print("rules", Muc4Evaluation.evaluate(gold, rules));
      // one threshold for all roles, the one with the best micro GTT F1: thresholds chosen per role interact through
      // the decoding (one role per phrase) and did worse in cross-validation than a shared one
      double best = ROLE_THRESHOLDS[0];
      double bestF1 = -1;
      for (double t : ROLE_THRESHOLDS) {
        Map<Muc4Role, Double> thresholds = new EnumMap<>(Muc4Role.class);
        for (Muc4Role role : Muc4Role.values()) thresholds.put(role, t);
        Muc4Report report = Muc4Evaluation.evaluate(gold,
            learned(reports, kept, probabilities, thresholds, java.util.Set.of(), mapping, sameActor));
        print(String.format("learned, threshold %.2f", t), report);
        if (report.gtt().micro().f1() > bestF1) {
          bestF1 = report.gtt().micro().f1();
          best = t;
        }
      }
      System.err.printf("train: chosen role threshold %.2f%n", best);
      cvKept = kept;
      cvProbabilities = probabilities;
      Map<Muc4Role, Double> chosen = new EnumMap<>(Muc4Role.class);
      for (Muc4Role role : Muc4Role.values()) chosen.put(role, best);
      // then the shared roles (see Muc4RoleFiller), role by role, each kept only where it gains at least MIN_GAIN:
      // every setting tried on the same folds flatters the best one a little. (Tried the same way and gaining under
      // 0.2: a lower per-role cut for an incident's first filler of the role, and one for a phrase coordinated with
      // a filler, "the bank, two stores and a house".)
      for (Muc4Role role : Muc4Role.values()) {
        java.util.Set<Muc4Role> trial = java.util.EnumSet.of(role);
        trial.addAll(shared);
        Muc4Report report = Muc4Evaluation.evaluate(gold,
            learned(reports, kept, probabilities, chosen, trial, mapping, sameActor));
        print(String.format("share %s", trial), report);
        if (report.gtt().micro().f1() >= bestF1 + MIN_GAIN) {
          bestF1 = report.gtt().micro().f1();
          shared.add(role);
        }
      }
      System.err.printf("train: chosen shared roles %s (GTT F1 %.1f)%n", shared, 100 * bestF1);
      nestedCheck(reports, kept, probabilities, gold, mapping);
      foldSpread("plain", learned(reports, kept, probabilities, chosen, java.util.Set.of(), mapping,
          sameActor), gold);
      foldSpread("shared", learned(reports, kept, probabilities, chosen, shared, mapping, sameActor), gold);
      return chosen;
    }

    /**
     * Template keep/type models by stacking: the held-out templates of the roles' cross-validation (what the models
     * will see at run time) are aligned to the train key ({@link Muc4TemplateTyper#align}); 5 folds by the same report
     * split train the models on four and apply them to the fifth under each setting tried; the setting with the best
     * GTT F1 is kept and the models retrained on all reports.
     */
    private Muc4TemplateTyper crossValidateTyping(List<Report> reports, List<Muc4Document> gold,
                                                  Map<Muc4Role, Double> thresholds) {
      Muc4TemplateMapper mapping = new Muc4TemplateMapper();
      int n = reports.size();
      List<List<Muc4TemplateMapper.Mapped>> mapped = new ArrayList<>();
      List<List<Muc4TemplateTyper.Labelled>> labelled = new ArrayList<>();
      int aligned = 0;
      int total = 0;
      int sameType = 0;
      for (int i = 0; i < n; i++) {
        Report r = reports.get(i);
        if (!cvKept[i]) {
          mapped.add(List.of());
          labelled.add(List.of());
          continue;
        }
        Map<org.sitrep.domain.Incident, Map<Muc4Role, List<Muc4Entity>>> fillers =
            Muc4RoleFiller.decode(r.candidates(), cvProbabilities[i], thresholds, shared,
                r.incidents().keySet(),
                sameActor);
        List<Muc4TemplateMapper.Mapped> m = mapping.mapped(r.extraction(), x -> fillers.getOrDefault(x, Map.of()));
        mapped.add(m);
        List<Muc4TemplateTyper.Labelled> l = Muc4TemplateTyper.labelled(r.extraction(), m, r.key());
        labelled.add(l);
        for (int k = 0; k < l.size(); k++) {
          total++;
          if (l.get(k).keep()) aligned++;
          if (l.get(k).types().contains(m.get(k).type())) sameType++;
        }
      }
      System.err.printf("train: %d held-out templates, %d aligned to a key template, %d of those of the mapper's "
          + "type%n", total, aligned, sameType);
      Muc4TemplateTyper[] folds = new Muc4TemplateTyper[5];
      for (int fold = 0; fold < 5; fold++) {
        List<Muc4TemplateTyper.Labelled> training = new ArrayList<>();
        for (int i = 0; i < n; i++) if (i % 5 != fold) training.addAll(labelled.get(i));
        folds[fold] = Muc4TemplateTyper.train(training, TYPE_SETTINGS, Muc4TemplateTyper.Settings.IDENTITY);
      }
      System.err.println("train: template typing, 5-fold cross-validation on train (held-out role fillers)");
      List<Muc4TemplateTyper.Settings> grid = new ArrayList<>();
      for (double margin : new double[] {Double.POSITIVE_INFINITY, 0.15, 0.0}) {
        for (double keep : new double[] {0.0, 0.3, 0.4, 0.5, 0.6, 0.7}) {
          grid.add(new Muc4TemplateTyper.Settings(keep, margin, Muc4TemplateTyper.Merge.NONE, false,
              Double.POSITIVE_INFINITY));
        }
      }
      Muc4TemplateTyper.Settings best = Muc4TemplateTyper.Settings.IDENTITY;
      double bestF1 = -1;
      for (Muc4TemplateTyper.Settings settings : grid) {
        double f1 = evaluateTyping(reports, mapped, folds, settings, gold);
        if (f1 > bestF1 + 1e-9) {
          bestF1 = f1;
          best = settings;
        }
      }
      // the merging, folding and extra-type options below add behaviour: each is kept only for a gain of MIN_GAIN or
      // more, since differences under it are far inside the folds' noise (per-fold GTT F1 varies by about 2 points)
      Muc4TemplateTyper.Settings base = best;
      for (boolean fold : new boolean[] {false, true}) {
        for (Muc4TemplateTyper.Merge merge : Muc4TemplateTyper.Merge.values()) {
          if (!fold && merge == Muc4TemplateTyper.Merge.NONE) continue;   // the grid's own setting
          Muc4TemplateTyper.Settings settings =
              new Muc4TemplateTyper.Settings(base.keepThreshold(), base.retypeMargin(), merge, fold,
                  Double.POSITIVE_INFINITY);
          double f1 = evaluateTyping(reports, mapped, folds, settings, gold);
          if (f1 >= bestF1 + MIN_GAIN) {
            bestF1 = f1;
            best = settings;
          }
        }
      }
      Muc4TemplateTyper.Settings merged = best;
      for (double extra : new double[] {0.5, 0.7, 0.85}) {
        Muc4TemplateTyper.Settings settings = new Muc4TemplateTyper.Settings(merged.keepThreshold(),
            merged.retypeMargin(), merged.merge(), merged.foldDropped(), extra);
        double f1 = evaluateTyping(reports, mapped, folds, settings, gold);
        if (f1 >= bestF1 + MIN_GAIN) {
          bestF1 = f1;
          best = settings;
        }
      }
      System.err.printf("train: chosen template settings %s (GTT F1 %.1f)%n", best, 100 * bestF1);
      foldSpread("identity", typed(reports, mapped, folds, Muc4TemplateTyper.Settings.IDENTITY), gold);
      List<Muc4Document> chosen = typed(reports, mapped, folds, best);
      foldSpread("chosen", chosen, gold);
      if (dumpCv != null) {
        try (BufferedWriter w = Files.newBufferedWriter(dumpCv.resolve("pred.tsv"), StandardCharsets.UTF_8)) {
          for (Muc4Document d : chosen) writeTemplates(w, d.id(), d.templates());
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }
      List<Muc4TemplateTyper.Labelled> all = new ArrayList<>();
      for (List<Muc4TemplateTyper.Labelled> l : labelled) all.addAll(l);
      return Muc4TemplateTyper.train(all, TYPE_SETTINGS, best);
    }

    private static List<Muc4Document> typed(List<Report> reports, List<List<Muc4TemplateMapper.Mapped>> mapped,
                                            Muc4TemplateTyper[] folds, Muc4TemplateTyper.Settings settings) {
      List<Muc4Document> out = new ArrayList<>();
      for (int i = 0; i < reports.size(); i++) {
        Muc4TemplateTyper typer = folds[i % 5].with(settings);
        out.add(new Muc4Document(reports.get(i).id(), typer.apply(reports.get(i).extraction(), mapped.get(i))));
      }
      return out;
    }

    /**
     * GTT F1 and CEAF-REE of each fold's held-out reports alone, with their mean and standard deviation: how far a
     * difference between two settings is from the noise of a 200-report sample such as dev.
     */
    static void foldSpread(String label, List<Muc4Document> predictions, List<Muc4Document> gold) {
      double[] gtt = new double[5];
      double[] ceaf = new double[5];
      for (int fold = 0; fold < 5; fold++) {
        final int f = fold;
        Muc4Report report = onFolds(predictions, gold, x -> x == f);
        gtt[fold] = 100 * report.gtt().micro().f1();
        ceaf[fold] = 100 * report.ceafRee().micro().f1();
      }
      System.err.printf("  %-10s per fold GTT %s (mean %.1f, sd %.1f); CEAF-REE %s (mean %.1f, sd %.1f)%n", label,
          java.util.Arrays.toString(round(gtt)), mean(gtt), sd(gtt), java.util.Arrays.toString(round(ceaf)),
          mean(ceaf), sd(ceaf));
    }

    /**
     * The scores of the reports of some folds (report i is in fold i % 5); the keyed reports sitrep mapped nothing for
     * are dealt to folds by their id's hash.
     */
    private static Muc4Report onFolds(List<Muc4Document> predictions, List<Muc4Document> gold,
                                      java.util.function.IntPredicate folds) {
      Map<String, Integer> foldOf = new java.util.HashMap<>();
      for (int i = 0; i < predictions.size(); i++) foldOf.put(predictions.get(i).id(), i % 5);
      List<Muc4Document> g = gold.stream()
          .filter(d -> folds.test(foldOf.getOrDefault(d.id(), Math.floorMod(d.id().hashCode(), 5)))).toList();
      java.util.Set<String> ids = new java.util.HashSet<>();
      for (Muc4Document d : g) ids.add(d.id());
      List<Muc4Document> p = predictions.stream().filter(d -> ids.contains(d.id())).toList();
      return Muc4Evaluation.evaluate(g, p);
    }

    /**
     * A nested check of the role decoding's choices (threshold, shared roles): for each fold they are chosen on the
     * other four folds' held-out predictions alone and scored on the fold. Against the plain CV figure of the same
     * choices made on all five, it shows how much choosing on the folds flatters the figure.
     */
    private void nestedCheck(List<Report> reports, boolean[] kept, double[][][] probabilities,
                             List<Muc4Document> gold, Muc4TemplateMapper mapping) {
      List<String> labels = new ArrayList<>();
      List<List<Muc4Document>> predictions = new ArrayList<>();
      for (double t : ROLE_THRESHOLDS) {
        Map<Muc4Role, Double> thresholds = new EnumMap<>(Muc4Role.class);
        for (Muc4Role role : Muc4Role.values()) thresholds.put(role, t);
        // the sharing choices weighed are none and the one made on all folds
        for (java.util.Set<Muc4Role> share : shared.isEmpty() ? List.of(java.util.Set.<Muc4Role>of())
            : List.of(java.util.Set.<Muc4Role>of(), java.util.Set.copyOf(shared))) {
          labels.add(String.format("%.2f share %s", t, share));
          predictions.add(learned(reports, kept, probabilities, thresholds, share, mapping, sameActor));
        }
      }
      double[] nested = new double[5];
      double[] flattered = new double[5];
      int overall = 0;
      double overallF1 = -1;
      for (int k = 0; k < predictions.size(); k++) {
        double f1 = Muc4Evaluation.evaluate(gold, predictions.get(k)).gtt().micro().f1();
        if (f1 > overallF1) {
          overallF1 = f1;
          overall = k;
        }
      }
      StringBuilder chosen = new StringBuilder();
      for (int fold = 0; fold < 5; fold++) {
        final int f = fold;
        int best = 0;
        double bestF1 = -1;
        for (int k = 0; k < predictions.size(); k++) {
          double f1 = onFolds(predictions.get(k), gold, x -> x != f).gtt().micro().f1();
          if (f1 > bestF1) {
            bestF1 = f1;
            best = k;
          }
        }
        nested[fold] = 100 * onFolds(predictions.get(best), gold, x -> x == f).gtt().micro().f1();
        flattered[fold] = 100 * onFolds(predictions.get(overall), gold, x -> x == f).gtt().micro().f1();
        chosen.append(fold == 0 ? "" : "; ").append(labels.get(best));
      }
      System.err.printf("train: nested check of the role decoding (GTT F1 of each fold, chosen without it): %s "
          + "(mean %.1f) against %s chosen on all folds: %s (mean %.1f); choices per fold: %s%n",
          java.util.Arrays.toString(round(nested)), mean(nested), labels.get(overall),
          java.util.Arrays.toString(round(flattered)), mean(flattered), chosen);
    }

    private static double[] round(double[] xs) {
      double[] out = new double[xs.length];
      for (int i = 0; i < xs.length; i++) out[i] = Math.round(xs[i] * 10) / 10.0;
      return out;
    }

    private static double mean(double[] xs) {
      double s = 0;
      for (double x : xs) s += x;
      return s / xs.length;
    }

    private static double sd(double[] xs) {
      double m = mean(xs);
      double s = 0;
      for (double x : xs) s += (x - m) * (x - m);
      return Math.sqrt(s / (xs.length - 1));
    }

    private static double evaluateTyping(List<Report> reports, List<List<Muc4TemplateMapper.Mapped>> mapped,
                                         Muc4TemplateTyper[] folds, Muc4TemplateTyper.Settings settings,
                                         List<Muc4Document> gold) {
      Muc4Report report = Muc4Evaluation.evaluate(gold, typed(reports, mapped, folds, settings));
      print(String.format("keep %.2f margin %s %s", settings.keepThreshold(),
          Double.isInfinite(settings.retypeMargin()) ? "inf" : String.format("%.2f", settings.retypeMargin()),
          settings.merge().name().toLowerCase(java.util.Locale.ROOT) + (settings.foldDropped() ? " fold" : "")
          + (Double.isFinite(settings.extraType()) ? String.format(" extra %.2f", settings.extraType()) : "")),
          report);
      return report.gtt().micro().f1();
    }

    /** One line per held-out candidate: report, fold, span, text, five probabilities, five labels; and the key. */
    private void dumpCandidates(List<Report> reports, double[][][] probabilities) {
      try {
        Files.createDirectories(dumpCv);
        try (BufferedWriter w = Files.newBufferedWriter(dumpCv.resolve("candidates.tsv"), StandardCharsets.UTF_8)) {
          for (int i = 0; i < reports.size(); i++) {
            Report r = reports.get(i);
            for (int c = 0; c < r.candidates().size(); c++) {
              Muc4Candidates.Candidate cand = r.candidates().get(c);
              StringBuilder line = new StringBuilder();
              line.append(r.id()).append('\t').append(i % 5).append('\t').append(cand.sentence()).append('\t')
                  .append(cand.first()).append('\t').append(cand.last()).append('\t')
                  .append(OneLine.of(cand.text()));
              for (Muc4Role role : Muc4Role.values()) {
                line.append('\t').append(String.format(java.util.Locale.ROOT, "%.4f",
                    probabilities[i][c][role.ordinal()]));
              }
              for (Muc4Role role : Muc4Role.values()) line.append('\t').append(r.labels()[c][role.ordinal()] ? 1 : 0);
              w.write(line.append('\n').toString());
            }
          }
        }
        try (BufferedWriter w = Files.newBufferedWriter(dumpCv.resolve("key.tsv"), StandardCharsets.UTF_8)) {
          for (Report r : reports) writeTemplates(w, r.id(), r.key().templates());
        }
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }

    private static void writeTemplates(BufferedWriter w, String id, List<Muc4Template> templates) throws IOException {
      for (int t = 0; t < templates.size(); t++) {
        Muc4Template template = templates.get(t);
        w.write(id + "\t" + t + "\t" + template.incidentTypes() + "\tTYPE\t\n");
        for (Muc4Role role : Muc4Role.values()) {
          for (Muc4Entity e : template.fillers(role)) {
            w.write(id + "\t" + t + "\t" + template.incidentTypes() + "\t" + role.jsonKey() + "\t"
                + String.join("|", e.alternatives()) + "\n");
          }
        }
      }
    }

    private static List<Muc4Document> learned(List<Report> reports, boolean[] kept, double[][][] probabilities,
                                              Map<Muc4Role, Double> thresholds, java.util.Set<Muc4Role> shared,
                                              Muc4TemplateMapper mapping,
                                              BiPredicate<String, String> sameActor) {
      List<Muc4Document> out = new ArrayList<>();
      for (int i = 0; i < reports.size(); i++) {
        Report r = reports.get(i);
        if (!kept[i]) {
          out.add(new Muc4Document(r.id(), List.of()));
          continue;
        }
        Map<org.sitrep.domain.Incident, Map<Muc4Role, List<Muc4Entity>>> fillers =
            Muc4RoleFiller.decode(r.candidates(), probabilities[i], thresholds, shared,
                r.incidents().keySet(),
                sameActor);
        out.add(new Muc4Document(r.id(), mapping.templates(r.extraction(), x -> fillers.getOrDefault(x, Map.of()))));
      }
      return out;
    }

    private static void print(String label, Muc4Report report) {
      StringBuilder line = new StringBuilder(String.format("  %-36s", label));
      for (Muc4Slot slot : Muc4Slot.values()) {
        line.append(String.format(" %5.1f", 100 * report.gtt().rows().getOrDefault(slot, Counts.ZERO).f1()));
      }
      Counts micro = report.gtt().micro();
      line.append(String.format(" | GTT P %5.1f R %5.1f F1 %5.1f | CEAF-REE %5.1f", 100 * micro.precision(),
          100 * micro.recall(), 100 * micro.f1(), 100 * report.ceafRee().micro().f1()));
      System.err.println(line);
    }

    /** 5 folds by position (every 5th example): accuracy and vetoes at a few thresholds, to choose one honestly. */
    private static void crossValidateRelevance(List<LogisticModel.Example> examples) {
      double[] thresholds = {0.3, 0.4, 0.5, 0.6};
      int[][] counts = new int[thresholds.length][4];   // kept relevant, dropped relevant, kept irrelevant, dropped irr.
      List<RankingAuc.Scored> scored = new ArrayList<>();
      for (int fold = 0; fold < 5; fold++) {
        List<LogisticModel.Example> training = new ArrayList<>();
        List<LogisticModel.Example> held = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) (i % 5 == fold ? held : training).add(examples.get(i));
        LogisticModel m = LogisticModel.train(training, LogisticModel.Settings.DEFAULT);
        for (LogisticModel.Example e : held) {
          double p = m.probability(e.features());
          scored.add(new RankingAuc.Scored(p, e.positive()));
          for (int t = 0; t < thresholds.length; t++) {
            boolean keep = p >= thresholds[t];
            counts[t][(e.positive() ? 0 : 2) + (keep ? 0 : 1)]++;
          }
        }
      }
      System.err.printf("train: 5-fold cross-validation on train (reports with templates), held-out AUC %.4f%n",
          RankingAuc.of(scored));
      System.err.println("  threshold  kept-relevant  dropped-relevant  kept-irrelevant  dropped-irrelevant");
      for (int t = 0; t < thresholds.length; t++) {
        System.err.printf("  %9.2f  %13d  %16d  %15d  %18d%n", thresholds[t], counts[t][0], counts[t][1],
            counts[t][2], counts[t][3]);
      }
    }
  }
}
