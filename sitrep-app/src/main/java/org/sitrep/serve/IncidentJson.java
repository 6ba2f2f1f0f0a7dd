package org.sitrep.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.domain.Document;
import org.sitrep.domain.Evidence;
import org.sitrep.domain.IncidentType;
import org.sitrep.domain.Participant;
import org.sitrep.domain.Quote;
import org.sitrep.merge.TollClaim;
import org.sitrep.merge.TollConsensus;
import org.sitrep.store.DateSpan;
import org.sitrep.store.IncidentDetail;
import org.sitrep.store.IncidentSummary;
import org.sitrep.store.PlaceSummary;
import org.sitrep.store.ResponsibilityClaim;
import org.sitrep.store.SpanKind;
import org.sitrep.store.Stats;
import org.sitrep.store.Store;
import org.sitrep.store.StoredDocument;
import org.sitrep.store.StoredParticipant;
import org.sitrep.store.StoredQuote;
import org.sitrep.store.StoredReport;
import org.sitrep.store.StoredSpan;
import org.sitrep.store.StoredToll;

/**
 * The wire forms of stored incidents, documents and counts, as web/README.md's API contract gives them: the one JSON
 * shape that {@code sitrep incidents --format json}, the HTTP API and the page share. Unknown values are {@code null},
 * lists are empty rather than null, enum values are their lower-case wire names, offsets are UTF-16 indices into the
 * document's text, end exclusive.
 */
public final class IncidentJson {
  private IncidentJson() {}

  /** An incident without its documents' row ids: each toll's {@code latest.document_id} is null. */
  public static ObjectNode summary(ObjectMapper mapper, IncidentSummary i) {
    return summary(mapper, i, Map.of());
  }

  /**
   * The contract's Incident. {@code documentIds} maps content hashes (as {@link TollClaim#documentId} holds them) to
   * the store's document ids ({@link Store#documentIds}), for each toll's {@code latest.document_id}.
   */
  public static ObjectNode summary(ObjectMapper mapper, IncidentSummary i, Map<String, Long> documentIds) {
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
    i.tolls().forEach(t -> tolls.add(toll(mapper, t, documentIds)));
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

  static ObjectNode toll(ObjectMapper mapper, TollConsensus t, Map<String, Long> documentIds) {
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
    Long documentId = documentIds.get(t.latest().documentId());
    if (documentId != null) latest.put("document_id", documentId);
    else latest.putNull("document_id");
    latest.put("content_hash", t.latest().documentId());
    n.put("claims", t.claims());
    return n;
  }

  /** The content hashes of the documents each toll's latest figure comes from, for {@link Store#documentIds}. */
  public static Set<String> latestDocuments(List<IncidentSummary> incidents) {
    Set<String> out = new LinkedHashSet<>();
    for (IncidentSummary i : incidents) i.tolls().forEach(t -> out.add(t.latest().documentId()));
    return out;
  }

  /**
   * The contract's incident detail: the Incident plus its reports, every claim side by side (toll figures, then
   * responsibility claims), each participant as each report named it, the documents' quotes, and {@code related}
   * under {@code background}: the background incidents its reports recall or, for a background incident, the
   * incidents whose reports recall it.
   */
  public static ObjectNode detail(ObjectMapper mapper, IncidentDetail d, List<IncidentSummary> related) {
    Map<String, Long> documentIds = new LinkedHashMap<>();
    Map<Long, StoredReport> byDocument = new LinkedHashMap<>();
    for (StoredReport r : d.reports()) {
      documentIds.put(r.contentHash(), r.documentId());
      byDocument.putIfAbsent(r.documentId(), r);
    }
    ObjectNode n = summary(mapper, d.summary(), documentIds);
    ArrayNode reports = n.putArray("reports");
    for (StoredReport r : d.reports()) {
      ObjectNode o = reports.addObject();
      o.put("document_id", r.documentId());
      o.put("title", r.title().orElse(null));
      o.put("source", r.source().orElse(null));
      o.put("published", r.published().map(Object::toString).orElse(null));
      o.put("url", r.url().orElse(null));
      o.put("status", r.status().wire());
      o.put("type", r.type().wire());
    }
    ArrayNode claims = n.putArray("claims");
    for (StoredToll t : d.tolls()) {
      TollClaim c = t.claim();
      ObjectNode o = claims.addObject();
      o.put("kind", "toll");
      o.put("group", c.group().wire());
      o.put("outcome", c.outcome().wire());
      putOpt(o, "min", c.quantity().min());
      putOpt(o, "max", c.quantity().max());
      o.put("qualifier", c.quantity().qualifier().wire());
      o.put("text", c.text());
      o.put("source", c.source().orElse(null));
      o.put("document_id", t.documentId());
      o.put("published", c.published().map(Object::toString).orElse(null));
      o.set("evidence", evidence(mapper, t.evidence()));
    }
    for (ResponsibilityClaim c : d.responsibility()) {
      ObjectNode o = claims.addObject();
      o.put("kind", "responsibility");
      o.putNull("group");
      o.putNull("outcome");
      o.putNull("min");
      o.putNull("max");
      o.putNull("qualifier");
      o.put("text", c.evidence().text());
      o.put("source", c.actor());
      o.put("document_id", c.documentId());
      StoredReport r = byDocument.get(c.documentId());
      o.put("published", r == null ? null : r.published().map(Object::toString).orElse(null));
      o.set("evidence", evidence(mapper, c.evidence()));
    }
    ArrayNode participants = n.putArray("participants");
    for (StoredParticipant sp : d.participants()) {
      Participant p = sp.participant();
      ObjectNode o = participants.addObject();
      o.put("name", p.name());
      ArrayNode aliases = o.putArray("aliases");
      p.aliases().forEach(aliases::add);
      o.put("role", p.role().wire());
      o.put("kind", p.kind().wire());
      o.put("claimed", p.claimedResponsibility());
      o.put("document_id", sp.documentId());
      o.set("evidence", evidence(mapper, p.evidence()));
      ArrayNode mentions = o.putArray("mentions");
      p.mentions().forEach(m -> mentions.add(evidence(mapper, m)));
    }
    ArrayNode quotes = n.putArray("quotes");
    for (StoredQuote sq : d.quotes()) {
      Quote q = sq.quote();
      ObjectNode o = quotes.addObject();
      o.put("text", q.text());
      o.put("speaker", q.speaker().orElse(null));
      o.put("speaker_title", q.speakerTitle().orElse(null));
      o.put("document_id", sq.documentId());
      o.set("evidence", evidence(mapper, q.evidence()));
    }
    ArrayNode background = n.putArray("background");
    for (IncidentSummary b : related) background.add(brief(mapper, b));
    return n;
  }

  /** An incident as a link: id, type, status, date and place. */
  static ObjectNode brief(ObjectMapper mapper, IncidentSummary i) {
    ObjectNode n = mapper.createObjectNode();
    n.put("id", i.id());
    n.put("type", i.type().wire());
    n.put("status", i.status().wire());
    n.set("date", i.date().map(d -> date(mapper, d)).orElse(null));
    n.set("place", i.place().map(p -> place(mapper, p)).orElse(null));
    return n;
  }

  /**
   * A stored document with its text and every span cited from it. A sentence that tells an incident is a
   * {@code trigger} span; quotes belong to the document, so their {@code incident_id} is null.
   */
  public static ObjectNode document(ObjectMapper mapper, StoredDocument d) {
    Document doc = d.document();
    ObjectNode n = mapper.createObjectNode();
    n.put("id", d.id());
    n.put("content_hash", doc.id());
    n.put("title", doc.title().orElse(null));
    n.put("source", doc.source().orElse(null));
    n.put("published", doc.published().map(Object::toString).orElse(null));
    n.put("url", doc.url().orElse(null));
    n.put("ingested_at", d.ingestedAt().toString());
    n.put("text", doc.text());
    ArrayNode spans = n.putArray("spans");
    for (StoredSpan s : d.spans()) {
      ObjectNode o = spans.addObject();
      o.put("start", s.evidence().start());
      o.put("end", s.evidence().end());
      o.put("kind", s.kind() == SpanKind.INCIDENT ? "trigger" : s.kind().wire());
      if (s.incidentId().isPresent()) o.put("incident_id", s.incidentId().get());
      else o.putNull("incident_id");
    }
    return n;
  }

  /** Totals, incidents per day and type (the timeline), per type and per country; incidents with no country are
   * counted in the totals only, since "unknown" is no country a filter can ask for. */
  public static ObjectNode stats(ObjectMapper mapper, Stats s) {
    ObjectNode n = mapper.createObjectNode();
    n.put("documents", s.documents());
    n.put("incidents", s.incidents());
    n.put("reports", s.reports());
    n.put("claims", s.claims());
    ArrayNode byDay = n.putArray("by_day");
    for (Stats.DayCount d : s.byDay()) {
      ObjectNode o = byDay.addObject();
      o.put("day", d.day().toString());
      o.put("type", d.type().wire());
      o.put("count", d.incidents());
    }
    ObjectNode byType = n.putObject("by_type");
    s.byType().forEach(t -> byType.put(t.type().wire(), t.incidents()));
    ObjectNode byCountry = n.putObject("by_country");
    s.byCountry().forEach(c -> c.country().ifPresent(cc -> byCountry.put(cc, c.incidents())));
    return n;
  }

  private static ObjectNode evidence(ObjectMapper mapper, Evidence e) {
    ObjectNode n = mapper.createObjectNode();
    n.put("start", e.start());
    n.put("end", e.end());
    return n;
  }

  static void putOpt(ObjectNode n, String field, Optional<Integer> value) {
    if (value.isPresent()) n.put(field, value.get());
    else n.putNull(field);
  }
}
