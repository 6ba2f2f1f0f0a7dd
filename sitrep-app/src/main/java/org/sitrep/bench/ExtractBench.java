package org.sitrep.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
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
 * {@code sitrep extract}, on the same documents in one run; reports throughput and the ratio b/a.
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

  @Mixin BenchReport report = new BenchReport();

  @Override
  public Integer call() throws IOException {
    Optional<List<Source>> loaded = docs.load();
    if (loaded.isEmpty()) return 2;
    List<Source> sources = loaded.get();
    TextCleaner cleaner = new TextCleaner();

    // (b) runs first so that its model-load time is a cold load; (a) then reuses the POS model CoreNLP caches.
    long[] tokenCounts = new long[sources.size()];
    Measurement sitrep = measure("b: sitrep extract (whole pipeline)", sources,
        () -> Sitrep.pipeline(CoreNlpEngine.sitrepProfile()), (pipeline, i) -> {
          DocResult<?> r = pipeline.process(sources.get(i));
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
    report.append("extract", "./sitrep bench extract " + docs.asArguments(), String.format(
        "%d documents, %d warm-up documents per pipeline", sources.size(), warmup), table);
    return 0;
  }

  @FunctionalInterface
  private interface Step<E> { void run(E engine, int docIndex); }

  private <E> Measurement measure(String name, List<Source> sources, java.util.function.Supplier<E> load, Step<E> step) {
    resetPeaks();
    long t0 = System.nanoTime();
    E engine = load.get();
    double loadSeconds = (System.nanoTime() - t0) / 1e9;
    for (int i = 0; i < Math.min(warmup, sources.size()); i++) step.run(engine, i);
    long[] nanos = new long[sources.size()];
    long start = System.nanoTime();
    long lastReport = start;
    for (int i = 0; i < sources.size(); i++) {
      long s = System.nanoTime();
      step.run(engine, i);
      nanos[i] = System.nanoTime() - s;
      if (System.nanoTime() - lastReport > 10_000_000_000L) {
        lastReport = System.nanoTime();
        System.err.printf("bench: %s: %d/%d docs, %.1f docs/s%n", name, i + 1, sources.size(),
            (i + 1) / ((lastReport - start) / 1e9));
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Measurement(name, loadSeconds, 0, sources.size(), seconds, nanos, peakHeap());
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
