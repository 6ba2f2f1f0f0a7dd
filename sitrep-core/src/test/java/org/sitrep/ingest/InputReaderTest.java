package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.ingest.IngestFixtures.ok;
import static org.sitrep.ingest.IngestFixtures.problem;
import static org.sitrep.ingest.IngestFixtures.text;
import static org.sitrep.ingest.IngestFixtures.utf8;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.pipeline.DocResult;
import org.sitrep.pipeline.Problem;
import org.sitrep.pipeline.ProblemCode;

class InputReaderTest {
  @TempDir
  Path dir;

  private final InputReader reader = new InputReader();

  private Path write(String relative, byte[] bytes) throws IOException {
    Path p = dir.resolve(relative);
    Files.createDirectories(p.getParent());
    return Files.write(p, bytes);
  }

  private Path write(String relative, String text) throws IOException { return write(relative, utf8(text)); }

  private List<DocResult<Source>> read(Path... paths) {
    try (Stream<DocResult<Source>> results = reader.read(List.of(paths))) {
      return results.toList();
    }
  }

  private String rel(String s) { return dir.resolve(s).toString(); }

  @Test
  void walksDirectoriesRecursivelyInNameOrderSkippingHiddenEntries() throws IOException {
    write("b.txt", "Bravo.");
    write("a.txt", "Alpha.");
    write("sub/c.html", "<p>Charlie.</p>");
    write("sub/B.TXT", "Upper case sorts first.");
    write(".hidden.txt", "Never.");
    write("sub/.git/config.txt", "Never either.");
    write("a-dir/z.jsonl", "{\"text\":\"Zulu.\"}\n");
    List<DocResult<Source>> results = read(dir);
    assertThat(results).extracting(IngestFixtures::name).containsExactly(rel("a-dir/z.jsonl") + ":1", rel("a.txt"),
        rel("b.txt"), rel("sub/B.TXT"), rel("sub/c.html"));
    assertThat(read(dir)).extracting(IngestFixtures::name)
        .as("the same order every time").containsExactlyElementsOf(results.stream().map(IngestFixtures::name).toList());
  }

  @Test
  void choosesTheReaderByExtensionWhateverItsCase() throws IOException {
    Path txt = write("t.txt", new byte[] {'a', (byte) 0xE9, 0, 1}); // passed on as it is: DocumentReader decides
    Path html = write("p.HTM", "<nav>menu</nav><p>Page text.</p>");
    Path json = write("r.json", "[{\"id\":\"r1\",\"text\":\"Record.\"}]");
    Path jsonl = write("l.ndjson", "{\"text\":\"Line.\"}");
    Path rss = write("f.rss", "<rss><channel><item><description>Item.</description></item></channel></rss>");
    Path atom = write("f.atom", "<feed><entry><summary>Entry.</summary></entry></feed>");
    Path xml = write("f.xml", "<feed><entry><content>Sniffed.</content></entry></feed>");
    List<DocResult<Source>> results = read(txt, html, json, jsonl, rss, atom, xml);
    assertThat(results).extracting(IngestFixtures::name).containsExactly(txt.toString(), html.toString(), "r1",
        jsonl + ":1", rss + "#1", atom + "#1", xml + "#1");
    assertThat(ok(results.get(0)).bytes()).containsExactly('a', 0xE9, 0, 1);
    assertThat(results.subList(1, results.size())).extracting(r -> text(ok(r)))
        .containsExactly("Page text.", "Record.", "Line.", "Item.", "Entry.", "Sniffed.");
  }

  @Test
  void unsupportedFilesAndMissingPathsAreProblemsAndTheRestIsRead() throws IOException {
    Path png = write("photo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    Path bare = write("README", "No extension.");
    Path good = write("ok.txt", "Fine.");
    Path missing = dir.resolve("missing.txt");
    List<DocResult<Source>> results = read(png, bare, missing, good);
    assertThat(results).hasSize(4);
    Problem p = problem(results.get(0));
    assertThat(p.code()).isEqualTo(ProblemCode.UNSUPPORTED);
    assertThat(p.input()).isEqualTo(png.toString());
    assertThat(p.detail()).startsWith("extension .png; sitrep reads .txt, .html");
    assertThat(problem(results.get(1)).detail()).startsWith("no file extension");
    assertThat(problem(results.get(2))).satisfies(q -> {
      assertThat(q.code()).isEqualTo(ProblemCode.UNREADABLE);
      assertThat(q.detail()).isEqualTo("no such file or directory");
    });
    assertThat(text(ok(results.get(3)))).isEqualTo("Fine.");
  }

  @Test
  void aSingleArticleOverTheLimitIsRefusedByItsSizeWithoutBeingRead() throws IOException {
    Path big = dir.resolve("huge.txt");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(50L * 1024 * 1024); // sparse: no 50 MB written, none read
    }
    Path bigHtml = dir.resolve("huge.html");
    Files.createLink(bigHtml, big);
    List<DocResult<Source>> results = read(big, bigHtml);
    for (DocResult<Source> r : results) {
      Problem p = problem(r);
      assertThat(p.code()).isEqualTo(ProblemCode.TOO_LARGE);
      assertThat(p.detail()).isEqualTo("52428800 bytes (50.0 MiB); the limit is 5242880 bytes (5.0 MiB)");
    }
    assertThat(results).extracting(IngestFixtures::name).containsExactly(big.toString(), bigHtml.toString());
  }

  @Test
  void linksToDirectoriesAreNotFollowedInsideAWalkSoALoopEnds() throws IOException {
    write("corpus/a.txt", "Inside.");
    Path loop = Files.createSymbolicLink(dir.resolve("corpus/loop"), dir.resolve("corpus"));
    Path fileLink = Files.createSymbolicLink(dir.resolve("corpus/link.txt"), dir.resolve("corpus/a.txt"));
    List<DocResult<Source>> results = read(dir.resolve("corpus"));
    assertThat(results).extracting(IngestFixtures::name)
        .containsExactly(rel("corpus/a.txt"), fileLink.toString(), loop.toString());
    assertThat(problem(results.get(2)).code()).isEqualTo(ProblemCode.UNSUPPORTED);
    // Named by the user, the link is followed once.
    assertThat(read(loop)).extracting(IngestFixtures::name).contains(loop.resolve("a.txt").toString());
  }

  @Test
  void anEmptyDirectoryNamedByTheUserIsAProblem() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    write("empty/.DS_Store.txt", "hidden");
    assertThat(problem(read(empty).get(0)).code()).isEqualTo(ProblemCode.EMPTY);
  }

  @Test
  void theStreamIsLazyAFileIsReadOnlyWhenTheStreamReachesIt() throws IOException {
    Path first = write("1.txt", "One.");
    Path second = write("2.txt", "Two.");
    try (Stream<DocResult<Source>> results = reader.read(List.of(first, second))) {
      Iterator<DocResult<Source>> it = results.iterator();
      assertThat(text(ok(it.next()))).isEqualTo("One.");
      Files.write(second, utf8("Changed after the stream began."));
      assertThat(text(ok(it.next()))).isEqualTo("Changed after the stream began.");
      assertThat(it.hasNext()).isFalse();
    }
  }

  @Test
  void aContainerIsReadRecordByRecordThroughTheStream() throws IOException {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 1000; i++) lines.append("{\"text\":\"Report ").append(i).append(".\"}\n");
    Path jsonl = write("many.jsonl", lines.toString());
    try (Stream<DocResult<Source>> results = reader.read(List.of(jsonl))) {
      assertThat(results.limit(3).map(r -> text(ok(r))).toList())
          .containsExactly("Report 0.", "Report 1.", "Report 2.");
    }
  }
}
