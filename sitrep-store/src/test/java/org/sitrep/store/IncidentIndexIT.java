package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sitrep.domain.IncidentStatus;
import org.sitrep.domain.IncidentType;
import org.sitrep.domain.Quantity;
import org.sitrep.domain.TollGroup;
import org.sitrep.domain.TollOutcome;
import org.sitrep.testkit.Article;

/**
 * {@link IncidentIndex} gives what {@link Store#incidents} and {@link Store#count} give, for every filter, sort and
 * page, on both engines, over random articles (many of which merge into one incident) and while more are added
 * through another connection: an answer is never older than the last commit the reading store can see.
 */
class IncidentIndexIT {
  private static final List<IncidentType> TYPES = List.of(IncidentType.BOMBING, IncidentType.ARMED_ASSAULT,
      IncidentType.KIDNAPPING, IncidentType.HIJACKING);
  private static final List<String> COUNTRIES = List.of("SO", "NG", "ML", "PK");
  private static final List<String> ACTORS = List.of("Harakat al-Shabaab", "Boko Haram", "JNIM", "Baloch Army",
      "Islamic State");
  private static final List<String> VICTIMS = List.of("soldiers", "students", "villagers", "Police officers");
  private static final List<String> WORDS = List.of("market", "checkpoint", "convoy", "school");
  private static final LocalDate FIRST = LocalDate.of(2024, 3, 1);

  @TempDir Path tmp;

  /** One random article: its type, date, place, actors, figures and words drawn from small sets, so they collide. */
  static Article article(Random r, int n) {
    String actor = ACTORS.get(r.nextInt(ACTORS.size()));
    String victim = VICTIMS.get(r.nextInt(VICTIMS.size()));
    String word = WORDS.get(r.nextInt(WORDS.size()));
    String country = COUNTRIES.get(r.nextInt(COUNTRIES.size()));
    LocalDate day = FIRST.plusDays(r.nextInt(40));
    int killed = 1 + r.nextInt(12);
    int injured = r.nextInt(8);
    String text = actor + " attacked " + victim + " at a " + word + " in Land" + country + " on day " + n
        + ". The attack killed " + killed + " people and injured " + injured + " others.";
    Article a = Article.of("idx" + n, "Outlet" + r.nextInt(5), day.plusDays(1), text);
    Article.IncidentBuilder b = a.incident("i1", TYPES.get(r.nextInt(TYPES.size())));
    if (r.nextInt(6) == 0) b.background();
    switch (r.nextInt(5)) {
      case 0 -> { }
      case 1 -> b.inMonth(day.withDayOfMonth(1), "on day " + n);
      default -> b.on(day, "on day " + n);
    }
    switch (r.nextInt(4)) {
      case 0 -> { }
      case 1 -> b.inCountry("Land" + country, country);
      default -> b.in("Land" + country, "City" + country, "Region", country, 1.0 + r.nextInt(3), 2.0);
    }
    b.by(actor, actor.substring(0, 3).toUpperCase(java.util.Locale.ROOT));
    if (r.nextBoolean()) b.against(victim);
    if (r.nextInt(3) > 0) {
      b.toll(TollGroup.ALL, TollOutcome.KILLED, Quantity.exact(killed), "killed " + killed + " people", null);
    }
    if (r.nextBoolean()) {
      b.toll(TollGroup.ALL, TollOutcome.INJURED, Quantity.exact(injured), "injured " + injured + " others", null);
    }
    return b.told(actor + " attacked").add();
  }

  /** Filters alone and combined, each sort, first and later pages. */
  static List<IncidentQuery> queries(Random r, int count) {
    List<IncidentQuery> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      IncidentQuery q = IncidentQuery.all().withSort(IncidentQuery.Sort.values()[r.nextInt(4)]);
      if (r.nextInt(3) == 0) q = q.withSince(FIRST.plusDays(r.nextInt(45) - 3));
      if (r.nextInt(3) == 0) q = q.withUntil(FIRST.plusDays(r.nextInt(45) - 3));
      if (r.nextInt(3) == 0) q = q.withCountry(COUNTRIES.get(r.nextInt(COUNTRIES.size())).toLowerCase());
      if (r.nextInt(3) == 0) q = q.withType(TYPES.get(r.nextInt(TYPES.size())));
      if (r.nextInt(4) == 0) q = q.withStatus(IncidentStatus.values()[r.nextInt(2)]);
      if (r.nextInt(3) == 0) q = q.withActor(List.of("shabaab", "HARAM", "jn", "army", "bok", "students", "ice o",
          "%", "_", "nobody").get(r.nextInt(10)));
      if (r.nextInt(5) == 0) q = q.withText(List.of("market", "checkpoint students", "attacked", "zzz", "killed 3",
          "!!").get(r.nextInt(6)));
      out.add(q.withPage(1 + r.nextInt(30), r.nextInt(4) == 0 ? 0 : r.nextInt(60)));
    }
    return out;
  }

  private static void assertSame(IncidentIndex index, Store store, IncidentQuery q) {
    IncidentIndex.Page page = index.page(store, q);
    List<IncidentSummary> sql = store.incidents(q);
    assertThat(page.items()).as("%s", q).isEqualTo(sql);
    assertThat(page.total()).as("total of %s", q).isEqualTo(store.count(q));
    Set<String> latest = new LinkedHashSet<>();
    sql.forEach(i -> i.tolls().forEach(t -> latest.add(t.latest().documentId())));
    assertThat(page.documentIds()).as("document ids of %s", q).isEqualTo(store.documentIds(latest));
    assertThat(index.matches(store, q)).as("every match of %s", q)
        .isEqualTo(store.incidents(q.withPage(IncidentQuery.MAX_LIMIT, 0)));
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void answers_as_the_sql_does(Engine engine) {
    try (TestDatabase db = TestDatabase.fresh(engine, tmp); Store store = db.open()) {
      Random r = new Random(20261125);
      for (int n = 0; n < 160; n++) store.add(article(r, n).extraction());
      long merged = store.incidents(IncidentQuery.all().withSort(IncidentQuery.Sort.REPORTS_DESC).withPage(1, 0))
          .get(0).reports();
      assertThat(merged).as("some articles merge into one incident").isGreaterThan(1);
      IncidentIndex index = IncidentIndex.load(store);
      assertThat(index.size()).isEqualTo((int) store.count(IncidentQuery.all()));
      for (IncidentQuery q : queries(r, 300)) assertSame(index, store, q);
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void never_older_than_the_last_commit(Engine engine) {
    try (TestDatabase db = TestDatabase.fresh(engine, tmp); Store writer = db.open(); Store reader = db.open()) {
      Random r = new Random(7);
      for (int n = 0; n < 40; n++) writer.add(article(r, n).extraction());
      IncidentIndex index = IncidentIndex.load(reader);
      List<IncidentQuery> queries = queries(new Random(8), 40);
      int n = 40;
      for (int round = 0; round < 50; round++) {
        // One to four adds between two reads: a refresh may replace several incidents, new and merged, at once.
        List<Long> touched = new ArrayList<>();
        for (int k = 1 + r.nextInt(4); k > 0; k--) touched.addAll(writer.add(article(r, n++).extraction()).incidents());
        // The incidents just written (new or merged into) are listed as they now are, at once.
        List<IncidentSummary> now = reader.incidents(IncidentQuery.all().withPage(IncidentQuery.MAX_LIMIT, 0))
            .stream().filter(i -> touched.contains(i.id())).toList();
        assertThat(now).hasSameSizeAs(new LinkedHashSet<>(touched));
        assertThat(index.matches(reader, IncidentQuery.all())).containsAll(now);
        assertThat(index.page(reader, IncidentQuery.all()).total()).isEqualTo(reader.count(IncidentQuery.all()));
        assertSame(index, reader, queries.get(round % queries.size()));
        for (IncidentQuery.Sort sort : IncidentQuery.Sort.values()) {
          IncidentQuery every = IncidentQuery.all().withSort(sort).withPage(IncidentQuery.MAX_LIMIT, 0);
          assertThat(index.matches(reader, every)).as("%s", sort).isEqualTo(reader.incidents(every));
        }
      }
      assertThat(index.size()).isEqualTo((int) reader.count(IncidentQuery.all()));
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void the_data_version_moves_with_every_stored_document_only(Engine engine) {
    try (TestDatabase db = TestDatabase.fresh(engine, tmp); Store writer = db.open(); Store reader = db.open()) {
      long empty = reader.dataVersion();
      Random r = new Random(3);
      Article first = article(r, 0);
      writer.add(first.extraction());
      long one = reader.dataVersion();
      assertThat(one).isGreaterThan(empty);
      writer.add(first.extraction());   // a duplicate stores nothing
      assertThat(reader.dataVersion()).isEqualTo(one);
      writer.add(Article.of("quotes-only", "AP", FIRST, "\"We will fight,\" a spokesman said.")
          .quote("We will fight,", "a spokesman").extraction());
      assertThat(reader.dataVersion()).as("a document with no incident").isGreaterThan(one);
    }
  }
}
