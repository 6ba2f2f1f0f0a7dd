package org.sitrep.stream;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A fresh, empty schema in the PostgreSQL database {@value #POSTGRES_ENV} names (.ci/run sets it), dropped on close.
 * Without that variable the test is skipped, and stderr says which variable to set.
 */
final class TestSchema implements AutoCloseable {
  static final String POSTGRES_ENV = "SITREP_TEST_POSTGRES_URL";

  final String url;
  private final String base;
  private final String schema;

  private TestSchema(String base, String schema) {
    this.base = base;
    this.schema = schema;
    this.url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  /** The PostgreSQL URL the tests use; skips the calling test (with a message) when it is not set. */
  static String baseUrlOrSkip(String what) {
    String base = System.getenv(POSTGRES_ENV);
    if (base == null || base.isBlank()) {
      System.err.println("[sitrep-stream] " + what + " skipped: set " + POSTGRES_ENV
          + " (e.g. jdbc:postgresql://127.0.0.1:5432/sitrep_test?user=sitrep&password=sitrep) to run it");
    }
    assumeTrue(base != null && !base.isBlank(), POSTGRES_ENV + " is not set");
    return base;
  }

  static TestSchema fresh(String base) {
    String schema = "sitrep_s_" + UUID.randomUUID().toString().replace("-", "");   // hex only: safe as an identifier
    admin(base, "CREATE SCHEMA " + schema);
    return new TestSchema(base, schema);
  }

  Connection connect() throws SQLException { return DriverManager.getConnection(url); }

  @Override
  public void close() { admin(base, "DROP SCHEMA " + schema + " CASCADE"); }

  private static void admin(String url, String ddl) {
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.execute(ddl);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL: " + ddl + ": " + e.getMessage(), e);
    }
  }
}
