package org.sitrep.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A fresh, empty database for one test: a new SQLite file in the test's temp folder, or a new schema in the
 * PostgreSQL database {@value #POSTGRES_ENV} names (dropped again on close). Without that variable PostgreSQL cases
 * are skipped by an assumption, and stderr says which variable to set.
 */
final class TestDatabase implements AutoCloseable {
  static final String POSTGRES_ENV = "SITREP_TEST_POSTGRES_URL";

  final String url;
  private final Runnable cleanup;

  private TestDatabase(String url, Runnable cleanup) {
    this.url = url;
    this.cleanup = cleanup;
  }

  static TestDatabase fresh(Engine engine, Path tempDir) {
    return switch (engine) {
      case SQLITE -> new TestDatabase("jdbc:sqlite:" + tempDir.resolve("store-" + UUID.randomUUID() + ".db"), () -> {});
      case POSTGRESQL -> postgres();
    };
  }

  private static TestDatabase postgres() {
    String base = System.getenv(POSTGRES_ENV);
    if (base == null || base.isBlank()) {
      System.err.println("[sitrep-store] PostgreSQL store test skipped: set " + POSTGRES_ENV
          + " (e.g. jdbc:postgresql://127.0.0.1:5432/sitrep_test?user=sitrep&password=sitrep) to run it");
    }
    assumeTrue(base != null && !base.isBlank(), POSTGRES_ENV + " is not set: PostgreSQL case skipped");
    String schema = "sitrep_t_" + UUID.randomUUID().toString().replace("-", "");   // hex only: safe as an identifier
    admin(base, "CREATE SCHEMA " + schema);
    String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    return new TestDatabase(url, () -> admin(base, "DROP SCHEMA " + schema + " CASCADE"));
  }

  private static void admin(String url, String ddl) {
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.execute(ddl);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL at " + Store.redact(url) + ": " + e.getMessage(), e);
    }
  }

  Store open() { return Store.open(url); }

  /** A plain connection beside the store's, for looking at or tampering with the database. */
  Connection connect() throws SQLException { return Dialect.of(url).connect(url); }

  @Override
  public void close() { cleanup.run(); }
}
