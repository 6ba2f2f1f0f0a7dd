package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sitrep.domain.IncidentStatus;
import org.sitrep.domain.IncidentType;
import org.sitrep.domain.Quantity;
import org.sitrep.domain.TollGroup;
import org.sitrep.domain.TollOutcome;
import org.sitrep.testkit.Article;

/** The read side's filters, sorts, paging and counts on both engines, over four incidents that never merge. */
class StoreQueryIT {
  @TempDir Path tmp;

  /** Ids of the four incidents, in the order they were added. */
  record Four(long mogadishu, long nigeria, long bamako, long undated) {}

  static Four fill(Store store) {
    LocalDate jan10 = LocalDate.of(2024, 1, 10);
    long mogadishu = store.add(Article.of("q1", "AP", jan10,
            "A bomb planted by Harakat al-Shabaab al-Mujahideen killed 5 soldiers in Mogadishu on Wednesday.")
        .incident("i1", IncidentType.BOMBING).on(jan10, "Wednesday")
        .in("Mogadishu", "Mogadishu", "Banaadir", "SO", 2.0371, 45.3438)
        .by("Harakat al-Shabaab al-Mujahideen", "HSM", "al-Shabaab")
        .toll(TollGroup.SECURITY_FORCES, TollOutcome.KILLED, Quantity.exact(5), "killed 5 soldiers", null)
        .told("A bomb planted by Harakat al-Shabaab al-Mujahideen killed 5 soldiers").add().extraction())
        .incidents().get(0);
    long nigeria = store.add(Article.of("q2", "Premium Times", LocalDate.of(2024, 3, 1),
            "Boko Haram abducted 30 students in Nigeria in February.")
        .incident("i1", IncidentType.KIDNAPPING).inMonth(LocalDate.of(2024, 2, 1), "February")
        .inCountry("Nigeria", "NG").by("Boko Haram").against("30 students")
        .toll(TollGroup.CIVILIANS, TollOutcome.KIDNAPPED, Quantity.exact(30), "abducted 30 students", null)
        .told("Boko Haram abducted 30 students").add().extraction()).incidents().get(0);
    long bamako = store.add(Article.of("q3", "RFI", LocalDate.of(2024, 4, 20),
            "JNIM fighters killed 40 people in Bamako on March 20, an attack recalled this week.")
        .incident("i1", IncidentType.ARMED_ASSAULT).background().on(LocalDate.of(2024, 3, 20), "March 20")
        .in("Bamako", "Bamako", "Bamako", "ML", 12.65, -8.0).by("JNIM").against("40 people")
        .toll(TollGroup.ALL, TollOutcome.KILLED, Quantity.atLeast(40), "killed 40 people", null)
        .toll(TollGroup.ALL, TollOutcome.INJURED, Quantity.exact(7), "an attack", null)
        .told("JNIM fighters killed 40 people in Bamako").add().extraction()).incidents().get(0);
    long undated = store.add(Article.of("q4", "Garowe Online", LocalDate.of(2024, 5, 2),
            "Gunmen attacked a village in Somalia.")
        .incident("i1", IncidentType.ARMED_ASSAULT).inCountry("Somalia", "SO")
        .told("Gunmen attacked a village in Somalia.").add().extraction()).incidents().get(0);
    return new Four(mogadishu, nigeria, bamako, undated);
  }

  private static List<Long> ids(Store store, IncidentQuery q) {
    List<Long> ids = store.incidents(q).stream().map(IncidentSummary::id).toList();
    assertThat(store.count(q)).isEqualTo(store.incidents(q.withPage(IncidentQuery.MAX_LIMIT, 0)).size());
    return ids;
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void each_filter_alone(Engine engine) {
    try (TestDatabase db = TestDatabase.fresh(engine, tmp); Store store = db.open()) {
      Four f = fill(store);
      IncidentQuery all = IncidentQuery.all();
      assertThat(ids(store, all)).containsExactly(f.bamako(), f.nigeria(), f.mogadishu(), f.undated());
      // dates overlap: February (MONTH precision) overlaps Feb 15..Feb 20; undated incidents drop out
      assertThat(ids(store, all.withSince(LocalDate.of(2024, 2, 15)))).containsExactly(f.bamako(), f.nigeria());
      assertThat(ids(store, all.withUntil(LocalDate.of(2024, 2, 10)))).containsExactly(f.nigeria(), f.mogadishu());
      assertThat(ids(store, all.withSince(LocalDate.of(2024, 2, 15)).withUntil(LocalDate.of(2024, 2, 20))))
          .containsExactly(f.nigeria());
      assertThat(ids(store, all.withSince(LocalDate.of(2024, 3, 20)).withUntil(LocalDate.of(2024, 3, 20))))
          .containsExactly(f.bamako());
      assertThat(ids(store, all.withCountry("so"))).containsExactly(f.mogadishu(), f.undated());
      assertThat(ids(store, all.withCountry("ML"))).containsExactly(f.bamako());
      assertThat(ids(store, all.withType(IncidentType.ARMED_ASSAULT))).containsExactly(f.bamako(), f.undated());
      assertThat(ids(store, all.withType(IncidentType.HIJACKING))).isEmpty();
      assertThat(ids(store, all.withStatus(IncidentStatus.BACKGROUND))).containsExactly(f.bamako());
      // actors: a substring of a name or of an alias, any case
      assertThat(ids(store, all.withActor("SHABAAB"))).containsExactly(f.mogadishu());
      assertThat(ids(store, all.withActor("hsm"))).containsExactly(f.mogadishu());
      assertThat(ids(store, all.withActor("boko"))).containsExactly(f.nigeria());
      assertThat(ids(store, all.withActor("students"))).containsExactly(f.nigeria());
      assertThat(ids(store, all.withActor("Hamas"))).isEmpty();
      // combined
      assertThat(ids(store, all.withCountry("SO").withType(IncidentType.BOMBING).withActor("shabaab")))
          .containsExactly(f.mogadishu());
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void sorting_by_toll_and_paging(Engine engine) {
    try (TestDatabase db = TestDatabase.fresh(engine, tmp); Store store = db.open()) {
      Four f = fill(store);
      IncidentQuery byToll = IncidentQuery.all().withSort(IncidentQuery.Sort.TOLL_DESC);
      assertThat(ids(store, byToll)).containsExactly(f.bamako(), f.mogadishu(), f.nigeria(), f.undated());
      assertThat(ids(store, byToll.withPage(2, 1))).containsExactly(f.mogadishu(), f.nigeria());
      assertThat(ids(store, byToll.withPage(2, 4))).isEmpty();
      assertThat(store.count(byToll.withPage(1, 3))).isEqualTo(4);

      List<IncidentSummary> summaries = store.incidents(byToll);
      assertThat(summaries.get(0).fatalities()).contains(40);
      assertThat(summaries.get(0).injured()).contains(7);
      assertThat(summaries.get(1).fatalities()).contains(5);
      assertThat(summaries.get(2).fatalities()).isEmpty();
      assertThat(summaries.get(2).hostages()).contains(30);
      assertThat(summaries.get(3).tolls()).isEmpty();
      assertThat(summaries.get(3).date()).isEmpty();
      assertThat(summaries.get(2).date().orElseThrow().last()).isEqualTo(LocalDate.of(2024, 2, 29));
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void filter_values_are_data_never_sql(Engine engine) {
    try (TestDatabase db = TestDatabase.fresh(engine, tmp); Store store = db.open()) {
      fill(store);
      IncidentQuery all = IncidentQuery.all();
      for (String evil : List.of("' OR 1=1 --", "SO' OR '1'='1", "x'); DROP TABLE incidents; --", "\" OR \"\"=\"",
          "%", "_", "\\", "%' --")) {
        assertThat(ids(store, all.withCountry(evil))).as("country %s", evil).isEmpty();
        assertThat(ids(store, all.withActor(evil))).as("actor %s", evil).isEmpty();
      }
      assertThat(store.count(all)).isEqualTo(4);
      assertThat(store.stats().incidents()).isEqualTo(4);
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void stats_count_by_day_type_and_country(Engine engine) {
    try (TestDatabase db = TestDatabase.fresh(engine, tmp); Store store = db.open()) {
      fill(store);
      Stats s = store.stats();
      assertThat(s.documents()).isEqualTo(4);
      assertThat(s.incidents()).isEqualTo(4);
      assertThat(s.reports()).isEqualTo(4);
      assertThat(s.claims()).isEqualTo(4);
      assertThat(s.byDay()).containsExactly(
          new Stats.DayCount(LocalDate.of(2024, 1, 10), IncidentType.BOMBING, 1),
          new Stats.DayCount(LocalDate.of(2024, 3, 20), IncidentType.ARMED_ASSAULT, 1));
      assertThat(s.byType()).first().isEqualTo(new Stats.TypeCount(IncidentType.ARMED_ASSAULT, 2));
      assertThat(s.byType()).hasSize(3).extracting(Stats.TypeCount::incidents).containsExactly(2L, 1L, 1L);
      assertThat(s.byCountry()).first().isEqualTo(new Stats.CountryCount(Optional.of("SO"), 2));
      assertThat(s.byCountry()).extracting(Stats.CountryCount::incidents).containsExactly(2L, 1L, 1L);
    }
  }
}
