package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sitrep.domain.Extraction;
import org.sitrep.domain.GeoPrecision;
import org.sitrep.domain.IncidentStatus;
import org.sitrep.domain.IncidentType;
import org.sitrep.domain.Qualifier;
import org.sitrep.domain.Quantity;
import org.sitrep.domain.TollGroup;
import org.sitrep.domain.TollOutcome;
import org.sitrep.domain.WeaponType;
import org.sitrep.merge.TollConsensus;
import org.sitrep.testkit.Article;

/** The store's contract on both engines: idempotent adds, merging, background mentions, filters, atomicity. */
class StoreIT {
  @TempDir Path tmp;

  static final LocalDate MAR5 = LocalDate.of(2024, 3, 5);

  /** The Daily Nation's first account: 12 dead according to police, the place only as the country. */
  static Article hotelFirst() {
    return Article.of("hotel-nation", "Daily Nation", MAR5,
        "Gunmen from al-Shabaab stormed a hotel in Somalia on Tuesday. Police said 12 people were killed. "
            + "\"We will hunt them down,\" said Abdi Hassan. The guests — and staff — fled.")
        .incident("i1", IncidentType.ARMED_ASSAULT).on(MAR5, "Tuesday").inCountry("Somalia", "SO")
        .by("al-Shabaab").mentionedAs("Gunmen").against("guests").weapon(WeaponType.FIREARMS, "Gunmen")
        .toll(TollGroup.ALL, TollOutcome.KILLED, Quantity.exact(12), "12 people were killed", "Police")
        .told("Gunmen from al-Shabaab stormed a hotel in Somalia on Tuesday.").add()
        .quote("We will hunt them down,", "Abdi Hassan");
  }

  /** Reuters a day later: at least 15 dead according to a hospital, the place to the city, a claim of responsibility. */
  static Article hotelSecond() {
    return Article.of("hotel-reuters", "Reuters", MAR5.plusDays(1),
        "At least 15 people were killed when al-Shabaab fighters attacked a hotel in Mogadishu on March 5, a hospital "
            + "official said. The group claimed the attack. Among the dead were guests.")
        .incident("i1", IncidentType.ARMED_ASSAULT).on(MAR5, "March 5")
        .in("Mogadishu", "Mogadishu", "Banaadir", "SO", 2.0371, 45.3438).claimedBy("al-Shabaab").against("guests")
        .toll(TollGroup.ALL, TollOutcome.KILLED, Quantity.atLeast(15), "At least 15 people were killed",
            "a hospital official")
        .told("At least 15 people were killed when al-Shabaab fighters attacked a hotel in Mogadishu on March 5, a "
            + "hospital official said.").add();
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void the_same_document_twice_is_a_duplicate_and_changes_nothing(Engine engine) {
    try (TestDatabase db = TestDatabase.fresh(engine, tmp); Store store = db.open()) {
      Extraction x = hotelFirst().extraction();
      assertThat(store.containsDocument(x.document().id())).isFalse();
      AddResult first = store.add(x);
      Stats before = store.stats();
      IncidentSummary summaryBefore = store.incidents(IncidentQuery.all()).get(0);

      AddResult second = store.add(x);

      assertThat(first.duplicate()).isFalse();
      assertThat(first.created()).hasSize(1).isEqualTo(first.incidents());
      assertThat(second.duplicate()).isTrue();
      assertThat(second.documentId()).isEqualTo(first.documentId());
      assertThat(second.incidents()).isEmpty();
      assertThat(second.created()).isEmpty();
      assertThat(second.updated()).isEmpty();
      assertThat(store.containsDocument(x.document().id())).isTrue();
      assertThat(store.stats()).isEqualTo(before);
      assertThat(before.documents()).isEqualTo(1);
      assertThat(before.claims()).isEqualTo(2);   // the toll and the quote
      assertThat(store.incidents(IncidentQuery.all())).containsExactly(summaryBefore);
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void an_incident_and_its_document_read_back_as_stored(Engine engine) {
    try (TestDatabase db = TestDatabase.fresh(engine, tmp); Store store = db.open()) {
      Article a = hotelFirst();
      AddResult r = store.add(a.extraction());
      long id = r.incidents().get(0);

      IncidentDetail detail = store.incident(id).orElseThrow();
      IncidentSummary s = detail.summary();
      assertThat(s.type()).isEqualTo(IncidentType.ARMED_ASSAULT);
      assertThat(s.status()).isEqualTo(IncidentStatus.CURRENT);
      assertThat(s.date()).contains(new DateSpan(MAR5, Optional.empty(), org.sitrep.domain.DatePrecision.DAY));
      assertThat(s.place().map(PlaceSummary::country)).contains(Optional.of("SO"));
      assertThat(s.perpetrators()).containsExactly("al-Shabaab");
      assertThat(s.targets()).containsExactly("guests");
      assertThat(s.fatalities()).contains(12);
      assertThat(s.injured()).isEmpty();
      assertThat(s.sources()).containsExactly("Daily Nation");
      assertThat(s.reports()).isEqualTo(1);
      assertThat(s.version()).isEqualTo(1);

      StoredReport report = detail.reports().get(0);
      assertThat(report.documentId()).isEqualTo(r.documentId());
      assertThat(report.contentHash()).isEqualTo(a.document().id());
      assertThat(report.title()).isEqualTo(a.document().title());
      assertThat(report.published()).contains(MAR5);
      assertThat(report.extractedId()).isEqualTo("i1");
      assertThat(report.date().orElseThrow().evidence()).contains(a.ev("Tuesday"));
      assertThat(report.location().orElseThrow().evidence()).contains(a.ev("Somalia"));
      assertThat(report.weapons()).extracting(w -> w.type()).containsExactly(WeaponType.FIREARMS);
      assertThat(report.evidence()).containsExactly(a.ev("Gunmen from al-Shabaab stormed a hotel in Somalia on Tuesday."));
      assertThat(detail.tolls()).singleElement().satisfies(t -> {
        assertThat(t.claim().quantity()).isEqualTo(Quantity.exact(12));
        assertThat(t.claim().source()).contains("Police");
        assertThat(t.claim().documentId()).isEqualTo(a.document().id());
        assertThat(t.evidence()).isEqualTo(a.ev("12 people were killed"));
      });
      assertThat(detail.participants()).extracting(StoredParticipant::participant)
          .filteredOn(p -> p.name().equals("al-Shabaab")).singleElement()
          .satisfies(p -> assertThat(p.mentions()).containsExactly(a.ev("Gunmen")));
      assertThat(detail.quotes()).singleElement().satisfies(q -> {
        assertThat(q.quote().speaker()).contains("Abdi Hassan");
        assertThat(q.quote().text()).isEqualTo("We will hunt them down,");
      });

      StoredDocument doc = store.document(r.documentId()).orElseThrow();
      assertThat(doc.document()).isEqualTo(a.document());
      assertThat(doc.spans()).allSatisfy(span -> {
        assertThat(span.evidence().text()).isEqualTo(a.document().text()
            .substring(span.evidence().start(), span.evidence().end()));
        assertThat(span.incidentId()).isEqualTo(span.kind() == SpanKind.QUOTE ? Optional.empty() : Optional.of(id));
      });
      assertThat(doc.spans()).extracting(StoredSpan::kind).containsExactlyInAnyOrder(SpanKind.INCIDENT,
          SpanKind.DATE, SpanKind.PLACE, SpanKind.PARTICIPANT, SpanKind.PARTICIPANT, SpanKind.WEAPON, SpanKind.TOLL,
          SpanKind.QUOTE);
      assertThat(doc.spans()).extracting(span -> span.evidence().start()).isSorted();

      assertThat(store.incident(id + 1000)).isEmpty();
      assertThat(store.document(r.documentId() + 1000)).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void two_reports_of_one_incident_merge_and_keep_both_figures(Engine engine) {
    try (TestDatabase db = TestDatabase.fresh(engine, tmp); Store store = db.open()) {
      AddResult first = store.add(hotelFirst().extraction());
      Article second = hotelSecond();
      AddResult merged = store.add(second.extraction());

      long id = first.incidents().get(0);
      assertThat(merged.incidents()).containsExactly(id);
      assertThat(merged.updated()).containsExactly(id);
      assertThat(merged.created()).isEmpty();
      assertThat(store.count(IncidentQuery.all())).isEqualTo(1);

      IncidentDetail detail = store.incident(id).orElseThrow();
      IncidentSummary s = detail.summary();
      assertThat(s.reports()).isEqualTo(2);
      assertThat(s.version()).isEqualTo(2);
      assertThat(s.updated()).isAfterOrEqualTo(s.created());
      assertThat(s.sources()).containsExactly("Daily Nation", "Reuters");
      assertThat(s.perpetrators()).containsExactly("al-Shabaab");
      // the finer place (a city beats a country) became the incident's
      assertThat(s.place().orElseThrow().precision()).isEqualTo(GeoPrecision.CITY);
      assertThat(s.place().orElseThrow().city()).contains("Mogadishu");

      assertThat(detail.tolls()).extracting(t -> t.claim().quantity())
          .containsExactly(Quantity.exact(12), Quantity.atLeast(15));
      assertThat(detail.tolls()).extracting(t -> t.claim().source())
          .containsExactly(Optional.of("Police"), Optional.of("a hospital official"));
      TollConsensus killed = s.tolls().stream().filter(t -> t.outcome() == TollOutcome.KILLED).findFirst().orElseThrow();
      assertThat(killed.consensus()).contains(12);
      assertThat(killed.lowest()).contains(12);
      assertThat(killed.highest()).contains(15);
      assertThat(killed.claims()).isEqualTo(2);
      assertThat(killed.latest().documentId()).isEqualTo(second.document().id());
      assertThat(killed.latest().quantity().qualifier()).isEqualTo(Qualifier.AT_LEAST);
      assertThat(s.fatalities()).contains(12);
      assertThat(detail.responsibility()).singleElement().satisfies(c -> {
        assertThat(c.actor()).isEqualTo("al-Shabaab");
        assertThat(c.documentId()).isEqualTo(merged.documentId());
      });
      // the first report is unchanged: its place, its figure, its document
      assertThat(detail.reports()).extracting(StoredReport::documentId)
          .containsExactly(first.documentId(), merged.documentId());
      assertThat(detail.reports().get(0).location().orElseThrow().precision()).isEqualTo(GeoPrecision.COUNTRY);
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void a_background_mention_becomes_a_report_of_the_older_incident_not_of_the_current_one(Engine engine) {
    LocalDate jan10 = LocalDate.of(2024, 1, 10);
    try (TestDatabase db = TestDatabase.fresh(engine, tmp); Store store = db.open()) {
      long older = store.add(Article.of("jan", "AP", jan10,
              "A car bomb exploded at a market in Mogadishu on Wednesday, killing 9 people.")
          .incident("i1", IncidentType.BOMBING).on(jan10, "Wednesday")
          .in("Mogadishu", "Mogadishu", "Banaadir", "SO", 2.0371, 45.3438).against("people")
          .told("A car bomb exploded at a market in Mogadishu on Wednesday").add().extraction()).incidents().get(0);
      long current = store.add(Article.of("mar", "AFP", MAR5,
              "A bomb exploded at a checkpoint in Mogadishu on Tuesday.")
          .incident("i1", IncidentType.BOMBING).on(MAR5, "Tuesday")
          .in("Mogadishu", "Mogadishu", "Banaadir", "SO", 2.0371, 45.3438)
          .told("A bomb exploded at a checkpoint in Mogadishu on Tuesday.").add().extraction()).incidents().get(0);

      // A later article tells the March bombing as news and recalls the January one as context.
      Article recap = Article.of("mar-recap", "BBC", MAR5.plusDays(1),
          "A bomb exploded at a checkpoint in Mogadishu on Tuesday. It came two months after a car bomb killed 9 "
              + "people at a market in the city on January 10.");
      recap.incident("i1", IncidentType.BOMBING).on(MAR5, "Tuesday")
          .in("Mogadishu", "Mogadishu", "Banaadir", "SO", 2.0371, 45.3438)
          .told("A bomb exploded at a checkpoint in Mogadishu on Tuesday.").add()
          .incident("i2", IncidentType.BOMBING).background().on(jan10, "January 10")
          .in("the city", "Mogadishu", "Banaadir", "SO", 2.0371, 45.3438).against("people")
          .toll(TollGroup.ALL, TollOutcome.KILLED, Quantity.exact(9), "killed 9 people", null)
          .told("a car bomb killed 9 people at a market in the city on January 10").add();
      AddResult r = store.add(recap.extraction());

      assertThat(r.incidents()).containsExactly(current, older);
      assertThat(r.updated()).containsExactly(current, older);
      IncidentDetail old = store.incident(older).orElseThrow();
      assertThat(old.reports()).extracting(StoredReport::status)
          .containsExactly(IncidentStatus.CURRENT, IncidentStatus.BACKGROUND);
      assertThat(old.summary().status()).isEqualTo(IncidentStatus.CURRENT);
      assertThat(old.summary().fatalities()).contains(9);
      assertThat(old.summary().date().orElseThrow().start()).isEqualTo(jan10);
      IncidentDetail now = store.incident(current).orElseThrow();
      assertThat(now.reports()).extracting(StoredReport::status)
          .containsExactly(IncidentStatus.CURRENT, IncidentStatus.CURRENT);
      assertThat(now.tolls()).isEmpty();
      assertThat(store.count(IncidentQuery.all())).isEqualTo(2);
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void a_background_mention_of_an_unknown_incident_is_a_background_incident_of_its_own(Engine engine) {
    try (TestDatabase db = TestDatabase.fresh(engine, tmp); Store store = db.open()) {
      Article a = Article.of("recap", "BBC", MAR5,
          "A bomb exploded in Mogadishu on Tuesday. Another bomb exploded in Mogadishu on March 3.");
      a.incident("i2", IncidentType.BOMBING).background().on(MAR5.minusDays(2), "March 3")
          .in("Mogadishu", "Mogadishu", "Banaadir", "SO", 2.0371, 45.3438)
          .told("Another bomb exploded in Mogadishu on March 3.").add()
          .incident("i1", IncidentType.BOMBING).on(MAR5, "Tuesday")
          .in("Mogadishu", "Mogadishu", "Banaadir", "SO", 2.0371, 45.3438)
          .told("A bomb exploded in Mogadishu on Tuesday.").add();
      AddResult r = store.add(a.extraction());

      assertThat(r.created()).hasSize(2).doesNotHaveDuplicates();
      assertThat(store.incidents(IncidentQuery.all().withStatus(IncidentStatus.BACKGROUND)))
          .singleElement().satisfies(s -> assertThat(s.id()).isEqualTo(r.incidents().get(0)));
      assertThat(store.incidents(IncidentQuery.all().withStatus(IncidentStatus.CURRENT)))
          .singleElement().satisfies(s -> assertThat(s.id()).isEqualTo(r.incidents().get(1)));
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void two_incidents_of_one_document_are_never_merged_together(Engine engine) {
    try (TestDatabase db = TestDatabase.fresh(engine, tmp); Store store = db.open()) {
      AddResult stored = store.add(hotelFirst().extraction());
      Article twin = Article.of("twin", "AFP", MAR5,
          "Gunmen from al-Shabaab stormed a hotel in Somalia on Tuesday. In a separate attack, gunmen from al-Shabaab "
              + "stormed a hotel in Somalia on Tuesday.");
      for (String id : List.of("i1", "i2")) {
        twin.incident(id, IncidentType.ARMED_ASSAULT).on(MAR5, "Tuesday").inCountry("Somalia", "SO")
            .by("al-Shabaab").against("hotel").told("stormed a hotel in Somalia on Tuesday").add();
      }
      AddResult r = store.add(twin.extraction());

      assertThat(r.incidents()).hasSize(2).doesNotHaveDuplicates();
      assertThat(r.updated()).containsExactly(stored.incidents().get(0));   // the first one matches the stored one
      assertThat(r.created()).hasSize(1);
      assertThat(store.count(IncidentQuery.all())).isEqualTo(2);
      for (long id : r.incidents()) {
        assertThat(store.incident(id).orElseThrow().reports())
            .filteredOn(rep -> rep.documentId() == r.documentId()).hasSize(1);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void a_stored_documents_changes_are_what_its_add_did_and_stay_so_after_later_adds(Engine engine) {
    try (TestDatabase db = TestDatabase.fresh(engine, tmp); Store store = db.open()) {
      Extraction first = hotelFirst().extraction();
      Extraction second = hotelSecond().extraction();
      Article twin = Article.of("twin-changes", "AFP", MAR5,
          "Gunmen from al-Shabaab stormed a hotel in Somalia on Tuesday. In a separate attack, gunmen from al-Shabaab "
              + "stormed a hotel in Somalia on Tuesday.");
      for (String id : List.of("i1", "i2")) {
        twin.incident(id, IncidentType.ARMED_ASSAULT).on(MAR5, "Tuesday").inCountry("Somalia", "SO")
            .by("al-Shabaab").against("hotel").told("stormed a hotel in Somalia on Tuesday").add();
      }
      assertThat(store.changes(first.document().id())).isEmpty();

      AddResult a = store.add(first);
      AddResult b = store.add(second);
      AddResult t = store.add(twin.extraction());
      long hotel = a.incidents().get(0);

      assertThat(store.changes(first.document().id())).containsExactly(new IncidentChange(hotel, true, 1));
      assertThat(store.changes(second.document().id())).containsExactly(new IncidentChange(hotel, false, 2));
      // whether the twin's first incident joins the hotel is the matcher's call; its changes must say what add did
      assertThat(store.changes(twin.document().id())).extracting(IncidentChange::incidentId)
          .isEqualTo(t.incidents());
      assertThat(store.changes(twin.document().id())).filteredOn(IncidentChange::created)
          .extracting(IncidentChange::incidentId).containsExactlyElementsOf(t.created());
      // a replay is a duplicate to add, and its changes are still the first add's
      assertThat(store.add(second).duplicate()).isTrue();
      assertThat(store.changes(second.document().id())).containsExactly(new IncidentChange(hotel, false, 2));
      assertThat(b.updated()).containsExactly(hotel);
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void a_failure_in_the_middle_of_an_add_leaves_nothing_of_the_document(Engine engine) {
    try (TestDatabase db = TestDatabase.fresh(engine, tmp); Store store = db.open()) {
      long stored = store.add(hotelFirst().extraction()).incidents().get(0);
      Stats before = store.stats();
      IncidentSummary summaryBefore = store.incident(stored).orElseThrow().summary();
      // Its first incident merges into the stored one; its second reuses the extracted id "i1", which the database
      // refuses (one report per extracted incident), after the document, the merge and a report were written.
      Article broken = hotelSecond();
      broken.incident("i1", IncidentType.BOMBING).on(MAR5, "March 5").told("The group claimed the attack.").add();
      Extraction x = broken.extraction();

      assertThatThrownBy(() -> store.add(x)).isInstanceOf(StoreException.class);

      assertThat(store.containsDocument(x.document().id())).isFalse();
      assertThat(store.stats()).isEqualTo(before);
      assertThat(store.incident(stored).orElseThrow().summary()).isEqualTo(summaryBefore);
      // and the store still works
      assertThat(store.add(hotelSecond().extraction()).updated()).containsExactly(stored);
      assertThat(store.incident(stored).orElseThrow().summary().reports()).isEqualTo(2);
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void text_that_looks_like_sql_is_stored_verbatim(Engine engine) {
    try (TestDatabase db = TestDatabase.fresh(engine, tmp); Store store = db.open()) {
      String text = "Robert'); DROP TABLE incidents; -- was attacked in Zürich on Monday. ' OR 1=1 -- 🙂 said so.";
      Article a = Article.of("bobby", "O'Reilly Wire", MAR5, text);
      a.incident("i'1", IncidentType.ARMED_ASSAULT).on(MAR5, "Monday").against("Robert'); DROP TABLE incidents; --")
          .told("was attacked in Zürich on Monday").add();
      AddResult r = store.add(a.extraction());

      assertThat(store.document(r.documentId()).orElseThrow().document()).isEqualTo(a.document());
      IncidentSummary s = store.incident(r.incidents().get(0)).orElseThrow().summary();
      assertThat(s.targets()).containsExactly("Robert'); DROP TABLE incidents; --");
      assertThat(s.sources()).containsExactly("O'Reilly Wire");
      assertThat(store.incidents(IncidentQuery.all().withActor("drop table"))).hasSize(1);
      assertThat(store.count(IncidentQuery.all())).isEqualTo(1);
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void undated_reports_never_merge(Engine engine) {
    try (TestDatabase db = TestDatabase.fresh(engine, tmp); Store store = db.open()) {
      for (String hash : List.of("undated-1", "undated-2")) {
        store.add(Article.of(hash, "Garowe Online", MAR5, "Gunmen from al-Shabaab attacked a village in Somalia.")
            .incident("i1", IncidentType.ARMED_ASSAULT).inCountry("Somalia", "SO").by("al-Shabaab")
            .told("Gunmen from al-Shabaab attacked a village in Somalia.").add().extraction());
      }
      assertThat(store.count(IncidentQuery.all())).isEqualTo(2);
    }
  }

  @org.junit.jupiter.api.Test
  void an_sqlite_file_gets_its_folder() {
    Path file = tmp.resolve("data/nested/sitrep.db");
    try (Store store = Store.open("jdbc:sqlite:" + file)) {
      assertThat(store.count(IncidentQuery.all())).isZero();
    }
    assertThat(file).exists();
  }

  /** A report of the March 5 hotel attack in Mogadishu; every one of them matches every other. */
  static Extraction hotelReport(String hash) {
    return Article.of(hash, "Wire " + hash, MAR5, "Gunmen from al-Shabaab stormed a hotel in Mogadishu on Tuesday.")
        .incident("i1", IncidentType.ARMED_ASSAULT).on(MAR5, "Tuesday")
        .in("Mogadishu", "Mogadishu", "Banaadir", "SO", 2.0371, 45.3438).by("al-Shabaab")
        .told("Gunmen from al-Shabaab stormed a hotel in Mogadishu on Tuesday.").add().extraction();
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void two_processes_writing_at_once_still_merge_and_deduplicate(Engine engine) throws Exception {
    try (TestDatabase db = TestDatabase.fresh(engine, tmp); Store one = db.open(); Store two = db.open()) {
      java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
      try {
        java.util.List<java.util.concurrent.Future<List<AddResult>>> work = new java.util.ArrayList<>();
        for (Store store : List.of(one, two)) {
          String side = store == one ? "a" : "b";
          work.add(pool.submit(() -> {
            List<AddResult> results = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
              results.add(store.add(hotelReport(side + i)));
              results.add(store.add(hotelReport("both" + i)));   // the same document from both sides
            }
            return results;
          }));
        }
        List<AddResult> results = new java.util.ArrayList<>();
        for (var f : work) results.addAll(f.get(120, java.util.concurrent.TimeUnit.SECONDS));

        assertThat(results).filteredOn(AddResult::duplicate).hasSize(8);
        assertThat(one.count(IncidentQuery.all())).isEqualTo(1);
        IncidentSummary s = two.incidents(IncidentQuery.all()).get(0);
        assertThat(s.reports()).isEqualTo(24);
        assertThat(s.version()).isEqualTo(24);
      } finally {
        pool.shutdownNow();
      }
    }
  }
}
