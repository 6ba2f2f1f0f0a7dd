package org.sitrep.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sitrep.domain.Extraction;
import org.sitrep.domain.IncidentStatus;
import org.sitrep.merge.IncidentMatcher;

/**
 * The one place sitrep persists documents and incidents: SQLite (embedded, the default) or PostgreSQL, one schema,
 * migrated on open. {@link #add} writes one extraction in one transaction and merges its incidents into the stored ones
 * (the merge stage decides which); the read methods serve the CLI, the HTTP API and exports.
 *
 * <p>A store holds one connection and serialises its calls on it, so it is safe to share between threads; open one per
 * process and close it. Nothing here ever deletes or rewrites a report or claim: merging only adds reports and refines
 * an incident's canonical fields, so every figure any document gave stays visible.
 */
public final class Store implements AutoCloseable {
  /** A file {@code sitrep.db} in the working directory. */
  public static final String DEFAULT_URL = "jdbc:sqlite:sitrep.db";

  private final Connection connection;
  private final Dialect dialect;
  private final int schemaVersion;
  private final IncidentReader reader;
  private final IncidentWriter writer;
  /** Adds since the write-ahead log was last checkpointed; see {@link Dialect#checkpoint}. */
  private int addsSinceCheckpoint;
  static final int CHECKPOINT_EVERY = 100;

  private Store(Connection connection, Dialect dialect, int schemaVersion) {
    this.connection = connection;
    this.dialect = dialect;
    this.schemaVersion = schemaVersion;
    JsonColumns json = new JsonColumns();
    this.reader = new IncidentReader(connection, dialect, json);
    this.writer = new IncidentWriter(connection, dialect, json, new IncidentMatcher(), reader);
  }

  /**
   * Connects to {@code jdbc:sqlite:PATH} (the file and its folder are created if missing) or
   * {@code jdbc:postgresql://HOST/DB?user=..&password=..}, and migrates the schema to the newest version. A database
   * written by a newer sitrep is refused with a {@link StoreException} that says so.
   */
  public static Store open(String jdbcUrl) {
    return open(jdbcUrl, new Migrations(Migrations.STORE));
  }

  static Store open(String jdbcUrl, Migrations migrations) {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    Dialect dialect = Dialect.of(jdbcUrl);
    Connection c;
    try {
      c = dialect.connect(jdbcUrl);
    } catch (SQLException e) {
      throw new StoreException("cannot open " + redact(jdbcUrl) + ": " + e.getMessage(), e);
    }
    try {
      migrations.migrate(c, dialect);
      return new Store(c, dialect, migrations.latest());
    } catch (SQLException | RuntimeException e) {
      try {
        c.close();
      } catch (SQLException closeFailure) {
        e.addSuppressed(closeFailure);
      }
      if (e instanceof StoreException se) throw se;
      throw new StoreException("cannot migrate " + redact(jdbcUrl) + ": " + e.getMessage(), e);
    }
  }

  /** The schema version the database is at (the newest this build knows, once open). */
  public int schemaVersion() { return schemaVersion; }

  /**
   * Stores one extraction in one transaction. A document whose content hash is already stored changes nothing and
   * comes back as a duplicate. Otherwise each extracted incident, current or background, becomes a report of the stored
   * incident the {@link IncidentMatcher} picks among those whose dates and country fit, or of a new incident; two
   * incidents of one document never become reports of the same stored incident. On any failure nothing of the
   * document is left and a {@link StoreException} is thrown.
   */
  public synchronized AddResult add(Extraction x) {
    Objects.requireNonNull(x, "x");
    AddResult result = transaction("store " + x.document().path(), () -> writer.add(x));
    if (++addsSinceCheckpoint >= CHECKPOINT_EVERY) {
      addsSinceCheckpoint = 0;
      read("checkpoint the write-ahead log", () -> {
        dialect.checkpoint(connection);
        return null;
      });
    }
    return result;
  }

  /** Whether a document with this content hash ({@code Document.id}) is stored, so callers can skip analysing it. */
  public synchronized boolean containsDocument(String contentHash) {
    return read("look up a document", () -> writer.documentId(contentHash).isPresent());
  }

  /**
   * What {@link #add} did for the stored document with this content hash: for each incident it reported, in the order
   * they were written, whether the document created it and the incident's version once its report was merged. Empty
   * when no such document is stored. A replayed document is a duplicate to {@code add}; this lets a stream that
   * replays it announce the same changes again, identical to the first time, however many documents came since.
   */
  public synchronized List<IncidentChange> changes(String contentHash) {
    Objects.requireNonNull(contentHash, "contentHash");
    return read("look up a document's reports", () -> reader.changes(contentHash));
  }

  /** One page of the incidents the query selects, in its order. */
  public synchronized List<IncidentSummary> incidents(IncidentQuery q) {
    Objects.requireNonNull(q, "q");
    return read("list incidents", () -> reader.incidents(q));
  }

  /** How many incidents the query selects, ignoring its limit and offset. */
  public synchronized long count(IncidentQuery q) {
    Objects.requireNonNull(q, "q");
    return read("count incidents", () -> reader.count(q));
  }

  /** A stored incident with all its reports, claims, participants and quotes; empty for an unknown id. */
  public synchronized Optional<IncidentDetail> incident(long id) {
    return read("read incident " + id, () -> reader.incident(id));
  }

  /** A stored document with its text and every evidence span cited from it; empty for an unknown id. */
  public synchronized Optional<StoredDocument> document(long id) {
    return read("read document " + id, () -> reader.document(id));
  }

  /**
   * Full-text search over the documents' titles and texts (SQLite FTS5 with the Porter stemmer, PostgreSQL
   * {@code to_tsvector('english', …)}): the incidents the matching documents report, current or background, best
   * match first, at most {@code limit}. A document matches when it holds every word of {@code words}; the words are
   * never read as query syntax, and text with no word in it finds nothing.
   */
  public synchronized List<IncidentSummary> search(String words, int limit) {
    Objects.requireNonNull(words, "words");
    if (limit < 1 || limit > IncidentQuery.MAX_LIMIT) {
      throw new IllegalArgumentException("limit " + limit + " not in 1.." + IncidentQuery.MAX_LIMIT);
    }
    return read("search", () -> reader.search(words, limit));
  }

  /**
   * The other incidents that share a document with incident {@code id} and that the shared document reports with
   * {@code reportStatus}, newest first: BACKGROUND gives the earlier incidents a report of {@code id} recalls;
   * CURRENT, for a background incident, the incidents whose reports recall it.
   */
  public synchronized List<IncidentSummary> mentionedWith(long id, IncidentStatus reportStatus) {
    Objects.requireNonNull(reportStatus, "reportStatus");
    return read("read the incidents mentioned with " + id, () -> reader.mentionedWith(id, reportStatus));
  }

  /**
   * The store's row ids ({@link StoredDocument#id}) of the documents with these content hashes ({@code Document.id},
   * as {@code TollClaim.documentId} holds them); hashes not stored are left out.
   */
  public synchronized Map<String, Long> documentIds(Collection<String> contentHashes) {
    Objects.requireNonNull(contentHashes, "contentHashes");
    return read("look up documents", () -> reader.documentIds(contentHashes));
  }

  /**
   * A number that grows with every add that stores a document (the newest document's row id; 0 when empty). Only adds
   * change what is stored and each stores one document, so while it stays the same so do every answer of this store:
   * what a server may cache answers by. Cheap: one index lookup.
   */
  public synchronized long dataVersion() { return read("read the data version", reader::lastDocument); }

  // For IncidentIndex: the change feed and the rows it keeps.

  synchronized long lastReport() { return read("read the last report", reader::lastReport); }

  synchronized IndexChanges indexChangesSince(long afterReport) {
    return read("read the reports since " + afterReport, () -> reader.changesSince(afterReport));
  }

  synchronized List<Long> incidentIds() { return read("list incident ids", reader::incidentIds); }

  synchronized List<IndexEntry> indexEntries(Collection<Long> ids) {
    return read("read incidents", () -> reader.indexEntries(ids));
  }

  synchronized java.util.Set<Long> textMatches(String words) {
    return read("search", () -> reader.textMatches(words));
  }

  /** Counts by day and type, by type, by country, and totals. */
  public synchronized Stats stats() { return read("count", reader::stats); }

  @Override
  public synchronized void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close the database: " + e.getMessage(), e);
    }
  }

  /** Country codes are stored upper-case, as the filter compares them. */
  static String countryCode(String iso2) { return iso2.strip().toUpperCase(Locale.ROOT); }

  Dialect dialect() { return dialect; }

  /** The store's connection, for tests that need to look under the hood. */
  Connection connection() { return connection; }

  private <T> T transaction(String what, Migrations.Work<T> work) {
    try {
      connection.setAutoCommit(false);
      try {
        return Migrations.inTransaction(connection, work);
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StoreException("cannot " + what + ": " + e.getMessage(), e);
    }
  }

  private <T> T read(String what, Migrations.Work<T> work) {
    try {
      return work.run();
    } catch (SQLException e) {
      throw new StoreException("cannot " + what + ": " + e.getMessage(), e);
    }
  }

  /** A URL for messages: the password parameter blanked. */
  static String redact(String url) {
    return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
  }
}
