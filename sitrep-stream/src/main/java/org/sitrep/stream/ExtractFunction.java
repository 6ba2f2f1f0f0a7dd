package org.sitrep.stream;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.sitrep.corenlp.CoreNlpEngine;
import org.sitrep.domain.Extraction;
import org.sitrep.ingest.DocumentReader;
import org.sitrep.ingest.JsonArticleReader;
import org.sitrep.ingest.Source;
import org.sitrep.pipeline.DocResult;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Problem;
import org.sitrep.pipeline.ProblemCode;
import org.sitrep.pipeline.Sitrep;
import org.sitrep.pipeline.StageName;
import org.sitrep.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The parallel part: reads one input record as an article ({@code sitrep ingest}'s JSON record format, one object per
 * message) and runs the pipeline on it, exactly as {@code sitrep ingest} does for one record: a document the store
 * already holds is not analysed again, and bad data or a failure on one article becomes a {@link Rejection} on the
 * side output, never a job failure. Every record also yields one {@link Analysed} downstream, so the store writer can
 * keep Kafka's order. The pipeline (seconds of model loading) and a store connection are built once per subtask, in
 * {@link #open}.
 */
final class ExtractFunction extends ProcessFunction<LinkedArticle, Analysed> {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(ExtractFunction.class);

  private final String jdbcUrl;
  private transient Pipeline pipeline;
  private transient Store store;
  private transient JsonArticleReader reader;
  private transient ExtractionCodec codec;
  private transient Counter rejected;
  private transient Counter skipped;

  ExtractFunction(String jdbcUrl) { this.jdbcUrl = Objects.requireNonNull(jdbcUrl, "jdbcUrl"); }

  @Override
  public void open(OpenContext context) {
    long start = System.nanoTime();
    pipeline = Sitrep.pipeline(CoreNlpEngine.sitrepProfile());
    store = Store.open(jdbcUrl);
    reader = new JsonArticleReader(DocumentReader.DEFAULT_MAX_BYTES);
    codec = new ExtractionCodec();
    rejected = getRuntimeContext().getMetricGroup().counter("articlesRejected");
    skipped = getRuntimeContext().getMetricGroup().counter("articlesStoredBefore");
    LOG.info("sitrep pipeline ready in {} ms", (System.nanoTime() - start) / 1_000_000);
  }

  @Override
  public void close() {
    if (store != null) store.close();
  }

  @Override
  public void processElement(LinkedArticle a, Context ctx, Collector<Analysed> out) {
    Position at = a.article().at();
    DocResult<Source> read = readOne(at, a.article().value());
    if (read instanceof DocResult.Failed<Source> failed) {
      reject(a, at.toString(), failed.problems(), ctx, out);
      return;
    }
    DocResult.Ok<Source> ok = (DocResult.Ok<Source>) read;
    Source source = ok.value();
    ok.warnings().forEach(p -> LOG.warn("sitrep: warning: {} ({})", p.oneLine(), at));
    String hash = DocumentReader.contentId(source.bytes());
    if (store.containsDocument(hash)) {
      skipped.inc();
      out.collect(Analysed.storedBefore(a, source.name(), hash));
      return;
    }
    DocResult<Extraction> result;
    try {
      result = pipeline.process(source);
    } catch (RuntimeException e) {
      // As in sitrep ingest: a bug on one article must not stop the rest; it is reported with the article.
      reject(a, source.name(), List.of(new Problem(StageName.STORE, ProblemCode.NOT_STORED, source.name(),
          e.getClass().getSimpleName() + ": " + e.getMessage())), ctx, out);
      return;
    }
    if (result instanceof DocResult.Failed<Extraction> failed) {
      reject(a, source.name(), failed.problems(), ctx, out);
      return;
    }
    DocResult.Ok<Extraction> extracted = (DocResult.Ok<Extraction>) result;
    extracted.warnings().forEach(p -> LOG.warn("sitrep: warning: {} ({})", p.oneLine(), at));
    out.collect(Analysed.extracted(a, source.name(), hash, codec.encode(extracted.value())));
  }

  /** The record as one article; a record holding several (a JSON array) is refused whole, so none is half-stored. */
  private DocResult<Source> readOne(Position at, byte[] value) {
    String name = at.toString();
    if (value.length == 0) {
      return DocResult.failed(new Problem(StageName.INGEST, ProblemCode.EMPTY, name, "the message has no value"));
    }
    List<DocResult<Source>> records;
    try (Stream<DocResult<Source>> s = reader.readDocument(name, new ByteArrayInputStream(value))) {
      records = s.toList();
    }
    if (records.size() == 1) return records.get(0);
    return DocResult.failed(new Problem(StageName.INGEST, ProblemCode.MALFORMED, name,
        "the message holds " + records.size() + " records; send one article object per message"));
  }

  private void reject(LinkedArticle a, String input, List<Problem> problems, Context ctx, Collector<Analysed> out) {
    rejected.inc();
    for (Problem p : problems) {
      LOG.warn("sitrep: error: {} ({})", p.oneLine(), a.article().at());
      ctx.output(StreamJob.REJECTIONS, Rejection.of(a.article().at(), p));
    }
    out.collect(Analysed.rejected(a, input));
  }
}
