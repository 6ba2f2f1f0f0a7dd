package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.sitrep.domain.ActorKind;
import org.sitrep.domain.DatePrecision;
import org.sitrep.domain.Document;
import org.sitrep.domain.Evidence;
import org.sitrep.domain.GeoPrecision;
import org.sitrep.domain.IncidentDate;
import org.sitrep.domain.IncidentStatus;
import org.sitrep.domain.IncidentType;
import org.sitrep.domain.Location;
import org.sitrep.domain.Participant;
import org.sitrep.domain.Qualifier;
import org.sitrep.domain.Quantity;
import org.sitrep.domain.Quote;
import org.sitrep.domain.Role;
import org.sitrep.domain.TollGroup;
import org.sitrep.domain.TollOutcome;
import org.sitrep.domain.Weapon;
import org.sitrep.domain.WeaponType;
import org.sitrep.merge.TollClaim;
import org.sitrep.merge.TollConsensus;

/** The read side: summaries, details, documents and counts, each assembled from a few set-based queries. */
final class IncidentReader {
  private final Connection c;
  private final Dialect dialect;
  private final JsonColumns json;

  IncidentReader(Connection c, Dialect dialect, JsonColumns json) {
    this.c = c;
    this.dialect = dialect;
    this.json = json;
  }

  // ---- incidents ----

  List<IncidentSummary> incidents(IncidentQuery q) throws SQLException {
    // The page's ids first, then their rows: sorting narrow rows is several times faster than sorting whole ones
    // (an incident row carries its merge profile).
    List<Object> params = new ArrayList<>();
    List<Long> ids = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT i.id FROM incidents i" + where(q, params)
        + order(q.sort()) + " LIMIT ? OFFSET ?")) {
      params.add(q.limit());
      params.add(q.offset());
      new Bind(ps, dialect).all(params);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) ids.add(rs.getLong(1));
      }
    }
    return inOrder(ids);
  }

  long count(IncidentQuery q) throws SQLException {
    List<Object> params = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM incidents i" + where(q, params))) {
      new Bind(ps, dialect).all(params);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** Incidents reported by the documents that match best, best first; see {@link Store#search}. */
  List<IncidentSummary> search(String words, int limit) throws SQLException {
    Optional<String> match = dialect.textQuery(words);
    if (match.isEmpty()) return List.of();
    List<Long> ids = new ArrayList<>();
    // MATERIALIZED: SQLite computes bm25() only where the full-text query itself runs, not inside a flattened join.
    try (PreparedStatement ps = c.prepareStatement("WITH m AS MATERIALIZED (" + dialect.documentMatches() + ") "
        + "SELECT r.incident_id, MIN(m.rank) AS best FROM m JOIN reports r ON r.document_id = m.id "
        + "GROUP BY r.incident_id ORDER BY best, r.incident_id DESC LIMIT ?")) {
      new Bind(ps, dialect).text(match.get()).integer(limit);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) ids.add(rs.getLong("incident_id"));
      }
    }
    return inOrder(ids);
  }

  /** See {@link Store#mentionedWith}. */
  List<IncidentSummary> mentionedWith(long incidentId, IncidentStatus reportStatus) throws SQLException {
    List<Object> params = new ArrayList<>(List.of(incidentId, incidentId, Wire.of(reportStatus)));
    return summaries("SELECT i.* FROM incidents i WHERE i.id IN (SELECT r2.incident_id FROM reports r1 "
        + "JOIN reports r2 ON r2.document_id = r1.document_id WHERE r1.incident_id = ? AND r2.incident_id <> ? "
        + "AND r2.status = ?)" + order(IncidentQuery.Sort.DATE_DESC), params);
  }

  /** The summaries of these incidents in this order; unknown ids are left out. */
  private List<IncidentSummary> inOrder(List<Long> ids) throws SQLException {
    if (ids.isEmpty()) return List.of();
    Map<Long, IncidentSummary> byId = new LinkedHashMap<>();
    for (IncidentSummary s : summaries("SELECT i.* FROM incidents i WHERE i.id IN (" + marks(ids.size()) + ")",
        new ArrayList<>(ids))) {
      byId.put(s.id(), s);
    }
    return ids.stream().filter(byId::containsKey).map(byId::get).toList();
  }

  /** The row ids of the stored documents with these content hashes; hashes not stored are left out. */
  Map<String, Long> documentIds(Collection<String> contentHashes) throws SQLException {
    Map<String, Long> out = new LinkedHashMap<>();
    List<String> all = List.copyOf(new LinkedHashSet<>(contentHashes));
    for (int from = 0; from < all.size(); from += 500) {
      List<String> chunk = all.subList(from, Math.min(all.size(), from + 500));
      try (PreparedStatement ps = c.prepareStatement("SELECT content_hash, id FROM documents WHERE content_hash IN ("
          + marks(chunk.size()) + ")")) {
        new Bind(ps, dialect).all(new ArrayList<>(chunk));
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) out.put(rs.getString("content_hash"), rs.getLong("id"));
        }
      }
    }
    return out;
  }

  private String where(IncidentQuery q, List<Object> params) {
    List<String> conditions = new ArrayList<>();
    q.since().ifPresent(d -> {
      conditions.add("i.date_last >= ?");
      params.add(d);
    });
    q.until().ifPresent(d -> {
      conditions.add("i.date_start <= ?");
      params.add(d);
    });
    q.country().ifPresent(s -> {
      conditions.add("i.country = ?");
      params.add(s);
    });
    q.type().ifPresent(t -> {
      conditions.add("i.type = ?");
      params.add(Wire.of(t));
    });
    q.status().ifPresent(s -> {
      conditions.add("i.status = ?");
      params.add(Wire.of(s));
    });
    q.actor().ifPresent(a -> {
      // One pass over the participants, not one lookup per incident: several times faster for counts.
      conditions.add("i.id IN (SELECT r.incident_id FROM participants p JOIN reports r ON r.id = p.report_id "
          + "WHERE p.search_names LIKE ? ESCAPE '\\')");
      params.add("%" + likeEscape(a.toLowerCase(Locale.ROOT)) + "%");
    });
    q.text().ifPresent(t -> {
      Optional<String> match = dialect.textQuery(t);
      if (match.isEmpty()) {
        conditions.add("1 = 0");
        return;
      }
      conditions.add("i.id IN (SELECT r.incident_id FROM reports r WHERE r.document_id IN (SELECT m.id FROM ("
          + dialect.documentMatches() + ") m))");
      params.add(match.get());
    });
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  static String likeEscape(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private static String order(IncidentQuery.Sort sort) {
    return switch (sort) {
      case DATE_DESC -> " ORDER BY i.date_start DESC NULLS LAST, i.id DESC";
      case DATE_ASC -> " ORDER BY i.date_start ASC NULLS LAST, i.id DESC";
      case REPORTS_DESC -> " ORDER BY (SELECT COUNT(*) FROM reports r WHERE r.incident_id = i.id) DESC, "
          + "i.date_start DESC NULLS LAST, i.id DESC";
      case TOLL_DESC -> " ORDER BY i.fatalities DESC NULLS LAST, i.injured DESC NULLS LAST, "
          + "i.date_start DESC NULLS LAST, i.id DESC";
    };
  }

  private record Row(long id, Canonical canonical, java.time.Instant created, java.time.Instant updated, int version,
                     Optional<java.time.LocalDate> dateLast, Optional<String> country, Optional<Integer> fatalities,
                     Optional<Integer> injured) {}

  private List<IncidentSummary> summaries(String sql, List<Object> params) throws SQLException {
    return indexed(sql, params).stream().map(IndexEntry::summary).toList();
  }

  /** The index entries of these incidents, in id order; unknown ids are left out. */
  List<IndexEntry> indexEntries(Collection<Long> ids) throws SQLException {
    List<Long> all = List.copyOf(new TreeSet<>(ids));
    List<IndexEntry> out = new ArrayList<>();
    for (int from = 0; from < all.size(); from += 500) {
      List<Long> chunk = all.subList(from, Math.min(all.size(), from + 500));
      out.addAll(indexed("SELECT i.* FROM incidents i WHERE i.id IN (" + marks(chunk.size()) + ") ORDER BY i.id",
          new ArrayList<>(chunk)));
    }
    return out;
  }

  /** Every stored incident's id, in id order. */
  List<Long> incidentIds() throws SQLException {
    List<Long> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT id FROM incidents ORDER BY id");
         ResultSet rs = ps.executeQuery()) {
      while (rs.next()) out.add(rs.getLong(1));
    }
    return out;
  }

  /**
   * The incidents reports after {@code afterReport} belong to, and the last such report's id ({@code afterReport}
   * when there is none). Every add that touches an incident writes a report of it, and report ids grow in commit
   * order (one writer at a time: SQLite's write lock, PostgreSQL's ADD lock taken before any insert), so this is
   * everything committed since a reader last looked.
   */
  IndexChanges changesSince(long afterReport) throws SQLException {
    long last = afterReport;
    Set<Long> incidents = new TreeSet<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT id, incident_id FROM reports WHERE id > ? ORDER BY id")) {
      new Bind(ps, dialect).id(afterReport);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          last = rs.getLong(1);
          incidents.add(rs.getLong(2));
        }
      }
    }
    return new IndexChanges(last, incidents);
  }

  /** The newest report's id, 0 when there is none. */
  long lastReport() throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT MAX(id) FROM reports"); ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** The newest document's id, 0 when there is none: every add that stores anything stores a document. */
  long lastDocument() throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT MAX(id) FROM documents"); ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** The incidents any of whose documents match {@code words} by the full-text index, as the text filter selects. */
  Set<Long> textMatches(String words) throws SQLException {
    Set<Long> out = new java.util.HashSet<>();
    Optional<String> match = dialect.textQuery(words);
    if (match.isEmpty()) return out;
    try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT r.incident_id FROM reports r WHERE r.document_id "
        + "IN (SELECT m.id FROM (" + dialect.documentMatches() + ") m)")) {
      new Bind(ps, dialect).text(match.get());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) out.add(rs.getLong(1));
      }
    }
    return out;
  }

  private List<IndexEntry> indexed(String sql, List<Object> params) throws SQLException {
    List<Row> rows = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      new Bind(ps, dialect).all(params);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(new Row(rs.getLong("id"), canonical(rs), dialect.instant(rs, "created_at"),
              dialect.instant(rs, "updated_at"), rs.getInt("version"), dialect.date(rs, "date_last"),
              Cols.text(rs, "country"), Cols.integer(rs, "fatalities"), Cols.integer(rs, "injured")));
        }
      }
    }
    if (rows.isEmpty()) return List.of();
    List<Long> ids = rows.stream().map(Row::id).toList();
    Map<Long, List<StoredToll>> tolls = tollClaims(ids);
    Map<Long, Set<String>> perpetrators = new LinkedHashMap<>();
    Map<Long, Set<String>> targets = new LinkedHashMap<>();
    Map<Long, List<String>> searchNames = new LinkedHashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT r.incident_id, p.name, p.role, p.search_names "
        + "FROM participants p JOIN reports r ON r.id = p.report_id WHERE r.incident_id IN (" + marks(ids.size())
        + ") ORDER BY p.id")) {
      new Bind(ps, dialect).all(new ArrayList<>(ids));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long incident = rs.getLong("incident_id");
          Role role = Cols.wire(rs, "role", Role.class);
          Map<Long, Set<String>> into = role == Role.PERPETRATOR ? perpetrators
              : role == Role.TARGET || role == Role.VICTIM ? targets : null;
          if (into != null) into.computeIfAbsent(incident, k -> new LinkedHashSet<>()).add(rs.getString("name"));
          searchNames.computeIfAbsent(incident, k -> new ArrayList<>()).add(rs.getString("search_names"));
        }
      }
    }
    Map<Long, Integer> reportCounts = new LinkedHashMap<>();
    Map<Long, Set<String>> sources = new LinkedHashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT r.incident_id, d.source FROM reports r "
        + "JOIN documents d ON d.id = r.document_id WHERE r.incident_id IN (" + marks(ids.size()) + ") ORDER BY r.id")) {
      new Bind(ps, dialect).all(new ArrayList<>(ids));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long id = rs.getLong("incident_id");
          reportCounts.merge(id, 1, Integer::sum);
          Optional<String> source = Cols.text(rs, "source");
          Set<String> into = sources.computeIfAbsent(id, k -> new TreeSet<>());
          source.ifPresent(into::add);
        }
      }
    }
    List<IndexEntry> out = new ArrayList<>();
    for (Row row : rows) {
      List<StoredToll> stored = tolls.getOrDefault(row.id(), List.of());
      List<TollConsensus> consensus = TollConsensus.of(stored.stream().map(StoredToll::claim).toList());
      TollTotals totals = TollTotals.of(consensus);
      Canonical canon = row.canonical();
      IncidentSummary summary = new IncidentSummary(row.id(), canon.type(), canon.subtypes(), canon.status(),
          canon.date(), canon.place(), distinctIgnoringCase(perpetrators.get(row.id())),
          distinctIgnoringCase(targets.get(row.id())), consensus, totals.fatalities(), totals.injured(),
          totals.hostages(), List.copyOf(sources.getOrDefault(row.id(), Set.of())),
          reportCounts.getOrDefault(row.id(), 0), row.created(), row.updated(), row.version());
      Map<String, Long> documentIds = new LinkedHashMap<>();
      for (StoredToll t : stored) documentIds.putIfAbsent(t.claim().documentId(), t.documentId());
      Map<String, Long> latest = new LinkedHashMap<>();
      for (TollConsensus t : consensus) {
        Long documentId = documentIds.get(t.latest().documentId());
        if (documentId != null) latest.put(t.latest().documentId(), documentId);
      }
      out.add(new IndexEntry(summary, row.dateLast(), row.country(), row.fatalities(), row.injured(),
          searchNames.getOrDefault(row.id(), List.of()), latest));
    }
    return out;
  }

  /** First spelling wins: "Al-Shabaab" and "al-Shabaab" are one name. */
  private static List<String> distinctIgnoringCase(Set<String> names) {
    if (names == null) return List.of();
    Map<String, String> out = new LinkedHashMap<>();
    for (String n : names) out.putIfAbsent(n.toLowerCase(Locale.ROOT), n);
    return List.copyOf(out.values());
  }

  Canonical canonical(long incidentId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT * FROM incidents WHERE id = ?")) {
      new Bind(ps, dialect).id(incidentId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) throw new IllegalStateException("no incident " + incidentId);
        return canonical(rs);
      }
    }
  }

  private Canonical canonical(ResultSet rs) throws SQLException {
    Optional<DateSpan> date = Optional.empty();
    Optional<java.time.LocalDate> start = dialect.date(rs, "date_start");
    if (start.isPresent()) {
      date = Optional.of(new DateSpan(start.get(), dialect.date(rs, "date_end"),
          Cols.wire(rs, "date_precision", DatePrecision.class)));
    }
    Optional<PlaceSummary> place = Optional.empty();
    Optional<String> name = Cols.text(rs, "place_name");
    if (name.isPresent()) {
      place = Optional.of(new PlaceSummary(name.get(), Cols.text(rs, "city"), Cols.text(rs, "admin1"),
          Cols.text(rs, "country"), Cols.real(rs, "lat"), Cols.real(rs, "lon"),
          Cols.wire(rs, "geo_precision", GeoPrecision.class)));
    }
    return new Canonical(Cols.wire(rs, "type", IncidentType.class), json.types(rs.getString("subtypes")),
        Cols.wire(rs, "status", IncidentStatus.class), date, place);
  }

  /** Every toll claim of the given incidents, in the order they were stored, by incident. */
  Map<Long, List<StoredToll>> tollClaims(Collection<Long> incidentIds) throws SQLException {
    Map<Long, List<StoredToll>> out = new LinkedHashMap<>();
    if (incidentIds.isEmpty()) return out;
    try (PreparedStatement ps = c.prepareStatement("SELECT c.*, r.incident_id, d.content_hash, d.published "
        + "FROM claims c JOIN reports r ON r.id = c.report_id JOIN documents d ON d.id = c.document_id "
        + "WHERE c.kind = 'toll' AND r.incident_id IN (" + marks(incidentIds.size()) + ") ORDER BY c.id")) {
      new Bind(ps, dialect).all(new ArrayList<>(incidentIds));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Quantity quantity = new Quantity(Cols.integer(rs, "count_min"), Cols.integer(rs, "count_max"),
              Cols.wire(rs, "qualifier", Qualifier.class));
          TollClaim claim = new TollClaim(Cols.wire(rs, "toll_group", TollGroup.class),
              Cols.wire(rs, "toll_outcome", TollOutcome.class), quantity, Cols.text(rs, "attributed_to"),
              rs.getString("content_hash"), dialect.date(rs, "published"), rs.getString("text"));
          out.computeIfAbsent(rs.getLong("incident_id"), k -> new ArrayList<>()).add(new StoredToll(rs.getLong("id"),
              rs.getLong("report_id"), rs.getLong("document_id"), claim, Cols.evidence(rs, "ev_")));
        }
      }
    }
    return out;
  }

  // ---- one incident ----

  Optional<IncidentDetail> incident(long id) throws SQLException {
    List<IncidentSummary> summary = summaries("SELECT i.* FROM incidents i WHERE i.id = ?", List.of(id));
    if (summary.isEmpty()) return Optional.empty();
    Map<Long, List<Weapon>> weapons = new LinkedHashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT w.* FROM weapons w JOIN reports r ON r.id = w.report_id "
        + "WHERE r.incident_id = ? ORDER BY w.id")) {
      new Bind(ps, dialect).id(id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          weapons.computeIfAbsent(rs.getLong("report_id"), k -> new ArrayList<>())
              .add(new Weapon(Cols.wire(rs, "type", WeaponType.class), Cols.evidence(rs, "ev_")));
        }
      }
    }
    Map<Long, List<Evidence>> evidence = new LinkedHashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT e.* FROM report_evidence e JOIN reports r "
        + "ON r.id = e.report_id WHERE r.incident_id = ? ORDER BY e.id")) {
      new Bind(ps, dialect).id(id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          evidence.computeIfAbsent(rs.getLong("report_id"), k -> new ArrayList<>()).add(Cols.evidence(rs, "ev_"));
        }
      }
    }
    List<StoredReport> reports = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT r.*, d.content_hash, d.title, d.source, d.published, d.url, "
        + "pl.name AS pl_name, pl.city AS pl_city, pl.admin1 AS pl_admin1, pl.country AS pl_country, pl.lat AS pl_lat, "
        + "pl.lon AS pl_lon, pl.geo_precision AS pl_precision, pl.ev_start AS pl_ev_start, pl.ev_end AS pl_ev_end, "
        + "pl.ev_sentence AS pl_ev_sentence, pl.ev_text AS pl_ev_text FROM reports r "
        + "JOIN documents d ON d.id = r.document_id LEFT JOIN places pl ON pl.report_id = r.id "
        + "WHERE r.incident_id = ? ORDER BY r.id")) {
      new Bind(ps, dialect).id(id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long reportId = rs.getLong("id");
          Optional<IncidentDate> date = Optional.empty();
          Optional<java.time.LocalDate> start = dialect.date(rs, "date_start");
          if (start.isPresent()) {
            date = Optional.of(new IncidentDate(start.get(), dialect.date(rs, "date_end"),
                Cols.wire(rs, "date_precision", DatePrecision.class), Cols.optEvidence(rs, "date_ev_")));
          }
          Optional<Location> location = Optional.empty();
          Optional<String> placeName = Cols.text(rs, "pl_name");
          if (placeName.isPresent()) {
            location = Optional.of(new Location(placeName.get(), Cols.text(rs, "pl_city"), Cols.text(rs, "pl_admin1"),
                Cols.text(rs, "pl_country"), Cols.real(rs, "pl_lat"), Cols.real(rs, "pl_lon"),
                Cols.wire(rs, "pl_precision", GeoPrecision.class), Cols.optEvidence(rs, "pl_ev_")));
          }
          reports.add(new StoredReport(reportId, id, rs.getLong("document_id"), rs.getString("content_hash"),
              Cols.text(rs, "title"), Cols.text(rs, "source"), dialect.date(rs, "published"), Cols.text(rs, "url"),
              rs.getString("extracted_id"), Cols.wire(rs, "status", IncidentStatus.class),
              Cols.wire(rs, "type", IncidentType.class), json.types(rs.getString("subtypes")), date, location,
              weapons.getOrDefault(reportId, List.of()), evidence.getOrDefault(reportId, List.of())));
        }
      }
    }
    List<StoredParticipant> participants = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT p.*, r.document_id FROM participants p "
        + "JOIN reports r ON r.id = p.report_id WHERE r.incident_id = ? ORDER BY p.id")) {
      new Bind(ps, dialect).id(id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Participant p = new Participant(rs.getString("name"), json.strings(rs.getString("aliases")),
              Cols.wire(rs, "role", Role.class), Cols.wire(rs, "kind", ActorKind.class), rs.getBoolean("claimed"),
              Cols.evidence(rs, "ev_"), json.evidences(rs.getString("mentions")));
          participants.add(new StoredParticipant(rs.getLong("report_id"), rs.getLong("document_id"), p));
        }
      }
    }
    List<ResponsibilityClaim> responsibility = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT c.* FROM claims c JOIN reports r ON r.id = c.report_id "
        + "WHERE c.kind = 'responsibility' AND r.incident_id = ? ORDER BY c.id")) {
      new Bind(ps, dialect).id(id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          responsibility.add(new ResponsibilityClaim(rs.getLong("id"), rs.getLong("report_id"),
              rs.getLong("document_id"), rs.getString("attributed_to"), Cols.evidence(rs, "ev_")));
        }
      }
    }
    List<StoredQuote> quotes = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT c.* FROM claims c WHERE c.kind = 'quote' AND c.document_id "
        + "IN (SELECT r.document_id FROM reports r WHERE r.incident_id = ?) ORDER BY c.id")) {
      new Bind(ps, dialect).id(id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) quotes.add(quote(rs));
      }
    }
    return Optional.of(new IncidentDetail(summary.get(0), reports, tollClaims(List.of(id)).getOrDefault(id, List.of()),
        responsibility, participants, quotes));
  }

  private static StoredQuote quote(ResultSet rs) throws SQLException {
    return new StoredQuote(rs.getLong("id"), rs.getLong("document_id"), new Quote(rs.getString("text"),
        Cols.text(rs, "attributed_to"), Cols.text(rs, "speaker_title"), Cols.evidence(rs, "ev_")));
  }

  // ---- documents ----

  Optional<StoredDocument> document(long id) throws SQLException {
    Document doc;
    java.time.Instant ingested;
    try (PreparedStatement ps = c.prepareStatement("SELECT * FROM documents WHERE id = ?")) {
      new Bind(ps, dialect).id(id);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) return Optional.empty();
        doc = new Document(rs.getString("content_hash"), rs.getString("path"), Cols.text(rs, "source"),
            dialect.date(rs, "published"), rs.getString("language"), rs.getString("text"), Cols.text(rs, "url"),
            Cols.text(rs, "title"));
        ingested = dialect.instant(rs, "ingested_at");
      }
    }
    String spans = "SELECT 'incident' AS kind, r.incident_id, r.id AS report_id, e.ev_start, e.ev_end, e.ev_sentence, "
        + "e.ev_text FROM report_evidence e JOIN reports r ON r.id = e.report_id WHERE r.document_id = ? "
        + "UNION ALL SELECT 'date', r.incident_id, r.id, r.date_ev_start, r.date_ev_end, r.date_ev_sentence, "
        + "r.date_ev_text FROM reports r WHERE r.document_id = ? AND r.date_ev_start IS NOT NULL "
        + "UNION ALL SELECT 'place', r.incident_id, r.id, pl.ev_start, pl.ev_end, pl.ev_sentence, pl.ev_text "
        + "FROM places pl JOIN reports r ON r.id = pl.report_id WHERE r.document_id = ? AND pl.ev_start IS NOT NULL "
        + "UNION ALL SELECT 'participant', r.incident_id, r.id, p.ev_start, p.ev_end, p.ev_sentence, p.ev_text "
        + "FROM participants p JOIN reports r ON r.id = p.report_id WHERE r.document_id = ? "
        + "UNION ALL SELECT 'weapon', r.incident_id, r.id, w.ev_start, w.ev_end, w.ev_sentence, w.ev_text "
        + "FROM weapons w JOIN reports r ON r.id = w.report_id WHERE r.document_id = ? "
        + "UNION ALL SELECT cl.kind, r.incident_id, cl.report_id, cl.ev_start, cl.ev_end, cl.ev_sentence, cl.ev_text "
        + "FROM claims cl LEFT JOIN reports r ON r.id = cl.report_id WHERE cl.document_id = ?";
    List<StoredSpan> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(spans)) {
      new Bind(ps, dialect).id(id).id(id).id(id).id(id).id(id).id(id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new StoredSpan(Cols.wire(rs, "kind", SpanKind.class), Cols.id(rs, "incident_id"),
              Cols.id(rs, "report_id"), Cols.evidence(rs, "ev_")));
        }
      }
    }
    out.sort(Comparator.comparingInt((StoredSpan s) -> s.evidence().start())
        .thenComparingInt(s -> s.evidence().end()).thenComparing(StoredSpan::kind)
        .thenComparing(s -> s.incidentId().orElse(0L)));
    return Optional.of(new StoredDocument(id, doc, ingested, out));
  }

  /**
   * What adding the document with this content hash did, rebuilt from its reports: one change per report, in the order
   * they were written. A report's version is its rank among its incident's reports (report ids grow with each add).
   */
  List<IncidentChange> changes(String contentHash) throws SQLException {
    List<IncidentChange> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT r.incident_id, (SELECT COUNT(*) FROM reports r2 "
        + "WHERE r2.incident_id = r.incident_id AND r2.id <= r.id) AS version FROM reports r "
        + "JOIN documents d ON d.id = r.document_id WHERE d.content_hash = ? ORDER BY r.id")) {
      new Bind(ps, dialect).text(contentHash);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          int version = rs.getInt("version");
          out.add(new IncidentChange(rs.getLong("incident_id"), version == 1, version));
        }
      }
    }
    return out;
  }

  // ---- stats ----

  Stats stats() throws SQLException {
    List<Stats.DayCount> byDay = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT date_start, type, COUNT(*) AS n FROM incidents "
        + "WHERE date_precision = 'day' GROUP BY date_start, type ORDER BY date_start, type");
         ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        byDay.add(new Stats.DayCount(dialect.date(rs, "date_start").orElseThrow(),
            Cols.wire(rs, "type", IncidentType.class), rs.getLong("n")));
      }
    }
    List<Stats.TypeCount> byType = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT type, COUNT(*) AS n FROM incidents GROUP BY type ORDER BY n DESC, type");
         ResultSet rs = ps.executeQuery()) {
      while (rs.next()) byType.add(new Stats.TypeCount(Cols.wire(rs, "type", IncidentType.class), rs.getLong("n")));
    }
    List<Stats.CountryCount> byCountry = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT country, COUNT(*) AS n FROM incidents GROUP BY country ORDER BY n DESC, country");
         ResultSet rs = ps.executeQuery()) {
      while (rs.next()) byCountry.add(new Stats.CountryCount(Cols.text(rs, "country"), rs.getLong("n")));
    }
    try (PreparedStatement ps = c.prepareStatement("SELECT (SELECT COUNT(*) FROM documents), "
        + "(SELECT COUNT(*) FROM incidents), (SELECT COUNT(*) FROM reports), (SELECT COUNT(*) FROM claims)");
         ResultSet rs = ps.executeQuery()) {
      rs.next();
      return new Stats(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), byDay, byType, byCountry);
    }
  }

  private static String marks(int n) { return String.join(", ", Collections.nCopies(n, "?")); }
}
