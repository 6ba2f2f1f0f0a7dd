package org.sitrep.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.sitrep.domain.Evidence;
import org.sitrep.domain.Extraction;
import org.sitrep.domain.Incident;
import org.sitrep.domain.IncidentDate;
import org.sitrep.domain.IncidentType;
import org.sitrep.domain.Location;
import org.sitrep.domain.Participant;
import org.sitrep.domain.Quote;
import org.sitrep.domain.Toll;
import org.sitrep.domain.Weapon;

/**
 * The one place that writes sitrep's output schema (documented in the README). Explicit, field by field, so the
 * wire names never drift with a record's Java names.
 */
public final class ExtractionJson {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private ExtractionJson() {}

  public static String write(ObjectMapper mapper, Extraction extraction) {
    try {
      return mapper.writeValueAsString(toJson(extraction));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }

  public static ObjectNode toJson(Extraction x) {
    ObjectNode root = F.objectNode();
    ObjectNode doc = root.putObject("document");
    doc.put("id", x.document().id());
    doc.put("path", x.document().path());
    doc.put("source", x.document().source().orElse(null));
    doc.put("published", x.document().published().map(Object::toString).orElse(null));
    doc.put("language", x.document().language());
    ArrayNode incidents = root.putArray("incidents");
    x.incidents().forEach(i -> incidents.add(incident(i)));
    ArrayNode quotes = root.putArray("quotes");
    x.quotes().forEach(q -> quotes.add(quote(q)));
    return root;
  }

  private static ObjectNode incident(Incident i) {
    ObjectNode n = F.objectNode();
    n.put("id", i.id());
    n.put("status", i.status().wire());
    n.put("type", i.type().wire());
    ArrayNode subtypes = n.putArray("subtypes");
    i.subtypes().forEach(t -> subtypes.add(t.wire()));
    n.set("codes", codes(i.type()));
    n.set("date", i.date().map(ExtractionJson::date).orElse(null));
    n.set("location", i.location().map(ExtractionJson::location).orElse(null));
    ArrayNode participants = n.putArray("participants");
    i.participants().forEach(p -> participants.add(participant(p)));
    ArrayNode weapons = n.putArray("weapons");
    i.weapons().forEach(w -> weapons.add(weapon(w)));
    ArrayNode tolls = n.putArray("tolls");
    i.tolls().forEach(t -> tolls.add(toll(t)));
    ArrayNode evidence = n.putArray("evidence");
    i.evidence().forEach(e -> evidence.add(evidence(e)));
    return n;
  }

  private static ObjectNode codes(IncidentType t) {
    ObjectNode n = F.objectNode();
    n.put("gtd", t.gtd().orElse(null));
    n.put("acled", t.acled());
    n.put("acled_sub", t.acledSub());
    n.put("cameo", t.cameo());
    n.put("muc4", t.muc4().orElse(null));
    return n;
  }

  private static ObjectNode date(IncidentDate d) {
    ObjectNode n = F.objectNode();
    n.put("start", d.startText());
    n.put("end", d.endText().orElse(null));
    n.put("precision", d.precision().wire());
    n.set("evidence", optionalEvidence(d.evidence()));
    return n;
  }

  private static ObjectNode location(Location l) {
    ObjectNode n = F.objectNode();
    n.put("name", l.name());
    n.put("city", l.city().orElse(null));
    n.put("admin1", l.admin1().orElse(null));
    n.put("country", l.country().orElse(null));
    n.put("lat", l.lat().orElse(null));
    n.put("lon", l.lon().orElse(null));
    n.put("precision", l.precision().wire());
    n.set("evidence", optionalEvidence(l.evidence()));
    return n;
  }

  private static ObjectNode participant(Participant p) {
    ObjectNode n = F.objectNode();
    n.put("name", p.name());
    ArrayNode aliases = n.putArray("aliases");
    p.aliases().forEach(aliases::add);
    n.put("role", p.role().wire());
    n.put("kind", p.kind().wire());
    n.put("claimed_responsibility", p.claimedResponsibility());
    n.set("evidence", evidence(p.evidence()));
    ArrayNode mentions = n.putArray("mentions");
    p.mentions().forEach(m -> mentions.add(evidence(m)));
    return n;
  }

  private static ObjectNode weapon(Weapon w) {
    ObjectNode n = F.objectNode();
    n.put("type", w.type().wire());
    n.set("evidence", evidence(w.evidence()));
    return n;
  }

  private static ObjectNode toll(Toll t) {
    ObjectNode n = F.objectNode();
    n.put("group", t.group().wire());
    n.put("outcome", t.outcome().wire());
    n.put("min", t.quantity().min().orElse(null));
    n.put("max", t.quantity().max().orElse(null));
    n.put("qualifier", t.quantity().qualifier().wire());
    n.put("text", t.text());
    n.put("attributed_to", t.attributedTo().orElse(null));
    n.set("evidence", evidence(t.evidence()));
    return n;
  }

  private static ObjectNode quote(Quote q) {
    ObjectNode n = F.objectNode();
    n.put("text", q.text());
    n.put("speaker", q.speaker().orElse(null));
    n.put("speaker_title", q.speakerTitle().orElse(null));
    n.set("evidence", evidence(q.evidence()));
    return n;
  }

  private static ObjectNode optionalEvidence(Optional<Evidence> e) { return e.map(ExtractionJson::evidence).orElse(null); }

  static ObjectNode evidence(Evidence e) {
    ObjectNode n = F.objectNode();
    n.put("start", e.start());
    n.put("end", e.end());
    n.put("text", e.text());
    n.put("sentence", e.sentence());
    return n;
  }
}
