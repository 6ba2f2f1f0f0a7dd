package org.sitrep.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The read API over a seeded database, as web/README.md's contract describes it. Submitting is off here. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiIT {
  TestServer s;
  TestServer.Seed seed;

  @BeforeAll
  void start(@TempDir Path tmp) {
    s = TestServer.start(tmp, Optional.empty());
    seed = s.seed;
  }

  @AfterAll
  void stop() { s.close(); }

  private static String enc(String v) { return URLEncoder.encode(v, StandardCharsets.UTF_8); }

  private List<Long> ids(String query) {
    JsonNode page = s.json("/api/incidents" + query, 200);
    List<Long> ids = new ArrayList<>();
    page.get("items").forEach(i -> ids.add(i.get("id").asLong()));
    return ids;
  }

  @Test
  void lists_newest_first_with_the_contract_fields() {
    JsonNode page = s.json("/api/incidents", 200);
    assertThat(page.get("total").asLong()).isEqualTo(5);
    assertThat(page.get("limit").asInt()).isEqualTo(IncidentFilters.DEFAULT_LIMIT);
    assertThat(page.get("offset").asInt()).isZero();
    assertThat(ids("")).containsExactly(seed.train(), seed.hostile(), seed.quetta(), seed.nigeria(), seed.mogadishu());
    JsonNode train = page.get("items").get(0);
    assertThat(train.get("type").asText()).isEqualTo("hijacking");
    assertThat(train.get("subtypes").get(0).asText()).isEqualTo("hostage_taking");
    assertThat(train.get("codes").get("gtd").asText()).isEqualTo("Hijacking");
    assertThat(train.get("date").get("start").asText()).isEqualTo("2025-03-11");
    assertThat(train.get("date").get("precision").asText()).isEqualTo("day");
    assertThat(train.get("place").get("country").asText()).isEqualTo("PK");
    assertThat(train.get("place").get("lat").asDouble()).isEqualTo(29.54);
    assertThat(train.get("perpetrators").get(0).asText()).isEqualTo("Baloch Liberation Army");
    assertThat(train.get("report_count").asInt()).isEqualTo(2);
    assertThat(train.get("sources").toString()).isEqualTo("[\"CNN\",\"Dawn\"]");
    assertThat(train.get("status").asText()).isEqualTo("current");
    // two figures for the hostages killed: the consensus is the lowest, the latest is Dawn's (published later)
    JsonNode toll = train.get("tolls").get(0);
    assertThat(toll.get("group").asText()).isEqualTo("hostages");
    assertThat(toll.get("consensus").asInt()).isEqualTo(27);
    assertThat(toll.get("min").asInt()).isEqualTo(27);
    assertThat(toll.get("max").asInt()).isEqualTo(31);
    assertThat(toll.get("claims").asInt()).isEqualTo(2);
    assertThat(toll.get("latest").get("source").asText()).isEqualTo("officials");
    assertThat(toll.get("latest").get("document_id").asLong()).isEqualTo(seed.dawn());
    assertThat(train.get("fatalities").asInt()).isEqualTo(27);
    JsonNode nigeria = page.get("items").get(3);
    assertThat(nigeria.get("fatalities").isNull()).isTrue();
    assertThat(nigeria.get("place").get("lat").isNull()).isTrue();
    assertThat(page.get("items").get(2).get("status").asText()).isEqualTo("background");
  }

  @Test
  void each_filter_narrows_the_list() {
    assertThat(ids("?since=2025-01-01")).containsExactly(seed.train(), seed.hostile());
    assertThat(ids("?until=2024-02-15")).containsExactly(seed.nigeria(), seed.mogadishu());
    assertThat(ids("?since=2024-11-20&until=2024-11-20")).containsExactly(seed.quetta());
    assertThat(ids("?country=pk")).containsExactly(seed.train(), seed.quetta());
    assertThat(ids("?type=bombing")).containsExactly(seed.mogadishu());
    assertThat(ids("?type=SUICIDE_BOMBING")).containsExactly(seed.quetta());
    assertThat(ids("?actor=bla")).containsExactly(seed.train());
    assertThat(ids("?actor=" + enc("Harakat al-Shabaab"))).containsExactly(seed.mogadishu());
    // free text finds documents, and lists the incidents they report, background ones too
    assertThat(ids("?q=hostages")).containsExactly(seed.train(), seed.quetta());
    assertThat(ids("?q=siege")).containsExactly(seed.train());
    assertThat(ids("?q=" + enc("railway station"))).containsExactly(seed.train(), seed.quetta());
    assertThat(ids("?q=students&country=NG&type=kidnapping")).containsExactly(seed.nigeria());
    assertThat(ids("?q=students&country=SO")).isEmpty();
    // blank parameters count as absent
    assertThat(ids("?country=&type=&q=%20")).hasSize(5);
    assertThat(s.json("/api/incidents?country=PK", 200).get("total").asInt()).isEqualTo(2);
  }

  @Test
  void sorts_as_the_page_asks() {
    assertThat(ids("?sort=date")).containsExactly(seed.mogadishu(), seed.nigeria(), seed.quetta(), seed.hostile(),
        seed.train());
    assertThat(ids("?sort=-date")).containsExactly(seed.train(), seed.hostile(), seed.quetta(), seed.nigeria(),
        seed.mogadishu());
    assertThat(ids("?sort=-fatalities")).startsWith(seed.train(), seed.quetta(), seed.mogadishu(), seed.hostile());
    assertThat(ids("?sort=-reports")).first().isEqualTo(seed.train());
  }

  @Test
  void pages_with_limit_and_offset_and_caps_the_limit() {
    JsonNode page = s.json("/api/incidents?limit=2&offset=1", 200);
    assertThat(page.get("total").asInt()).isEqualTo(5);
    assertThat(page.get("limit").asInt()).isEqualTo(2);
    assertThat(page.get("offset").asInt()).isEqualTo(1);
    assertThat(ids("?limit=2&offset=1")).containsExactly(seed.hostile(), seed.quetta());
    assertThat(ids("?limit=2&offset=4")).containsExactly(seed.mogadishu());
    JsonNode beyond = s.json("/api/incidents?limit=2&offset=10", 200);
    assertThat(beyond.get("items")).isEmpty();
    assertThat(beyond.get("total").asInt()).isEqualTo(5);
    assertThat(s.json("/api/incidents?limit=100000", 200).get("limit").asInt()).isEqualTo(IncidentFilters.MAX_LIMIT);
  }

  @Test
  void bad_parameters_are_400_with_a_message() {
    Map<String, String> bad = Map.of(
        "?since=2025-13-01", "since", "?until=yesterday", "until", "?type=massacre", "unknown type",
        "?limit=0", "limit", "?limit=ten", "limit", "?offset=-1", "offset", "?sort=fatalities", "sort",
        "?country=PAK", "country", "?since=2025-02-01&until=2025-01-01", "after",
        "?actor=" + "x".repeat(IncidentFilters.MAX_TEXT + 1), "actor");
    bad.forEach((query, says) -> {
      JsonNode error = s.json("/api/incidents" + query, 400);
      assertThat(error.get("error").asText()).as(query).contains(says);
    });
    assertThat(s.json("/api/export.csv?type=massacre", 400).get("error").asText()).contains("massacre");
    assertThat(s.json("/api/search", 400).get("error").asText()).contains("q is required");
  }

  @Test
  void an_incident_with_its_reports_claims_participants_and_background() {
    JsonNode d = s.json("/api/incidents/" + seed.train(), 200);
    assertThat(d.get("id").asLong()).isEqualTo(seed.train());
    assertThat(d.get("reports")).hasSize(2);
    JsonNode cnn = d.get("reports").get(0);
    assertThat(cnn.get("document_id").asLong()).isEqualTo(seed.cnn());
    assertThat(cnn.get("title").asText()).isEqualTo("Militants hijack train in Balochistan");
    assertThat(cnn.get("source").asText()).isEqualTo("CNN");
    assertThat(cnn.get("published").asText()).isEqualTo("2025-03-12");
    assertThat(cnn.get("url").asText()).isEqualTo("https://example.com/cnn/train");
    assertThat(cnn.get("status").asText()).isEqualTo("current");
    // both figures side by side, each with its own source, document and evidence
    List<JsonNode> claims = new ArrayList<>();
    d.get("claims").forEach(claims::add);
    assertThat(claims).hasSize(2).allSatisfy(c -> {
      assertThat(c.get("kind").asText()).isEqualTo("toll");
      assertThat(c.get("group").asText()).isEqualTo("hostages");
      assertThat(c.get("outcome").asText()).isEqualTo("killed");
    });
    assertThat(claims.get(0).get("min").asInt()).isEqualTo(27);
    assertThat(claims.get(0).get("source").asText()).isEqualTo("A security source");
    assertThat(claims.get(0).get("document_id").asLong()).isEqualTo(seed.cnn());
    assertThat(claims.get(1).get("min").asInt()).isEqualTo(31);
    assertThat(claims.get(1).get("qualifier").asText()).isEqualTo("exact");
    assertThat(claims.get(1).get("document_id").asLong()).isEqualTo(seed.dawn());
    assertThat(claims.get(1).get("published").asText()).isEqualTo("2025-03-13");
    String dawnText = s.json("/api/documents/" + seed.dawn(), 200).get("text").asText();
    JsonNode ev = claims.get(1).get("evidence");
    assertThat(dawnText.substring(ev.get("start").asInt(), ev.get("end").asInt())).isEqualTo("31 hostages were killed");
    assertThat(d.get("participants")).anySatisfy(p -> {
      assertThat(p.get("name").asText()).isEqualTo("Baloch Liberation Army");
      assertThat(p.get("aliases").get(0).asText()).isEqualTo("BLA");
      assertThat(p.get("role").asText()).isEqualTo("perpetrator");
      assertThat(p.get("kind").asText()).isEqualTo("non_state_armed_group");
      assertThat(p.get("document_id").asLong()).isEqualTo(seed.cnn());
    });
    assertThat(d.get("quotes").get(0).get("text").asText()).isEqualTo("We will not negotiate,");
    // the background incident the CNN report recalls, and the link back from it
    assertThat(d.get("background")).hasSize(1);
    JsonNode bg = d.get("background").get(0);
    assertThat(bg.get("id").asLong()).isEqualTo(seed.quetta());
    assertThat(bg.get("type").asText()).isEqualTo("suicide_bombing");
    assertThat(bg.get("date").get("precision").asText()).isEqualTo("month");
    assertThat(bg.get("place").get("name").asText()).isEqualTo("Quetta");
    JsonNode quetta = s.json("/api/incidents/" + seed.quetta(), 200);
    assertThat(quetta.get("status").asText()).isEqualTo("background");
    assertThat(quetta.get("background").get(0).get("id").asLong()).isEqualTo(seed.train());
    assertThat(s.json("/api/incidents/" + seed.mogadishu(), 200).get("background")).isEmpty();
  }

  @Test
  void unknown_and_malformed_ids() {
    assertThat(s.json("/api/incidents/999999", 404).get("error").asText()).contains("999999");
    assertThat(s.json("/api/incidents/abc", 400).get("error").asText()).contains("not an incident id");
    assertThat(s.json("/api/incidents/1%20OR%201=1", 400).has("error")).isTrue();
    assertThat(s.json("/api/documents/999999", 404).has("error")).isTrue();
    assertThat(s.json("/api/documents/0123456789abcdef", 404).get("error").asText()).contains("content hash");
    assertThat(s.json("/api/documents/x'--", 400).has("error")).isTrue();
    assertThat(s.json("/api/nothing/here", 404).get("error").asText()).contains("/api/nothing/here");
  }

  @Test
  void a_document_with_its_text_and_spans() {
    JsonNode doc = s.json("/api/documents/" + seed.cnn(), 200);
    assertThat(doc.get("id").asLong()).isEqualTo(seed.cnn());
    assertThat(doc.get("title").asText()).isEqualTo("Militants hijack train in Balochistan");
    assertThat(doc.get("source").asText()).isEqualTo("CNN");
    assertThat(doc.get("published").asText()).isEqualTo("2025-03-12");
    assertThat(doc.get("url").asText()).isEqualTo("https://example.com/cnn/train");
    String text = doc.get("text").asText();
    assertThat(text).startsWith("Militants of the Baloch Liberation Army");
    List<JsonNode> spans = new ArrayList<>();
    doc.get("spans").forEach(spans::add);
    // every span quotes the text; kinds as the contract names them; the background incident's spans are its own
    assertThat(spans).isNotEmpty().allSatisfy(sp -> assertThat(sp.get("start").asInt())
        .isBetween(0, sp.get("end").asInt()));
    assertThat(spans).anySatisfy(sp -> {
      assertThat(sp.get("kind").asText()).isEqualTo("toll");
      assertThat(sp.get("incident_id").asLong()).isEqualTo(seed.train());
      assertThat(text.substring(sp.get("start").asInt(), sp.get("end").asInt())).isEqualTo("27 hostages were killed");
    });
    assertThat(spans).anySatisfy(sp -> {
      assertThat(sp.get("kind").asText()).isEqualTo("trigger");
      assertThat(sp.get("incident_id").asLong()).isEqualTo(seed.quetta());
    });
    assertThat(spans).anySatisfy(sp -> {
      assertThat(sp.get("kind").asText()).isEqualTo("quote");
      assertThat(sp.get("incident_id").isNull()).isTrue();
    });
    assertThat(spans.stream().map(sp -> sp.get("kind").asText()).distinct())
        .containsOnly("trigger", "date", "place", "participant", "toll", "quote");
    // the content hash toll claims cite finds the same document
    assertThat(seed.cnnHash()).matches("[0-9a-f]{16}");
    assertThat(s.json("/api/documents/" + seed.cnnHash(), 200).get("id").asLong()).isEqualTo(seed.cnn());
  }

  @Test
  void full_text_search_maps_documents_to_incidents() {
    JsonNode hits = s.json("/api/search?q=negotiate", 200);
    assertThat(hits.get("items")).hasSize(2);
    // two documents say "hostages"; the train hijacking is reported by both, and CNN's recalls the Quetta bombing
    List<Long> hostages = new ArrayList<>();
    s.json("/api/search?q=hostages", 200).get("items").forEach(i -> hostages.add(i.get("id").asLong()));
    assertThat(hostages).containsExactlyInAnyOrder(seed.train(), seed.quetta());
    List<Long> station = new ArrayList<>();
    s.json("/api/search?q=" + enc("Quetta railway"), 200).get("items").forEach(i -> station.add(i.get("id").asLong()));
    assertThat(station).containsExactlyInAnyOrder(seed.train(), seed.quetta());
    // stemmed: "abduct" finds "abducted"; the title counts
    assertThat(s.json("/api/search?q=abduct", 200).get("items").get(0).get("id").asLong()).isEqualTo(seed.nigeria());
    assertThat(s.json("/api/search?q=siege", 200).get("items").get(0).get("id").asLong()).isEqualTo(seed.train());
    assertThat(s.json("/api/search?q=" + enc("nothing like this"), 200).get("items")).isEmpty();
    assertThat(s.json("/api/search?q=hostages&limit=0", 400).has("error")).isTrue();
  }

  @Test
  void stats_count_everything_unfiltered() {
    JsonNode st = s.json("/api/stats", 200);
    assertThat(st.get("documents").asInt()).isEqualTo(5);
    assertThat(st.get("incidents").asInt()).isEqualTo(5);
    assertThat(st.get("reports").asInt()).isEqualTo(6);
    assertThat(st.get("by_type").get("hijacking").asInt()).isEqualTo(1);
    assertThat(st.get("by_country").get("PK").asInt()).isEqualTo(2);
    assertThat(st.get("by_country").size()).isEqualTo(4);
    // MONTH-precision incidents have no day on the timeline
    assertThat(st.get("by_day")).hasSize(3);
    JsonNode first = st.get("by_day").get(0);
    assertThat(first.get("day").asText()).isEqualTo("2024-01-10");
    assertThat(first.get("type").asText()).isEqualTo("bombing");
    assertThat(first.get("count").asInt()).isEqualTo(1);
  }

  @Test
  void exports_follow_the_filters() {
    HttpResponse<String> csv = s.get("/api/export.csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
    assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(t -> assertThat(t)
        .contains("attachment"));
    String[] lines = csv.body().split("\r\n");
    assertThat(lines[0]).isEqualTo(String.join(",", IncidentCsv.COLUMNS));
    assertThat(lines).hasSize(6);
    assertThat(lines[1]).startsWith(seed.train() + ",2025-03-11,day,hijacking,");
    String[] pk = s.get("/api/export.csv?country=PK&sort=date").body().split("\r\n");
    assertThat(pk).hasSize(3);
    assertThat(pk[1]).startsWith(seed.quetta() + ",");

    HttpResponse<String> geo = s.get("/api/export.geojson?since=2025-01-01");
    assertThat(geo.statusCode()).isEqualTo(200);
    assertThat(geo.headers().firstValue("Content-Type")).contains("application/geo+json");
    JsonNode fc = TestServer.parse(geo.body());
    assertThat(fc.get("type").asText()).isEqualTo("FeatureCollection");
    assertThat(fc.get("features")).hasSize(2);
    JsonNode train = fc.get("features").get(0);
    assertThat(train.get("id").asLong()).isEqualTo(seed.train());
    assertThat(train.get("geometry").get("coordinates").toString()).isEqualTo("[67.88,29.54]");
    assertThat(train.get("properties").get("fatalities").asInt()).isEqualTo(27);
  }

  @Test
  void the_page_and_the_api_carry_the_security_headers() {
    HttpResponse<String> page = s.get("/");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<html").contains("id=\"map\"");
    assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(v -> assertThat(v)
        .startsWith("default-src 'self'"));
    assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    HttpResponse<String> css = s.get("/app.css");
    assertThat(css.statusCode()).isEqualTo(200);
    assertThat(css.headers().firstValue("Content-Security-Policy")).isPresent();
    HttpResponse<String> api = s.get("/api/stats");
    assertThat(api.headers().firstValue("Cache-Control")).contains("no-store");
    assertThat(api.headers().firstValue("Content-Security-Policy")).isPresent();
    assertThat(api.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    HttpResponse<String> error = s.get("/api/incidents/abc");
    assertThat(error.headers().firstValue("Cache-Control")).contains("no-store");
    assertThat(s.get("/no-such-file.js").statusCode()).isEqualTo(404);
    assertThat(s.get("/../pom.xml").statusCode()).isIn(400, 404);
  }

  @Test
  void injection_strings_in_every_filter_are_data() {
    List<String> evil = List.of("' OR 1=1 --", "x'); DROP TABLE incidents; --", "\" OR \"\"=\"", "%", "_", "\\",
        "1; SELECT * FROM documents", "NEAR(a b)", "*", "\"unbalanced", "') UNION SELECT text FROM documents --",
        "<script>alert(1)</script>");
    for (String filter : List.of("since", "until", "country", "type", "actor", "q", "sort", "limit", "offset")) {
      for (String e : evil) {
        String path = "/api/incidents?" + filter + "=" + enc(e);
        HttpResponse<String> r = s.get(path);
        assertThat(r.statusCode()).as(path).isIn(200, 400);
        JsonNode body = TestServer.parse(r.body());
        if (r.statusCode() == 400) {
          // the message may quote the parameter, but nothing of the server's insides
          assertThat(body.get("error").asText()).as(path).doesNotContainIgnoringCase("sqlite")
              .doesNotContainIgnoringCase("jdbc").doesNotContain("Exception").doesNotContain("org.sitrep")
              .doesNotContain("java.").doesNotContain("incidents i");
        } else {
          // free-text filters: a normal answer; nothing but incidents, and none that does not match
          assertThat(body.get("items").size()).as(path).isLessThanOrEqualTo(5);
          assertThat(body.get("total").asInt()).as(path).isEqualTo(body.get("items").size());
        }
        if (filter.equals("actor") || filter.equals("q")) assertThat(r.statusCode()).as(path).isEqualTo(200);
      }
      for (String e : evil) {
        HttpResponse<String> r = s.get("/api/search?q=" + enc(e));
        assertThat(r.statusCode()).as(e).isEqualTo(200);
      }
    }
    assertThat(s.json("/api/incidents?actor=" + enc("' OR 1=1 --"), 200).get("items")).isEmpty();
    assertThat(s.json("/api/stats", 200).get("incidents").asInt()).isEqualTo(5);
    assertThat(s.json("/api/incidents", 200).get("total").asInt()).isEqualTo(5);
  }

  @Test
  void submitting_is_switched_off_without_a_token() {
    HttpResponse<String> r = s.send(HttpRequest.newBuilder(s.uri("/api/documents"))
        .header("Authorization", "Bearer anything").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"Gunmen killed 3 people.\"}")).build());
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(TestServer.parse(r.body()).get("error").asText()).contains("--token").contains("SITREP_TOKEN");
    assertThat(s.json("/api/stats", 200).get("documents").asInt()).isEqualTo(5);
  }

  @Test
  void every_route_is_in_the_openapi_document() {
    JsonNode api = s.json("/api/openapi.json", 200);
    assertThat(api.get("openapi").asText()).isEqualTo("3.1.0");
    JsonNode paths = api.get("paths");
    List<SitrepServer.Route> routes = s.server().routes();
    assertThat(routes).hasSizeGreaterThanOrEqualTo(9);
    for (SitrepServer.Route r : routes) {
      assertThat(paths.has(r.path())).as("%s in openapi.json", r.path()).isTrue();
      assertThat(paths.get(r.path()).has(r.method().toLowerCase())).as("%s %s in openapi.json", r.method(), r.path())
          .isTrue();
    }
    // and nothing is described that is not served
    for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> p = it.next();
      for (Iterator<String> m = p.getValue().fieldNames(); m.hasNext(); ) {
        String method = m.next().toUpperCase();
        assertThat(routes).as("%s %s is served", method, p.getKey()).contains(new SitrepServer.Route(method, p.getKey()));
      }
    }
  }
}
