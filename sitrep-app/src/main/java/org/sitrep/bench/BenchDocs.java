package org.sitrep.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.sitrep.cli.Muc4Input;
import org.sitrep.ingest.Source;
import picocli.CommandLine.Option;

/**
 * {@code --docs} and {@code --limit} of the benchmarks that run the pipeline: a JSON Lines file ({"id","text"} plus an
 * optional date, or MUC-4's {"id","dateline","text"}) or a directory of .txt files.
 */
final class BenchDocs {
  @Option(names = "--docs", description = "JSON Lines file or directory of .txt (default: ${DEFAULT-VALUE}).",
      defaultValue = "../shared/data/muc4/dev.jsonl")
  Path docs;

  @Option(names = "--limit", description = "Use at most this many documents (default: all).", defaultValue = "100000")
  int limit;

  /** The documents, or empty (with an error printed) when {@code --docs} does not exist. */
  Optional<List<Source>> load() throws IOException {
    if (!Files.exists(docs)) {
      System.err.println("sitrep: error: " + docs + " does not exist (pass --docs FILE.jsonl|DIR)");
      return Optional.empty();
    }
    List<Source> sources = load(docs, limit);
    System.err.printf("bench: %d documents from %s%n", sources.size(), docs);
    return Optional.of(sources);
  }

  /** The options as given, for the report's command line. */
  String asArguments() { return "--docs " + docs + (limit < 100000 ? " --limit " + limit : ""); }

  private static List<Source> load(Path path, int limit) throws IOException {
    List<Source> out = new ArrayList<>();
    if (Files.isDirectory(path)) {
      try (Stream<Path> files = Files.walk(path)) {
        for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
          if (out.size() >= limit) break;
          out.add(new Source(p.toString(), Files.readAllBytes(p), Optional.empty(), Optional.empty()));
        }
      }
      return out;
    }
    ObjectMapper mapper = new ObjectMapper();
    try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      String line;
      int lineNo = 0;
      while ((line = in.readLine()) != null && out.size() < limit) {
        lineNo++;
        if (line.isBlank()) continue;
        JsonNode n = mapper.readTree(line);
        if (n.path("dateline").isObject()) {
          // a MUC-4 report: read as `sitrep muc4` reads it, dateline included
          out.add(Muc4Input.source(n, path + ":" + lineNo));
          continue;
        }
        String id = n.path("id").asText(path + ":" + lineNo);
        String text = n.path("text").asText("");
        out.add(new Source(id, text.getBytes(StandardCharsets.UTF_8), Optional.empty(), published(n)));
      }
    }
    return out;
  }

  private static Optional<LocalDate> published(JsonNode n) {
    String date = n.path("published").asText("");
    if (date.length() < 10) return Optional.empty();
    try {
      return Optional.of(LocalDate.parse(date.substring(0, 10)));
    } catch (java.time.format.DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
