package org.sitrep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.sitrep.eval.Muc4Entity;
import org.sitrep.eval.Muc4Role;
import org.sitrep.eval.Muc4Template;
import org.sitrep.ingest.Source;
import org.sitrep.pipeline.DocResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sitrep muc4 --in FILE.jsonl --out PREDS.jsonl}: MUC-4 templates from sitrep's own incidents. */
@Command(name = "muc4", mixinStandardHelpOptions = true,
    description = "Fill MUC-4 templates (GTT's five roles) from sitrep's incidents, one JSON line per input document.")
public final class Muc4Command implements Callable<Integer> {
  @Mixin NlpCacheOption nlp = new NlpCacheOption();

  @Option(names = "--in", required = true, description = "JSON Lines of {\"id\",\"dateline\",\"text\"}.")
  Path in;

  @Option(names = "--out", required = true, description = "Where the predictions go (JSON Lines).")
  Path out;

  @Option(names = "--no-relevance", description = "Keep every mapped template: skip the learned relevance model.")
  boolean noRelevance;

  @Option(names = "--no-roles", description = "Fill roles by the mapper's rules: skip the learned role models.")
  boolean noRoles;

  @Option(names = "--no-typing", description = "Keep the mapper's template types and split: skip the learned "
      + "template keep/type models.")
  boolean noTyping;

  @Option(names = "--threads", description = "Reports processed at once (default: the machine's cores, "
      + "${DEFAULT-VALUE}); the output keeps the input's order either way.")
  int threads = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() throws IOException, InterruptedException {
    ObjectMapper mapper = new ObjectMapper();
    Muc4System system = new Muc4System(nlp.engine(), !noRelevance, !noRoles, !noTyping);
    List<String> lines = Files.readAllLines(in, StandardCharsets.UTF_8);
    long start = System.nanoTime();
    int done = 0;
    int failed = 0;
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    // a bounded window of reports in flight, written in input order as the oldest completes
    Deque<Future<Answer>> inFlight = new ArrayDeque<>();
    int window = Math.max(1, threads) * 4;
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (int i = 0; i <= lines.size(); i++) {
        while (!inFlight.isEmpty() && (i == lines.size() || inFlight.size() >= window)) {
          Answer answer = await(inFlight.removeFirst());
          answer.errors().forEach(System.err::println);
          if (answer.line().isEmpty()) {
            failed++;
            continue;
          }
          if (!answer.errors().isEmpty()) failed++;
          w.write(answer.line().get());
          w.newLine();
          done++;
          if (done % 25 == 0) {
            double seconds = (System.nanoTime() - start) / 1e9;
            System.err.printf("muc4: %d/%d documents, %.1f docs/s%n", done, lines.size(), done / seconds);
          }
        }
        if (i == lines.size() || lines.get(i).isBlank()) continue;
        String text = lines.get(i);
        String name = in + ":" + (i + 1);
        inFlight.addLast(pool.submit(() -> answer(mapper, system, text, name)));
      }
    } finally {
      pool.shutdownNow();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.err.printf("muc4: %d documents in %.1f s (%.1f docs/s, %d threads), %d failed; wrote %s%n", done, seconds,
        done / seconds, threads, failed, out);
    return done == 0 ? 1 : 0;
  }

  /** One input line's output line (empty when the line is not JSON) and the errors to print for it. */
  private record Answer(Optional<String> line, List<String> errors) {}

  private static Answer answer(ObjectMapper mapper, Muc4System system, String text, String name) throws IOException {
    JsonNode doc;
    try {
      doc = mapper.readTree(text);
    } catch (IOException e) {
      return new Answer(Optional.empty(), List.of("sitrep: error: " + name + " is malformed JSON (" + e.getMessage()
          + ")"));
    }
    Source source = Muc4Input.source(doc, name);
    ObjectNode line = mapper.createObjectNode();
    line.put("id", source.name());
    ArrayNode array = line.putArray("templates");
    List<String> errors = new ArrayList<>();
    DocResult<List<Muc4Template>> result = system.templates(source);
    if (result instanceof DocResult.Ok<List<Muc4Template>> ok) {
      for (Muc4Template t : ok.value()) array.add(toJson(mapper, t));
    } else if (result instanceof DocResult.Failed<List<Muc4Template>> f) {
      f.problems().forEach(p -> errors.add("sitrep: error: " + p.oneLine()));
    }
    return new Answer(Optional.of(mapper.writeValueAsString(line)), errors);
  }

  private static Answer await(Future<Answer> answer) throws IOException, InterruptedException {
    try {
      return answer.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) throw io;
      if (e.getCause() instanceof RuntimeException r) throw r;
      throw new IllegalStateException(e.getCause());
    }
  }

  private static ObjectNode toJson(ObjectMapper mapper, Muc4Template t) {
    ObjectNode n = mapper.createObjectNode();
    n.put("incident_type", t.incidentTypes().iterator().next().label());
    for (Muc4Role role : Muc4Role.values()) {
      ArrayNode entities = n.putArray(role.jsonKey());
      for (Muc4Entity e : t.fillers(role)) entities.add(mapper.valueToTree(e.alternatives()));
    }
    return n;
  }
}
