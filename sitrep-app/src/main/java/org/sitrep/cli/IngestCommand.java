package org.sitrep.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.corenlp.CoreNlpEngine;
import org.sitrep.ingest.InputReader;
import org.sitrep.pipeline.Sitrep;
import org.sitrep.store.Ingestor;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sitrep ingest PATH...}: reads articles (text, HTML, JSON/JSONL, RSS/Atom; directories recursively), extracts
 * their incidents and stores them, merging reports of one incident. A document whose content is already stored is
 * skipped before any NLP, so re-running over the same files changes nothing and an interrupted run resumes.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Ingest articles into the incident database (each document once, by content hash).")
public final class IngestCommand implements Callable<Integer> {
  @Option(names = "--db", paramLabel = "URL",
      description = "jdbc:sqlite:PATH (default: ${DEFAULT-VALUE}) or jdbc:postgresql://HOST/DB?user=..&password=..",
      defaultValue = Store.DEFAULT_URL)
  String db;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories (.txt, .html, .json, .jsonl,"
      + " .xml/.rss/.atom feeds).")
  List<Path> paths;

  @Override
  public Integer call() {
    try (Store store = Store.open(db)) {
      Ingestor.Counts counts = ingest(store, paths);
      return counts.read() > 0 && counts.failed() == counts.read() ? 1 : 0;
    }
  }

  /** The ingest loop {@code sitrep run} shares: progress and problems go to standard error. */
  static Ingestor.Counts ingest(Store store, List<Path> paths) {
    Ingestor ingestor = new Ingestor(store, () -> Sitrep.pipeline(CoreNlpEngine.sitrepProfile()), System.err::println);
    return ingestor.ingest(new InputReader().read(paths));
  }
}
