package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.QuoteSpans.Span;

class QuoteSpansTest {

  // ------------------------------------------------------------------------------------------- seed article

  /** The seed article, found by walking up from the working directory; the test is skipped where it is absent. */
  private static String seedArticle() throws IOException {
    Optional<Path> found = org.sitrep.eval.SharedData.locate(Path.of(""), Path.of("seed", "article.txt"));
    Assumptions.assumeTrue(found.isPresent(), "shared/seed/article.txt not found above the working directory");
    return Files.readString(found.get(), StandardCharsets.UTF_8).replace("\r\n", "\n");
  }

  @Test
  void findsTheThirteenQuotationsOfTheSeedArticle() throws IOException {
    String text = seedArticle();
    List<Span> spans = QuoteSpans.find(text);
    assertThat(spans).hasSize(13).allMatch(Span::closed);
    assertThat(spans).allSatisfy(s -> {
      assertThat(text.charAt(s.start())).isEqualTo('\u201C');
      assertThat(text.charAt(s.end() - 1)).isEqualTo('\u201D');
    });
    assertThat(spans.get(0).content(text)).isEqualTo("intense gunfire");
    assertThat(spans.get(1).content(text)).isEqualTo("women and children as shields,");
    assertThat(spans.get(3).content(text)).isEqualTo("Belt and Road");
    assertThat(spans.get(5).content(text)).isEqualTo(
        "larger point that the Pakistani state is not grasping\n... is that it\u2019s not business as usual anymore,");
    assertThat(spans.get(7).content(text)).isEqualTo("seem to\nhave run its course.");
    assertThat(spans.get(10).content(text)).startsWith("terrorists\u2019 targeting of\ninnocent passengers")
        .endsWith("Pakistan and Baluchistan.");
    assertThat(spans.get(12).content(text))
        .isEqualTo("A major reset of existing security paradigm is required in Baluchistan.");
  }

  @Test
  void seedOffsetsPointAtTheMarks() throws IOException {
    String text = seedArticle();
    Span gunfire = QuoteSpans.find(text).get(0);
    int at = text.indexOf("\u201Cintense gunfire\u201D");
    assertThat(gunfire).isEqualTo(new Span(at, at + 17, at + 1, at + 16));
  }

  // ------------------------------------------------------------------------------------------- small texts

  private static List<String> contents(String text) {
    return QuoteSpans.find(text).stream().map(s -> s.content(text)).toList();
  }

  @Test
  void readsStraightDoubleQuotes() {
    assertThat(contents("He said \"we will fight\" and left. \"Never,\" she said.")).containsExactly(
        "we will fight", "Never,");
  }

  @Test
  void apostrophesAreNoQuotes() {
    assertThat(QuoteSpans.find("The Taliban\u2019s leaders and the militants\u2019 guns were seized in the \u201990s."))
        .isEmpty();
  }

  @Test
  void readsSingleCurlyQuotesAroundApostrophes() {
    assertThat(contents("Officials called it a \u2018cowardly attack\u2019 on civilians."))
        .containsExactly("cowardly attack");
    assertThat(contents("He condemned the \u2018militants\u2019 guns\u2019, he said."))
        .containsExactly("militants\u2019 guns");
    assertThat(contents("A \u2018war on the attackers\u2019 was declared."))
        .containsExactly("war on the attackers");
    assertThat(contents("It was the \u2018Taliban\u2019s choice\u2019, he said."))
        .containsExactly("Taliban\u2019s choice");
  }

  @Test
  void elisionsAndUnclosedSingleQuotesAreNoQuotes() {
    assertThat(QuoteSpans.find("In the \u201890s, rock \u2018n\u2019 roll and \u2018em; the militants\u2019 leader spoke."))
        .isEmpty();
    assertThat(QuoteSpans.find("A \u2018stray mark and nothing closes it.")).isEmpty();
  }

  @Test
  void nestedQuotesBelongToTheOuterSpan() {
    String text = "\u201CHe shouted \u2018stop\u2019 twice,\u201D she said.";
    assertThat(contents(text)).containsExactly("He shouted \u2018stop\u2019 twice,");
  }

  @Test
  void aQuotationContinuedIntoTheNextParagraphGivesOnePiecePerParagraph() {
    String text = "\u201CWe will not rest.\nWe will hunt them.\n\n\u201CWe will find them,\u201D he said.";
    List<Span> spans = QuoteSpans.find(text);
    assertThat(spans).hasSize(2);
    assertThat(spans.get(0).closed()).isFalse();
    assertThat(spans.get(0).content(text)).isEqualTo("We will not rest.\nWe will hunt them.");
    assertThat(spans.get(0).end()).isEqualTo(spans.get(0).contentEnd());
    assertThat(spans.get(1).closed()).isTrue();
    assertThat(spans.get(1).content(text)).isEqualTo("We will find them,");
  }

  @Test
  void continuationWorksWithCrLfAndStraightQuotes() {
    assertThat(contents("\u201CFirst.\r\n\r\n\u201CSecond,\u201D he said.")).containsExactly("First.", "Second,");
    assertThat(contents("\"First part.\n  \n\"Second part,\" he said.")).containsExactly("First part.", "Second part,");
  }

  @Test
  void anUnbalancedQuoteStopsAtItsParagraph() {
    String text = "\u201COpen quote never closes.\nStill the same paragraph.\n\nNext paragraph. And more \u201D here.";
    assertThat(contents(text)).containsExactly("Open quote never closes.\nStill the same paragraph.");
  }

  @Test
  void withoutBlankLinesAnUnbalancedQuoteStopsAtASentenceEndingLine() {
    String text = "Officials said \u201Cthe toll\nwill rise.\nA second paragraph follows\nwith more text.";
    assertThat(contents(text)).containsExactly("the toll\nwill rise.");
    assertThat(contents("\u201CFirst line.\n\u201CSecond line,\u201D he said.")).containsExactly("First line.",
        "Second line,");
  }

  @Test
  void inchMarksAndEmptyQuotesAreNoQuotes() {
    assertThat(QuoteSpans.find("a 12\" pipe and \u201C\u201D and \u201C  \u201D and \" \"")).isEmpty();
  }

  @Test
  void offsetsAreUtf16Indices() {
    String text = "\uD83D\uDE00 \u201Chi there\u201D";
    assertThat(QuoteSpans.find(text)).containsExactly(new Span(3, 13, 4, 12));
  }

  @Test
  void rejectsNull() {
    assertThatNullPointerException().isThrownBy(() -> QuoteSpans.find(null));
  }

  // ------------------------------------------------------------------------------------------- properties

  @Provide
  Arbitrary<String> newsish() {
    return Arbitraries.strings()
        .withChars("aaabcdeeelmnorsstt   ,.\n\r\u201C\u201D\"\u2018\u2019-(9\u2029\t")
        .ofMaxLength(300);
  }

  @Property(tries = 3000)
  void spansAreOrderedDisjointInBoundsAndHoldTheirMarks(@ForAll("newsish") String text) {
    List<Span> spans = QuoteSpans.find(text);
    int previousEnd = 0;
    for (Span s : spans) {
      assertThat(s.start()).isGreaterThanOrEqualTo(previousEnd);
      assertThat(s.contentStart()).isEqualTo(s.start() + 1);
      assertThat(s.contentEnd()).isGreaterThan(s.contentStart());
      assertThat(s.end()).isLessThanOrEqualTo(text.length());
      assertThat(s.content(text)).isNotBlank();
      char open = text.charAt(s.start());
      assertThat(open).isIn('\u201C', '"', '\u2018');
      if (s.closed()) {
        char close = text.charAt(s.contentEnd());
        assertThat(close).isEqualTo(open == '\u201C' ? '\u201D' : open == '"' ? '"' : '\u2019');
      } else {
        assertThat(Character.isWhitespace(text.charAt(s.contentEnd() - 1))).isFalse();
      }
      previousEnd = s.end();
    }
    assertThat(QuoteSpans.find(text)).isEqualTo(spans);
  }

  @Provide
  Arbitrary<String> plain() {
    return Arbitraries.of("The army said", "militants\u2019 guns", "Baluchistan\u2019s capital", "\n", ", and",
        "on Tuesday.", "\n\n", "about 27 people", "its 12-hour siege").list().ofMaxSize(5)
        .map(parts -> String.join(" ", parts));
  }

  @Provide
  Arbitrary<String> said() {
    Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8);
    Arbitrary<String> gap = Arbitraries.of(" ", " ", " ", "\n", ", ", "\u2019s ");
    return Combinators.combine(word.list().ofMinSize(1).ofMaxSize(8), gap.list().ofSize(8)).as((words, gaps) -> {
      StringBuilder b = new StringBuilder(words.get(0));
      for (int k = 1; k < words.size(); k++) b.append(gaps.get(k)).append(words.get(k));
      return b.toString();
    });
  }

  @Property(tries = 1000)
  void findsExactlyTheQuotationsATextWasBuiltFrom(@ForAll("plain") String lead,
                                                  @ForAll List<@From("said") String> quotes,
                                                  @ForAll List<@From("plain") String> between,
                                                  @ForAll boolean straight) {
    StringBuilder text = new StringBuilder(lead);
    List<Span> expected = new ArrayList<>();
    for (int k = 0; k < quotes.size(); k++) {
      text.append(' ');
      int start = text.length();
      text.append(straight ? '"' : '\u201C').append(quotes.get(k)).append(straight ? '"' : '\u201D');
      expected.add(new Span(start, text.length(), start + 1, text.length() - 1));
      text.append(' ').append(k < between.size() ? between.get(k) : "he said.");
    }
    assertThat(QuoteSpans.find(text.toString())).isEqualTo(expected);
  }
}
