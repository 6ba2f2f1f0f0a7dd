package org.sitrep.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.sitrep.cli.Muc4System;
import org.sitrep.corenlp.CoreNlpEngine;
import org.sitrep.ingest.Source;
import org.sitrep.ingest.TextCleaner;
import org.sitrep.nlp.NlpDoc;
import org.sitrep.pipeline.DocResult;
import org.sitrep.pipeline.Sitrep;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code sitrep bench extract}: (a) CoreNLP's default tokenize..ner pipeline alone and (b) the whole of
 * {@code sitrep extract} (or, with {@code --path muc4}, of {@code sitrep muc4}: extraction plus the MUC-4 templates
 * and their models), on the same documents in one run, with the same number of threads; reports throughput and the
 * ratio b/a.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Compare sitrep extract against CoreNLP's default NER pipeline on the same documents.")
public final class ExtractBench implements Callable<Integer> {
  @Mixin BenchDocs docs = new BenchDocs();

  // (b) runs first, cold: with 10 warm-up documents the JIT had not yet compiled CoreNLP's hot paths and (b) measured
  // 12.6 docs/s on MUC-4 dev against 19.7 after 60 (2026-11-25); (a) reached its steady state either way.
  @Option(names = "--warmup", description = "Documents run untimed first, per engine (default: ${DEFAULT-VALUE}).",
      defaultValue = "60")
  int warmup;

  @Option(names = "--path", description = "What (b) runs: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
      defaultValue = "extract")
  Path path;

  @Option(names = "--threads", description = "Documents processed at once by each pipeline (default: the machine's "
      + "cores, ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Mixin BenchReport report = new BenchReport();

  /** The command (b) stands for. */
  enum Path { extract, muc4 }

  @Override
  public Integer call() throws IOException {
    Optional<List<Source>> loaded = docs.load();
    if (loaded.isEmpty()) return 2;
    List<Source> sources = loaded.get();
    TextCleaner cleaner = new TextCleaner();

    // (b) runs first so that its model-load time is a cold load; (a) then reuses the POS model CoreNLP caches.
    long[] tokenCounts = new long[sources.size()];
    Measurement sitrep = path == Path.extract
        ? measure("b: sitrep extract (whole pipeline)", sources,
            () -> Sitrep.pipeline(CoreNlpEngine.sitrepProfile()), (pipeline, i) -> {
              DocResult<?> r = pipeline.process(sources.get(i));
              if (r instanceof DocResult.Failed<?> f) System.err.println("bench: " + f.problems().get(0).oneLine());
            })
        : measure("b: sitrep muc4 (extract, templates, models)", sources,
            () -> Muc4System.bundled(CoreNlpEngine.sitrepProfile()), (system, i) -> {
              DocResult<?> r = system.templates(sources.get(i));
              if (r instanceof DocResult.Failed<?> f) System.err.println("bench: " + f.problems().get(0).oneLine());
            });
    System.gc();
    Measurement baseline = measure("a: CoreNLP default tokenize,ssplit,pos,lemma,ner", sources,
        CoreNlpEngine::defaultNerBaseline, (engine, i) -> {
          NlpDoc d = engine.analyze(cleaner.clean(new String(sources.get(i).bytes(), StandardCharsets.UTF_8)));
          tokenCounts[i] = d.sentences().stream().mapToLong(s -> s.tokens().size()).sum();
        });
    // Both are measured on the same tokens: those of (a)'s tokenizer.
    long tokens = java.util.Arrays.stream(tokenCounts).sum();
    baseline = baseline.withTokens(tokens);
    sitrep = sitrep.withTokens(tokens);

    String table = render(List.of(baseline, sitrep), sitrep.tokensPerSecond() / baseline.tokensPerSecond());
    System.out.println(table);
    report.append("extract", "./sitrep bench extract --path " + path + " --threads " + threads + " "
        + docs.asArguments(), String.format("%d documents, %d warm-up documents per pipeline, %d threads",
        sources.size(), warmup, threads), table);
    return 0;
  }

  @FunctionalInterface
  private interface Step<E> { void run(E engine, int docIndex); }

  private <E> Measurement measure(String name, List<Source> sources, Supplier<E> load, Step<E> step) {
    resetPeaks();
    long t0 = System.nanoTime();
    E engine = load.get();
    double loadSeconds = (System.nanoTime() - t0) / 1e9;
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      List<Future<Long>> warming = new ArrayList<>();
      for (int i = 0; i < Math.min(warmup, sources.size()); i++) warming.add(pool.submit(timed(engine, step, i)));
      for (Future<Long> f : warming) await(f);
      long start = System.nanoTime();
      List<Future<Long>> timing = new ArrayList<>();
      for (int i = 0; i < sources.size(); i++) timing.add(pool.submit(timed(engine, step, i)));
      long[] nanos = new long[sources.size()];
      long lastReport = start;
      for (int i = 0; i < sources.size(); i++) {
        nanos[i] = await(timing.get(i));
        if (System.nanoTime() - lastReport > 10_000_000_000L) {
          lastReport = System.nanoTime();
          System.err.printf("bench: %s: %d/%d docs, %.1f docs/s%n", name, i + 1, sources.size(),
              (i + 1) / ((lastReport - start) / 1e9));
        }
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      return new Measurement(name, loadSeconds, 0, sources.size(), seconds, nanos, peakHeap());
    } finally {
      pool.shutdownNow();
    }
  }

  /** One document's run, timed on the thread that runs it: with several threads, ms/doc is each document's own. */
  private static <E> Callable<Long> timed(E engine, Step<E> step, int docIndex) {
    return () -> {
      long s = System.nanoTime();
      step.run(engine, docIndex);
      return System.nanoTime() - s;
    };
  }

  private static long await(Future<Long> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("benchmark interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      throw new IllegalStateException(e.getCause());
    }
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) pool.resetPeakUsage();
  }

  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) sum += pool.getPeakUsage().getUsed();
    }
    return sum;
  }

  private static String render(List<Measurement> ms, double ratio) {
    StringBuilder b = new StringBuilder();
    b.append("| pipeline | model load s | tokens/s | docs/s | ms/doc p50 | ms/doc p95 | peak heap MB |\n");
    b.append("|---|---:|---:|---:|---:|---:|---:|\n");
    for (Measurement m : ms) {
      b.append(String.format("| %s | %.1f | %.0f | %.2f | %.0f | %.0f | %d |%n", m.name(), m.loadSeconds(),
          m.tokensPerSecond(), m.docsPerSecond(), m.percentileMillis(0.5), m.percentileMillis(0.95),
          m.peakHeapBytes() / (1024 * 1024)));
    }
    b.append(String.format("%nRatio b/a (tokens/s): **%.2f**%n", ratio));
    return b.toString();
  }

}
