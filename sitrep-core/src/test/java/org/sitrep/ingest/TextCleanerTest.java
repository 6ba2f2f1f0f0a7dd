package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextCleanerTest {
  private final TextCleaner cleaner = new TextCleaner();

  private String clean(String raw) { return cleaner.clean(raw).text(); }

  @Test
  void singleLineBreakInsideASentenceBecomesASpace() {
    assertThat(clean("rescued at\nthe end of a deadly standoff")).isEqualTo("rescued at the end of a deadly standoff");
  }

  @Test
  void blankLineIsOneParagraphBreak() {
    assertThat(clean("One.\n\nTwo.")).isEqualTo("One.\n\nTwo.");
    assertThat(clean("One.\n\n\n\nTwo.")).isEqualTo("One.\n\nTwo.");
  }

  @Test
  void blankLineHoldingSpacesIsAParagraphBreak() {
    assertThat(clean("One.  \n \t \nTwo.")).isEqualTo("One.\n\nTwo.");
  }

  @Test
  void indentedLineAfterANonEmptyLineStartsAParagraph() {
    assertThat(clean("First para\nwraps here.\n    Second para\nwraps too.")).isEqualTo(
        "First para wraps here.\n\nSecond para wraps too.");
    assertThat(clean("First.\n\tSecond.")).isEqualTo("First.\n\nSecond.");
  }

  @Test
  void indentationOfTheFirstLineIsJustLeadingWhitespace() {
    assertThat(clean("   Start here\nand go on.")).isEqualTo("Start here and go on.");
  }

  @Test
  void trailingSpacesOnALineAreNotIndentationOfTheNext() {
    assertThat(clean("one   \ntwo")).isEqualTo("one two");
  }

  @Test
  void hardWrappedFixtureKeepsItsParagraphsOnly() throws IOException {
    String raw = fixture("hard-wrapped-paragraphs.txt");
    assertThat(clean(raw)).isEqualTo(
        "Gunmen attacked a convoy near the border on Monday, officials said, killing at least twelve people."
            + "\n\n"
            + "The provincial governor said the attackers fled into the mountains. A curfew was imposed."
            + "\n\n"
            + "An indented paragraph follows a non-empty line without a blank line between them.");
  }

  @Test
  void crlfAndCrLineEndingsBehaveLikeLf() {
    assertThat(clean("a\r\nb\r\n\r\nc")).isEqualTo("a b\n\nc");
    assertThat(clean("a\rb\r\rc")).isEqualTo("a b\n\nc");
    assertThat(clean("a\r\n  b")).isEqualTo("a\n\nb");
  }

  @ParameterizedTest
  @ValueSource(chars = {'\u00A0', '\u2000', '\u2001', '\u2002', '\u2005', '\u2009', '\u200A', '\u202F', '\u3000', '\t'})
  void unicodeSpacesBecomeAnAsciiSpace(char space) {
    assertThat(clean("a" + space + "b")).isEqualTo("a b");
    assertThat(clean("a " + space + " b")).isEqualTo("a b");
  }

  @Test
  void zeroWidthCharactersAndSoftHyphensAreRemoved() {
    CleanText c = cleaner.clean("a\u200Bb\u200Cc\u200Dd\uFEFFe\u00ADf");
    assertThat(c.text()).isEqualTo("abcdef");
    assertThat(c.toRaw(5)).isEqualTo(10);
    assertThat(c.raw().charAt(c.toRaw(5))).isEqualTo('f');
  }

  @Test
  void zeroWidthCharactersDoNotSeparateOrIndent() {
    assertThat(clean("a\u200B b")).isEqualTo("a b");
    assertThat(clean("one\n\u200Btwo")).isEqualTo("one two");
    assertThat(clean("one\n\u200B\ntwo")).isEqualTo("one\n\ntwo");
  }

  @Test
  void wordHyphenatedAtALineEndIsRejoinedKeepingTheHyphen() {
    assertThat(clean("the restive and mineral-\nrich province")).isEqualTo("the restive and mineral-rich province");
    assertThat(clean("mineral-\r\nrich")).isEqualTo("mineral-rich");
    assertThat(clean("mineral-  \nrich")).isEqualTo("mineral-rich");
  }

  @Test
  void hyphenAtALineEndIsNotJoinedWhenTheNextLineIsNotLowerCase() {
    assertThat(clean("Pakistan-\nAfghanistan border")).isEqualTo("Pakistan- Afghanistan border");
    assertThat(clean("aged 20-\n30")).isEqualTo("aged 20- 30");
  }

  @Test
  void freeStandingDashAtALineEndIsNotAHyphenatedWord() {
    assertThat(clean("he said -\nthen left")).isEqualTo("he said - then left");
    assertThat(clean("mineral-\n\nrich")).isEqualTo("mineral-\n\nrich");
    assertThat(clean("mineral-\n  rich")).isEqualTo("mineral-\n\nrich");
  }

  @Test
  void softHyphenAtALineEndJoinsTheWordWithoutAHyphen() {
    assertThat(clean("miner\u00AD\nal wealth")).isEqualTo("mineral wealth");
  }

  @Test
  void runsOfSpacesAndTabsCollapse() {
    assertThat(clean("a  \t \t  b")).isEqualTo("a b");
  }

  @Test
  void leadingAndTrailingWhitespaceOfTheDocumentIsDropped() {
    CleanText c = cleaner.clean(" \n\n\t a b \n\n \u00A0");
    assertThat(c.text()).isEqualTo("a b");
    assertThat(c.toRaw(0)).isEqualTo(5);
    assertThat(c.cleanToRaw()).hasSize(4).endsWith(c.raw().length());
  }

  @Test
  void curlyQuotesAndDashesAreKept() {
    String raw = "Pakistan’s “Day of Judgement,” she said – and ‘then’ — left.";
    assertThat(clean(raw)).isEqualTo(raw);
  }

  @Test
  void unicodeParagraphAndLineSeparatorsAreBreaks() {
    assertThat(clean("a\u2029b")).isEqualTo("a\n\nb");
    assertThat(clean("a\u2028b")).isEqualTo("a b");
    assertThat(clean("a\u0085b")).isEqualTo("a b");
  }

  @Test
  void emptyInputGivesEmptyTextAndAOneEntryMap() {
    CleanText c = cleaner.clean("");
    assertThat(c.text()).isEmpty();
    assertThat(c.cleanToRaw()).containsExactly(0);
    assertThat(cleaner.clean(" \n \u200B ").cleanToRaw()).containsExactly(5);
  }

  @Test
  void everyVisibleCleanCharMapsToTheSameRawChar() {
    String raw = "  “Quote,”\r\nsaid\u00A0the  mineral-\r\nrich\u200B source.\r\n\r\n\tNext\u2003one.";
    CleanText c = cleaner.clean(raw);
    assertThat(c.text()).isEqualTo("“Quote,” said the mineral-rich source.\n\nNext one.");
    for (int i = 0; i < c.text().length(); i++) {
      char ch = c.text().charAt(i);
      if (ch != ' ' && ch != '\n') assertThat(raw.charAt(c.toRaw(i))).as("clean index %d", i).isEqualTo(ch);
    }
  }

  @Test
  void spanAcrossAJoinedLineMapsBackToTheRawSpanWithItsLineBreak() {
    String raw = "nearly 350 hostages have been rescued at\nthe end of a deadly standoff";
    CleanText c = cleaner.clean(raw);
    int start = c.text().indexOf("rescued at the end");
    int end = start + "rescued at the end".length();
    assertThat(raw.substring(c.toRaw(start), c.toRawEnd(end))).isEqualTo("rescued at\nthe end");
  }

  @Test
  void largeInputCleansInLinearTime() {
    // 5 MiB of wrapped prose with paragraphs, Unicode spaces and hyphenation: a quadratic step would take minutes.
    String unit = "Militants opened\u00A0“intense gunfire” on the\r\nmineral-\nrich  province’s train.\n\n\t";
    String raw = unit.repeat(5 * 1024 * 1024 / unit.length());
    CleanText c = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> cleaner.clean(raw));
    String cleanUnit = "Militants opened “intense gunfire” on the mineral-rich province’s train.";
    assertThat(c.text()).startsWith(cleanUnit + "\n\n" + cleanUnit + "\n\n").endsWith(cleanUnit);
    assertThat(c.text().length()).isEqualTo(
        (raw.length() / unit.length()) * (cleanUnit.length() + 2) - 2);
  }

  private static String fixture(String name) throws IOException {
    try (InputStream in = TextCleanerTest.class.getResourceAsStream(name)) {
      assertThat(in).as("fixture %s", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
