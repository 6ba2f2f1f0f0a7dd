package org.sitrep.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.domain.IncidentType;
import org.sitrep.domain.Quantity;
import org.sitrep.domain.TollGroup;
import org.sitrep.domain.TollOutcome;
import org.sitrep.store.IncidentQuery;
import org.sitrep.store.IncidentSummary;
import org.sitrep.store.Store;
import org.sitrep.testkit.Article;

/**
 * The list and stats answers come from memory and caches; these check that they are what the store's own query (the
 * one {@code sitrep incidents} runs) gives, byte for byte, and that no answer is older than the last commit: articles
 * added through another connection show in the very next request.
 */
class ListFreshnessIT {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path tmp;

  /** What the API must answer for {@code q}, rendered from the store's SQL answer. */
  private static JsonNode fromStore(Store store, IncidentQuery q) {
    List<IncidentSummary> items = store.incidents(q);
    Map<String, Long> documentIds = store.documentIds(IncidentJson.latestDocuments(items));
    var n = MAPPER.createObjectNode();
    var array = n.putArray("items");
    items.forEach(i -> array.add(IncidentJson.summary(MAPPER, i, documentIds)));
    n.put("total", store.count(q));
    n.put("limit", q.limit());
    n.put("offset", q.offset());
    return n;
  }

  /** Article {@code n} about attack {@code attack} (two articles about one attack merge into one incident). */
  private static Article attack(int n, int attack, LocalDate day) {
    String text = "Islamic State gunmen attacked a checkpoint in Kirkuk on Monday and killed " + attack
        + " policemen. This is report " + n + ".";
    return Article.of("fresh" + n, "Outlet " + n, day.plusDays(1), "Attack " + attack, null, text)
        .incident("i1", IncidentType.ARMED_ASSAULT).on(day, "Monday")
        .in("Kirkuk", "Kirkuk", "Kirkuk", "IQ", 35.47, 44.39).by("Islamic State")
        .toll(TollGroup.SECURITY_FORCES, TollOutcome.KILLED, Quantity.exact(attack), "killed " + attack + " policemen",
            null)
        .told("gunmen attacked a checkpoint").add();
  }

  @Test
  void lists_are_the_stores_answer_and_never_older_than_the_last_commit() {
    try (TestServer s = TestServer.start(tmp, Optional.empty())) {
      Store writer = s.writer();
      List<String> queries = List.of("", "?country=IQ", "?country=pk&sort=-fatalities", "?actor=state&limit=2",
          "?since=2025-01-01&sort=date", "?type=armed_assault&offset=1&limit=3", "?q=checkpoint", "?sort=-reports");
      LocalDate day = LocalDate.of(2025, 6, 2);
      for (int n = 1; n <= 6; n++) {
        // Every second article tells the attack before it again (it merges: its incident changes); the others are new.
        int attack = n % 2 == 0 ? n - 1 : n;
        writer.add(attack(n, attack, day.plusDays(attack)).extraction());
        for (String query : queries) {
          IncidentQuery q = IncidentFilters.parse(param -> param(query, param), true);
          String expected = text(s.stores().read(store -> fromStore(store, q)));
          assertThat(s.get("/api/incidents" + query).body()).as("after %d adds: %s", n, query).isEqualTo(expected);
        }
      }
    }
  }

  @Test
  void a_second_report_merges_into_the_listed_incident() {
    try (TestServer s = TestServer.start(tmp, Optional.empty())) {
      LocalDate day = LocalDate.of(2025, 6, 2);
      s.writer().add(attack(1, 5, day).extraction());
      JsonNode first = s.json("/api/incidents?country=IQ", 200).get("items").get(0);
      s.writer().add(attack(2, 5, day).extraction());
      JsonNode page = s.json("/api/incidents?country=IQ", 200);
      assertThat(page.get("total").asInt()).isEqualTo(1);
      JsonNode merged = page.get("items").get(0);
      assertThat(merged.get("id")).isEqualTo(first.get("id"));
      assertThat(merged.get("report_count").asInt()).isEqualTo(2);
      assertThat(merged.get("sources").toString()).isEqualTo("[\"Outlet 1\",\"Outlet 2\"]");
    }
  }

  @Test
  void stats_move_with_every_stored_document() {
    try (TestServer s = TestServer.start(tmp, Optional.empty())) {
      JsonNode before = s.json("/api/stats", 200);
      assertThat(s.json("/api/stats", 200)).as("nothing added: the same answer").isEqualTo(before);
      s.writer().add(attack(1, 1, LocalDate.of(2025, 6, 2)).extraction());
      JsonNode after = s.json("/api/stats", 200);
      assertThat(after.get("documents").asLong()).isEqualTo(before.get("documents").asLong() + 1);
      assertThat(after.get("incidents").asLong()).isEqualTo(before.get("incidents").asLong() + 1);
      assertThat(after.get("by_country").get("IQ").asLong()).isEqualTo(1);
      // A document that tells no incident changes the counts of documents and claims only; still not stale.
      s.writer().add(Article.of("quote", "AFP", LocalDate.of(2025, 6, 3), "Statement", null,
          "\"We will respond,\" the ministry said.").quote("We will respond,", "the ministry").extraction());
      JsonNode later = s.json("/api/stats", 200);
      assertThat(later.get("documents").asLong()).isEqualTo(after.get("documents").asLong() + 1);
      assertThat(later.get("claims").asLong()).isEqualTo(after.get("claims").asLong() + 1);
      assertThat(later.get("incidents")).isEqualTo(after.get("incidents"));
      String fresh = text(s.stores().read(store -> IncidentJson.stats(MAPPER, store.stats())));
      assertThat(s.get("/api/stats").body()).isEqualTo(fresh);
    }
  }

  private static String text(JsonNode n) {
    try {
      return MAPPER.writeValueAsString(n);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** One parameter of a query string such as {@code ?country=pk&sort=-fatalities} (no escapes in these). */
  private static String param(String query, String name) {
    List<String> values = new ArrayList<>();
    for (String pair : query.replaceFirst("^\\?", "").split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0 && pair.substring(0, eq).equals(name)) values.add(pair.substring(eq + 1));
    }
    return values.isEmpty() ? null : values.get(0);
  }
}
