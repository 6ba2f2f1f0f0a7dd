package org.sitrep.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads MUC-4 JSON Lines: gold documents from the {@code gtt} field of shared/data/muc4/{train,dev}.jsonl, and
 * predictions ({@code {"id", "templates": [{"incident_type", "PerpInd": [["string", ...], ...], ...}]}}). Lines are
 * validated here so the scorers can trust them: a bad line fails the whole read with a {@link Muc4FormatException}
 * naming file and line, because a silently skipped document would change the score. The caller owns the reader.
 */
public final class Muc4Jsonl {
  private Muc4Jsonl() {}

  /** Which field holds a line's templates, and how strict the incident type is. */
  private enum Kind {
    GOLD("gtt"),
    PREDICTION("templates");

    final String field;

    Kind(String field) { this.field = field; }
  }

  public static List<Muc4Document> readGold(Path file) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in, file.toString(), Kind.GOLD);
    }
  }

  public static List<Muc4Document> readPredictions(Path file) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in, file.toString(), Kind.PREDICTION);
    }
  }

  /** Gold documents from any reader; {@code source} names it in error messages. The reader is not closed. */
  public static List<Muc4Document> readGold(Reader in, String source) throws IOException {
    return read(new BufferedReader(in), source, Kind.GOLD);
  }

  /** Predictions from any reader; {@code source} names it in error messages. The reader is not closed. */
  public static List<Muc4Document> readPredictions(Reader in, String source) throws IOException {
    return read(new BufferedReader(in), source, Kind.PREDICTION);
  }

  private static List<Muc4Document> read(BufferedReader in, String source, Kind kind) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<Muc4Document> documents = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    int lineNumber = 0;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      lineNumber++;
      if (line.isBlank()) continue;
      LineParser parser = new LineParser(source, lineNumber, kind);
      JsonNode node;
      try {
        node = mapper.readTree(line);
      } catch (JsonProcessingException e) {
        throw parser.error("not JSON: " + e.getOriginalMessage());
      }
      Muc4Document document = parser.document(node);
      if (!ids.add(document.id())) throw parser.error("document id " + document.id() + " appears twice");
      documents.add(document);
    }
    return documents;
  }

  /** Converts one parsed line, knowing where it came from for error messages. */
  private record LineParser(String source, int line, Kind kind) {
    Muc4FormatException error(String detail) { return new Muc4FormatException(source, line, detail); }

    Muc4Document document(JsonNode node) throws Muc4FormatException {
      if (!node.isObject()) throw error("a line must be a JSON object");
      JsonNode id = node.get("id");
      if (id == null || !id.isTextual() || id.asText().isBlank()) throw error("missing string field \"id\"");
      JsonNode templates = node.get(kind.field);
      if (templates == null || !templates.isArray()) throw error("missing array field \"" + kind.field + "\"");
      List<Muc4Template> parsed = new ArrayList<>();
      for (JsonNode template : templates) parsed.add(template(template));
      return new Muc4Document(id.asText(), parsed);
    }

    private Muc4Template template(JsonNode node) throws Muc4FormatException {
      if (!node.isObject()) throw error("a template must be a JSON object");
      JsonNode type = node.get("incident_type");
      if (type == null || !type.isTextual()) throw error("a template needs a string \"incident_type\"");
      Set<Muc4IncidentType> types = incidentTypes(type.asText());
      Map<Muc4Role, List<Muc4Entity>> fillers = new EnumMap<>(Muc4Role.class);
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        Optional<Muc4Role> role = Muc4Role.fromJsonKey(field.getKey());
        if (role.isPresent()) fillers.put(role.get(), entities(field.getKey(), field.getValue()));
      }
      return new Muc4Template(types, fillers);
    }

    /** Gold keys may give alternatives ("bombing / attack"); a prediction names exactly one type. */
    private Set<Muc4IncidentType> incidentTypes(String text) throws Muc4FormatException {
      String[] labels = kind == Kind.GOLD ? text.split("/") : new String[] {text};
      Set<Muc4IncidentType> types = EnumSet.noneOf(Muc4IncidentType.class);
      for (String label : labels) {
        types.add(Muc4IncidentType.fromLabel(label).orElseThrow(() -> error("unknown incident_type \"" + text
            + "\"; expected one of attack, bombing, kidnapping, arson, robbery, forced work stoppage")));
      }
      return types;
    }

    /** A role's entities: each a list of alternative strings (a bare string is read as a one-string entity). */
    private List<Muc4Entity> entities(String role, JsonNode node) throws Muc4FormatException {
      if (!node.isArray()) throw error("\"" + role + "\" must be a list of entities");
      List<Muc4Entity> entities = new ArrayList<>();
      for (JsonNode entity : node) {
        if (entity.isTextual()) {
          entities.add(Muc4Entity.of(entity.asText()));
          continue;
        }
        if (!entity.isArray() || entity.isEmpty()) {
          throw error("each \"" + role + "\" entity must be a non-empty list of strings");
        }
        List<String> alternatives = new ArrayList<>();
        for (JsonNode alternative : entity) {
          if (!alternative.isTextual()) throw error("each \"" + role + "\" entity must be a list of strings");
          alternatives.add(alternative.asText());
        }
        entities.add(new Muc4Entity(alternatives));
      }
      return entities;
    }
  }
}
