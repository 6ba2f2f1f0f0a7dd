package org.sitrep.nlp;

import org.sitrep.ingest.CleanText;

/**
 * The port to a linguistic engine. Implementations load their models once, at construction, and are safe to share
 * between threads. They map every offset back to the raw text through {@link CleanText#toRaw(int)}.
 */
public interface NlpEngine {
  NlpDoc analyze(CleanText text);
}
