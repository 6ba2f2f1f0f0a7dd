package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MigrationsTest {
  @Test
  void statements_split_at_line_final_semicolons_and_drop_comment_lines() {
    String script = "-- what it does\nCREATE TABLE a (\n  x TEXT -- not a comment line; kept\n);\n\n"
        + "-- between; statements\nINSERT INTO a VALUES ('x;y');\n";
    assertThat(Migrations.statements(script)).containsExactly(
        "CREATE TABLE a (\n  x TEXT -- not a comment line; kept\n)", "INSERT INTO a VALUES ('x;y')");
    assertThat(Migrations.description(script)).isEqualTo("what it does");
  }

  @Test
  void a_statement_without_its_semicolon_is_a_broken_migration() {
    assertThatThrownBy(() -> Migrations.statements("CREATE TABLE a (x TEXT);\nCREATE TABLE b (x TEXT)\n"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("CREATE TABLE b");
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void every_store_migration_renders_completely_for_each_dialect(Dialect dialect) {
    Migrations store = new Migrations(Migrations.STORE);
    assertThat(store.latest()).isPositive();
    for (int v = 1; v <= store.latest(); v++) {
      // render() throws on a token it does not know; every statement must survive the split
      assertThat(Migrations.statements(dialect.render(Migrations.forDialect(script(v), dialect)))).isNotEmpty().allSatisfy(sql ->
          assertThat(sql).doesNotContain("{{").doesNotEndWith(";"));
    }
  }

  @Test
  void engine_sections_run_only_on_their_engine() {
    String script = "-- what it does\nCREATE TABLE a (x TEXT);\n--@ sqlite\nCREATE VIRTUAL TABLE f USING fts5(x);\n"
        + "--@ postgresql\nCREATE INDEX g ON a USING GIN (x);\n--@ all\nCREATE TABLE b (y TEXT);\n";
    assertThat(Migrations.statements(Migrations.forDialect(script, Dialect.SQLITE))).containsExactly(
        "CREATE TABLE a (x TEXT)", "CREATE VIRTUAL TABLE f USING fts5(x)", "CREATE TABLE b (y TEXT)");
    assertThat(Migrations.statements(Migrations.forDialect(script, Dialect.POSTGRESQL))).containsExactly(
        "CREATE TABLE a (x TEXT)", "CREATE INDEX g ON a USING GIN (x)", "CREATE TABLE b (y TEXT)");
    assertThatThrownBy(() -> Migrations.forDialect("--@ mysql\nSELECT 1;\n", Dialect.SQLITE))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void typed_words_never_become_fts5_syntax() {
    assertThat(Dialect.SQLITE.textQuery(" al-Shabaab  \"NEAR\" OR -x* ")).contains(
        "\"al-Shabaab\" \"\"\"NEAR\"\"\" \"OR\" \"-x*\"");
    assertThat(Dialect.SQLITE.textQuery("'; -- %%")).isEmpty();
    assertThat(Dialect.POSTGRESQL.textQuery(" Quetta station ")).contains("Quetta station");
    assertThat(Dialect.POSTGRESQL.textQuery("\"--\"")).isEmpty();
  }

  @Test
  void an_unknown_token_is_refused() {
    assertThatThrownBy(() -> Dialect.SQLITE.render("CREATE TABLE a (x {{JSONB}});"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("{{JSONB}}");
  }

  @Test
  void urls_pick_their_dialect_and_others_are_refused() {
    assertThat(Dialect.of(Store.DEFAULT_URL)).isEqualTo(Dialect.SQLITE);
    assertThat(Dialect.of("jdbc:postgresql://db/sitrep")).isEqualTo(Dialect.POSTGRESQL);
    assertThatThrownBy(() -> Dialect.of("jdbc:mysql://db/sitrep")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Store.open("sitrep.db")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void passwords_never_reach_messages() {
    assertThat(Store.redact("jdbc:postgresql://h/db?user=u&password=s3cret&ssl=true"))
        .isEqualTo("jdbc:postgresql://h/db?user=u&password=***&ssl=true");
  }

  private static String script(int version) {
    try (var in = Migrations.class.getResourceAsStream(Migrations.STORE + version + ".sql")) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
