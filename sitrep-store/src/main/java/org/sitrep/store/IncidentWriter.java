package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sitrep.domain.Document;
import org.sitrep.domain.Evidence;
import org.sitrep.domain.Extraction;
import org.sitrep.domain.Incident;
import org.sitrep.domain.Location;
import org.sitrep.domain.Participant;
import org.sitrep.domain.Quote;
import org.sitrep.domain.Toll;
import org.sitrep.domain.Weapon;
import org.sitrep.merge.IncidentMatcher;
import org.sitrep.merge.IncidentProfile;
import org.sitrep.merge.TollConsensus;

/**
 * Writes one extraction: the document, then each incident as a report of the stored incident the matcher picks (or of
 * a new one). The caller owns the transaction; this class only issues statements on the connection it is given.
 */
final class IncidentWriter {
  private final Connection c;
  private final Dialect dialect;
  private final JsonColumns json;
  private final IncidentMatcher matcher;
  private final IncidentReader reader;

  IncidentWriter(Connection c, Dialect dialect, JsonColumns json, IncidentMatcher matcher, IncidentReader reader) {
    this.c = c;
    this.dialect = dialect;
    this.json = json;
    this.matcher = matcher;
    this.reader = reader;
  }

  /** The stored row id of a content hash, if that document is stored. */
  Optional<Long> documentId(String contentHash) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT id FROM documents WHERE content_hash = ?")) {
      new Bind(ps, dialect).text(contentHash);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
      }
    }
  }

  AddResult add(Extraction x) throws SQLException {
    dialect.serialize(c, Dialect.Lock.ADD);
    Document doc = x.document();
    Optional<Long> existing = documentId(doc.id());
    if (existing.isPresent()) return AddResult.duplicate(existing.get(), doc.id());
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    long documentId = insertDocument(doc, now);
    List<Long> incidents = new ArrayList<>();
    Set<Long> created = new LinkedHashSet<>();
    Set<Long> updated = new LinkedHashSet<>();
    Set<Long> taken = new HashSet<>();   // incidents this document already reported: two of its incidents are two
    for (Incident incident : x.incidents()) {
      IncidentProfile profile = IncidentProfile.of(incident);
      List<Candidate> candidates = candidates(matcher.window(profile)).stream()
          .filter(cand -> !taken.contains(cand.id())).toList();
      OptionalInt best = matcher.bestMatch(profile, candidates.stream().map(Candidate::profile).toList());
      long incidentId;
      if (best.isPresent()) {
        Candidate match = candidates.get(best.getAsInt());
        incidentId = match.id();
        refine(match, incident, profile, now);
        updated.add(incidentId);
      } else {
        incidentId = insertIncident(incident, profile, now);
        created.add(incidentId);
      }
      taken.add(incidentId);
      incidents.add(incidentId);
      insertReport(incidentId, documentId, incident);
      updateTotals(incidentId);
    }
    for (Quote q : x.quotes()) insertQuote(documentId, q);
    return new AddResult(documentId, doc.id(), false, incidents, List.copyOf(created), List.copyOf(updated));
  }

  private record Candidate(long id, IncidentProfile profile) {}

  /**
   * Stored incidents whose profile dates overlap the window, in its country or with no country; oldest first. A window
   * with no date at all (an undated report: no date in the text, no publication date) gets no candidates: the matcher
   * needs a date on both sides to call two reports one incident, and scanning the whole table for each undated report
   * would make ingesting undated corpora quadratic.
   */
  private List<Candidate> candidates(IncidentMatcher.CandidateWindow w) throws SQLException {
    if (w.from().isEmpty() && w.to().isEmpty()) return List.of();
    StringBuilder sql = new StringBuilder("SELECT id, profile FROM incidents WHERE 1 = 1");
    List<Object> params = new ArrayList<>();
    if (w.from().isPresent()) {
      sql.append(" AND profile_end >= ?");
      params.add(w.from().get());
    }
    if (w.to().isPresent()) {
      sql.append(" AND profile_start <= ?");
      params.add(w.to().get());
    }
    if (w.country().isPresent()) {
      sql.append(" AND (profile_country = ? OR profile_country IS NULL)");
      params.add(w.country().get().toUpperCase(Locale.ROOT));
    }
    sql.append(" ORDER BY id");
    List<Candidate> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
      new Bind(ps, dialect).all(params);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) out.add(new Candidate(rs.getLong("id"), json.profile(rs.getString("profile"))));
      }
    }
    return out;
  }

  private long insertDocument(Document d, Instant now) throws SQLException {
    try (PreparedStatement ps = dialect.prepareInsert(c, "INSERT INTO documents "
        + "(content_hash, path, url, source, published, title, language, text, ingested_at) "
        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      new Bind(ps, dialect).text(d.id()).text(d.path()).text(d.url()).text(d.source()).date(d.published())
          .text(d.title()).text(d.language()).text(d.text()).instant(now);
      return insert(ps);
    }
  }

  private long insertIncident(Incident incident, IncidentProfile profile, Instant now) throws SQLException {
    Canonical canon = Canonical.of(incident);
    try (PreparedStatement ps = dialect.prepareInsert(c, "INSERT INTO incidents (type, subtypes, status, date_start, "
        + "date_end, date_last, date_precision, place_name, city, admin1, country, lat, lon, geo_precision, profile, "
        + "profile_start, profile_end, profile_country, created_at, updated_at, version) "
        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
      bindCanonical(new Bind(ps, dialect), canon).text(json.profile(profile)).date(profile.dateStart())
          .date(profile.dateEnd()).text(profileCountry(profile)).instant(now).instant(now);
      return insert(ps);
    }
  }

  /** Makes the matched incident known from one more report: canonical fields refined, profile widened, version up. */
  private void refine(Candidate match, Incident incident, IncidentProfile profile, Instant now) throws SQLException {
    Canonical stored = reader.canonical(match.id());
    Canonical canon = stored.refine(Canonical.of(incident));
    IncidentProfile merged = match.profile().union(profile);
    try (PreparedStatement ps = c.prepareStatement("UPDATE incidents SET type = ?, subtypes = ?, status = ?, "
        + "date_start = ?, date_end = ?, date_last = ?, date_precision = ?, place_name = ?, city = ?, admin1 = ?, "
        + "country = ?, lat = ?, lon = ?, geo_precision = ?, profile = ?, profile_start = ?, profile_end = ?, "
        + "profile_country = ?, updated_at = ?, version = version + 1 WHERE id = ?")) {
      bindCanonical(new Bind(ps, dialect), canon).text(json.profile(merged)).date(merged.dateStart())
          .date(merged.dateEnd()).text(profileCountry(merged)).instant(now).id(match.id());
      ps.executeUpdate();
    }
  }

  private Bind bindCanonical(Bind b, Canonical canon) throws SQLException {
    Optional<DateSpan> date = canon.date();
    Optional<PlaceSummary> place = canon.place();
    return b.wire(canon.type()).text(json.types(canon.subtypes())).wire(canon.status())
        .date(date.map(DateSpan::start)).date(date.flatMap(DateSpan::end)).date(date.map(DateSpan::last))
        .wire(date.map(DateSpan::precision))
        .text(place.map(PlaceSummary::name)).text(place.flatMap(PlaceSummary::city))
        .text(place.flatMap(PlaceSummary::admin1)).text(place.flatMap(p -> p.country().map(Store::countryCode)))
        .real(place.flatMap(PlaceSummary::lat)).real(place.flatMap(PlaceSummary::lon))
        .wire(place.map(PlaceSummary::precision));
  }

  private static Optional<String> profileCountry(IncidentProfile p) {
    return p.country().map(Store::countryCode);
  }

  private void insertReport(long incidentId, long documentId, Incident i) throws SQLException {
    long reportId;
    try (PreparedStatement ps = dialect.prepareInsert(c, "INSERT INTO reports (incident_id, document_id, extracted_id, "
        + "status, type, subtypes, date_start, date_end, date_precision, date_ev_start, date_ev_end, date_ev_sentence, "
        + "date_ev_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      new Bind(ps, dialect).id(incidentId).id(documentId).text(i.id()).wire(i.status()).wire(i.type())
          .text(json.types(i.subtypes())).date(i.date().map(d -> d.start())).date(i.date().flatMap(d -> d.end()))
          .wire(i.date().map(d -> d.precision())).evidence(i.date().flatMap(d -> d.evidence()));
      reportId = insert(ps);
    }
    if (i.location().isPresent()) insertPlace(reportId, i.location().get());
    for (Participant p : i.participants()) insertParticipant(reportId, p);
    for (Weapon w : i.weapons()) {
      try (PreparedStatement ps = c.prepareStatement(
          "INSERT INTO weapons (report_id, type, ev_start, ev_end, ev_sentence, ev_text) VALUES (?, ?, ?, ?, ?, ?)")) {
        new Bind(ps, dialect).id(reportId).wire(w.type()).evidence(w.evidence());
        ps.executeUpdate();
      }
    }
    for (Evidence e : i.evidence()) {
      try (PreparedStatement ps = c.prepareStatement(
          "INSERT INTO report_evidence (report_id, ev_start, ev_end, ev_sentence, ev_text) VALUES (?, ?, ?, ?, ?)")) {
        new Bind(ps, dialect).id(reportId).evidence(e);
        ps.executeUpdate();
      }
    }
    for (Toll t : i.tolls()) insertToll(documentId, reportId, t);
    for (Participant p : i.participants()) {
      if (p.claimedResponsibility()) insertResponsibility(documentId, reportId, p);
    }
  }

  private void insertPlace(long reportId, Location l) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO places (report_id, name, city, admin1, country, lat, "
        + "lon, geo_precision, ev_start, ev_end, ev_sentence, ev_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      new Bind(ps, dialect).id(reportId).text(l.name()).text(l.city()).text(l.admin1()).text(l.country())
          .real(l.lat()).real(l.lon()).wire(l.precision()).evidence(l.evidence());
      ps.executeUpdate();
    }
  }

  private void insertParticipant(long reportId, Participant p) throws SQLException {
    String searchNames = Stream.concat(Stream.of(p.name()), p.aliases().stream())
        .map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.joining("\n"));
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO participants (report_id, name, aliases, search_names, "
        + "role, kind, claimed, ev_start, ev_end, ev_sentence, ev_text, mentions) "
        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      new Bind(ps, dialect).id(reportId).text(p.name()).text(json.strings(p.aliases())).text(searchNames)
          .wire(p.role()).wire(p.kind()).bool(p.claimedResponsibility()).evidence(p.evidence())
          .text(json.evidences(p.mentions()));
      ps.executeUpdate();
    }
  }

  private void insertToll(long documentId, long reportId, Toll t) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO claims (kind, document_id, report_id, toll_group, "
        + "toll_outcome, count_min, count_max, qualifier, text, attributed_to, ev_start, ev_end, ev_sentence, ev_text) "
        + "VALUES ('toll', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      new Bind(ps, dialect).id(documentId).id(reportId).wire(t.group()).wire(t.outcome()).integer(t.quantity().min())
          .integer(t.quantity().max()).wire(t.quantity().qualifier()).text(t.text()).text(t.attributedTo())
          .evidence(t.evidence());
      ps.executeUpdate();
    }
  }

  private void insertResponsibility(long documentId, long reportId, Participant p) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO claims (kind, document_id, report_id, text, "
        + "attributed_to, ev_start, ev_end, ev_sentence, ev_text) VALUES ('responsibility', ?, ?, ?, ?, ?, ?, ?, ?)")) {
      new Bind(ps, dialect).id(documentId).id(reportId).text(p.evidence().text()).text(p.name())
          .evidence(p.evidence());
      ps.executeUpdate();
    }
  }

  private void insertQuote(long documentId, Quote q) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO claims (kind, document_id, text, attributed_to, "
        + "speaker_title, ev_start, ev_end, ev_sentence, ev_text) VALUES ('quote', ?, ?, ?, ?, ?, ?, ?, ?)")) {
      new Bind(ps, dialect).id(documentId).text(q.text()).text(q.speaker()).text(q.speakerTitle())
          .evidence(q.evidence());
      ps.executeUpdate();
    }
  }

  /** Recomputes the cached totals the toll sort uses, from every toll claim the incident now has. */
  private void updateTotals(long incidentId) throws SQLException {
    List<TollConsensus> consensus = TollConsensus.of(reader.tollClaims(List.of(incidentId))
        .getOrDefault(incidentId, List.of()).stream().map(StoredToll::claim).toList());
    TollTotals totals = TollTotals.of(consensus);
    try (PreparedStatement ps = c.prepareStatement(
        "UPDATE incidents SET fatalities = ?, injured = ?, hostages = ? WHERE id = ?")) {
      new Bind(ps, dialect).integer(totals.fatalities()).integer(totals.injured()).integer(totals.hostages())
          .id(incidentId);
      ps.executeUpdate();
    }
  }

  private static long insert(PreparedStatement ps) throws SQLException {
    ps.executeUpdate();
    try (ResultSet keys = ps.getGeneratedKeys()) {
      if (!keys.next()) throw new IllegalStateException("the database returned no id for a new row");
      return keys.getLong(1);
    }
  }
}
