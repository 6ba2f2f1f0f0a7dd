package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.domain.Qualifier;
import org.sitrep.domain.Quantity;
import org.sitrep.extract.QuantityParser.Match;

class QuantityParserTest {

  private final QuantityParser parser = new QuantityParser();

  /** Space-separated token texts, as a test shorthand for the tokenizer's output. */
  private static List<String> words(String text) {
    return text.isBlank() ? List.of() : List.of(text.trim().split(" +"));
  }

  private Optional<Match> parse(String text) { return parser.parseAt(words(text), 0); }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      at least 35 militants              | 35      | -       | AT_LEAST  | 3
      AT LEAST 35 MILITANTS              | 35      | -       | AT_LEAST  | 3
      more than two dozen people         | 25      | -       | MORE_THAN | 4
      nearly 350 hostages                | 315     | 350     | NEARLY    | 2
      around 450 passengers              | 405     | 495     | ABOUT     | 2
      dozens dead                        | 24      | -       | VAGUE     | 1
      twenty-seven                       | 27      | 27      | EXACT     | 1
      TWENTY-SEVEN                       | 27      | 27      | EXACT     | 1
      Twenty-Seven hostages              | 27      | 27      | EXACT     | 1
      twenty - seven hostages            | 27      | 27      | EXACT     | 3
      TWENTY - SEVEN                     | 27      | 27      | EXACT     | 3
      seventy five                       | 75      | 75      | EXACT     | 2
      27 hostages                        | 27      | 27      | EXACT     | 1
      1,200 people                       | 1200    | 1200    | EXACT     | 1
      10,000 troops                      | 10000   | 10000   | EXACT     | 1
      2,024 people                       | 2024    | 2024    | EXACT     | 1
      1.5 million refugees               | 1500000 | 1500000 | EXACT     | 2
      3 million                          | 3000000 | 3000000 | EXACT     | 2
      2 dozen                            | 24      | 24      | EXACT     | 2
      one soldier                        | 1       | 1       | EXACT     | 1
      One of the passengers              | 1       | 1       | EXACT     | 1
      a hundred people                   | 100     | 100     | EXACT     | 2
      one hundred and five               | 105     | 105     | EXACT     | 4
      one hundred five                   | 105     | 105     | EXACT     | 3
      a hundred and twenty - one         | 121     | 121     | EXACT     | 6
      twelve hundred                     | 1200    | 1200    | EXACT     | 2
      two thousand                       | 2000    | 2000    | EXACT     | 2
      two thousand and five              | 2005    | 2005    | EXACT     | 4
      two thousand three hundred and forty-five | 2345 | 2345 | EXACT   | 6
      a hundred thousand                 | 100000  | 100000  | EXACT     | 3
      a million                          | 1000000 | 1000000 | EXACT     | 2
      a thousand                         | 1000    | 1000    | EXACT     | 2
      a dozen                            | 12      | 12      | EXACT     | 2
      two dozen                          | 24      | 24      | EXACT     | 2
      half a dozen                       | 6       | 6       | EXACT     | 3
      zero                               | 0       | 0       | EXACT     | 1
      A total of 27 hostages             | 27      | 27      | EXACT     | 4
      no fewer than 12                   | 12      | -       | AT_LEAST  | 4
      no less than 12                    | 12      | -       | AT_LEAST  | 4
      a minimum of 12                    | 12      | -       | AT_LEAST  | 4
      more than 100                      | 101     | -       | MORE_THAN | 3
      over 100                           | 101     | -       | MORE_THAN | 2
      upwards of 100                     | 101     | -       | MORE_THAN | 3
      in excess of 100                   | 101     | -       | MORE_THAN | 4
      more than a dozen                  | 13      | -       | MORE_THAN | 4
      nearly two dozen                   | 21      | 24      | NEARLY    | 3
      almost 50                          | 45      | 50      | NEARLY    | 2
      close to 50                        | 45      | 50      | NEARLY    | 3
      just under 50                      | 45      | 50      | NEARLY    | 3
      about 40                           | 36      | 44      | ABOUT     | 2
      approximately 40                   | 36      | 44      | ABOUT     | 2
      roughly 40                         | 36      | 44      | ABOUT     | 2
      some 40                            | 36      | 44      | ABOUT     | 2
      an estimated 40                    | 36      | 44      | ABOUT     | 3
      estimated 40                       | 36      | 44      | ABOUT     | 2
      about a dozen                      | 10      | 14      | ABOUT     | 3
      up to 50                           | -       | 50      | UP_TO     | 3
      as many as 50                      | -       | 50      | UP_TO     | 4
      fewer than 10                      | -       | 9       | UP_TO     | 3
      less than 10                       | -       | 9       | UP_TO     | 3
      under 10                           | -       | 9       | UP_TO     | 2
      scores of people                   | 40      | -       | VAGUE     | 1
      hundreds of people                 | 200     | -       | VAGUE     | 1
      Thousands fled                     | 2000    | -       | VAGUE     | 1
      tens of thousands of people        | 20000   | -       | VAGUE     | 3
      hundreds of thousands of people    | 200000  | -       | VAGUE     | 3
      several                            | 3       | -       | VAGUE     | 1
      a few                              | 2       | -       | VAGUE     | 2
      a handful of militants             | 2       | -       | VAGUE     | 2
      a number of militants              | 2       | -       | VAGUE     | 2
      a couple of soldiers               | 2       | -       | VAGUE     | 2
      several hundred                    | 300     | -       | VAGUE     | 2
      a few dozen                        | 24      | -       | VAGUE     | 3
      several hundred thousand           | 300000  | -       | VAGUE     | 3
      at least dozens of                 | 24      | -       | VAGUE     | 3
      11 may have died                   | 11      | 11      | EXACT     | 1
      nearly 999,999,999                 | 899999999 | 999999999 | NEARLY | 2
      more than 1,000,000,000            | 1000000001 | -      | MORE_THAN | 3
      """)
  void readsEachForm(String text, Integer min, Integer max, Qualifier qualifier, int length) {
    Optional<Match> m = parse(text);
    assertThat(m).as(text).isPresent();
    assertThat(m.get().quantity()).isEqualTo(new Quantity(Optional.ofNullable(min), Optional.ofNullable(max), qualifier));
    assertThat(m.get().from()).isZero();
    assertThat(m.get().to()).isEqualTo(length);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "2024", "1990 was a bad year", "1900", "2100", "40 percent", "40 %", "40 per cent", "forty percent",
      "FORTY PERCENT", "first", "2nd", "a", "an", "a man", "an attack", "A", "10 a.m.", "10 pm", "twenty - first",
      "twenty-first", "12 - year - old", "35 - 40", "more than", "at least", "some militants", "over the border",
      "1.5", "1.3 dozen", "the", "hundred", "dozen", "a number", "a couple", "up to hundreds", "11 March",
      "99999999999 people", "5 billion", "several billion"})
  void refusesWhatIsNoCount(String text) {
    assertThat(parse(text)).isEmpty();
  }

  @Test
  void refusesEmptyInput() {
    assertThat(parser.parseAt(List.of(), 0)).isEmpty();
    assertThat(parser.findAll(List.of())).isEmpty();
  }

  @Test
  void looksAtTheWordBeforeForDatesMoneyAndNoOne() {
    assertThat(parser.parseAt(words("on March 11 ,"), 2)).isEmpty();
    assertThat(parser.parseAt(words("on MAY 11 ,"), 2)).isEmpty();
    assertThat(parser.parseAt(words("cost $ 5 million"), 2)).isEmpty();
    assertThat(parser.parseAt(words("no one was hurt"), 1)).isEmpty();
    assertThat(parser.parseAt(words("they blamed one another"), 2)).isEmpty();
    assertThat(parser.parseAt(words("on day 11 ,"), 2)).contains(new Match(Quantity.exact(11), 2, 3));
  }

  @Test
  void upToDoesNotHedgeAVagueAmountSoOnlyTheAmountIsFound() {
    assertThat(parser.findAll(words("up to hundreds of people")))
        .containsExactly(new Match(Quantity.vague(200), 2, 3));
  }

  @Test
  void findsEveryFigureInASeedSentence() {
    List<String> w = words("A total of 27 hostages were killed by the BLA , the security source said , as well as "
        + "one soldier . At least 35 militants were killed in 2025 , 40 % of them near Quetta .");
    assertThat(parser.findAll(w)).containsExactly(
        new Match(Quantity.exact(27), 0, 4),
        new Match(Quantity.exact(1), 19, 20),
        new Match(Quantity.atLeast(35), 22, 25));
  }

  @Test
  void takesTheLongestPhraseAtEachStart() {
    assertThat(parser.findAll(words("killed more than two dozen people and wounded about a hundred and fifty")))
        .containsExactly(
            new Match(Quantity.moreThan(24), 1, 5),
            new Match(Quantity.about(150), 8, 13));
  }

  // ---------------------------------------------------------------------------------------------- properties

  private static final List<String> VOCABULARY = List.of("a", "an", "the", "of", "and", "-", "%", "percent",
      "per", "cent", "at", "least", "more", "than", "nearly", "about", "some", "up", "to", "as", "many", "fewer",
      "under", "over", "just", "no", "one", "two", "twelve", "twenty", "twenty-seven", "seven", "first", "hundred",
      "thousand", "million", "billion", "dozen", "dozens", "half", "tens", "hundreds", "thousands", "several",
      "few", "handful", "number", "couple", "1,200", "1.5", "1990", "2024", "27", "999999999", "4294967296",
      "March", "may", "$", "a.m.", "ZERO", "ONE", "HUNDRED", "AT", "LEAST", "estimated", "in", "excess");

  @Provide
  Arbitrary<List<String>> wordLists() {
    Arbitrary<String> word = Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.of(VOCABULARY)),
        Tuple.of(2, Arbitraries.integers().between(0, 2_000_000_000).map(String::valueOf)),
        Tuple.of(2, Arbitraries.strings().ofMaxLength(6)));
    return word.list().ofMaxSize(40);
  }

  @Property(tries = 2000)
  void matchesAreWellFormedOnArbitraryWords(@ForAll("wordLists") List<String> words) {
    List<Match> all = parser.findAll(words);
    int previousEnd = 0;
    for (Match m : all) {
      assertThat(m.from()).isGreaterThanOrEqualTo(previousEnd);
      assertThat(m.to()).isGreaterThan(m.from()).isLessThanOrEqualTo(words.size());
      assertBandOrdered(m.quantity());
      assertThat(parser.parseAt(words, m.from())).contains(m);
      previousEnd = m.to();
    }
    for (int i = 0; i <= words.size(); i++) {
      int from = i;
      parser.parseAt(words, from).ifPresent(m -> {
        assertThat(m.from()).isEqualTo(from);
        assertThat(m.to()).isGreaterThan(from).isLessThanOrEqualTo(words.size());
        assertBandOrdered(m.quantity());
      });
    }
  }

  private static void assertBandOrdered(Quantity q) {
    if (q.min().isPresent() && q.max().isPresent()) assertThat(q.min().get()).isLessThanOrEqualTo(q.max().get());
  }

  @Property(tries = 1000)
  void digitsReadExactly(@ForAll @IntRange(min = 0, max = 100_000) int n) {
    Assume.that(n < 1900 || n > 2100);                      // bare 1900..2100 is read as a year
    assertExact(List.of(String.valueOf(n), "people"), n);
  }

  @Property(tries = 1000)
  void digitsWithThousandsSeparatorsReadExactly(@ForAll @IntRange(min = 0, max = 100_000) int n) {
    String grouped = String.format(Locale.US, "%,d", n);
    Assume.that(grouped.contains(",") || n < 1900);
    assertExact(List.of(grouped, "people"), n);
  }

  @Property(tries = 1000)
  void spelledOutNumbersReadExactly(@ForAll @IntRange(min = 0, max = 100_000) int n,
                                    @ForAll boolean splitHyphens, @ForAll boolean withAnd, @ForAll boolean upper) {
    List<String> w = new ArrayList<>(toWords(n, splitHyphens, withAnd));
    if (upper) w.replaceAll(s -> s.toUpperCase(Locale.ROOT));
    w.add("people");
    assertExact(w, n);
  }

  private void assertExact(List<String> w, int n) {
    assertThat(parser.parseAt(w, 0)).as(String.join(" ", w))
        .contains(new Match(Quantity.exact(n), 0, w.size() - 1));
  }

  @Property(tries = 500)
  void atLeastGivesTheFigureAsFloor(@ForAll @IntRange(min = 0, max = 100_000) int n, @ForAll boolean spelled) {
    List<String> figure = figure(n, spelled);
    Optional<Match> m = parser.parseAt(concat(words("at least"), figure), 0);
    assertThat(m).isPresent();
    assertThat(m.get().quantity()).isEqualTo(Quantity.atLeast(n));
    assertThat(m.get().quantity().min()).contains(n);
  }

  @Property(tries = 500)
  void moreThanGivesOneAboveTheFigure(@ForAll @IntRange(min = 0, max = 100_000) int n, @ForAll boolean spelled) {
    List<String> figure = figure(n, spelled);
    Optional<Match> m = parser.parseAt(concat(words("more than"), figure), 0);
    assertThat(m).isPresent();
    assertThat(m.get().quantity().min()).contains(n + 1);
    assertThat(m.get().quantity().qualifier()).isEqualTo(Qualifier.MORE_THAN);
    assertThat(m.get().to()).isEqualTo(2 + figure.size());
  }

  @Property(tries = 300)
  void findAllSkipsPlainWordsBetweenFigures(@ForAll @Size(min = 1, max = 6) List<@IntRange(min = 0, max = 1899) Integer> ns) {
    List<String> w = new ArrayList<>();
    for (int n : ns) {
      w.addAll(List.of("killed", String.valueOf(n), "and"));
    }
    List<Match> found = parser.findAll(w);
    assertThat(found).extracting(m -> m.quantity().min().orElseThrow()).containsExactlyElementsOf(ns);
  }

  /** Digits (grouped in the year band, so the year rule does not apply) or words. */
  private static List<String> figure(int n, boolean spelled) {
    if (spelled) return toWords(n, false, true);
    return List.of(n >= 1900 && n <= 2100 ? String.format(Locale.US, "%,d", n) : String.valueOf(n));
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  private static final String[] SMALL = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
      "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
      "nineteen"};
  private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
      "ninety"};

  /** English words for 0..999,999, in the shapes news copy uses; written apart from the parser's own tables. */
  static List<String> toWords(int n, boolean splitHyphens, boolean withAnd) {
    if (n == 0) return List.of("zero");
    List<String> out = new ArrayList<>();
    if (n >= 1000) {
      out.addAll(belowThousand(n / 1000, splitHyphens, withAnd));
      out.add("thousand");
      n %= 1000;
      if (n > 0 && n < 100 && withAnd) out.add("and");
    }
    if (n > 0) out.addAll(belowThousand(n, splitHyphens, withAnd));
    return out;
  }

  private static List<String> belowThousand(int n, boolean splitHyphens, boolean withAnd) {
    List<String> out = new ArrayList<>();
    if (n >= 100) {
      out.add(SMALL[n / 100]);
      out.add("hundred");
      n %= 100;
      if (n > 0 && withAnd) out.add("and");
    }
    if (n == 0) return out;
    if (n < 20) {
      out.add(SMALL[n]);
    } else if (n % 10 == 0) {
      out.add(TENS[n / 10]);
    } else if (splitHyphens) {
      out.addAll(Arrays.asList(TENS[n / 10], "-", SMALL[n % 10]));
    } else {
      out.add(TENS[n / 10] + "-" + SMALL[n % 10]);
    }
    return out;
  }

  @Test
  void theTestsNumberWriterWritesWhatNewsWrites() {
    assertThat(toWords(2345, false, true)).containsExactly("two", "thousand", "three", "hundred", "and", "forty-five");
    assertThat(toWords(100_000, true, false)).containsExactly("one", "hundred", "thousand");
    assertThat(toWords(21_007, true, true)).containsExactly("twenty", "-", "one", "thousand", "and", "seven");
  }
}
