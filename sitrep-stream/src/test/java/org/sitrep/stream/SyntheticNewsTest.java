package org.sitrep.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.DocumentReader;
import org.sitrep.ingest.JsonArticleReader;
import org.sitrep.ingest.Source;
import org.sitrep.pipeline.DocResult;

class SyntheticNewsTest {
  final JsonArticleReader reader = new JsonArticleReader(DocumentReader.DEFAULT_MAX_BYTES);

  DocResult<Source> read(SyntheticNews.Item item) {
    return reader.readDocument("item", new ByteArrayInputStream(item.json().getBytes(StandardCharsets.UTF_8)))
        .toList().get(0);
  }

  @Test
  void the_same_seed_gives_the_same_feed_and_another_seed_another() {
    assertThat(new SyntheticNews(7).items(300)).isEqualTo(new SyntheticNews(7).items(300));
    assertThat(new SyntheticNews(8).items(300)).isNotEqualTo(new SyntheticNews(7).items(300));
  }

  @Test
  void a_thousand_records_hold_articles_resends_and_bad_records_as_ingest_reads_them() {
    List<SyntheticNews.Item> items = new SyntheticNews(20251125L).items(1000);
    assertThat(items).hasSize(1000);
    Set<String> hashes = new HashSet<>();
    int resent = 0;
    for (SyntheticNews.Item item : items) {
      DocResult<Source> r = read(item);
      assertThat(r instanceof DocResult.Ok).as(item.json()).isEqualTo(item.article());
      assertThat(item.json()).doesNotContain("\n");   // one record per line in JSON Lines
      if (r instanceof DocResult.Ok<Source> ok) {
        assertThat(ok.value().published()).isPresent();
        if (!hashes.add(DocumentReader.contentId(ok.value().bytes()))) resent++;
      }
    }
    assertThat(items.stream().filter(i -> !i.article()).count()).isEqualTo(5);
    assertThat(resent).isGreaterThanOrEqualTo(8);
  }

  @Test
  void events_are_told_by_several_outlets() {
    List<SyntheticNews.Item> items = new SyntheticNews(3).items(400);
    long eventReports = items.stream().filter(i -> i.json().contains("\"id\":\"event-")).count();
    long events = items.stream().map(SyntheticNews.Item::json).filter(j -> j.contains("\"id\":\"event-"))
        .map(j -> j.replaceAll(".*\"id\":\"event-(\\d+)-.*", "$1")).distinct().count();
    assertThat((double) eventReports / events).isGreaterThan(2.5);
  }
}
