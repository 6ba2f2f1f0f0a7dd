package org.sitrep.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Brings a database's schema up to the newest version this build knows. Migrations are resources {@code 1.sql},
 * {@code 2.sql}, ... under one folder, numbered without gaps; each runs in its own transaction together with its row in
 * {@code schema_version}, so a failed migration leaves the database at the version before it. A database whose version
 * is newer than the newest migration was written by a newer sitrep and is refused rather than guessed at.
 *
 * <p>Where the engines need different SQL (full-text indexes), a line {@code --@ sqlite} or {@code --@ postgresql}
 * starts a section that runs only on that engine, and {@code --@ all} ends it; see {@link #forDialect}.
 */
final class Migrations {
  /** Where the store's own migrations live. */
  static final String STORE = "/org/sitrep/store/migration/";

  private final String folder;
  private final List<String> scripts;

  Migrations(String folder) {
    this(folder, Integer.MAX_VALUE);
  }

  /** Only the first {@code upTo} migrations of the folder: tests that need a database at an older version. */
  Migrations(String folder, int upTo) {
    this.folder = Objects.requireNonNull(folder, "folder");
    List<String> all = load(folder);
    this.scripts = all.subList(0, Math.min(upTo, all.size()));
    if (scripts.isEmpty()) throw new IllegalStateException("no migrations under " + folder);
  }

  /** The version a database has once {@link #migrate} returns. */
  int latest() { return scripts.size(); }

  /** Applies every migration the database lacks and returns the version it started at (0 for a new database). */
  int migrate(Connection c, Dialect dialect) throws SQLException {
    boolean autoCommit = c.getAutoCommit();
    c.setAutoCommit(false);
    try {
      int initial = inTransaction(c, () -> {
        dialect.serialize(c, Dialect.Lock.MIGRATE);
        try (Statement s = c.createStatement()) {
          s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
              + "description TEXT NOT NULL, applied_at TEXT NOT NULL)");
        }
        return current(c);
      });
      while (true) {
        boolean done = inTransaction(c, () -> {
          dialect.serialize(c, Dialect.Lock.MIGRATE);
          int version = current(c);   // read under the lock: another process may have migrated meanwhile
          if (version >= latest()) return true;
          apply(c, dialect, version + 1);
          return false;
        });
        if (done) break;
      }
      return initial;
    } finally {
      c.setAutoCommit(autoCommit);
    }
  }

  /** The version recorded in the database; refuses one newer than this build knows. */
  int current(Connection c) throws SQLException {
    int version;
    try (Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT MAX(version) FROM schema_version")) {
      rs.next();
      version = rs.getInt(1);
    }
    if (version > latest()) {
      throw new StoreException("the database is at schema version " + version + " but this sitrep knows versions up to "
          + latest() + ": it was written by a newer sitrep; use that, or a fresh database");
    }
    return version;
  }

  private void apply(Connection c, Dialect dialect, int version) throws SQLException {
    String script = scripts.get(version - 1);
    try (Statement s = c.createStatement()) {
      for (String statement : statements(dialect.render(forDialect(script, dialect)))) s.execute(statement);
    }
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)")) {
      ps.setInt(1, version);
      ps.setString(2, description(script));
      ps.setString(3, Instant.now().toString());
      ps.executeUpdate();
    }
  }

  /**
   * The lines of a script that run on this engine: those outside any section, and those of its own sections. A
   * section marker names an engine that does not exist is a bug in the migration.
   */
  static String forDialect(String script, Dialect dialect) {
    StringBuilder out = new StringBuilder();
    String section = "all";
    for (String line : script.split("\n", -1)) {
      String trimmed = line.strip();
      if (trimmed.startsWith("--@")) {
        section = trimmed.substring(3).strip();
        if (!section.equals("all")) Dialect.valueOf(section.toUpperCase(java.util.Locale.ROOT));   // throws if unknown
        continue;
      }
      if (section.equals("all") || section.equalsIgnoreCase(dialect.name())) out.append(line).append('\n');
    }
    return out.toString();
  }

  /** The statements of a script: comment lines dropped, split where a line ends with a semicolon. */
  static List<String> statements(String script) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : script.split("\n", -1)) {
      String trimmed = line.strip();
      if (trimmed.startsWith("--") || trimmed.isEmpty()) continue;
      current.append(line).append('\n');
      if (trimmed.endsWith(";")) {
        out.add(current.substring(0, current.lastIndexOf(";")).strip());
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) throw new IllegalStateException("statement without a final semicolon: " + current);
    return out;
  }

  /** The first comment line of a script, which says what it does. */
  static String description(String script) {
    for (String line : script.split("\n")) {
      String trimmed = line.strip();
      if (trimmed.startsWith("--")) return trimmed.substring(2).strip();
      if (!trimmed.isEmpty()) break;
    }
    return "";
  }

  private static List<String> load(String folder) {
    List<String> out = new ArrayList<>();
    for (int n = 1; ; n++) {
      try (InputStream in = Migrations.class.getResourceAsStream(folder + n + ".sql")) {
        if (in == null) return out;
        out.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read migration " + folder + n + ".sql", e);
      }
    }
  }

  @FunctionalInterface
  interface Work<T> {
    T run() throws SQLException;
  }

  /** Runs {@code work} and commits, or rolls back and rethrows; the connection must not be in auto-commit. */
  static <T> T inTransaction(Connection c, Work<T> work) throws SQLException {
    try {
      T out = work.run();
      c.commit();
      return out;
    } catch (SQLException | RuntimeException | Error e) {
      try {
        c.rollback();
      } catch (SQLException rollbackFailure) {
        e.addSuppressed(rollbackFailure);
      }
      throw e;
    }
  }
}
