package org.sitrep.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.domain.Document;
import org.sitrep.domain.Extraction;
import org.sitrep.extract.ArticleExtractor;
import org.sitrep.ingest.CleanText;
import org.sitrep.ingest.DocumentReader;
import org.sitrep.ingest.Source;
import org.sitrep.ingest.TextCleaner;
import org.sitrep.nlp.NlpDoc;
import org.sitrep.nlp.NlpEngine;

/**
 * Runs the stages in order for one source: ingest (read, clean) -> nlp -> extract (which resolves dates and places).
 * Assembles stages; does none of their work. Safe to share between threads when the engine is.
 */
public final class Pipeline {
  private final DocumentReader reader;
  private final TextCleaner cleaner;
  private final NlpEngine nlp;
  private final ArticleExtractor extractor;

  Pipeline(DocumentReader reader, TextCleaner cleaner, NlpEngine nlp, ArticleExtractor extractor) {
    this.reader = reader;
    this.cleaner = cleaner;
    this.nlp = nlp;
    this.extractor = extractor;
  }

  /** Refuses an input by its size before anyone reads it into memory. */
  public java.util.Optional<Problem> sizeProblem(String name, long bytes) { return reader.sizeProblem(name, bytes); }

  public DocResult<Extraction> process(Source source) {
    DocResult<Document> read = reader.read(source);
    if (read instanceof DocResult.Failed<Document> failed) return new DocResult.Failed<>(failed.problems());
    DocResult.Ok<Document> ok = (DocResult.Ok<Document>) read;
    Document document = ok.value();
    CleanText clean = cleaner.clean(document.text());
    NlpDoc analysed = nlp.analyze(clean);
    List<Problem> warnings = new ArrayList<>(ok.warnings());
    if (analysed.sentences().isEmpty()) {
      warnings.add(new Problem(StageName.NLP, ProblemCode.NO_TEXT, source.name(), "no sentences found"));
    }
    return new DocResult.Ok<>(extractor.extract(document, analysed), warnings);
  }
}
