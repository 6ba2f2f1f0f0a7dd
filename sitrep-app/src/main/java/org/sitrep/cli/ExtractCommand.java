package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sitrep.corenlp.CoreNlpEngine;
import org.sitrep.domain.Extraction;
import org.sitrep.ingest.Source;
import org.sitrep.pipeline.DocResult;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Problem;
import org.sitrep.pipeline.Sitrep;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitrep extract FILE...}: one JSON line of incidents and quotes per input document. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Extract incidents, tolls and quotes from articles; prints JSON Lines, one object per document.")
public final class ExtractCommand implements Callable<Integer> {
  @Option(names = "--published", description = "Publication date (YYYY-MM-DD) that relative dates resolve against.")
  LocalDate published;

  @Option(names = "--source", description = "Name of the outlet, e.g. CNN.")
  String source;

  @Option(names = "--pretty", description = "Indent the JSON (one object per document, no longer one per line).")
  boolean pretty;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Article files; - reads standard input.")
  List<String> files;

  @Override
  public Integer call() {
    ObjectMapper mapper = new ObjectMapper();
    if (pretty) mapper.enable(SerializationFeature.INDENT_OUTPUT);
    Pipeline pipeline = Sitrep.pipeline(CoreNlpEngine.sitrepProfile());
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    int failures = 0;
    for (String file : files) {
      Optional<Source> source = readSource(pipeline, file);
      if (source.isEmpty()) { failures++; continue; }
      DocResult<Extraction> result;
      try {
        result = pipeline.process(source.get());
      } catch (RuntimeException e) {
        // A bug met on one article must not lose the rest of the batch: report it with its stack trace and go on.
        System.err.println("sitrep: error: " + file + " could not be processed (internal error: " + e + ")");
        e.printStackTrace(System.err);
        failures++;
        continue;
      }
      if (result instanceof DocResult.Ok<Extraction> ok) {
        ok.warnings().forEach(w -> System.err.println("sitrep: warning: " + w.oneLine()));
        out.println(ExtractionJson.write(mapper, ok.value()));
        out.flush();
      } else if (result instanceof DocResult.Failed<Extraction> failed) {
        failed.problems().forEach(p -> System.err.println("sitrep: error: " + p.oneLine()));
        failures++;
      }
    }
    return failures == files.size() ? 1 : 0;
  }

  private Optional<Source> readSource(Pipeline pipeline, String file) {
    try {
      if (!file.equals("-")) {
        Optional<Problem> tooLarge = pipeline.sizeProblem(file, Files.size(Path.of(file)));
        if (tooLarge.isPresent()) {
          System.err.println("sitrep: error: " + tooLarge.get().oneLine());
          return Optional.empty();
        }
      }
      byte[] bytes = file.equals("-") ? System.in.readAllBytes() : Files.readAllBytes(Path.of(file));
      return Optional.of(new Source(file, bytes, Optional.ofNullable(source), Optional.ofNullable(published)));
    } catch (IOException e) {
      System.err.println("sitrep: error: " + file + " cannot be read (" + e.getClass().getSimpleName() + ": "
          + e.getMessage() + ")");
      return Optional.empty();
    }
  }
}
