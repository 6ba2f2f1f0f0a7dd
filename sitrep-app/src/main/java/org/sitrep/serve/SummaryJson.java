package org.sitrep.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sitrep.store.IncidentIndex;
import org.sitrep.store.IncidentSummary;

/**
 * The JSON of {@code GET /api/incidents}, with each incident rendered once per version of its summary rather than once
 * per request: a page is then the incidents' bytes joined. The {@link IncidentIndex} replaces an incident's summary
 * object whenever it reads the incident again, and a summary never changes, so the same object (not merely an equal
 * one: comparing would cost as much as rendering) always renders the same bytes, and a changed incident never finds
 * its old bytes. Holds one rendering per incident listed so far.
 */
final class SummaryJson {
  private record Rendered(IncidentSummary summary, byte[] json) {}

  private static final byte[] ITEMS = "{\"items\":[".getBytes(StandardCharsets.US_ASCII);

  private final ObjectMapper mapper;
  private final Map<Long, Rendered> byId = new ConcurrentHashMap<>();

  SummaryJson(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** {@code {"items", "total", "limit", "offset"}}, as web/README.md gives it. */
  byte[] page(IncidentIndex.Page page, int limit, int offset) {
    List<IncidentSummary> items = page.items();
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 + items.size() * 1024);
    out.writeBytes(ITEMS);
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) out.write(',');
      out.writeBytes(item(items.get(i), page.documentIds()));
    }
    out.writeBytes(("],\"total\":" + page.total() + ",\"limit\":" + limit + ",\"offset\":" + offset + "}")
        .getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  private byte[] item(IncidentSummary summary, Map<String, Long> documentIds) {
    Rendered r = byId.get(summary.id());
    if (r != null && r.summary() == summary) return r.json();
    byte[] json;
    try {
      json = mapper.writeValueAsBytes(IncidentJson.summary(mapper, summary, documentIds));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of JSON nodes always serialises", e);
    }
    byId.put(summary.id(), new Rendered(summary, json));
    return json;
  }
}
