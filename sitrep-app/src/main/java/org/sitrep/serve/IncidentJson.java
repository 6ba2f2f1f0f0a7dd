package org.sitrep.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.sitrep.domain.IncidentType;
import org.sitrep.merge.TollConsensus;
import org.sitrep.store.DateSpan;
import org.sitrep.store.IncidentSummary;
import org.sitrep.store.PlaceSummary;

/**
 * The wire form of a stored incident, as web/README.md's API contract gives it: the one JSON shape that
 * {@code sitrep incidents --format json}, the HTTP API and the page share. Unknown values are {@code null}, lists are
 * empty rather than null, enum values are their lower-case wire names.
 */
public final class IncidentJson {
  private IncidentJson() {}

  public static ObjectNode summary(ObjectMapper mapper, IncidentSummary i) {
    ObjectNode n = mapper.createObjectNode();
    n.put("id", i.id());
    n.put("type", i.type().wire());
    ArrayNode subtypes = n.putArray("subtypes");
    i.subtypes().forEach(t -> subtypes.add(t.wire()));
    n.set("codes", codes(mapper, i.type()));
    n.set("date", i.date().map(d -> date(mapper, d)).orElse(null));
    n.set("place", i.place().map(p -> place(mapper, p)).orElse(null));
    ArrayNode perpetrators = n.putArray("perpetrators");
    i.perpetrators().forEach(perpetrators::add);
    ArrayNode targets = n.putArray("targets");
    i.targets().forEach(targets::add);
    ArrayNode tolls = n.putArray("tolls");
    i.tolls().forEach(t -> tolls.add(toll(mapper, t)));
    putOpt(n, "fatalities", i.fatalities());
    putOpt(n, "injured", i.injured());
    putOpt(n, "hostages", i.hostages());
    n.put("report_count", i.reports());
    ArrayNode sources = n.putArray("sources");
    i.sources().forEach(sources::add);
    n.put("status", i.status().wire());
    n.put("updated", i.updated().toString());
    return n;
  }

  static ObjectNode codes(ObjectMapper mapper, IncidentType t) {
    ObjectNode c = mapper.createObjectNode();
    c.put("gtd", t.gtd().orElse(null));
    c.put("acled", t.acled());
    c.put("acled_sub", t.acledSub());
    c.put("cameo", t.cameo());
    c.put("muc4", t.muc4().orElse(null));
    return c;
  }

  static ObjectNode date(ObjectMapper mapper, DateSpan d) {
    ObjectNode n = mapper.createObjectNode();
    n.put("start", d.start().toString());
    n.put("end", d.end().map(Object::toString).orElse(null));
    n.put("precision", d.precision().wire());
    return n;
  }

  static ObjectNode place(ObjectMapper mapper, PlaceSummary p) {
    ObjectNode n = mapper.createObjectNode();
    n.put("name", p.name());
    n.put("city", p.city().orElse(null));
    n.put("admin1", p.admin1().orElse(null));
    n.put("country", p.country().orElse(null));
    n.put("lat", p.lat().orElse(null));
    n.put("lon", p.lon().orElse(null));
    n.put("precision", p.precision().wire());
    return n;
  }

  static ObjectNode toll(ObjectMapper mapper, TollConsensus t) {
    ObjectNode n = mapper.createObjectNode();
    n.put("group", t.group().wire());
    n.put("outcome", t.outcome().wire());
    putOpt(n, "consensus", t.consensus());
    putOpt(n, "min", t.lowest());
    putOpt(n, "max", t.highest());
    ObjectNode latest = n.putObject("latest");
    putOpt(latest, "min", t.latest().quantity().min());
    putOpt(latest, "max", t.latest().quantity().max());
    latest.put("qualifier", t.latest().quantity().qualifier().wire());
    latest.put("source", t.latest().source().orElse(null));
    latest.put("document", t.latest().documentId());
    n.put("claims", t.claims());
    return n;
  }

  static void putOpt(ObjectNode n, String field, Optional<Integer> value) {
    if (value.isPresent()) n.put(field, value.get());
    else n.putNull(field);
  }
}
