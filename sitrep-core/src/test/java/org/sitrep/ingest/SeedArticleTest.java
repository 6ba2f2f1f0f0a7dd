package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.domain.Document;
import org.sitrep.pipeline.DocResult;

/** The shared seed article (hard-wrapped, no blank lines) through the reader and the cleaner. */
class SeedArticleTest {
  private static final Path SEED = Path.of("seed", "article.txt");
  private static byte[] bytes;
  private static String raw;
  private static CleanText clean;

  @BeforeAll
  static void readSeed() throws IOException {
    Optional<Path> path = findSeed();
    assumeTrue(path.isPresent(), "seed article shared/seed/article.txt not found above " + Path.of("").toAbsolutePath());
    bytes = Files.readAllBytes(path.get());
    DocResult<Document> read = new DocumentReader(DocumentReader.DEFAULT_MAX_BYTES).read(Source.of("article.txt", bytes));
    assertThat(read).isInstanceOf(DocResult.Ok.class);
    assertThat(((DocResult.Ok<Document>) read).warnings()).isEmpty();
    raw = ((DocResult.Ok<Document>) read).value().text();
    clean = new TextCleaner().clean(raw);
  }

  /** Walks up from the working directory: the seed sits in shared/ next to (or above) the repository. */
  private static Optional<Path> findSeed() {
    return org.sitrep.eval.SharedData.locate(Path.of(""), SEED);
  }

  @Test
  void documentTextIsTheFileExactly() {
    assertThat(raw).isEqualTo(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
  }

  @Test
  void hardWrappedLinesAreJoinedIntoOneParagraph() {
    // The article has no blank lines, no indentation and no hyphen at a line end, so every line break is a wrap.
    assertThat(raw).doesNotContain("\n\n").doesNotContain("\n ").doesNotContain("-\n");
    assertThat(clean.text()).isEqualTo(raw.replace('\n', ' ').strip());
    assertThat(clean.text())
        .contains("nearly 350 hostages have been rescued at the end of a deadly standoff between Pakistan’s military")
        .contains("the restive and mineral-rich Baluchistan province")
        .contains("“Day of Judgement.”")
        .doesNotContain("\n");
  }

  @Test
  void evidenceFoundInCleanTextPointsIntoTheRawText() {
    String phrase = "A total of 27 hostages were killed by the BLA, the security source said";
    int start = clean.text().indexOf(phrase);
    assertThat(start).isNotNegative();
    String rawSpan = raw.substring(clean.toRaw(start), clean.toRawEnd(start + phrase.length()));
    assertThat(rawSpan).isEqualTo("A total of 27 hostages were killed by the BLA, the security\nsource said");
  }
}
