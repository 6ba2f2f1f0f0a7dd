package org.sitrep.stream;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.sitrep.store.IncidentDetail;
import org.sitrep.store.IncidentQuery;
import org.sitrep.store.IncidentSummary;
import org.sitrep.store.Store;

/**
 * What two stores must share to hold "the same incidents", independent of row ids and clocks:
 *
 * <ul>
 *   <li>{@code documents}: the same documents (content hashes), each with the same number of reports;</li>
 *   <li>{@code incidents}: the same partition of reports into incidents — each incident is keyed by the set of its
 *       reports, a report named by its document's content hash and the id the extraction gave it — and per incident
 *       the same summary (type, status, date, place, actors, sources, report count, version and the toll consensus
 *       per group and outcome), with the id and the created/updated instants blanked.</li>
 * </ul>
 */
record StoreSnapshot(Map<String, Integer> reportsPerDocument, Map<Set<String>, IncidentSummary> incidents) {
  static StoreSnapshot of(String url) throws SQLException {
    Map<String, Integer> perDocument = new TreeMap<>();
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT d.content_hash, COUNT(r.id) FROM documents d "
             + "LEFT JOIN reports r ON r.document_id = d.id GROUP BY d.content_hash")) {
      while (rs.next()) perDocument.put(rs.getString(1), rs.getInt(2));
    }
    Map<Set<String>, IncidentSummary> incidents = new HashMap<>();
    try (Store store = Store.open(url)) {
      for (int offset = 0; ; offset += IncidentQuery.MAX_LIMIT) {
        List<IncidentSummary> page = store.incidents(IncidentQuery.all().withPage(IncidentQuery.MAX_LIMIT, offset));
        for (IncidentSummary summary : page) {
          IncidentDetail detail = store.incident(summary.id()).orElseThrow();
          Set<String> reports = detail.reports().stream().map(r -> r.contentHash() + "#" + r.extractedId())
              .collect(Collectors.toCollection(TreeSet::new));
          IncidentSummary clash = incidents.put(reports, withoutIdentity(detail.summary()));
          if (clash != null) throw new IllegalStateException("two incidents with the same reports " + reports);
        }
        if (page.size() < IncidentQuery.MAX_LIMIT) break;
      }
    }
    return new StoreSnapshot(Map.copyOf(perDocument), Map.copyOf(incidents));
  }

  private static IncidentSummary withoutIdentity(IncidentSummary s) {
    return new IncidentSummary(0, s.type(), s.subtypes(), s.status(), s.date(), s.place(), s.perpetrators(),
        s.targets(), s.tolls(), s.fatalities(), s.injured(), s.hostages(), s.sources(), s.reports(), Instant.EPOCH,
        Instant.EPOCH, s.version());
  }

  int reports() { return reportsPerDocument.values().stream().mapToInt(Integer::intValue).sum(); }
}
