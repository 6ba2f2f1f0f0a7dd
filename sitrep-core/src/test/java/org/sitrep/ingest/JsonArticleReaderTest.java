package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.ingest.IngestFixtures.name;
import static org.sitrep.ingest.IngestFixtures.ok;
import static org.sitrep.ingest.IngestFixtures.problem;
import static org.sitrep.ingest.IngestFixtures.text;
import static org.sitrep.ingest.IngestFixtures.utf8;
import static org.sitrep.ingest.IngestFixtures.warnings;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.pipeline.DocResult;
import org.sitrep.pipeline.Problem;
import org.sitrep.pipeline.ProblemCode;

class JsonArticleReaderTest {
  private final JsonArticleReader reader = new JsonArticleReader(DocumentReader.DEFAULT_MAX_BYTES);

  private static List<DocResult<Source>> lines(JsonArticleReader reader, String file, byte[] bytes) {
    return reader.readLines(file, new ByteArrayInputStream(bytes)).toList();
  }

  private static List<DocResult<Source>> document(JsonArticleReader reader, String file, byte[] bytes) {
    return reader.readDocument(file, new ByteArrayInputStream(bytes)).toList();
  }

  @Test
  void readsGoodLinesAndReportsEachBrokenLineByFileAndLine() {
    List<DocResult<Source>> results = lines(reader, "articles.jsonl", IngestFixtures.bytes("articles.jsonl"));
    assertThat(results).extracting(IngestFixtures::name).containsExactly("wire-001", "articles.jsonl:2",
        "articles.jsonl:4", "articles.jsonl:5", "articles.jsonl:6", "articles.jsonl:7", "7", "articles.jsonl:9",
        "wire-011");

    Source first = ok(results.get(0));
    assertThat(first.title()).contains("Blast at market kills 9");
    assertThat(first.sourceName()).contains("Example Wire");
    assertThat(first.published()).contains(LocalDate.of(2024, 3, 5));
    assertThat(first.url()).contains("https://wire.example.net/a/1");
    assertThat(text(first)).isEqualTo("Blast at market kills 9\n\n"
        + "A bomb exploded at a crowded market on Tuesday, killing nine people.");

    Source second = ok(results.get(1));
    assertThat(second.published()).contains(LocalDate.of(2024, 3, 4));
    assertThat(second.title()).isEmpty();
    assertThat(text(second)).isEqualTo("Gunmen attacked a checkpoint overnight, wounding two soldiers.");

    assertThat(problem(results.get(2)).code()).isEqualTo(ProblemCode.MALFORMED);
    assertThat(problem(results.get(3)).detail()).isEqualTo("no \"text\" field");
    assertThat(problem(results.get(4)).detail()).isEqualTo("expected a JSON object, found an array");
    assertThat(problem(results.get(5)).detail()).isEqualTo("\"text\" is a number, not a string");
    assertThat(problem(results.get(7)).code()).isEqualTo(ProblemCode.MALFORMED);

    Source numbered = ok(results.get(6));
    assertThat(numbered.published()).isEmpty();
    assertThat(warnings(results.get(6))).singleElement().satisfies(w -> {
      assertThat(w.code()).isEqualTo(ProblemCode.INVALID_DATE);
      assertThat(w.input()).isEqualTo("articles.jsonl:8");
    });
    assertThat(text(ok(results.get(8)))).isEqualTo("Protesters blocked the main road for a second day.");
  }

  @Test
  void readsAJsonArrayOfRecordsNamingUnnamedOnesByTheirPlaceInIt() {
    List<DocResult<Source>> results = document(reader, "articles.json", IngestFixtures.bytes("articles.json"));
    assertThat(results).extracting(IngestFixtures::name).containsExactly("desk-1", "articles.json#2");
    Source first = ok(results.get(0));
    assertThat(first.published()).contains(LocalDate.of(2023, 11, 2));
    assertThat(text(first)).isEqualTo(
        "Ambush on convoy\n\nInsurgents ambushed a supply convoy on Thursday.\n\nFour drivers were killed.");
  }

  @Test
  void aDocumentMayHoldOneObject() {
    List<DocResult<Source>> results = document(reader, "one.json",
        utf8("  {\"text\": \"Clashes left 3 dead.\", \"title\": \"Clashes\", \"tags\": [\"x\"]}\n"));
    assertThat(results).singleElement().satisfies(r -> {
      assertThat(name(r)).isEqualTo("one.json");
      assertThat(text(ok(r))).isEqualTo("Clashes\n\nClashes left 3 dead.");
    });
  }

  @Test
  void aBadElementOfAnArrayIsOneProblemAndABrokenDocumentEndsAfterTheRecordsBeforeIt() {
    List<DocResult<Source>> results = document(reader, "a.json",
        utf8("[{\"text\":\"one\"}, 5, {\"text\":\"three\"}]"));
    assertThat(results).extracting(IngestFixtures::name).containsExactly("a.json#1", "a.json#2", "a.json#3");
    assertThat(problem(results.get(1)).detail()).isEqualTo("expected a JSON object, found a number");

    results = document(reader, "b.json", utf8("[{\"text\":\"one\"},\n{\"text\": \"tw"));
    assertThat(results).hasSize(2);
    assertThat(problem(results.get(1))).satisfies(p -> {
      assertThat(p.code()).isEqualTo(ProblemCode.MALFORMED);
      assertThat(p.input()).isEqualTo("b.json#2");
    });

    results = document(reader, "c.json", utf8("{\"text\":\"one\"} {\"text\":\"two\"}"));
    assertThat(results).hasSize(2);
    assertThat(problem(results.get(1)).detail()).isEqualTo(
        "more JSON after the object ends, at line 1; for one object per line, name the file .jsonl");

    assertThat(problem(document(reader, "d.json", utf8("42")).get(0)).code()).isEqualTo(ProblemCode.MALFORMED);
    assertThat(problem(document(reader, "e.json", utf8("  \n")).get(0)).code()).isEqualTo(ProblemCode.EMPTY);
    assertThat(problem(document(reader, "f.json", utf8("[{\"text\":\"x\"}")).get(1)).detail())
        .isEqualTo("the JSON ends before its value is complete; the rest of the file was not read");
    assertThat(document(reader, "g.json", utf8("[]"))).isEmpty();
  }

  @Test
  void aRecordOverTheLimitIsRefusedAndTheDocumentIsNeverHeldWhole() {
    JsonArticleReader small = new JsonArticleReader(1000);
    String big = "x".repeat(2_000_000);
    List<DocResult<Source>> results = document(small, "big.json",
        utf8("[{\"text\":\"fine\"},\n{\"text\":\"" + big + "\"}, {\"text\":\"never read\"}]"));
    assertThat(results).hasSize(2);
    Problem p = problem(results.get(1));
    assertThat(p.code()).isEqualTo(ProblemCode.TOO_LARGE);
    assertThat(p.input()).isEqualTo("big.json#2");
    assertThat(p.detail()).startsWith("at least ").contains("the limit is 1000 bytes");

    results = document(small, "mid.json", utf8("[{\"text\":\"" + "y".repeat(1500) + "\"}, {\"text\":\"ok\"}]"));
    assertThat(results).extracting(r -> r instanceof DocResult.Ok ? "ok" : problem(r).code().name())
        .containsExactly("TOO_LARGE", "ok");
  }

  @Test
  void aLineOverTheLimitIsSkippedWithoutBeingHeldAndTheNextLineIsRead() {
    JsonArticleReader small = new JsonArticleReader(100);
    InputStream in = new ByteArrayInputStream(utf8("{\"text\":\"" + "z".repeat(5000) + "\"}\n{\"text\":\"after\"}\n"));
    List<DocResult<Source>> results = small.readLines("big.jsonl", in).toList();
    assertThat(results).hasSize(2);
    assertThat(problem(results.get(0))).satisfies(p -> {
      assertThat(p.code()).isEqualTo(ProblemCode.TOO_LARGE);
      assertThat(p.input()).isEqualTo("big.jsonl:1");
      assertThat(p.detail()).startsWith("5011 bytes");
    });
    assertThat(text(ok(results.get(1)))).isEqualTo("after");
  }

  @Test
  void invalidUtf8IsAProblemForItsLineOnlyAndBomAndCrlfAreFine() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    bytes.writeBytes(utf8("{\"text\":\"first\"}\r\n{\"text\":\"bad "));
    bytes.writeBytes(new byte[] {(byte) 0xC3, '('});
    bytes.writeBytes(utf8("\"}\r\n{\"text\":\"third\"}"));
    List<DocResult<Source>> results = lines(reader, "u.jsonl", bytes.toByteArray());
    assertThat(results).extracting(IngestFixtures::name).containsExactly("u.jsonl:1", "u.jsonl:2", "u.jsonl:3");
    assertThat(problem(results.get(1))).satisfies(p -> {
      assertThat(p.code()).isEqualTo(ProblemCode.UNDECODABLE);
      assertThat(p.detail()).isEqualTo("invalid UTF-8 at byte 14 of the line");
    });
    assertThat(text(ok(results.get(2)))).isEqualTo("third");
  }

  @Test
  void emptyInputAndBlankTextAreProblemsAndOddFieldTypesAreWarnings() {
    assertThat(problem(lines(reader, "e.jsonl", new byte[0]).get(0)).code()).isEqualTo(ProblemCode.EMPTY);
    assertThat(problem(lines(reader, "b.jsonl", utf8("\n  \n")).get(0)).code()).isEqualTo(ProblemCode.EMPTY);
    assertThat(problem(lines(reader, "t.jsonl", utf8("{\"text\":\" \\n \"}")).get(0)).code())
        .isEqualTo(ProblemCode.NO_TEXT);
    DocResult<Source> odd = lines(reader, "o.jsonl",
        utf8("{\"text\":\"Shots fired.\",\"title\":[1],\"url\":\"javascript:x\",\"source\":null}")).get(0);
    assertThat(ok(odd).title()).isEmpty();
    assertThat(ok(odd).url()).isEmpty();
    assertThat(warnings(odd)).extracting(Problem::detail).containsExactly(
        "\"title\" is an array, not a string; it was ignored",
        "\"url\" is \"javascript:x\", not an http(s) address; it was ignored");
  }
}
