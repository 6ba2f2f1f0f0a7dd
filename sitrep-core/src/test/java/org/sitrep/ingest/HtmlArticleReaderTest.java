package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.sitrep.ingest.IngestFixtures.ok;
import static org.sitrep.ingest.IngestFixtures.problem;
import static org.sitrep.ingest.IngestFixtures.text;
import static org.sitrep.ingest.IngestFixtures.utf8;
import static org.sitrep.ingest.IngestFixtures.warnings;

import java.nio.charset.Charset;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.pipeline.DocResult;
import org.sitrep.pipeline.Problem;
import org.sitrep.pipeline.ProblemCode;
import org.sitrep.pipeline.StageName;

class HtmlArticleReaderTest {
  private final HtmlArticleReader reader = new HtmlArticleReader();

  private Source read(String html) { return ok(reader.read("page.html", utf8(html))); }

  @Test
  void readsTheArticleOfARealisticNewsPageWithItsMetadata() {
    DocResult<Source> result = reader.read("news-article.html", IngestFixtures.bytes("news-article.html"));
    Source source = ok(result);
    assertThat(warnings(result)).isEmpty();
    assertThat(source.name()).isEqualTo("news-article.html");
    assertThat(source.title()).contains("Gunmen kill 11 bus passengers in Balochistan");
    assertThat(source.sourceName()).contains("The Frontier Ledger");
    assertThat(source.published()).contains(LocalDate.of(2024, 3, 5));
    assertThat(source.url()).contains("https://ledger.example.org/world/quetta-bus-attack");
    assertThat(text(source)).isEqualTo("""
        Gunmen kill 11 bus passengers in Balochistan

        QUETTA, Pakistan (AP) — Gunmen stopped a passenger bus on a highway in southwestern Pakistan on Tuesday \
        and killed 11 people after checking their identity cards, police said.

        The attack took place near the town of Mastung, about 50 kilometers (30 miles) south of Quetta, the \
        capital of Balochistan province, said local police chief Abdul Rauf.

        At least four other passengers were wounded and taken to a hospital in Quetta, he said. No group \
        immediately claimed responsibility for the attack.

        “This was a cowardly act,” the provincial government spokesman said in a statement.""");
  }

  @Test
  void leavesOutScriptsNavigationShareBarsCaptionsRelatedLinksAndCookieNotices() {
    String text = text(ok(reader.read("news-article.html", IngestFixtures.bytes("news-article.html"))));
    assertThat(text).doesNotContain("cookie", "Accept", "Politics", "Search the Ledger", "Share on", "Email this",
        "Police cordon", "Advertisement", "Read more", "Earlier attack", "Related", "checkpoints", "Topics",
        "newsletter", "Most read", "Floods", "All rights reserved", "dataLayer", "tracking text", "querySelectorAll",
        "By Staff Reporter");
  }

  @Test
  void withoutArticleMarkupTakesTheBlockWithTheMostParagraphTextAndKeepsTheDateline() {
    Source source = ok(reader.read("densest-block.html", IngestFixtures.bytes("densest-block.html")));
    assertThat(source.title()).contains("Suicide bomber strikes ministry gate");
    assertThat(source.sourceName()).contains("Kabul");
    assertThat(source.published()).contains(LocalDate.of(2023, 1, 11));
    assertThat(source.url()).isEmpty();
    assertThat(text(source)).isEqualTo("""
        Suicide bomber strikes ministry gate

        KABUL, Afghanistan — A suicide bomber blew himself up outside the gate of the foreign ministry in Kabul on \
        Wednesday, killing at least five people, a police spokesman said.

        The bomber was stopped by guards before he could enter the compound, the spokesman said, adding that the \
        number of dead could rise.

        Witnesses described a loud blast followed by gunfire that lasted several minutes.""");
  }

  @Test
  void takesTheHeadlineFromOgTitleThenTheArticleH1ThenAnH1OutsideTheHeaderThenTheTitleTag() {
    String body = "<p>Two people were killed in a shooting on Sunday night.</p>";
    assertThat(read("<title>T</title><meta property='og:title' content='OG'><article><h1>A</h1>" + body
        + "</article>").title()).contains("OG");
    assertThat(read("<title>T</title><header><h1>Logo</h1></header><article><h1>A</h1>" + body + "</article>")
        .title()).contains("A");
    assertThat(read("<title>T</title><header><h1>Logo</h1></header><h1>Outside</h1>" + body).title())
        .contains("Outside");
    assertThat(read("<title>T</title><header><h1>Logo</h1></header>" + body).title()).contains("T");
    assertThat(read(body).title()).isEmpty();
    assertThat(text(read(body))).isEqualTo("Two people were killed in a shooting on Sunday night.");
  }

  @Test
  void dropsTheOutletFromTheTitleOnlyWhenTheSiteNameSaysSo() {
    assertThat(HtmlArticleReader.withoutOutlet("Blast in Kabul - Daily Example", Optional.of("Daily Example")))
        .isEqualTo("Blast in Kabul");
    assertThat(HtmlArticleReader.withoutOutlet("Daily Example | Blast in Kabul", Optional.of("daily example")))
        .isEqualTo("Blast in Kabul");
    assertThat(HtmlArticleReader.withoutOutlet("Blast in Kabul - Daily Example", Optional.empty()))
        .isEqualTo("Blast in Kabul - Daily Example");
    assertThat(HtmlArticleReader.withoutOutlet("Blast in Kabul - Other Paper", Optional.of("Daily Example")))
        .isEqualTo("Blast in Kabul - Other Paper");
    assertThat(HtmlArticleReader.withoutOutlet("Daily Example", Optional.of("Daily Example")))
        .isEqualTo("Daily Example");
  }

  @Test
  void readsThePublicationDateFromTimeJsonLdAndDateMetadataInThatOrder() {
    String body = "<p>A car bomb exploded near the governor's office.</p>";
    assertThat(read("<article><time datetime='2022-06-01T10:00'>x</time>" + body + "</article>").published())
        .contains(LocalDate.of(2022, 6, 1));
    assertThat(read("<script type='application/ld+json'>{\"@graph\":[{\"@type\":\"WebPage\"},"
        + "{\"@type\":\"NewsArticle\",\"datePublished\":\"2021-12-24\"}]}</script>" + body).published())
        .contains(LocalDate.of(2021, 12, 24));
    assertThat(read("<script type='application/ld+json'>[{\"datePublished\":\"Fri, 3 Sep 2021 08:00:00 GMT\"}]"
        + "</script>" + body).published()).contains(LocalDate.of(2021, 9, 3));
    assertThat(read("<meta name='DC.date.issued' content='2020-02-29'>" + body).published())
        .contains(LocalDate.of(2020, 2, 29));
    // Written in the publisher's zone: 23:30 at -05:00 is still the 4th there, whatever the date in UTC.
    assertThat(read("<meta property='article:published_time' content='2024-07-04T23:30:00-05:00'>" + body)
        .published()).contains(LocalDate.of(2024, 7, 4));
  }

  @Test
  void aPublicationDateThatCannotBeReadIsAWarningAndTheArticleIsStillRead() {
    DocResult<Source> result = reader.read("d.html", utf8(
        "<meta property='article:published_time' content='yesterday'><p>Shelling continued overnight.</p>"));
    assertThat(ok(result).published()).isEmpty();
    assertThat(warnings(result)).singleElement().satisfies(w -> {
      assertThat(w.code()).isEqualTo(ProblemCode.INVALID_DATE);
      assertThat(w.input()).isEqualTo("d.html");
      assertThat(w.detail()).contains("\"yesterday\"");
    });
  }

  @Test
  void brokenJsonLdIsAWarningAndTheOtherMetadataStillCounts() {
    DocResult<Source> result = reader.read("ld.html", utf8("<script type='application/ld+json'>{\"datePublished\":"
        + "</script><meta name='date' content='2019-05-05'><p>Riot police used tear gas.</p>"));
    assertThat(ok(result).published()).contains(LocalDate.of(2019, 5, 5));
    assertThat(warnings(result)).extracting(Problem::code).containsExactly(ProblemCode.MALFORMED);
  }

  @Test
  void keepsOnlyWebAddressesAsTheUrl() {
    String body = "<p>Soldiers fired on protesters in the capital.</p>";
    assertThat(read("<link rel='canonical' href='javascript:alert(1)'><meta property='og:url' "
        + "content='https://example.org/a'>" + body).url()).contains("https://example.org/a");
    assertThat(read("<link rel='canonical' href='data:text/html,x'>" + body).url()).isEmpty();
    assertThat(read("<link rel='alternate canonical' href='HTTP://Example.org/b'>" + body).url())
        .contains("HTTP://Example.org/b");
  }

  @Test
  void hostileMarkupGivesPlainTextWithNothingFromScriptsOrAttributes() {
    String html = "<body onload='steal()'><script>steal()</script><img src=x onerror='steal()'>"
        + "<p>Gunmen <a href='javascript:steal()'>opened fire</a> on a wedding party, killing 4.</p>"
        + "<svg><script>steal()</script><text>svg text</text></svg><iframe srcdoc='<p>framed</p>'></iframe>"
        + "<noscript><p>enable javascript</p></noscript><style>p{x:steal()}</style><!-- steal() -->"
        + "<p onclick='steal()'>Police &amp; soldiers &lt;arrived&gt; later.</p>";
    assertThat(text(read(html))).isEqualTo(
        "Gunmen opened fire on a wedding party, killing 4.\n\nPolice & soldiers <arrived> later.");
  }

  @Test
  void nestingAHundredThousandDeepNeitherHangsNorOverflowsTheStack() {
    StringBuilder html = new StringBuilder("<html><body>");
    html.append("<div>".repeat(100_000)).append("<p>Deep text about an ambush.</p>");
    StringBuilder mixed = new StringBuilder("<html><body>");
    for (int i = 0; i < 10_000; i++) mixed.append("<div class='share'><p>para ").append(i).append(' ');
    assertTimeoutPreemptively(Duration.ofSeconds(15), () -> {
      assertThat(text(read(html.toString()))).isEqualTo("Deep text about an ambush.");
      // Every level is a paragraph and a share bar: the point is that it ends, with some of the text.
      assertThat(text(read(mixed.toString()))).startsWith("para ");
    });
  }

  @Test
  void aTruncatedPageGivesTheTextUpToTheCut() {
    String html = new String(IngestFixtures.bytes("news-article.html"), java.nio.charset.StandardCharsets.UTF_8);
    String cut = html.substring(0, html.indexOf("the capital") + "the capital".length());
    assertThat(text(read(cut))).endsWith("south of Quetta, the capital");
  }

  @Test
  void decodesTheDeclaredCharsetElseUtf8ElseWindows1252WithAWarning() {
    Charset latin1 = Charset.forName("ISO-8859-1");
    byte[] declared = "<meta charset='iso-8859-1'><p>Caf\u00e9 bombed in S\u00e3o Tom\u00e9.</p>".getBytes(latin1);
    DocResult<Source> r = reader.read("latin1.html", declared);
    assertThat(text(ok(r))).isEqualTo("Café bombed in São Tomé.");
    assertThat(warnings(r)).isEmpty();

    byte[] undeclared = "<p>Caf\u00e9 bombed \u2014 3 dead.</p>".getBytes(Charset.forName("windows-1252"));
    r = reader.read("cp1252.html", undeclared);
    assertThat(text(ok(r))).isEqualTo("Café bombed — 3 dead.");
    assertThat(warnings(r)).extracting(Problem::code).containsExactly(ProblemCode.DECODED_AS_WINDOWS_1252);

    byte[] bom = utf8("\uFEFF<p>Caf\u00e9.</p>");
    assertThat(text(ok(reader.read("bom.html", bom)))).isEqualTo("Café.");
  }

  @Test
  void badBytesAndPagesWithoutTextAreProblemsNamingTheInput() {
    Problem empty = problem(reader.read("e.html", new byte[0]));
    assertThat(empty).isEqualTo(new Problem(StageName.INGEST, ProblemCode.EMPTY, "e.html", "0 bytes"));
    assertThat(problem(reader.read("bin.html", new byte[] {'<', 'p', '>', 0, 1, 2})).code())
        .isEqualTo(ProblemCode.BINARY);
    assertThat(problem(reader.read("odd.html", new byte[] {'<', 'p', '>', (byte) 0xC3, 'x', (byte) 0x81})).code())
        .isEqualTo(ProblemCode.UNDECODABLE);
    Problem declaredWrong = problem(reader.read("sjis.html",
        new byte[] {'<', 'm', 'e', 't', 'a', ' ', 'c', 'h', 'a', 'r', 's', 'e', 't', '=', 'u', 's', '-', 'a', 's', 'c',
            'i', 'i', '>', (byte) 0xE9}));
    assertThat(declaredWrong.code()).isEqualTo(ProblemCode.UNDECODABLE);
    assertThat(declaredWrong.detail()).contains("US-ASCII", "byte offset 23");
    Problem onlyNav = problem(reader.read("nav.html", utf8("<nav><a href='/'>Home</a></nav><script>x()</script>")));
    assertThat(onlyNav.code()).isEqualTo(ProblemCode.NO_TEXT);
    assertThat(onlyNav.input()).isEqualTo("nav.html");
  }

  @Test
  void aFormWrappingTheWholePageIsNotTakenForFurniture() {
    String html = "<body><form id='aspnetForm'><div class='story'><p>Militants stormed a police station.</p>"
        + "<p>Six officers were killed.</p></div><div class='social-links'><p>Follow</p></div></form></body>";
    assertThat(text(read(html))).isEqualTo("Militants stormed a police station.\n\nSix officers were killed.");
  }

  @Test
  void teaserArticlesDoNotWinOverTheStoryAndLineBreaksSeparateParagraphsOnlyWhenDoubled() {
    String html = "<div class='content'><p>Line one<br>goes on.<br><br>Second paragraph of the report, which is "
        + "long enough to carry the page by itself.</p><p>Third paragraph with more words in it than the teasers.</p>"
        + "</div><article><p>Teaser</p></article><article><p>Other</p></article>";
    assertThat(text(read(html))).isEqualTo("Line one goes on.\n\nSecond paragraph of the report, which is long "
        + "enough to carry the page by itself.\n\nThird paragraph with more words in it than the teasers.");
  }

  @Test
  void shortFurnitureLinesGoEvenWithoutClassNamesButSimilarNewsSentencesStay() {
    String html = "<article><p>Advertisement</p><p>Troops shelled the town overnight.</p><p>Related stories</p>"
        + "<p>We use cookies to personalise content. Do you accept?</p><p>Copyright 2024 Example Media</p>"
        + "<p>Share this article</p><p>Copyright lawyers said the ruling would be appealed.</p>"
        + "<p>Subscribers to the service reported outages.</p></article>";
    assertThat(text(read(html))).isEqualTo("Troops shelled the town overnight.\n\n"
        + "Copyright lawyers said the ruling would be appealed.\n\nSubscribers to the service reported outages.");
  }

  @Test
  void furnitureWordsAreWholeWordsOfClassAndIdNames() {
    assertThat(HtmlText.hasFurnitureWord("article-share-bar")).isTrue();
    assertThat(HtmlText.hasFurnitureWord("cookieBanner")).isTrue();
    assertThat(HtmlText.hasFurnitureWord("related_stories")).isTrue();
    assertThat(HtmlText.hasFurnitureWord("story ad")).isTrue();
    assertThat(HtmlText.hasFurnitureWord("commentary")).isFalse();
    assertThat(HtmlText.hasFurnitureWord("shared-content loaded")).isFalse();
    assertThat(HtmlText.hasFurnitureWord("header-adjacent")).isFalse();
  }
}
