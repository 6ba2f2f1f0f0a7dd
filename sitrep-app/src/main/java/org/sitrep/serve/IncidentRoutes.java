package org.sitrep.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.sitrep.domain.IncidentStatus;
import org.sitrep.store.IncidentDetail;
import org.sitrep.store.IncidentIndex;
import org.sitrep.store.IncidentQuery;
import org.sitrep.store.IncidentSummary;

/**
 * The read side of the API: incidents (filtered and paged, or one with everything behind it), full-text search,
 * counts, and the CSV and GeoJSON exports. Each handler parses its parameters, asks the store, and renders; no SQL.
 */
final class IncidentRoutes {
  private final StorePool stores;
  private final IncidentIndex index;
  private final ObjectMapper mapper;
  private final SummaryJson pages;
  /** The last {@code /api/stats} answer and the data version it was read at; null before the first. */
  private final AtomicReference<CachedStats> stats = new AtomicReference<>();

  private record CachedStats(long version, byte[] json) {}

  /** {@code index} answers the lists and exports; it must be loaded from the pool's database. */
  IncidentRoutes(StorePool stores, IncidentIndex index, ObjectMapper mapper) {
    this.stores = stores;
    this.index = index;
    this.mapper = mapper;
    this.pages = new SummaryJson(mapper);
  }

  /** {@code GET /api/incidents}: {@code {"items", "total", "limit", "offset"}}. */
  void list(Context ctx) {
    IncidentQuery q = IncidentFilters.parse(ctx::queryParam, true);
    IncidentIndex.Page page = stores.read(store -> index.page(store, q));
    Json.send(ctx, 200, pages.page(page, q.limit(), q.offset()));
  }

  /** {@code GET /api/incidents/{id}}: the incident, its reports, claims, participants and related incidents. */
  void one(Context ctx) {
    long id = Json.id(ctx.pathParam("id"), "an incident");
    ObjectNode body = stores.read(store -> {
      IncidentDetail d = store.incident(id).orElseThrow(() -> ApiException.notFound("no incident " + id));
      IncidentStatus recalledAs = d.summary().status() == IncidentStatus.CURRENT ? IncidentStatus.BACKGROUND
          : IncidentStatus.CURRENT;
      return IncidentJson.detail(mapper, d, store.mentionedWith(id, recalledAs));
    });
    Json.send(ctx, 200, body);
  }

  /** {@code GET /api/search?q=}: incidents whose documents match the words, best first. */
  void search(Context ctx) {
    String q = IncidentFilters.value(ctx::queryParam, "q")
        .orElseThrow(() -> ApiException.badRequest("q is required: the words to search for"));
    if (q.length() > IncidentFilters.MAX_TEXT) {
      throw ApiException.badRequest("q is longer than " + IncidentFilters.MAX_TEXT + " characters");
    }
    int limit = IncidentFilters.value(ctx::queryParam, "limit")
        .map(v -> IncidentFilters.integer("limit", v, 1, Integer.MAX_VALUE)).orElse(IncidentFilters.DEFAULT_LIMIT);
    int capped = Math.min(limit, IncidentFilters.MAX_LIMIT);
    ObjectNode body = stores.read(store -> {
      List<IncidentSummary> items = store.search(q, capped);
      Map<String, Long> documentIds = store.documentIds(IncidentJson.latestDocuments(items));
      ObjectNode n = mapper.createObjectNode();
      ArrayNode array = n.putArray("items");
      items.forEach(i -> array.add(IncidentJson.summary(mapper, i, documentIds)));
      n.put("limit", capped);
      return n;
    });
    Json.send(ctx, 200, body);
  }

  /**
   * {@code GET /api/stats}: totals and counts by day and type, type, and country; unfiltered. Read again only when the
   * store's data version moved: the answer cached is never older than the version this request read.
   */
  void stats(Context ctx) {
    byte[] body = stores.read(store -> {
      long version = store.dataVersion();
      CachedStats cached = stats.get();
      if (cached != null && cached.version() == version) return cached.json();
      // Read after the version: at least as new as it, so caching it under that version is never stale.
      byte[] json = Json.bytes(IncidentJson.stats(mapper, store.stats()));
      stats.set(new CachedStats(version, json));
      return json;
    });
    Json.send(ctx, 200, body);
  }

  /** {@code GET /api/export.csv}: every incident the filters select, from one snapshot of the index. */
  void exportCsv(Context ctx) {
    IncidentQuery q = IncidentFilters.parse(ctx::queryParam, false);
    ctx.status(200).contentType("text/csv; charset=utf-8")
        .header("Content-Disposition", "attachment; filename=\"sitrep-incidents.csv\"");
    stream(ctx, q, out -> {
      Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
      IncidentCsv.writeHeader(w);
      return new Sink(i -> IncidentCsv.write(w, i), () -> flush(w));
    });
  }

  /** {@code GET /api/export.geojson}: the same as an RFC 7946 FeatureCollection. */
  void exportGeoJson(Context ctx) {
    IncidentQuery q = IncidentFilters.parse(ctx::queryParam, false);
    ctx.status(200).contentType("application/geo+json")
        .header("Content-Disposition", "attachment; filename=\"sitrep-incidents.geojson\"");
    stream(ctx, q, out -> {
      IncidentGeoJson g = new IncidentGeoJson(out);
      return new Sink(g::write, g::close);
    });
  }

  private record Sink(Consumer<IncidentSummary> row, Runnable end) {}

  private void stream(Context ctx, IncidentQuery q, java.util.function.Function<OutputStream, Sink> open) {
    // One snapshot of the index: the export is consistent even while articles arrive.
    List<IncidentSummary> all = stores.read(store -> index.matches(store, q));
    Sink sink = open.apply(ctx.outputStream());
    all.forEach(sink.row());
    sink.end().run();
  }

  private static void flush(Writer w) {
    try {
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
