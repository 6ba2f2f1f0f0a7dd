package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.ingest.IngestFixtures.utf8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.domain.Document;
import org.sitrep.pipeline.DocResult;
import org.sitrep.pipeline.Problem;

/**
 * Some 300 generated inputs, most of them broken (truncated, undecodable, empty, binary, huge, hostile, of the wrong
 * kind), in one directory read by {@link InputReader} and then {@link DocumentReader}, as {@code sitrep ingest DIR}
 * does. Every bad input must give a problem naming it, every good one its text, and the walk must end.
 */
class MalformedCorpusTest {
  private static final int LIMIT = 1024 * 1024;
  private static final String FIRST_PARAGRAPH = "Gunmen stopped a passenger bus";

  @TempDir
  Path dir;

  private final Random random = new Random(20240305L);
  private final List<Expectation> expectations = new ArrayList<>();

  /** What one input (a file, or a record of one: {@code file:line}, {@code file#n}) must give. */
  private enum Outcome {
    /** A problem (a failure, or a warning on the source) naming it. */
    PROBLEM,
    /** A source DocumentReader accepts without a warning, whose text holds {@link Expectation#text}. */
    SOURCE,
    /** Either, as long as something names it (a truncated page may or may not keep text). */
    ANY
  }

  /**
   * {@code name}: what the results are named. With {@code wholeFile}, every result named by the file or one of its
   * records counts and at least one must have the outcome (ANY: exist; PROBLEM: all are problems).
   */
  private record Expectation(String name, Outcome outcome, boolean wholeFile, String text) {}

  private void expect(Path file, Outcome outcome) { expect(file.toString(), outcome, false, ""); }

  private void expect(String name, Outcome outcome, boolean wholeFile, String text) {
    expectations.add(new Expectation(name, outcome, wholeFile, text));
  }

  private Path write(String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    return Files.write(p, bytes);
  }

  /** What came out for each name: the problems (failures and warnings) and the text when a source was accepted. */
  private record Seen(List<Problem> problems, String text) {}

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void everyBadInputIsAProblemNamingItAndEveryGoodOneASource() throws IOException {
    truncatedPages();
    truncatedFeeds();
    undecodableBytes();
    emptyFiles();
    binaryFiles();
    hugeFiles();
    brokenJsonLines();
    brokenJsonDocuments();
    hostileFeeds();
    hostileHtml();
    unsupportedAndHidden();
    goodInputs();
    assertThat(expectations).hasSizeGreaterThanOrEqualTo(200);

    Map<String, List<Seen>> seen = readAll();

    for (Expectation e : expectations) {
      List<Seen> mine = seen.entrySet().stream().filter(s -> covers(e, s.getKey()))
          .flatMap(s -> s.getValue().stream()).toList();
      assertThat(mine).as("results named by %s", e.name()).isNotEmpty();
      switch (e.outcome()) {
        case PROBLEM -> {
          if (e.wholeFile()) {
            assertThat(mine).as("problems for %s", e.name()).anySatisfy(s -> assertThat(s.problems()).isNotEmpty());
          } else {
            assertThat(mine).as("problems for %s", e.name()).allSatisfy(s -> assertThat(s.problems()).isNotEmpty()
                .allSatisfy(p -> assertThat(p.input()).isEqualTo(e.name())));
          }
        }
        case SOURCE -> assertThat(mine).as("source for %s", e.name()).singleElement().satisfies(s -> {
          assertThat(s.problems()).isEmpty();
          assertThat(s.text()).contains(e.text());
        });
        case ANY -> { }
      }
    }
    // Nothing else was read: no hidden file, nothing unexpected.
    List<String> unexpected = seen.keySet().stream()
        .filter(name -> expectations.stream().noneMatch(e -> covers(e, name))).toList();
    assertThat(unexpected).as("results nobody expected").isEmpty();
  }

  private static boolean covers(Expectation e, String name) {
    return name.equals(e.name())
        || (e.wholeFile() && (name.startsWith(e.name() + "#") || name.startsWith(e.name() + ":")));
  }

  /** Every result, by the name it carries; a file may carry a record and a problem of its own (trailing junk). */
  private Map<String, List<Seen>> readAll() {
    DocumentReader documents = new DocumentReader(LIMIT);
    Map<String, List<Seen>> seen = new LinkedHashMap<>();
    try (Stream<DocResult<Source>> results = new InputReader(LIMIT).read(List.of(dir))) {
      results.forEach(r -> {
        Seen s;
        if (r instanceof DocResult.Failed<Source> failed) {
          s = new Seen(failed.problems(), "");
        } else {
          DocResult<Document> doc = documents.read(((DocResult.Ok<Source>) r).value());
          List<Problem> problems = new ArrayList<>(((DocResult.Ok<Source>) r).warnings());
          String text = "";
          if (doc instanceof DocResult.Ok<Document> ok) {
            problems.addAll(ok.warnings());
            text = ok.value().text();
          } else {
            problems.addAll(((DocResult.Failed<Document>) doc).problems());
          }
          s = new Seen(problems, text);
        }
        String name = s.problems().isEmpty() ? ((DocResult.Ok<Source>) r).value().name()
            : s.problems().get(0).input();
        seen.computeIfAbsent(name, k -> new ArrayList<>()).add(s);
      });
    }
    return seen;
  }

  /** The news page cut at 60 places: text up to the cut once the first paragraph is complete. */
  private void truncatedPages() throws IOException {
    byte[] page = IngestFixtures.bytes("news-article.html");
    String html = new String(page, StandardCharsets.UTF_8);
    int firstParagraphEnds = html.indexOf("police said.</p>") + "police said.".length();
    for (int i = 0; i < 60; i++) {
      int cut = i * page.length / 60;
      Path file = write("truncated/page-" + String.format("%02d", i) + ".html", java.util.Arrays.copyOf(page, cut));
      if (cut == 0) expect(file, Outcome.PROBLEM);
      else if (cut >= firstParagraphEnds) expect(file.toString(), Outcome.SOURCE, false, FIRST_PARAGRAPH);
      else expect(file, Outcome.ANY);
    }
  }

  /** The RSS fixture cut at 40 places: the first item stands once it is complete. */
  private void truncatedFeeds() throws IOException {
    byte[] feed = IngestFixtures.bytes("feed.rss");
    int firstItemEnds = new String(feed, StandardCharsets.UTF_8).indexOf("</item>") + "</item>".length();
    for (int i = 0; i < 40; i++) {
      int cut = i * feed.length / 40;
      Path file = write("truncated/feed-" + String.format("%02d", i) + ".rss", java.util.Arrays.copyOf(feed, cut));
      if (cut == 0) {
        expect(file, Outcome.PROBLEM);
        continue;
      }
      expect(file.toString(), Outcome.ANY, true, "");
      if (cut > firstItemEnds) expect(file + "#1", Outcome.SOURCE, false, "Gunmen stopped a passenger bus");
    }
  }

  private void undecodableBytes() throws IOException {
    for (int i = 0; i < 10; i++) { // valid Windows-1252: read, with a warning
      expect(write("undecodable/cp1252-" + i + ".txt", concat(utf8("Caf"), new byte[] {(byte) (0xE0 + i)},
          utf8(" bombed, " + i + " dead."))), Outcome.PROBLEM);
    }
    for (int i = 0; i < 5; i++) {
      byte[] bad = concat(utf8("Report "), new byte[] {(byte) 0xC3, '(', (byte) 0x81}, utf8(" " + i));
      expect(write("undecodable/neither-" + i + ".txt", bad), Outcome.PROBLEM);
      expect(write("undecodable/neither-" + i + ".html", concat(utf8("<p>"), bad, utf8("</p>"))), Outcome.PROBLEM);
      Path jsonl = write("undecodable/line-" + i + ".jsonl", concat(utf8("{\"text\":\""), bad, utf8("\"}\n")));
      expect(jsonl + ":1", Outcome.PROBLEM, false, "");
      Path rss = write("undecodable/feed-" + i + ".rss",
          concat(utf8("<rss><channel><item><description>"), bad, utf8("</description></item></channel></rss>")));
      expect(rss.toString(), Outcome.PROBLEM, true, "");
    }
    byte[] utf16 = "\uFEFFA car bomb exploded.".getBytes(StandardCharsets.UTF_16LE);
    expect(write("undecodable/utf16.txt", utf16), Outcome.PROBLEM);
    expect(write("undecodable/utf16.html", "\uFEFF<p>Text</p>".getBytes(StandardCharsets.UTF_16BE)), Outcome.PROBLEM);
  }

  private void emptyFiles() throws IOException {
    for (String ext : List.of("txt", "html", "htm", "json", "jsonl", "ndjson", "xml", "rss", "atom")) {
      expect(write("empty/zero." + ext, new byte[0]), Outcome.PROBLEM);
    }
    expect(write("empty/blank.txt", utf8(" \n\t\n")), Outcome.PROBLEM);
    expect(write("empty/blank.jsonl", utf8("\n\n   \n")), Outcome.PROBLEM);
  }

  private void binaryFiles() throws IOException {
    List<String> exts = List.of("txt", "html", "json", "jsonl", "xml", "rss");
    for (int i = 0; i < 60; i++) {
      byte[] bytes = new byte[64 + random.nextInt(4000)];
      random.nextBytes(bytes);
      bytes[5] = 0;
      bytes[0] = (byte) (0x80 | bytes[0]); // never a JSON or XML start by chance
      Path file = write("binary/blob-" + String.format("%02d", i) + "." + exts.get(i % exts.size()), bytes);
      expect(file.toString(), Outcome.PROBLEM, true, "");
    }
  }

  private void hugeFiles() throws IOException {
    for (String name : List.of("huge/fifty.txt", "huge/fifty.html")) {
      Path file = dir.resolve(name);
      Files.createDirectories(file.getParent());
      try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
        f.setLength(50L * 1024 * 1024); // sparse: refused by its size, never read
      }
      expect(file, Outcome.PROBLEM);
    }
    Path feed = write("huge/one-big-item.rss", utf8("<rss><channel><title>Big</title><item><description>Small item."
        + "</description></item><item><description>" + "big ".repeat(400_000) + "</description></item>"
        + "<item><description>Never reached.</description></item></channel></rss>"));
    expect(feed + "#1", Outcome.SOURCE, false, "Small item.");
    expect(feed + "#2", Outcome.PROBLEM, false, "");
    Path line = write("huge/long-line.jsonl", utf8("{\"text\":\"" + "w".repeat(LIMIT + 10) + "\"}\n"
        + "{\"text\":\"After the long line.\"}\n"));
    expect(line + ":1", Outcome.PROBLEM, false, "");
    expect(line + ":2", Outcome.SOURCE, false, "After the long line.");
  }

  private void brokenJsonLines() throws IOException {
    List<String> broken = List.of("{", "{\"text\":}", "{\"text\":\"a\"", "[1,2]", "\"just a string\"", "42", "null",
        "{\"text\":null}", "{\"text\":\"\"}", "{\"text\":\"x\"}}", "{'text':'single quotes'}", "{\"text\": NaN}",
        "{\"text\":\"raw\ttab\"}", "{\"title\":\"no text\"}", "{\"text\":[\"a\"]}", "{\"text\":{\"a\":1}}",
        "{\"text\":true}", "{\"text\":\"one\"} {\"text\":\"two\"}", "{\"text\":\"a\",}", "{text:\"a\"}",
        "{\"text\":\"a\" \"b\"}", "{\"text\":\"\\x\"}", "[".repeat(2000), "\u0000{\"text\":\"a\"}", "}{",
        "{\"text\":\"Shots.\",\"published\":\"not a date\"}", "{\"text\":\"Shots.\",\"title\":5}",
        "{\"text\":\"\\u0001\\u0002\\u0003\\u0004\\u0005\\u0006\"}", "{\"text\":\"   \"}", "{\"text\":\"\\uD800\"");
    StringBuilder lines = new StringBuilder();
    Path file = dir.resolve("json/broken.jsonl");
    int n = 0;
    for (int i = 0; i < broken.size(); i++) {
      lines.append(broken.get(i)).append('\n');
      expect(file + ":" + ++n, Outcome.PROBLEM, false, "");
      if (i % 3 == 0) {
        lines.append("{\"text\":\"Report ").append(i).append(" of a raid on a village.\"}\n");
        expect(file + ":" + ++n, Outcome.SOURCE, false, "Report " + i + " of a raid");
      }
    }
    write("json/broken.jsonl", utf8(lines.toString()));
  }

  private void brokenJsonDocuments() throws IOException {
    List<String> broken = List.of("{", "[", "[{\"text\":}]", "42", "\"text\"", "[1, 2, 3]", "{\"text\": 5}",
        "[{\"title\":\"x\"}]", "[" + "[".repeat(3000), "{\"text\":\"a\"} trailing", "  ", "nul");
    for (int i = 0; i < broken.size(); i++) {
      Path file = write("json/broken-" + String.format("%02d", i) + ".json", utf8(broken.get(i)));
      expect(file.toString(), Outcome.PROBLEM, true, "");
    }
    Path partly = write("json/partly.json", utf8("[{\"text\":\"First record.\"},\n{\"text\": \"cut"));
    expect(partly + "#1", Outcome.SOURCE, false, "First record.");
    expect(partly + "#2", Outcome.PROBLEM, false, "");
  }

  private void hostileFeeds() throws IOException {
    StringBuilder lol = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY lol \"lol\">");
    for (int i = 1; i <= 9; i++) {
      lol.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
          .append("\">");
    }
    lol.append("]><rss><channel><item><title>Laughs</title><description>&lol9;</description></item></channel></rss>");
    Path laughs = write("feeds/billion-laughs.xml", utf8(lol.toString()));
    expect(laughs + "#1", Outcome.SOURCE, false, "&lol9;");
    Path xxe = write("feeds/xxe.rss", utf8("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM "
        + "\"file:///etc/passwd\">]><rss><channel><item><description>Leak &x;</description></item></channel></rss>"));
    expect(xxe + "#1", Outcome.SOURCE, false, "Leak &x;");
    Path garbage = write("feeds/garbage-after.rss", utf8("<rss><channel><item><description>Good item."
        + "</description></item>\u0001\u0002<<<&&&]]></channel>>>< item <description"));
    expect(garbage + "#1", Outcome.SOURCE, false, "Good item.");
    expect(garbage.toString(), Outcome.ANY, true, "");
    expect(write("feeds/not-a-feed.xml", utf8("<?xml version='1.0'?><svg><text>hi</text></svg>")), Outcome.PROBLEM);
    expect(write("feeds/words.atom", utf8("Just words, not XML at all.")), Outcome.PROBLEM);
    expect(write("feeds/no-items.rss", utf8("<rss><channel><title>Empty</title></channel></rss>")), Outcome.PROBLEM);
    expect(write("feeds/unknown-encoding.xml", utf8("<?xml version='1.0' encoding='ebcdic-klingon'?><rss/>")),
        Outcome.PROBLEM);
  }

  private void hostileHtml() throws IOException {
    Path deep = write("html/deep.html", utf8("<html><body>" + "<div>".repeat(100_000) + "<p>deep text</p>"));
    expect(deep.toString(), Outcome.SOURCE, false, "deep text");
    List<String> nestings = List.of("<table><tr><td>", "<b><i>", "<a href=x>", "<li><ul>", "<p><div>",
        "<form><fieldset>", "<dl><dt>", "<span>");
    for (int i = 0; i < nestings.size(); i++) {
      Path file = write("html/nested-" + i + ".html", utf8("<p>Start.</p>" + nestings.get(i).repeat(8000) + "end"));
      expect(file, Outcome.ANY);
    }
    Path scripts = write("html/scripts.html", utf8("<script>" + "x();".repeat(5000) + "</script>"
        + "<img src=x onerror=alert(1)><a href='javascript:alert(1)'>click</a><iframe src=javascript:x></iframe>"));
    expect(scripts, Outcome.PROBLEM); // no text but a link
    Path unclosed = write("html/unclosed-script.html", utf8("<p>Before.</p><script>never closed " + "x".repeat(1000)));
    expect(unclosed.toString(), Outcome.SOURCE, false, "Before.");
    Path comment = write("html/unclosed-comment.html", utf8("<p>Kept.</p><!-- " + "y".repeat(1000)));
    expect(comment.toString(), Outcome.SOURCE, false, "Kept.");
  }

  private void unsupportedAndHidden() throws IOException {
    for (String name : List.of("photo.png", "report.pdf", "memo.docx", "tool.exe", "table.csv", "notes.md",
        "README")) {
      expect(write("other/" + name, utf8("not read")), Outcome.PROBLEM);
    }
    write(".secret.txt", utf8("hidden"));
    write("other/.cache/page.html", utf8("<p>hidden</p>"));
    Path loop = Files.createSymbolicLink(dir.resolve("other/loop"), dir.resolve("other"));
    expect(loop, Outcome.PROBLEM);
  }

  private void goodInputs() throws IOException {
    for (int i = 0; i < 20; i++) {
      Path file = write("good/report-" + String.format("%02d", i) + ".txt",
          utf8("Gunmen attacked checkpoint " + i + " on Monday, police said.\n"));
      expect(file.toString(), Outcome.SOURCE, false, "checkpoint " + i);
    }
    for (int i = 0; i < 10; i++) {
      Path file = write("good/page-" + i + ".html", utf8("<html><head><title>Page " + i + "</title></head><body>"
          + "<nav><a href='/'>Home</a></nav><article><p>Soldiers repelled attack number " + i + ".</p></article>"
          + "<footer>Footer</footer></body></html>"));
      expect(file.toString(), Outcome.SOURCE, false, "attack number " + i);
    }
    Path page = write("good/news-article.html", IngestFixtures.bytes("news-article.html"));
    expect(page.toString(), Outcome.SOURCE, false, FIRST_PARAGRAPH);
    Path atom = write("good/feed.atom", IngestFixtures.bytes("feed.atom"));
    for (int i = 1; i <= 3; i++) expect(atom + "#" + i, Outcome.SOURCE, false, "");
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) out.writeBytes(p);
    return out.toByteArray();
  }
}
