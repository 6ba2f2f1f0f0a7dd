package org.sitrep.pipeline;

import org.sitrep.extract.ArticleExtractor;
import org.sitrep.ingest.DocumentReader;
import org.sitrep.ingest.TextCleaner;
import org.sitrep.nlp.NlpEngine;
import org.sitrep.resolve.ActorDictionary;
import org.sitrep.resolve.Gazetteer;

/** The front door: builds the pipeline. The CLI, benchmarks and tests all go through here. */
public final class Sitrep {
  private Sitrep() {}

  public static Pipeline pipeline(NlpEngine engine) { return pipeline(engine, ActorDictionary.bundled()); }

  /** With an actor dictionary the caller also uses elsewhere (the MUC-4 role models), loaded once. */
  public static Pipeline pipeline(NlpEngine engine, ActorDictionary actors) {
    return new Pipeline(new DocumentReader(DocumentReader.DEFAULT_MAX_BYTES), new TextCleaner(), engine,
        new ArticleExtractor(Gazetteer.bundled(), actors));
  }
}
