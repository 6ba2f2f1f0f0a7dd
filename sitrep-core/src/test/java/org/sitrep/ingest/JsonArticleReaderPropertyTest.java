package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.ingest.IngestFixtures.problem;
import static org.sitrep.ingest.IngestFixtures.utf8;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.sitrep.pipeline.DocResult;
import org.sitrep.pipeline.ProblemCode;

/** {@link JsonArticleReader} on generated JSON Lines: one result per non-blank line, named by it, in order. */
class JsonArticleReaderPropertyTest {
  private final JsonArticleReader reader = new JsonArticleReader(DocumentReader.DEFAULT_MAX_BYTES);

  @Property(tries = 300)
  void everyNonBlankLineGivesOneResultNamedByItsLineInOrder(@ForAll("jsonLines") List<String> lines) {
    String file = "p.jsonl";
    List<DocResult<Source>> results =
        reader.readLines(file, new ByteArrayInputStream(utf8(String.join("\n", lines)))).toList();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) expected.add(file + ":" + (i + 1));
    }
    if (expected.isEmpty()) {
      assertThat(results).singleElement().satisfies(r -> assertThat(problem(r).code()).isEqualTo(ProblemCode.EMPTY));
      return;
    }
    // Records in these lines carry no id, so every result is named file:line.
    assertThat(results).extracting(IngestFixtures::name).containsExactlyElementsOf(expected);
  }

  @Provide
  Arbitrary<List<String>> jsonLines() {
    Arbitrary<String> good = Arbitraries.strings().alpha().numeric().withChars(' ', '"', '\\', 'é', '\u2014')
        .ofMinLength(1).ofMaxLength(40).map(s -> "{\"text\": " + jsonString("A " + s) + "}");
    Arbitrary<String> junk = Arbitraries.strings().withChars("{}[]\":,0123 abctruefalsenull\\\t").ofMaxLength(30)
        .filter(s -> s.indexOf('\n') < 0);
    return Arbitraries.oneOf(good, junk, Arbitraries.just("")).list().ofMaxSize(15);
  }

  private static String jsonString(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
