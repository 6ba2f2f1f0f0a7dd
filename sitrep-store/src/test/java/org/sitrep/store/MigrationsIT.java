package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The migration runner on both engines, with the store's own schema and with small migration sets from the test
 * resources: {@code one} (version 1), {@code two} (the same version 1, then 2) and {@code broken} (1, then a 2 that
 * fails half-way).
 */
class MigrationsIT {
  @TempDir Path tmp;

  private static final String TEST = "/org/sitrep/store/testmigrations/";

  private static List<Integer> versions(TestDatabase db) throws SQLException {
    List<Integer> out = new ArrayList<>();
    try (Connection c = db.connect(); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT version FROM schema_version ORDER BY version")) {
      while (rs.next()) out.add(rs.getInt(1));
    }
    return out;
  }

  private static List<String> notes(TestDatabase db) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = db.connect(); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT text FROM notes ORDER BY id")) {
      while (rs.next()) out.add(rs.getString(1));
    }
    return out;
  }

  private static boolean tableExists(TestDatabase db, String table) throws SQLException {
    try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + table)) {
      ps.executeQuery().close();
      return true;
    } catch (SQLException e) {
      return false;
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void a_fresh_database_gets_the_whole_schema_and_reopening_applies_nothing_again(Engine engine) throws SQLException {
    try (TestDatabase db = TestDatabase.fresh(engine, tmp)) {
      long incident;
      try (Store store = db.open()) {
        assertThat(store.schemaVersion()).isEqualTo(new Migrations(Migrations.STORE).latest());
        incident = store.add(StoreIT.hotelFirst().extraction()).incidents().get(0);
      }
      List<Integer> applied = versions(db);
      assertThat(applied).isNotEmpty().containsExactlyElementsOf(
          java.util.stream.IntStream.rangeClosed(1, applied.size()).boxed().toList());
      try (Store store = db.open()) {
        assertThat(store.incident(incident)).isPresent();
        assertThat(store.containsDocument(StoreIT.hotelFirst().document().id())).isTrue();
      }
      assertThat(versions(db)).isEqualTo(applied);
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void an_old_database_is_migrated_and_keeps_its_rows(Engine engine) throws SQLException {
    try (TestDatabase db = TestDatabase.fresh(engine, tmp)) {
      Store.open(db.url, new Migrations(TEST + "one/")).close();
      assertThat(versions(db)).containsExactly(1);
      try (Connection c = db.connect(); Statement s = c.createStatement()) {
        s.executeUpdate("INSERT INTO notes (text) VALUES ('kept')");
      }
      assertThat(tableExists(db, "tags")).isFalse();

      Store.open(db.url, new Migrations(TEST + "two/")).close();

      assertThat(versions(db)).containsExactly(1, 2);
      assertThat(notes(db)).containsExactly("kept", "added by 2");
      assertThat(tableExists(db, "tags")).isTrue();
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void a_database_newer_than_this_build_is_refused(Engine engine) throws SQLException {
    try (TestDatabase db = TestDatabase.fresh(engine, tmp)) {
      Store.open(db.url, new Migrations(TEST + "two/")).close();

      assertThatThrownBy(() -> Store.open(db.url, new Migrations(TEST + "one/")))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("schema version 2")
          .hasMessageContaining("up to 1")
          .hasMessageContaining("newer sitrep");
      assertThat(versions(db)).containsExactly(1, 2);
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void the_store_refuses_a_database_from_a_newer_sitrep(Engine engine) throws SQLException {
    try (TestDatabase db = TestDatabase.fresh(engine, tmp)) {
      int latest;
      try (Store store = db.open()) {
        latest = store.schemaVersion();
      }
      try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(
          "INSERT INTO schema_version (version, description, applied_at) VALUES (?, 'from the future', 'later')")) {
        ps.setInt(1, latest + 1);
        ps.executeUpdate();
      }
      assertThatThrownBy(db::open).isInstanceOf(StoreException.class)
          .hasMessageContaining("schema version " + (latest + 1));
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void a_failing_migration_leaves_the_database_at_the_version_before_it(Engine engine) throws SQLException {
    try (TestDatabase db = TestDatabase.fresh(engine, tmp)) {
      assertThatThrownBy(() -> Store.open(db.url, new Migrations(TEST + "broken/")))
          .isInstanceOf(StoreException.class);

      assertThat(versions(db)).containsExactly(1);
      assertThat(tableExists(db, "tags")).isFalse();   // created by the failed migration before its bad statement
      assertThat(notes(db)).isEmpty();
      Store.open(db.url, new Migrations(TEST + "two/")).close();   // and a correct version 2 still applies
      assertThat(versions(db)).containsExactly(1, 2);
    }
  }
}
