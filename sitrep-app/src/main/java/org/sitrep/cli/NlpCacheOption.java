package org.sitrep.cli;

import java.nio.file.Path;
import org.sitrep.corenlp.CoreNlpEngine;
import org.sitrep.nlp.CachedNlpEngine;
import org.sitrep.nlp.NlpEngine;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Sitrep;
import picocli.CommandLine.Option;

/**
 * {@code --nlp-cache DIR}, for the commands that run the pipeline over a fixed corpus again and again while
 * extraction is tuned (eval, train, muc4): CoreNLP's analysis is most of their time and does not change between
 * runs. Commands that store results (ingest, serve, run) never take it.
 */
final class NlpCacheOption {
  @Option(names = "--nlp-cache", paramLabel = "DIR",
      description = "Keep CoreNLP's analysis of each document in DIR and reuse it on later runs (keyed by text and "
          + "engine profile, so a changed text or profile is analysed again).")
  Path dir;

  /** sitrep's pipeline, reading CoreNLP's analyses from the cache when one was asked for. */
  Pipeline pipeline() { return Sitrep.pipeline(engine()); }

  /** CoreNLP with sitrep's profile, behind the cache when one was asked for. */
  NlpEngine engine() {
    if (dir == null) return CoreNlpEngine.sitrepProfile();
    return new CachedNlpEngine(CoreNlpEngine::sitrepProfile, CoreNlpEngine.SITREP_PROFILE_ID, dir);
  }
}
