package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sitrep.domain.IncidentStatus;
import org.sitrep.domain.IncidentType;
import org.sitrep.domain.Quantity;
import org.sitrep.domain.TollGroup;
import org.sitrep.domain.TollOutcome;
import org.sitrep.testkit.Article;

/** Full-text search (migration 2), the text filter, the sorts the page asks for, and the lookups the API needs. */
class StoreSearchIT {
  @TempDir Path tmp;

  private static List<Long> ids(List<IncidentSummary> list) { return list.stream().map(IncidentSummary::id).toList(); }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void the_text_filter_finds_words_of_titles_and_texts_stemmed(Engine engine) {
    try (TestDatabase db = TestDatabase.fresh(engine, tmp); Store store = db.open()) {
      StoreQueryIT.Four f = StoreQueryIT.fill(store);
      IncidentQuery all = IncidentQuery.all();
      assertThat(ids(store.incidents(all.withText("soldiers")))).containsExactly(f.mogadishu());
      // stemmed: "students" in the text, "student" asked; every word must be there
      assertThat(ids(store.incidents(all.withText("student")))).containsExactly(f.nigeria());
      assertThat(ids(store.incidents(all.withText("Boko students")))).containsExactly(f.nigeria());
      assertThat(ids(store.incidents(all.withText("Boko soldiers")))).isEmpty();
      // the title is the article's first sentence (Article.of): "village" is in it
      assertThat(ids(store.incidents(all.withText("VILLAGE")))).containsExactly(f.undated());
      // combined with another filter, and counted the same way
      assertThat(ids(store.incidents(all.withText("killed").withCountry("ML")))).containsExactly(f.bamako());
      assertThat(store.count(all.withText("killed"))).isEqualTo(2);
      assertThat(ids(store.incidents(all.withText("al-Shabaab")))).containsExactly(f.mogadishu());
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void typed_text_is_never_query_syntax_or_sql(Engine engine) {
    try (TestDatabase db = TestDatabase.fresh(engine, tmp); Store store = db.open()) {
      StoreQueryIT.Four f = StoreQueryIT.fill(store);
      IncidentQuery all = IncidentQuery.all();
      for (String evil : List.of("' OR 1=1 --", "x'); DROP TABLE incidents; --", "\"", "\"unbalanced", "NEAR(a b)",
          "soldiers OR students", "-soldiers", "soldiers*", "title:soldiers", "^soldiers", "%", "_", "\\", "()")) {
        assertThat(store.incidents(all.withText(evil))).as(evil).allSatisfy(i -> assertThat(i.id()).isIn(
            f.mogadishu(), f.nigeria(), f.bamako(), f.undated()));
        assertThat(store.search(evil, 10)).as(evil).hasSizeLessThanOrEqualTo(4);
      }
      // "soldiers OR students" asks for three words, "or" among them: no document has all three
      assertThat(store.incidents(all.withText("soldiers OR students"))).isEmpty();
      assertThat(ids(store.incidents(all.withText("\"soldiers\"")))).containsExactly(f.mogadishu());
      assertThat(store.incidents(all.withText("'; --"))).isEmpty();
      assertThat(store.count(all)).isEqualTo(4);
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void search_ranks_incidents_by_their_best_document(Engine engine) {
    try (TestDatabase db = TestDatabase.fresh(engine, tmp); Store store = db.open()) {
      StoreQueryIT.Four f = StoreQueryIT.fill(store);
      LocalDate day = LocalDate.of(2024, 6, 1);
      long often = store.add(Article.of("s1", "AP", day, "Fighters attacked Kismayo. Fighters attacked again; the "
              + "fighters held Kismayo for a day.")
          .incident("i1", IncidentType.ARMED_ASSAULT).on(day, "a day").told("Fighters attacked Kismayo.").add()
          .extraction()).incidents().get(0);
      assertThat(ids(store.search("fighters", 10))).first().isEqualTo(often);
      assertThat(ids(store.search("fighters", 10))).containsExactlyInAnyOrder(often, f.bamako());
      assertThat(ids(store.search("fighters", 1))).containsExactly(often);
      assertThat(store.search("nothing-like-this", 10)).isEmpty();
      assertThat(store.search("--", 10)).isEmpty();
      assertThatThrownBy(() -> store.search("x", 0)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void documents_stored_before_the_migration_are_indexed(Engine engine) throws Exception {
    try (TestDatabase db = TestDatabase.fresh(engine, tmp)) {
      // a database at version 1 with documents, then opened by this build. This build's writer also fills the
      // column migration 4 adds (participants.mentions): it is there while the documents go in, then dropped, which
      // leaves the version-1 schema with rows as an older build wrote them.
      try (Store v1 = Store.open(db.url, new Migrations(Migrations.STORE, 1))) {
        try (Connection c = DriverManager.getConnection(db.url); Statement s = c.createStatement()) {
          s.execute("ALTER TABLE participants ADD COLUMN mentions TEXT NOT NULL DEFAULT '[]'");
        }
        StoreQueryIT.fill(v1);
        try (Connection c = DriverManager.getConnection(db.url); Statement s = c.createStatement()) {
          s.execute("ALTER TABLE participants DROP COLUMN mentions");
        }
        assertThat(v1.schemaVersion()).isEqualTo(1);
      }
      try (Store store = db.open()) {
        assertThat(store.schemaVersion()).isGreaterThanOrEqualTo(2);
        assertThat(store.search("Mogadishu", 10)).hasSize(1);
        assertThat(store.incidents(IncidentQuery.all().withText("Nigeria"))).hasSize(1);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void sorts_oldest_first_and_by_reports(Engine engine) {
    try (TestDatabase db = TestDatabase.fresh(engine, tmp); Store store = db.open()) {
      StoreQueryIT.Four f = StoreQueryIT.fill(store);
      // a second report of the Mogadishu bombing, from another outlet
      LocalDate jan10 = LocalDate.of(2024, 1, 10);
      AddResult second = store.add(Article.of("q5", "Reuters", LocalDate.of(2024, 1, 11),
              "A bomb killed 5 soldiers in Mogadishu on Wednesday, officials said.")
          .incident("i1", IncidentType.BOMBING).on(jan10, "Wednesday")
          .in("Mogadishu", "Mogadishu", "Banaadir", "SO", 2.0371, 45.3438)
          .toll(TollGroup.SECURITY_FORCES, TollOutcome.KILLED, Quantity.exact(5), "killed 5 soldiers", "officials")
          .told("A bomb killed 5 soldiers in Mogadishu").add().extraction());
      assertThat(second.incidents()).containsExactly(f.mogadishu());
      IncidentQuery all = IncidentQuery.all();
      assertThat(ids(store.incidents(all.withSort(IncidentQuery.Sort.DATE_ASC))))
          .containsExactly(f.mogadishu(), f.nigeria(), f.bamako(), f.undated());
      assertThat(ids(store.incidents(all.withSort(IncidentQuery.Sort.REPORTS_DESC))))
          .containsExactly(f.mogadishu(), f.bamako(), f.nigeria(), f.undated());
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void incidents_mentioned_with_each_other_and_document_ids(Engine engine) {
    try (TestDatabase db = TestDatabase.fresh(engine, tmp); Store store = db.open()) {
      LocalDate day = LocalDate.of(2025, 3, 12);
      Article a = Article.of("m1", "CNN", day, "Militants seized a train in Balochistan on Tuesday. In November a "
              + "suicide bomber killed 26 people at Quetta station.")
          .incident("i1", IncidentType.HIJACKING).on(LocalDate.of(2025, 3, 11), "Tuesday")
          .told("Militants seized a train in Balochistan").add()
          .incident("i2", IncidentType.SUICIDE_BOMBING).background()
          .inMonth(LocalDate.of(2024, 11, 1), "November").told("a suicide bomber killed 26 people").add();
      AddResult r = store.add(a.extraction());
      long train = r.incidents().get(0);
      long quetta = r.incidents().get(1);
      assertThat(ids(store.mentionedWith(train, IncidentStatus.BACKGROUND))).containsExactly(quetta);
      assertThat(ids(store.mentionedWith(train, IncidentStatus.CURRENT))).isEmpty();
      assertThat(ids(store.mentionedWith(quetta, IncidentStatus.CURRENT))).containsExactly(train);
      assertThat(store.mentionedWith(999_999, IncidentStatus.CURRENT)).isEmpty();

      assertThat(store.documentIds(List.of(a.document().id(), "sha256:unknown")))
          .isEqualTo(Map.of(a.document().id(), r.documentId()));
      StoredReport report = store.incident(train).orElseThrow().reports().get(0);
      assertThat(report.url()).contains("https://example.org/m1");
      assertThat(report.documentId()).isEqualTo(r.documentId());
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void the_index_follows_the_documents_table(Engine engine) throws Exception {
    try (TestDatabase db = TestDatabase.fresh(engine, tmp); Store store = db.open()) {
      StoreQueryIT.fill(store);
      try (Connection c = db.connect(); Statement s = c.createStatement()) {
        s.executeUpdate("UPDATE documents SET title = 'Market fire', text = 'Rebels burned a market in Gao.' WHERE content_hash = 'sha256:q4'");
      }
      assertThat(store.search("Gao", 10)).hasSize(1);
      assertThat(store.search("Gunmen", 10)).isEmpty();
    }
  }
}
