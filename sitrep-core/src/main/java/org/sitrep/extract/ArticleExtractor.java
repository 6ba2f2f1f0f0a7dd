package org.sitrep.extract;

import java.util.List;
import org.sitrep.domain.Document;
import org.sitrep.domain.Extraction;
import org.sitrep.nlp.NlpDoc;
import org.sitrep.resolve.Gazetteer;

/** Extracts incidents and quotes from one analysed article. */
public final class ArticleExtractor {
  private final Gazetteer gazetteer;

  public ArticleExtractor(Gazetteer gazetteer) { this.gazetteer = gazetteer; }

  public Extraction extract(Document document, NlpDoc doc) {
    return new Extraction(document, List.of(), List.of());
  }
}
