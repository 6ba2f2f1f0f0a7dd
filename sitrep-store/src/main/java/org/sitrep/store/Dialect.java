package org.sitrep.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sqlite.SQLiteConfig;

/**
 * What differs between the two engines: how to connect, the three schema type tokens, how dates and instants travel,
 * how a new row's id comes back, and how concurrent migrators are kept apart. Everything else is the same SQL.
 */
enum Dialect {
  /** Embedded: WAL (readers never block the writer), foreign keys enforced, writers wait for each other. */
  SQLITE("jdbc:sqlite:", Map.of("ID", "INTEGER PRIMARY KEY", "DATE", "TEXT", "TIMESTAMP", "TEXT")) {
    @Override Connection connect(String url) throws SQLException {
      try {
        createParentDirectory(url.substring(prefix.length()));
      } catch (IOException e) {
        throw new SQLException("cannot create the folder for " + url + ": " + e.getMessage(), e);
      }
      SQLiteConfig config = new SQLiteConfig();
      config.setJournalMode(SQLiteConfig.JournalMode.WAL);
      // Safe from corruption under WAL; a power cut may lose the last commits, which re-ingesting restores (adds are
      // idempotent by content hash), in exchange for no fsync per document.
      config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
      config.enforceForeignKeys(true);
      config.setBusyTimeout(BUSY_TIMEOUT_MS);
      // A transaction takes the write lock when it begins, so two writers queue on the busy timeout instead of one
      // failing when it upgrades from reading to writing.
      config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
      // Reads through a memory map: a page read is then a memory access rather than a read() call, which halves the
      // cost of the API's queries. The map only reserves address space; unused, it costs nothing. The page cache stays
      // small on purpose: every commit of another connection empties it, and a large one costs more to empty.
      config.setPragma(SQLiteConfig.Pragma.MMAP_SIZE, String.valueOf(MMAP_BYTES));
      return DriverManager.getConnection(url, config.toProperties());
    }

    @Override void bindDate(PreparedStatement ps, int i, LocalDate d) throws SQLException { ps.setString(i, d.toString()); }

    @Override Optional<LocalDate> date(ResultSet rs, String column) throws SQLException {
      return Optional.ofNullable(rs.getString(column)).map(LocalDate::parse);
    }

    @Override void bindInstant(PreparedStatement ps, int i, Instant t) throws SQLException {
      ps.setString(i, t.toString());
    }

    @Override Instant instant(ResultSet rs, String column) throws SQLException {
      return Instant.parse(rs.getString(column));
    }

    @Override PreparedStatement prepareInsert(Connection c, String sql) throws SQLException {
      return c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
    }

    @Override void serialize(Connection c, Lock lock) {
      // The IMMEDIATE transaction mode already holds the database's write lock from the start of the transaction.
    }

    /**
     * SQLite's own checkpoints are passive: while readers keep reading (a server under load always has one), the
     * write-ahead log is copied back but never restarted, so it grows without end and every read gets slower. A
     * RESTART checkpoint waits (up to the busy timeout) for the readers of older snapshots, which take milliseconds,
     * and lets the next writer start the log from the beginning.
     */
    @Override void checkpoint(Connection c) throws SQLException {
      try (Statement s = c.createStatement()) {
        s.execute("PRAGMA wal_checkpoint(RESTART)");
      }
    }

    /** FTS5 over title and text (migration 2); bm25 ranks lower for better matches, a title hit counting double. */
    @Override String documentMatches() {
      return "SELECT rowid AS id, bm25(documents_fts, 2.0, 1.0) AS rank FROM documents_fts WHERE documents_fts MATCH ?";
    }

    /**
     * Each whitespace-separated piece becomes an FTS5 phrase in double quotes (quotes inside doubled), so nothing the
     * user types is read as FTS5 syntax (AND, NEAR, -, *, column filters); pieces with no letter or digit are dropped,
     * since FTS5 finds no token in them.
     */
    @Override Optional<String> textQuery(String words) {
      List<String> phrases = new ArrayList<>();
      for (String piece : words.strip().split("\\s+")) {
        if (WORD.matcher(piece).find()) phrases.add('"' + piece.replace("\"", "\"\"") + '"');
      }
      return phrases.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", phrases));
    }
  },

  POSTGRESQL("jdbc:postgresql:", Map.of("ID", "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY", "DATE", "DATE",
      "TIMESTAMP", "TIMESTAMPTZ")) {
    @Override Connection connect(String url) throws SQLException { return DriverManager.getConnection(url); }

    @Override void bindDate(PreparedStatement ps, int i, LocalDate d) throws SQLException { ps.setObject(i, d); }

    @Override Optional<LocalDate> date(ResultSet rs, String column) throws SQLException {
      return Optional.ofNullable(rs.getObject(column, LocalDate.class));
    }

    @Override void bindInstant(PreparedStatement ps, int i, Instant t) throws SQLException {
      ps.setObject(i, OffsetDateTime.ofInstant(t, ZoneOffset.UTC));
    }

    @Override Instant instant(ResultSet rs, String column) throws SQLException {
      return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    @Override PreparedStatement prepareInsert(Connection c, String sql) throws SQLException {
      return c.prepareStatement(sql, new String[] {"id"});
    }

    @Override void serialize(Connection c, Lock lock) throws SQLException {
      try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
        ps.setLong(1, lock.key);
        ps.executeQuery().close();
      }
    }

    @Override void checkpoint(Connection c) {
      // PostgreSQL checkpoints and recycles its log by itself.
    }

    /** The generated tsvector column of migration 2; ts_rank is higher for better matches, so it is negated. */
    @Override String documentMatches() {
      return "SELECT d.id, -ts_rank(d.search, q.query) AS rank FROM documents d "
          + "CROSS JOIN plainto_tsquery('english', ?) AS q(query) WHERE d.search @@ q.query";
    }

    /** plainto_tsquery reads any text as plain words (ANDed), never as query syntax, so the text goes as it is. */
    @Override Optional<String> textQuery(String words) {
      return WORD.matcher(words).find() ? Optional.of(words.strip()) : Optional.empty();
    }
  };

  /** A letter or digit: text without one has no word to search for. */
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]");

  /** How much of an SQLite file reads go through a memory map. */
  static final long MMAP_BYTES = 1L << 30;

  /** How long an SQLite writer waits for another one before giving up. */
  static final int BUSY_TIMEOUT_MS = 30_000;

  /**
   * What a transaction may need to do alone. Migrating, so that two processes opening one database migrate it once;
   * adding, so that two writers never both miss the incident the other is creating and store it twice.
   */
  enum Lock {
    MIGRATE(0x7369747265704D00L), ADD(0x7369747265704100L);   // "sitrep" + a letter, in ASCII

    final long key;

    Lock(long key) { this.key = key; }
  }

  final String prefix;
  private final Map<String, String> types;

  Dialect(String prefix, Map<String, String> types) {
    this.prefix = prefix;
    this.types = types;
  }

  /** The dialect of a JDBC URL; only SQLite and PostgreSQL URLs are accepted. */
  static Dialect of(String jdbcUrl) {
    for (Dialect d : values()) if (jdbcUrl.startsWith(d.prefix)) return d;
    throw new IllegalArgumentException("not a jdbc:sqlite: or jdbc:postgresql: URL: " + jdbcUrl);
  }

  abstract Connection connect(String url) throws SQLException;

  abstract void bindDate(PreparedStatement ps, int i, LocalDate d) throws SQLException;

  abstract Optional<LocalDate> date(ResultSet rs, String column) throws SQLException;

  abstract void bindInstant(PreparedStatement ps, int i, Instant t) throws SQLException;

  abstract Instant instant(ResultSet rs, String column) throws SQLException;

  /** A statement whose {@code getGeneratedKeys()} holds the new row's {@code id}. */
  abstract PreparedStatement prepareInsert(Connection c, String sql) throws SQLException;

  /** Called first in a transaction: until it ends, no other transaction holding the same lock runs. */
  abstract void serialize(Connection c, Lock lock) throws SQLException;

  /** Called by a writer now and then, outside any transaction, so the engine's log stays small. */
  abstract void checkpoint(Connection c) throws SQLException;

  /**
   * A query of the documents matching one bound parameter, a {@link #textQuery}: columns {@code id} (the document's)
   * and {@code rank} (lower is a better match).
   */
  abstract String documentMatches();

  /** The parameter {@link #documentMatches} binds for words a user typed; empty when they hold no word at all. */
  abstract Optional<String> textQuery(String words);

  void bindDate(PreparedStatement ps, int i, Optional<LocalDate> d) throws SQLException {
    if (d.isPresent()) bindDate(ps, i, d.get());
    else ps.setNull(i, this == POSTGRESQL ? Types.DATE : Types.VARCHAR);
  }

  /** A migration's SQL with the type tokens replaced; an unknown token is a bug in the migration. */
  String render(String sql) {
    String out = sql;
    for (Map.Entry<String, String> t : types.entrySet()) out = out.replace("{{" + t.getKey() + "}}", t.getValue());
    int left = out.indexOf("{{");
    if (left >= 0) throw new IllegalStateException("unknown token in migration: " + out.substring(left,
        Math.min(out.length(), left + 20)));
    return out;
  }

  /** {@code jdbc:sqlite:data/sitrep.db} needs {@code data/}; in-memory and URI forms are left to the driver. */
  private static void createParentDirectory(String target) throws IOException {
    if (target.isEmpty() || target.startsWith(":") || target.startsWith("file:")) return;
    int query = target.indexOf('?');
    Path parent = Path.of(query < 0 ? target : target.substring(0, query)).toAbsolutePath().getParent();
    if (parent == null) return;
    Files.createDirectories(parent);
  }
}
