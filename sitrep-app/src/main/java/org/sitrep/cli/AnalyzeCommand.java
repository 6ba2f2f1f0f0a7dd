package org.sitrep.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sitrep.corenlp.CoreNlpEngine;
import org.sitrep.ingest.TextCleaner;
import org.sitrep.nlp.NlpDoc;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code sitrep analyze FILE}: shows what the NLP stage sees (tokens, tags), for debugging extraction rules. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = "Print the NLP analysis (sentence, token, lemma, POS, NER, raw offsets) of a UTF-8 text file.")
public final class AnalyzeCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE") Path file;

  @Override
  public Integer call() throws IOException {
    String raw = Files.readString(file, StandardCharsets.UTF_8);
    NlpDoc doc = CoreNlpEngine.sitrepProfile().analyze(new TextCleaner().clean(raw));
    for (Sentence s : doc.sentences()) {
      System.out.println("# " + s.index() + " [" + s.start() + "," + s.end() + ")");
      for (Token t : s.tokens()) {
        System.out.println(String.join("\t", t.text(), t.lemma(), t.pos(), t.ner(), t.start() + "-" + t.end()));
      }
    }
    return 0;
  }
}
