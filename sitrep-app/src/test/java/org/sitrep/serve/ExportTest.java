package org.sitrep.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.domain.DatePrecision;
import org.sitrep.domain.GeoPrecision;
import org.sitrep.domain.IncidentStatus;
import org.sitrep.domain.IncidentType;
import org.sitrep.domain.Quantity;
import org.sitrep.domain.TollGroup;
import org.sitrep.domain.TollOutcome;
import org.sitrep.merge.TollClaim;
import org.sitrep.merge.TollConsensus;
import org.sitrep.store.DateSpan;
import org.sitrep.store.IncidentSummary;
import org.sitrep.store.PlaceSummary;

class ExportTest {
  private static TollClaim claim(TollGroup g, Quantity q, String doc, LocalDate published) {
    return new TollClaim(g, TollOutcome.KILLED, q, Optional.of("officials"), doc, Optional.of(published), "x");
  }

  private static IncidentSummary hijacking() {
    List<TollConsensus> tolls = TollConsensus.of(List.of(
        claim(TollGroup.HOSTAGES, Quantity.exact(27), "a", LocalDate.of(2025, 3, 12)),
        claim(TollGroup.HOSTAGES, Quantity.exact(31), "b", LocalDate.of(2025, 3, 13)),
        claim(TollGroup.PERPETRATORS, Quantity.atLeast(35), "a", LocalDate.of(2025, 3, 12))));
    PlaceSummary place = new PlaceSummary("Balochistan, \"Bolan\" district", Optional.empty(),
        Optional.of("Balochistan"), Optional.of("PK"), Optional.of(28.5), Optional.of(65.5), GeoPrecision.ADMIN1);
    return new IncidentSummary(12, IncidentType.HIJACKING, List.of(IncidentType.HOSTAGE_TAKING),
        IncidentStatus.CURRENT, Optional.of(new DateSpan(LocalDate.of(2025, 3, 11), Optional.empty(),
        DatePrecision.DAY)), Optional.of(place), List.of("Baloch Liberation Army", "=HYPERLINK(\"x\")"),
        List.of("Jaffer Express"), tolls, Optional.of(62), Optional.empty(), Optional.of(450),
        List.of("CNN", "Dawn"), 2, Instant.EPOCH, Instant.EPOCH, 2);
  }

  private static IncidentSummary unlocated() {
    return new IncidentSummary(13, IncidentType.BOMBING, List.of(), IncidentStatus.BACKGROUND, Optional.empty(),
        Optional.empty(), List.of(), List.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(),
        List.of(), 1, Instant.EPOCH, Instant.EPOCH, 1);
  }

  /** A small RFC 4180 reader: enough to prove the writer's quoting round-trips. */
  private static List<List<String>> parseCsv(String csv) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < csv.length(); i++) {
      char c = csv.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') { cell.append('"'); i++; }
        else if (c == '"') quoted = false;
        else cell.append(c);
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(cell.toString()); cell.setLength(0);
      } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
        row.add(cell.toString()); cell.setLength(0); rows.add(row); row = new ArrayList<>(); i++;
      } else {
        cell.append(c);
      }
    }
    return rows;
  }

  @Test
  void csvHasTheColumnsAndRoundTripsQuotedText() {
    StringWriter w = new StringWriter();
    IncidentCsv.writeHeader(w);
    IncidentCsv.write(w, hijacking());
    IncidentCsv.write(w, unlocated());
    List<List<String>> rows = parseCsv(w.toString());
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0)).isEqualTo(IncidentCsv.COLUMNS);
    rows.forEach(r -> assertThat(r).hasSize(IncidentCsv.COLUMNS.size()));
    List<String> r = rows.get(1);
    assertThat(r.get(IncidentCsv.COLUMNS.indexOf("event_date"))).isEqualTo("2025-03-11");
    assertThat(r.get(IncidentCsv.COLUMNS.indexOf("location"))).isEqualTo("Balochistan, \"Bolan\" district");
    assertThat(r.get(IncidentCsv.COLUMNS.indexOf("actor1"))).isEqualTo("Baloch Liberation Army; =HYPERLINK(\"x\")");
    assertThat(r.get(IncidentCsv.COLUMNS.indexOf("fatalities"))).isEqualTo("62");
    // lowest per group: 27 hostages + 35 militants; highest: 31 + 35 ("at least 35" reported no more than 35)
    assertThat(r.get(IncidentCsv.COLUMNS.indexOf("fatalities_min"))).isEqualTo("62");
    assertThat(r.get(IncidentCsv.COLUMNS.indexOf("fatalities_max"))).isEqualTo("66");
    assertThat(r.get(IncidentCsv.COLUMNS.indexOf("codes"))).contains("gtd=Hijacking", "cameo=181");
    assertThat(r.get(IncidentCsv.COLUMNS.indexOf("notes"))).contains("hostages killed: 27-31 (2 claims)");
    assertThat(rows.get(2).get(IncidentCsv.COLUMNS.indexOf("latitude"))).isEmpty();
  }

  @Test
  void csvCellsThatLookLikeFormulasAreDefused() {
    assertThat(IncidentCsv.cell("=cmd|'/c calc'!A1")).isEqualTo("'=cmd|'/c calc'!A1");
    assertThat(IncidentCsv.cell("@SUM(1)")).isEqualTo("'@SUM(1)");
    assertThat(IncidentCsv.cell("-5 degrees")).isEqualTo("-5 degrees");
    assertThat(IncidentCsv.cell("a,b")).isEqualTo("\"a,b\"");
  }

  @Test
  void geoJsonFollowsRfc7946() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (IncidentGeoJson g = new IncidentGeoJson(out)) {
      g.write(hijacking());
      g.write(unlocated());
    }
    JsonNode root = new ObjectMapper().readTree(out.toByteArray());
    assertThat(root.path("type").asText()).isEqualTo("FeatureCollection");
    assertThat(root.has("crs")).isFalse();
    JsonNode features = root.path("features");
    assertThat(features).hasSize(2);
    for (JsonNode f : features) {
      assertThat(f.path("type").asText()).isEqualTo("Feature");
      assertThat(f.has("geometry")).isTrue();
      assertThat(f.has("properties")).isTrue();
      assertThat(f.path("properties").size()).isEqualTo(IncidentCsv.COLUMNS.size());
    }
    JsonNode point = features.get(0).path("geometry");
    assertThat(point.path("type").asText()).isEqualTo("Point");
    assertThat(point.path("coordinates").get(0).asDouble()).isEqualTo(65.5);   // longitude first
    assertThat(point.path("coordinates").get(1).asDouble()).isEqualTo(28.5);
    assertThat(features.get(0).path("properties").path("fatalities").isNumber()).isTrue();
    assertThat(features.get(1).path("geometry").isNull()).isTrue();
    assertThat(features.get(1).path("properties").path("fatalities").isNull()).isTrue();
  }
}
