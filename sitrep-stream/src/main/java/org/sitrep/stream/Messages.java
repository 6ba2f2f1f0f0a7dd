package org.sitrep.stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The JSON of the job's two output topics, written field by field so the wire format is stated here and does not
 * follow Java names: an incident update
 * {@code {"incident":12,"change":"created|updated","version":1,"document":"<content hash>","input":"<article id>",
 * "article":{"topic":..,"partition":..,"offset":..}}} and a rejection
 * {@code {"input":..,"article":{..},"stage":"ingest","code":"malformed","detail":..,"message":..}}. Thread-safe.
 */
public final class Messages {
  private final ObjectMapper json = new ObjectMapper();

  public byte[] update(IncidentUpdate u) {
    ObjectNode o = json.createObjectNode();
    o.put("incident", u.incident());
    o.put("change", u.change().wire());
    o.put("version", u.version());
    o.put("document", u.document());
    o.put("input", u.input());
    position(o.putObject("article"), u.article());
    return bytes(o);
  }

  public byte[] rejection(Rejection r) {
    ObjectNode o = json.createObjectNode();
    o.put("input", r.input());
    position(o.putObject("article"), r.at());
    o.put("stage", r.stage().name().toLowerCase(Locale.ROOT));
    o.put("code", r.code().name().toLowerCase(Locale.ROOT));
    o.put("detail", r.detail());
    o.put("message", r.message());
    return bytes(o);
  }

  private static void position(ObjectNode o, Position p) {
    o.put("topic", p.topic());
    o.put("partition", p.partition());
    o.put("offset", p.offset());
  }

  private static byte[] bytes(ObjectNode o) { return o.toString().getBytes(StandardCharsets.UTF_8); }
}
