package org.sitrep.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sitrep.corenlp.CoreNlpEngine;
import org.sitrep.ingest.InputReader;
import org.sitrep.pipeline.Sitrep;
import org.sitrep.store.Ingestor;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code sitrep run [PATH...]}: the main job — ingest articles (by default the examples that ship with sitrep) into
 * the database, then serve the page and API over it. One pipeline serves both: the models load once.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = {"Ingest PATH (default: the examples/ that ship with sitrep) into the database, then serve the "
        + "analyst's page and API (see serve) until interrupted."})
public final class RunCommand implements Callable<Integer> {
  @Mixin ServeCommand serve = new ServeCommand();

  @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files or directories to ingest first.")
  List<Path> paths;

  @Override
  public Integer call() throws InterruptedException {
    List<Path> inputs = paths == null || paths.isEmpty() ? List.of(examples()) : paths;
    try (Store writer = Store.open(serve.db)) {
      Ingestor ingestor = new Ingestor(writer, () -> Sitrep.pipeline(CoreNlpEngine.sitrepProfile()),
          System.err::println);
      Ingestor.Counts counts = ingestor.ingest(new InputReader().read(inputs));
      if (counts.read() > 0 && counts.failed() == counts.read()) return 1;
      serve.serve(writer, ingestor);
    }
    return 0;
  }

  /** examples/ in the working directory, else beside the installation (the launcher passes -Dsitrep.home). */
  private static Path examples() {
    Path here = Path.of("examples");
    if (Files.isDirectory(here)) return here;
    return Optional.ofNullable(System.getProperty("sitrep.home")).map(h -> Path.of(h, "examples"))
        .filter(Files::isDirectory).orElse(here);
  }
}
