package org.sitrep.cli;

import java.util.Objects;
import org.sitrep.ingest.CleanText;
import org.sitrep.nlp.NlpDoc;
import org.sitrep.nlp.NlpEngine;

/**
 * An engine that remembers the last analysis it returned, so that a command running the pipeline one document at a
 * time can hand the MUC-4 role models the same tokens extraction read, without analysing twice. One thread only.
 */
final class RecordingNlpEngine implements NlpEngine {
  private final NlpEngine engine;
  private NlpDoc last;

  RecordingNlpEngine(NlpEngine engine) { this.engine = Objects.requireNonNull(engine, "engine"); }

  @Override
  public NlpDoc analyze(CleanText text) {
    last = engine.analyze(text);
    return last;
  }

  /** The analysis of the document the pipeline processed last. */
  NlpDoc last() {
    if (last == null) throw new IllegalStateException("no document analysed yet");
    return last;
  }
}
