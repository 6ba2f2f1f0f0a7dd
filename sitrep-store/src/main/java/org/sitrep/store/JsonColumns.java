package org.sitrep.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.sitrep.domain.Evidence;
import org.sitrep.domain.IncidentType;
import org.sitrep.merge.IncidentProfile;

/**
 * The columns that hold JSON: lists of type names, strings or evidence spans, and the merge profile. Written field by field (no
 * reflection), so a renamed Java component never silently changes what is stored.
 */
final class JsonColumns {
  private final ObjectMapper mapper = new ObjectMapper();

  String types(List<IncidentType> types) {
    ArrayNode a = mapper.createArrayNode();
    types.forEach(t -> a.add(Wire.of(t)));
    return a.toString();
  }

  List<IncidentType> types(String json) {
    List<IncidentType> out = new ArrayList<>();
    read(json).forEach(n -> out.add(Wire.parse(IncidentType.class, n.asText())));
    return List.copyOf(out);
  }

  String strings(Collection<String> strings) {
    ArrayNode a = mapper.createArrayNode();
    strings.forEach(a::add);
    return a.toString();
  }

  List<String> strings(String json) {
    List<String> out = new ArrayList<>();
    read(json).forEach(n -> out.add(n.asText()));
    return List.copyOf(out);
  }

  String evidences(List<Evidence> evidences) {
    ArrayNode a = mapper.createArrayNode();
    for (Evidence e : evidences) {
      a.addObject().put("start", e.start()).put("end", e.end()).put("sentence", e.sentence()).put("text", e.text());
    }
    return a.toString();
  }

  List<Evidence> evidences(String json) {
    List<Evidence> out = new ArrayList<>();
    read(json).forEach(n -> out.add(new Evidence(n.get("start").asInt(), n.get("end").asInt(), n.get("text").asText(),
        n.get("sentence").asInt())));
    return List.copyOf(out);
  }

  String profile(IncidentProfile p) {
    ObjectNode o = mapper.createObjectNode();
    o.put("type", Wire.of(p.type()));
    p.dateStart().ifPresent(d -> o.put("dateStart", d.toString()));
    p.dateEnd().ifPresent(d -> o.put("dateEnd", d.toString()));
    p.country().ifPresent(s -> o.put("country", s));
    p.admin1().ifPresent(s -> o.put("admin1", s));
    p.city().ifPresent(s -> o.put("city", s));
    p.lat().ifPresent(d -> o.put("lat", d));
    p.lon().ifPresent(d -> o.put("lon", d));
    o.set("actors", stringArray(p.actors()));
    o.set("targets", stringArray(p.targets()));
    o.set("words", stringArray(p.words()));
    return o.toString();
  }

  IncidentProfile profile(String json) {
    JsonNode o = read(json);
    return new IncidentProfile(Wire.parse(IncidentType.class, o.get("type").asText()),
        text(o, "dateStart").map(LocalDate::parse), text(o, "dateEnd").map(LocalDate::parse),
        text(o, "country"), text(o, "admin1"), text(o, "city"),
        number(o, "lat"), number(o, "lon"), stringSet(o.get("actors")), stringSet(o.get("targets")),
        stringSet(o.get("words")));
  }

  private ArrayNode stringArray(Set<String> strings) {
    ArrayNode a = mapper.createArrayNode();
    new TreeSet<>(strings).forEach(a::add);   // sorted: the same profile is always the same text
    return a;
  }

  private static Set<String> stringSet(JsonNode array) {
    Set<String> out = new TreeSet<>();
    if (array != null) array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static Optional<String> text(JsonNode o, String field) {
    JsonNode n = o.get(field);
    return n == null || n.isNull() ? Optional.empty() : Optional.of(n.asText());
  }

  private static Optional<Double> number(JsonNode o, String field) {
    JsonNode n = o.get(field);
    return n == null || n.isNull() ? Optional.empty() : Optional.of(n.asDouble());
  }

  private JsonNode read(String json) {
    try {
      return mapper.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON column holds something this store never wrote: " + json, e);
    }
  }
}
