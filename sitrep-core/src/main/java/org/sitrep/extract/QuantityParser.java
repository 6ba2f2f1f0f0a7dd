package org.sitrep.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sitrep.domain.Quantity;

/**
 * Reads count phrases ("at least 35", "nearly two dozen", "1.5 million", "hundreds") out of token texts as
 * CoreNLP's English tokenizer writes them, case-insensitively, and turns each into a {@link Quantity} interval.
 *
 * <p>It knows numbers, not nouns: "two hours" is a quantity of 2 and the caller decides from the following noun
 * whether it counts people. It does refuse figures that are never counts of anything: years ("1990", a bare
 * 4-digit 1900&ndash;2100 without a comma), percentages ("40 percent", "40 %"), clock times ("10 a.m."), day
 * numbers next to a month ("March 11"), money ("$ 5 million"), and numbers that open a hyphenated compound
 * ("twenty-first", "12-year-old", "35-40"), which are ordinals, modifiers or ranges. "one" alone is 1, also in
 * "one of the" (the phrase stops before "of"; whether one of a group counts is the caller's call), but "no one"
 * and "one another" are not numbers. "a"/"an" alone never is a quantity. Ranges ("20 to 30", "between 20 and
 * 30") are not read as one interval: each end is a figure of its own.
 *
 * <p>Stateless and immutable, so one instance can be shared between threads. Every lookahead is bounded by the
 * grammar, so {@link #findAll} is linear in the number of words.
 */
public final class QuantityParser {

  /**
   * The largest figure reported. Larger ones are budgets or populations, not counts of people, and the cap keeps
   * every band {@link Quantity} derives (n + 10%, n + 1) inside {@code int}.
   */
  static final int MAX_COUNT = 1_000_000_000;

  /**
   * A quantity phrase: {@code words[from, to)} is the whole phrase, qualifier included ("at least 35" is two
   * words longer than "35"). A trailing "of" ("dozens of", "a number of") is never part of it, so the caller
   * finds the counted noun at {@code to} or, after an "of", at {@code to + 1}. A qualifier before a vague amount
   * ("at least dozens") joins the phrase but the quantity stays vague, since the text gives no figure to hedge.
   */
  public record Match(Quantity quantity, int from, int to) {
    public Match {
      Objects.requireNonNull(quantity, "quantity");
      if (from < 0 || to <= from) throw new IllegalArgumentException("bad match " + from + ".." + to);
    }
  }

  /** How a qualifier phrase turns the stated figure into an interval; the bands live on {@link Quantity}. */
  private enum Hedge {
    EXACT(Quantity::exact, true),
    AT_LEAST(Quantity::atLeast, true),
    MORE_THAN(Quantity::moreThan, true),
    NEARLY(Quantity::nearly, true),
    ABOUT(Quantity::about, true),
    // "up to hundreds" bounds from above, which a vague floor cannot say: the qualifier is left out instead.
    UP_TO(Quantity::upTo, false),
    FEWER_THAN(Quantity::fewerThan, false);

    private final IntFunction<Quantity> factory;
    private final boolean combinesWithVague;

    Hedge(IntFunction<Quantity> factory, boolean combinesWithVague) {
      this.factory = factory;
      this.combinesWithVague = combinesWithVague;
    }
  }

  private record QualifierPhrase(List<String> words, Hedge hedge) {
    static QualifierPhrase of(String phrase, Hedge hedge) { return new QualifierPhrase(List.of(phrase.split(" ")), hedge); }
  }

  /** Longest first, so "just under" wins over "under" and "no fewer than" is not read as "fewer than". */
  private static final List<QualifierPhrase> QUALIFIERS = Stream.of(
          QualifierPhrase.of("a total of", Hedge.EXACT),
          QualifierPhrase.of("at least", Hedge.AT_LEAST),
          QualifierPhrase.of("no fewer than", Hedge.AT_LEAST),
          QualifierPhrase.of("not fewer than", Hedge.AT_LEAST),
          QualifierPhrase.of("no less than", Hedge.AT_LEAST),
          QualifierPhrase.of("not less than", Hedge.AT_LEAST),
          QualifierPhrase.of("a minimum of", Hedge.AT_LEAST),
          QualifierPhrase.of("more than", Hedge.MORE_THAN),
          QualifierPhrase.of("over", Hedge.MORE_THAN),
          QualifierPhrase.of("just over", Hedge.MORE_THAN),
          QualifierPhrase.of("well over", Hedge.MORE_THAN),
          QualifierPhrase.of("upwards of", Hedge.MORE_THAN),
          QualifierPhrase.of("in excess of", Hedge.MORE_THAN),
          QualifierPhrase.of("nearly", Hedge.NEARLY),
          QualifierPhrase.of("almost", Hedge.NEARLY),
          QualifierPhrase.of("close to", Hedge.NEARLY),
          QualifierPhrase.of("just under", Hedge.NEARLY),
          QualifierPhrase.of("about", Hedge.ABOUT),
          QualifierPhrase.of("around", Hedge.ABOUT),
          QualifierPhrase.of("approximately", Hedge.ABOUT),
          QualifierPhrase.of("roughly", Hedge.ABOUT),
          QualifierPhrase.of("some", Hedge.ABOUT),
          QualifierPhrase.of("an estimated", Hedge.ABOUT),
          QualifierPhrase.of("estimated", Hedge.ABOUT),
          QualifierPhrase.of("up to", Hedge.UP_TO),
          QualifierPhrase.of("as many as", Hedge.UP_TO),
          QualifierPhrase.of("at most", Hedge.UP_TO),
          QualifierPhrase.of("no more than", Hedge.UP_TO),
          QualifierPhrase.of("not more than", Hedge.UP_TO),
          QualifierPhrase.of("fewer than", Hedge.FEWER_THAN),
          QualifierPhrase.of("less than", Hedge.FEWER_THAN),
          QualifierPhrase.of("under", Hedge.FEWER_THAN))
      .sorted(Comparator.comparingInt((QualifierPhrase p) -> p.words().size()).reversed())
      .toList();
  private static final Map<String, List<QualifierPhrase>> QUALIFIERS_BY_FIRST_WORD = QUALIFIERS.stream()
      .collect(Collectors.collectingAndThen(
          Collectors.groupingBy(q -> q.words().get(0), Collectors.toUnmodifiableList()), Map::copyOf));

  /**
   * Vague amounts and the floor each one implies ({@link Quantity#vague}): the smallest figure a reader can take
   * the word to mean, so a floor is never more than the text says.
   *
   * <pre>
   *   phrase                   floor     note
   *   dozens                   24        two dozen
   *   scores                   40        two score
   *   hundreds                 200
   *   thousands                2000
   *   millions                 2000000
   *   tens of thousands        20000
   *   hundreds of thousands    200000
   *   several                  3         "several dozen/hundred/thousand/million" scale it: 36, 300, ...
   *   a few                    2         "a few dozen/hundred/..." scale it: 24, 200, ...
   *   a couple of              2         "a couple (of) hundred" scales; bare "a couple" needs "of" (a married couple)
   *   a handful                2
   *   a number of              2         needs "of": "a number" alone is not an amount
   * </pre>
   * When the phrase needs "of", the "of" is still left out of the match, as for "dozens of".
   */
  private enum Vague {
    DOZENS(24, false, false, "dozens"),
    SCORES(40, false, false, "scores"),
    HUNDREDS(200, false, false, "hundreds"),
    THOUSANDS(2_000, false, false, "thousands"),
    MILLIONS(2_000_000, false, false, "millions"),
    TENS_OF_THOUSANDS(20_000, false, false, "tens of thousands"),
    HUNDREDS_OF_THOUSANDS(200_000, false, false, "hundreds of thousands"),
    SEVERAL(3, false, true, "several"),
    A_FEW(2, false, true, "a few"),
    A_COUPLE(2, true, true, "a couple"),
    A_HANDFUL(2, false, false, "a handful"),
    A_NUMBER(2, true, false, "a number");

    private final long floor;
    private final boolean requiresOf;
    private final boolean scalable;
    private final List<String> words;

    Vague(long floor, boolean requiresOf, boolean scalable, String phrase) {
      this.floor = floor;
      this.requiresOf = requiresOf;
      this.scalable = scalable;
      this.words = List.of(phrase.split(" "));
    }
  }

  private static final List<Vague> VAGUE_LONGEST_FIRST = Stream.of(Vague.values())
      .sorted(Comparator.comparingInt((Vague v) -> v.words.size()).reversed())
      .toList();

  private static final List<String> UNIT_WORDS =
      List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine");
  private static final List<String> TEEN_WORDS = List.of("ten", "eleven", "twelve", "thirteen", "fourteen",
      "fifteen", "sixteen", "seventeen", "eighteen", "nineteen");
  private static final List<String> TENS_WORDS =
      List.of("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");

  /** one..nine: the words that may follow a tens word ("twenty-seven"). */
  private static final Map<String, Integer> UNITS = indexed(UNIT_WORDS, 1, 1);
  /** one..nineteen: complete below-twenty numbers. */
  private static final Map<String, Integer> BELOW_TWENTY = belowTwenty();
  private static final Map<String, Integer> TENS = indexed(TENS_WORDS, 20, 10);
  /** "twenty-one".."ninety-nine" as the single tokens a tokenizer that keeps hyphenated words produces. */
  private static final Map<String, Integer> HYPHENATED = hyphenated();
  /** Words that multiply the whole number group before them in spelled-out numbers. */
  private static final Map<String, Long> SCALES = Map.of("thousand", 1_000L, "million", 1_000_000L,
      "billion", 1_000_000_000L);
  /** Words that may follow a figure in digits: "3 million", "1.5 million", "2 dozen". */
  private static final Map<String, Long> DIGIT_MULTIPLIERS = Map.of("dozen", 12L, "hundred", 100L,
      "thousand", 1_000L, "million", 1_000_000L, "billion", 1_000_000_000L);
  /** Scales that "a" may stand in front of as "one": "a hundred", "a dozen". */
  private static final Set<String> AFTER_A = Set.of("hundred", "thousand", "million", "billion", "dozen");

  private static final Set<String> PERCENT = Set.of("percent", "%", "pct", "pct.", "percentage");
  private static final Set<String> TIME_MARKERS =
      Set.of("a.m.", "p.m.", "a.m", "p.m", "am", "pm", "o'clock", "gmt", "utc", "hrs");
  private static final Set<String> CURRENCY =
      Set.of("$", "us$", "£", "€", "¥", "₹", "rs", "rs.", "usd", "eur", "gbp", "a$", "c$", "hk$");
  private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june",
      "july", "august", "september", "october", "november", "december", "jan", "jan.", "feb", "feb.", "mar",
      "mar.", "apr", "apr.", "jun", "jun.", "jul", "jul.", "aug", "aug.", "sep", "sep.", "sept", "sept.", "oct",
      "oct.", "nov", "nov.", "dec", "dec.");
  private static final Set<String> HYPHENS = Set.of("-", "\u2010", "\u2011");

  private static final Pattern PLAIN_DIGITS = Pattern.compile("\\d{1,10}");
  private static final Pattern GROUPED_DIGITS = Pattern.compile("\\d{1,3}(?:,\\d{3}){1,3}");
  private static final Pattern DECIMAL = Pattern.compile("\\d{1,10}\\.\\d{1,6}");

  /** A quantity phrase starting exactly at {@code words[from]}; empty when none does. Elements must be non-null. */
  public Optional<Match> parseAt(List<String> words, int from) {
    Objects.requireNonNull(words, "words");
    Objects.checkIndex(from, words.size() + 1);
    return parse(Words.lazy(words), from);
  }

  /** Every quantity phrase, left to right, each the longest one starting where it starts, none overlapping. */
  public List<Match> findAll(List<String> words) {
    Objects.requireNonNull(words, "words");
    Words w = Words.eager(words);
    List<Match> found = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      Optional<Match> m = parse(w, i);
      if (m.isPresent()) {
        found.add(m.get());
        i = m.get().to();
      } else {
        i++;
      }
    }
    return List.copyOf(found);
  }

  private static Optional<Match> parse(Words w, int from) {
    for (QualifierPhrase q : QUALIFIERS_BY_FIRST_WORD.getOrDefault(w.at(from), List.of())) {
      if (!w.startsWith(from, q.words())) continue;
      int after = from + q.words().size();
      Optional<Amount> amount = amountAt(w, after).filter(a -> !a.vague() || q.hedge().combinesWithVague);
      if (amount.isPresent()) return Optional.of(new Match(amount.get().quantity(q.hedge()), from, amount.get().end()));
    }
    return amountAt(w, from).map(a -> new Match(a.quantity(Hedge.EXACT), from, a.end()));
  }

  /** A figure or vague amount at {@code i}, without qualifier; {@code value} is the figure or the vague floor. */
  private record Amount(long value, int end, boolean vague) {
    Quantity quantity(Hedge hedge) {
      return vague ? Quantity.vague((int) value) : hedge.factory.apply((int) value);
    }
  }

  private static Optional<Amount> amountAt(Words w, int i) {
    Optional<Amount> vague = vagueAt(w, i);
    if (vague.isPresent()) return vague;
    return numberAt(w, i).filter(a -> a.value() <= MAX_COUNT && countInContext(w, i, a));
  }

  private static Optional<Amount> vagueAt(Words w, int i) {
    for (Vague v : VAGUE_LONGEST_FIRST) {
      if (!w.startsWith(i, v.words)) continue;
      int end = i + v.words.size();
      if (v.scalable && DIGIT_MULTIPLIERS.containsKey(w.at(end))) {
        long unit = DIGIT_MULTIPLIERS.get(w.at(end));
        long floor = v.floor * unit;
        end++;
        Long bigger = SCALES.get(w.at(end));          // "several hundred thousand"
        if (bigger != null && bigger > unit) {
          floor *= bigger;
          end++;
        }
        if (floor <= MAX_COUNT) return Optional.of(new Amount(floor, end, true));
        continue;
      }
      if (v.requiresOf && !w.at(end).equals("of")) continue;
      return Optional.of(new Amount(v.floor, end, true));
    }
    return Optional.empty();
  }

  private static Optional<Amount> numberAt(Words w, int i) {
    String t = w.at(i);
    if (t.isEmpty()) return Optional.empty();
    if (Character.isDigit(t.charAt(0))) return digitsAt(w, i);
    if (t.equals("half") && w.at(i + 1).equals("a") && AFTER_A.contains(w.at(i + 2))) {
      String scale = w.at(i + 2);
      return Optional.of(new Amount(DIGIT_MULTIPLIERS.get(scale) / 2, i + 3, false));
    }
    if (t.equals("zero")) return Optional.of(new Amount(0, i + 1, false));
    return spelledAt(w, i);
  }

  /** "27", "1,200", "3 million", "1.5 million", "2 dozen"; a decimal needs a multiplier to make a whole count. */
  private static Optional<Amount> digitsAt(Words w, int i) {
    String t = w.at(i);
    BigDecimal value;
    boolean decimal = false;
    if (PLAIN_DIGITS.matcher(t).matches()) {
      value = new BigDecimal(t);
    } else if (GROUPED_DIGITS.matcher(t).matches()) {
      value = new BigDecimal(t.replace(",", ""));
    } else if (DECIMAL.matcher(t).matches()) {
      value = new BigDecimal(t);
      decimal = true;
    } else {
      return Optional.empty();
    }
    int end = i + 1;
    Long multiplier = DIGIT_MULTIPLIERS.get(w.at(end));
    if (multiplier != null) {
      value = value.multiply(BigDecimal.valueOf(multiplier));
      end++;
    } else if (decimal) {
      return Optional.empty();
    }
    if (value.compareTo(BigDecimal.valueOf(MAX_COUNT)) > 0) return Optional.empty();
    if (value.stripTrailingZeros().scale() > 0) return Optional.empty();   // "1.3 dozen" counts nothing whole
    return Optional.of(new Amount(value.longValue(), end, false));
  }

  /** Spelled-out numbers: groups below ten thousand, each optionally scaled, scales strictly falling. */
  private static Optional<Amount> spelledAt(Words w, int i) {
    long total = 0;
    int pos = i;
    long lastScale = Long.MAX_VALUE;
    boolean any = false;
    while (true) {
      Optional<Amount> group = groupAt(w, pos, pos == i);
      if (group.isEmpty() || group.get().value() >= lastScale) break;
      long value = group.get().value();
      int end = group.get().end();
      Long scale = SCALES.get(w.at(end));
      if (scale != null && scale < lastScale) {
        total += value * scale;
        lastScale = scale;
        pos = end + 1;
        any = true;
        long limit = scale;
        if (w.at(pos).equals("and") && groupAt(w, pos + 1, false).filter(g -> g.value() < limit).isPresent()) pos++;
        continue;
      }
      if (w.at(end).equals("dozen") && pos == i && value < 100) return Optional.of(new Amount(value * 12, end + 1, false));
      total += value;
      pos = end;
      any = true;
      break;
    }
    return any ? Optional.of(new Amount(total, pos, false)) : Optional.empty();
  }

  /** One group: "seven", "twenty-seven", "a hundred", "one hundred and five", "twelve hundred" (1200). */
  private static Optional<Amount> groupAt(Words w, int p, boolean allowA) {
    long value;
    int end;
    if (allowA && w.at(p).equals("a") && AFTER_A.contains(w.at(p + 1))) {
      value = 1;
      end = p + 1;
    } else {
      Optional<Amount> small = belowHundredAt(w, p);
      if (small.isEmpty()) return Optional.empty();
      value = small.get().value();
      end = small.get().end();
    }
    if (w.at(end).equals("hundred")) {
      value *= 100;
      end++;
      int rest = w.at(end).equals("and") ? end + 1 : end;
      Optional<Amount> tail = belowHundredAt(w, rest);
      if (tail.isPresent()) {
        value += tail.get().value();
        end = tail.get().end();
      }
    }
    return Optional.of(new Amount(value, end, false));
  }

  /** 1..99 as one token ("seven", "twenty-seven"), two ("twenty seven") or three ("twenty", "-", "seven"). */
  private static Optional<Amount> belowHundredAt(Words w, int p) {
    String t = w.at(p);
    Integer n = BELOW_TWENTY.get(t);
    if (n == null) n = HYPHENATED.get(t);
    if (n != null) return Optional.of(new Amount(n, p + 1, false));
    Integer tens = TENS.get(t);
    if (tens == null) return Optional.empty();
    if (HYPHENS.contains(w.at(p + 1)) && UNITS.containsKey(w.at(p + 2)))
      return Optional.of(new Amount(tens + UNITS.get(w.at(p + 2)), p + 3, false));
    if (UNITS.containsKey(w.at(p + 1))) return Optional.of(new Amount(tens + UNITS.get(w.at(p + 1)), p + 2, false));
    return Optional.of(new Amount(tens, p + 1, false));
  }

  /** False where the words around a figure make it a year, percentage, time, date, price or compound modifier. */
  private static boolean countInContext(Words w, int start, Amount a) {
    String first = w.at(start);
    String before = w.at(start - 1);
    String next = w.at(a.end());
    boolean bareToken = a.end() == start + 1;
    if (first.length() == 4 && PLAIN_DIGITS.matcher(first).matches()) {
      int n = Integer.parseInt(first);
      if (n >= 1900 && n <= 2100) return false;
    }
    if (PERCENT.contains(next) || (next.equals("per") && w.at(a.end() + 1).equals("cent"))) return false;
    if (TIME_MARKERS.contains(next) || HYPHENS.contains(next)) return false;
    if (next.equals("\u2013") && startsNumber(w.at(a.end() + 1))) return false;  // "35 – 40": a range
    if (CURRENCY.contains(before)) return false;
    if (bareToken && PLAIN_DIGITS.matcher(first).matches() && a.value() >= 1 && a.value() <= 31
        && (MONTHS.contains(before) || (MONTHS.contains(next) && !next.equals("may")))) return false;
    if (bareToken && first.equals("one") && (before.equals("no") || next.equals("another"))) return false;
    return true;
  }

  private static boolean startsNumber(String t) {
    return !t.isEmpty() && (Character.isDigit(t.charAt(0)) || BELOW_TWENTY.containsKey(t) || TENS.containsKey(t)
        || HYPHENATED.containsKey(t));
  }

  /**
   * Lower-cased, hyphen-normalised view of the caller's words; out-of-range positions read as "". {@link #findAll}
   * normalises every word once up front, {@link #parseAt} only the few it looks at.
   */
  private static final class Words {
    private final List<String> words;
    private final boolean normalised;

    private Words(List<String> words, boolean normalised) {
      this.words = words;
      this.normalised = normalised;
    }

    static Words lazy(List<String> words) { return new Words(words, false); }

    static Words eager(List<String> words) {
      return new Words(words.stream().map(Words::normalise).toList(), true);
    }

    private static String normalise(String word) {
      return word.toLowerCase(Locale.ROOT).replace('\u2010', '-').replace('\u2011', '-');
    }

    String at(int i) {
      if (i < 0 || i >= words.size()) return "";
      return normalised ? words.get(i) : normalise(words.get(i));
    }

    boolean startsWith(int i, List<String> phrase) {
      for (int k = 0; k < phrase.size(); k++) {
        if (!at(i + k).equals(phrase.get(k))) return false;
      }
      return true;
    }
  }

  private static Map<String, Integer> indexed(List<String> names, int first, int step) {
    Map<String, Integer> m = new HashMap<>();
    for (int k = 0; k < names.size(); k++) m.put(names.get(k), first + k * step);
    return Map.copyOf(m);
  }

  private static Map<String, Integer> belowTwenty() {
    Map<String, Integer> m = new HashMap<>(indexed(UNIT_WORDS, 1, 1));
    m.putAll(indexed(TEEN_WORDS, 10, 1));
    return Map.copyOf(m);
  }

  private static Map<String, Integer> hyphenated() {
    Map<String, Integer> m = new HashMap<>();
    for (int t = 0; t < TENS_WORDS.size(); t++) {
      for (int u = 0; u < UNIT_WORDS.size(); u++) {
        m.put(TENS_WORDS.get(t) + "-" + UNIT_WORDS.get(u), 20 + 10 * t + u + 1);
      }
    }
    return Map.copyOf(m);
  }
}
