package org.sitrep.cli;

import java.util.Objects;
import org.sitrep.ingest.CleanText;
import org.sitrep.nlp.NlpDoc;
import org.sitrep.nlp.NlpEngine;

/**
 * An engine that remembers the last analysis it returned to each thread, so that a command running the pipeline can
 * hand the MUC-4 role models the same tokens extraction read, without analysing twice. The pipeline analyses on the
 * calling thread, so the analysis a thread reads back is the one of the document it is processing, however many
 * threads share the engine.
 */
final class RecordingNlpEngine implements NlpEngine {
  private final NlpEngine engine;
  private final ThreadLocal<NlpDoc> last = new ThreadLocal<>();

  RecordingNlpEngine(NlpEngine engine) { this.engine = Objects.requireNonNull(engine, "engine"); }

  @Override
  public NlpDoc analyze(CleanText text) {
    NlpDoc doc = engine.analyze(text);
    last.set(doc);
    return doc;
  }

  /** The analysis of the document this thread's pipeline call processed last. */
  NlpDoc last() {
    NlpDoc doc = last.get();
    if (doc == null) throw new IllegalStateException("no document analysed yet on this thread");
    return doc;
  }
}
