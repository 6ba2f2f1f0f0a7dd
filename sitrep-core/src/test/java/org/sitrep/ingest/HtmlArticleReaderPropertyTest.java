package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.sitrep.pipeline.DocResult;
import org.sitrep.pipeline.Problem;

/**
 * {@link HtmlArticleReader} on generated tag soup: a Source or a problem naming the input, never an exception, and
 * nothing from scripts, styles, attributes or comments in the text.
 */
class HtmlArticleReaderPropertyTest {
  private final HtmlArticleReader reader = new HtmlArticleReader();

  /**
   * Markup pieces; SECRET marks what must never reach the text. No piece ends inside a tag name or starts an end tag
   * ("<span" + "<script>" is an element named "span<script" whose text browsers show, so SECRET would be visible), and
   * a stray "<" comes with a space: "<" + "Gunmen opened fire. <script>" would open an element named "gunmen" whose
   * attributes swallow the "<script", leaving SECRET() as text a browser shows.
   */
  private static final List<String> PIECES = List.of("<div>", "</div>", "<p>", "</p>", "<article>", "</article>",
      "<nav>", "</nav>", "<a href='javascript:SECRET()'>", "</a>", "<br>", "<h1>", "</h1>", "<table><tr><td>",
      "</td>", "<script>SECRET()</script>", "<style>p{SECRET:1}</style>", "<img onerror='SECRET()' src=x>",
      "<!-- SECRET -->", "<div class='share-bar'>", "<iframe srcdoc='SECRET'></iframe>", "<meta content='SECRET'>",
      "<title>", "</title>", "&amp;", "&nbsp;", "&#x0;", "&bogus;", "< ", ">", "\"", "'", "=", "<span>",
      "Gunmen opened fire. ", "Police said 3 died. ", "é—“”", "\u0000", "\uFEFF", "\n\n", " ");

  @Provide
  Arbitrary<String> soup() {
    return Arbitraries.of(PIECES).list().ofMaxSize(60).map(l -> String.join("", l));
  }

  @Property(tries = 400)
  void givesTextWithoutHiddenContentOrAProblemNamingTheInput(@ForAll("soup") String html) {
    DocResult<Source> result = reader.read("soup.html", html.getBytes(StandardCharsets.UTF_8));
    if (result instanceof DocResult.Ok<Source> ok) {
      String text = new String(ok.value().bytes(), StandardCharsets.UTF_8);
      assertThat(text).isNotBlank().doesNotContain("\n\n\n");
      // The headline is what the page's title says, read as text (a <title> shows markup literally); the rest is body.
      String body = ok.value().title().map(t -> text.substring(Math.min(text.length(), t.length()))).orElse(text);
      assertThat(body).doesNotContain("SECRET");
      assertThat(ok.value().name()).isEqualTo("soup.html");
      assertThat(ok.warnings()).extracting(Problem::input).allMatch("soup.html"::equals);
    } else {
      assertThat(((DocResult.Failed<Source>) result).problems()).isNotEmpty()
          .extracting(Problem::input).containsOnly("soup.html");
    }
  }

  @Property(tries = 200)
  void anyBytesGiveASourceOrAProblemNeverAnException(@ForAll byte[] bytes) {
    DocResult<Source> result = reader.read("bytes.html", bytes);
    assertThat(result).isNotNull();
    if (result instanceof DocResult.Failed<Source> failed) {
      assertThat(failed.problems()).extracting(Problem::input).containsOnly("bytes.html");
    }
  }
}
