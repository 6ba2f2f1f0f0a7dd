package org.sitrep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sitrep.domain.Extraction;
import org.sitrep.eval.Muc4Entity;
import org.sitrep.eval.Muc4Relevance;
import org.sitrep.eval.Muc4Role;
import org.sitrep.eval.Muc4RoleFiller;
import org.sitrep.eval.Muc4Template;
import org.sitrep.eval.Muc4TemplateMapper;
import org.sitrep.eval.Muc4TemplateTyper;
import org.sitrep.ingest.Source;
import org.sitrep.pipeline.DocResult;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Sitrep;
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

  @Override
  public Integer call() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    RecordingNlpEngine engine = new RecordingNlpEngine(nlp.engine());
    Pipeline pipeline = Sitrep.pipeline(engine);
    Optional<Muc4RoleFiller> roles = noRoles ? Optional.empty() : Muc4RoleFiller.bundled();
    Muc4TemplateMapper templates = new Muc4TemplateMapper();
    Optional<Muc4Relevance> relevance = noRelevance ? Optional.empty() : Muc4Relevance.bundled();
    Optional<Muc4TemplateTyper> typer = noTyping ? Optional.empty() : Muc4TemplateTyper.bundled();
    List<String> lines = Files.readAllLines(in, StandardCharsets.UTF_8);
    long start = System.nanoTime();
    int done = 0;
    int failed = 0;
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).isBlank()) continue;
        JsonNode doc;
        try {
          doc = mapper.readTree(lines.get(i));
        } catch (IOException e) {
          System.err.println("sitrep: error: " + in + ":" + (i + 1) + " is malformed JSON (" + e.getMessage() + ")");
          failed++;
          continue;
        }
        Source source = Muc4Input.source(doc, in + ":" + (i + 1));
        String id = source.name();
        ObjectNode line = mapper.createObjectNode();
        line.put("id", id);
        ArrayNode array = line.putArray("templates");
        DocResult<Extraction> result = pipeline.process(source);
        if (result instanceof DocResult.Ok<Extraction> ok) {
          List<Muc4Template> mapped = templates.templates(ok.value());
          if (relevance.isPresent()) mapped = relevance.get().filter(ok.value(), mapped);
          // relevance is judged on the rules' templates (what it was trained on); the roles then come from the models
          if (!mapped.isEmpty() && (roles.isPresent() || typer.isPresent())) {
            List<Muc4TemplateMapper.Mapped> withIncidents = roles.isPresent()
                ? roles.get().mapped(templates, ok.value(), engine.last()) : templates.mapped(ok.value());
            // the typing models were trained on templates with learned fillers; on the rules' they still apply
            mapped = typer.isPresent() ? typer.get().apply(ok.value(), withIncidents)
                : withIncidents.stream().map(Muc4TemplateMapper.Mapped::template).toList();
          }
          for (Muc4Template t : mapped) array.add(toJson(mapper, t));
        } else if (result instanceof DocResult.Failed<Extraction> f) {
          f.problems().forEach(p -> System.err.println("sitrep: error: " + p.oneLine()));
          failed++;
        }
        w.write(mapper.writeValueAsString(line));
        w.newLine();
        done++;
        if (done % 25 == 0) {
          double seconds = (System.nanoTime() - start) / 1e9;
          System.err.printf("muc4: %d/%d documents, %.1f docs/s%n", done, lines.size(), done / seconds);
        }
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.err.printf("muc4: %d documents in %.1f s (%.1f docs/s), %d failed; wrote %s%n", done, seconds,
        done / seconds, failed, out);
    return done == 0 ? 1 : 0;
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
