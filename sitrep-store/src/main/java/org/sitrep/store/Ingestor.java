package org.sitrep.store;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.sitrep.domain.Extraction;
import org.sitrep.ingest.DocumentReader;
import org.sitrep.ingest.Source;
import org.sitrep.pipeline.DocResult;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Problem;
import org.sitrep.pipeline.ProblemCode;
import org.sitrep.pipeline.StageName;

/**
 * Runs articles through the pipeline into a {@link Store}, one document per transaction: the one loop behind
 * {@code sitrep ingest}, {@code sitrep run} and the HTTP API's submit. A document whose content hash is stored is
 * skipped before any NLP (so re-ingesting costs a hash and a lookup, and a killed run resumes where it stopped), and
 * the pipeline, whose models take seconds to load, is built only when a new document needs it. Bad input and
 * failures on one document are reported through {@code log} and never stop the rest. Not thread-safe: one per thread.
 */
public final class Ingestor {
  /** How a run went; {@code seconds} is wall time from the first input. */
  public record Counts(long read, long stored, long duplicates, long failed, long incidentsCreated,
                       long incidentsUpdated, double seconds) {
    public double docsPerSecond() { return seconds > 0 ? read / seconds : 0; }
  }

  /** What became of one article: its store result, or why it was not stored. */
  public sealed interface Outcome {
    record Stored(AddResult result, Extraction extraction, List<Problem> warnings) implements Outcome {}
    record Duplicate(String contentHash) implements Outcome {}
    record Failed(List<Problem> problems) implements Outcome {}
  }

  private static final long PROGRESS_EVERY_NANOS = 5_000_000_000L;

  private final Store store;
  private final Supplier<Pipeline> pipelineFactory;
  private final Consumer<String> log;
  private Pipeline pipeline;

  /** {@code log} receives one human-readable line per problem and a progress line every few seconds. */
  public Ingestor(Store store, Supplier<Pipeline> pipeline, Consumer<String> log) {
    this.store = Objects.requireNonNull(store, "store");
    this.pipelineFactory = Objects.requireNonNull(pipeline, "pipeline");
    this.log = Objects.requireNonNull(log, "log");
  }

  /** Ingests every input of the stream (closing it), reporting progress, and returns the counts. */
  public Counts ingest(Stream<DocResult<Source>> inputs) {
    long start = System.nanoTime();
    long[] c = new long[6];   // read, stored, duplicates, failed, created, updated
    long[] lastReport = {start};
    try (inputs) {
      inputs.forEach(input -> {
        c[0]++;
        if (input instanceof DocResult.Failed<Source> bad) {
          bad.problems().forEach(p -> log.accept("sitrep: error: " + p.oneLine()));
          c[3]++;
        } else if (input instanceof DocResult.Ok<Source> ok) {
          ok.warnings().forEach(p -> log.accept("sitrep: warning: " + p.oneLine()));
          Outcome outcome = ingestOne(ok.value());
          if (outcome instanceof Outcome.Stored s) {
            c[1]++;
            c[4] += s.result().created().size();
            c[5] += s.result().updated().size();
          } else if (outcome instanceof Outcome.Duplicate) {
            c[2]++;
          } else {
            c[3]++;
          }
        }
        long now = System.nanoTime();
        if (now - lastReport[0] > PROGRESS_EVERY_NANOS) {
          lastReport[0] = now;
          log.accept(progress(counts(c, start)));
        }
      });
    }
    Counts done = counts(c, start);
    log.accept(progress(done) + " (done)");
    return done;
  }

  /** Ingests one article; problems are both returned and logged. */
  public Outcome ingestOne(Source source) {
    String hash = DocumentReader.contentId(source.bytes());
    try {
      if (store.containsDocument(hash)) return new Outcome.Duplicate(hash);
      if (pipeline == null) pipeline = pipelineFactory.get();
      DocResult<Extraction> result = pipeline.process(source);
      if (result instanceof DocResult.Failed<Extraction> failed) {
        failed.problems().forEach(p -> log.accept("sitrep: error: " + p.oneLine()));
        return new Outcome.Failed(failed.problems());
      }
      DocResult.Ok<Extraction> ok = (DocResult.Ok<Extraction>) result;
      ok.warnings().forEach(p -> log.accept("sitrep: warning: " + p.oneLine()));
      AddResult added = store.add(ok.value());
      if (added.duplicate()) return new Outcome.Duplicate(hash);
      return new Outcome.Stored(added, ok.value(), ok.warnings());
    } catch (RuntimeException e) {
      // A bug or a store failure on one article must not lose the rest: the store rolled this document back.
      Problem problem = new Problem(StageName.STORE, ProblemCode.NOT_STORED, source.name(),
          e.getClass().getSimpleName() + ": " + e.getMessage());
      log.accept("sitrep: error: " + problem.oneLine());
      return new Outcome.Failed(List.of(problem));
    }
  }

  private static Counts counts(long[] c, long start) {
    return new Counts(c[0], c[1], c[2], c[3], c[4], c[5], (System.nanoTime() - start) / 1e9);
  }

  private static String progress(Counts c) {
    return String.format("ingest: %,d read, %,d stored, %,d already stored, %,d failed; %,d incidents new, %,d updated;"
        + " %.1f docs/s", c.read(), c.stored(), c.duplicates(), c.failed(), c.incidentsCreated(),
        c.incidentsUpdated(), c.docsPerSecond());
  }
}
