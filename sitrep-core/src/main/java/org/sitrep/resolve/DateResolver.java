package org.sitrep.resolve;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sitrep.domain.DatePrecision;
import org.sitrep.domain.Evidence;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Finds time expressions in a sentence and resolves them: deictic ones ("Tuesday", "last November", "two years ago")
 * against the publication date, anaphoric ones ("the previous month", "the next day") against an anchor date taken
 * from the discourse. News reports past events, so a bare weekday or month is the latest one not after publication.
 */
public final class DateResolver {
  private static final Map<String, Month> MONTHS = months();
  private static final Map<String, Integer> SMALL_NUMBERS = Map.ofEntries(
      Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
      Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
      Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12));

  private static Map<String, Month> months() {
    Map<String, Month> m = new java.util.HashMap<>();
    for (Month month : Month.values()) {
      String name = month.name().toLowerCase(Locale.ROOT);
      m.put(name, month);
      m.put(name.substring(0, 3), month);
      m.put(name.substring(0, 3) + ".", month);
    }
    m.put("sept", Month.SEPTEMBER);
    m.put("sept.", Month.SEPTEMBER);
    m.remove("may."); // "may." is never an abbreviation in practice
    return Map.copyOf(m);
  }

  /**
   * All time expressions in {@code s}, left to right.
   *
   * @param published the publication date (deictic expressions cannot be resolved without it)
   * @param anchor    the latest date the discourse has established, for anaphoric expressions
   */
  public List<TimeMention> find(String raw, Sentence s, Optional<LocalDate> published, Optional<LocalDate> anchor) {
    List<TimeMention> out = new ArrayList<>();
    List<Token> t = s.tokens();
    int i = 0;
    while (i < t.size()) {
      Optional<TimeMention> m = matchAt(raw, s, t, i, published, anchor);
      if (m.isPresent()) {
        out.add(m.get());
        i = m.get().lastToken();
      } else {
        i++;
      }
    }
    return out;
  }

  private Optional<TimeMention> matchAt(String raw, Sentence s, List<Token> t, int i, Optional<LocalDate> pub,
                                        Optional<LocalDate> anchor) {
    String w = t.get(i).lower();
    String next = word(t, i + 1);
    String next2 = word(t, i + 2);
    // Anaphoric: "the previous month", "the month before", "a day earlier", "the next day".
    if (w.equals("the") || w.equals("a") || w.equals("that")) {
      Optional<LocalDate> base = anchor.or(() -> pub);
      if (base.isPresent()) {
        if ((next.equals("previous") || next.equals("preceding")) && isUnit(next2))
          return Optional.of(shiftBy(raw, s, t, i, i + 3, base.get(), next2, -1, true));
        if ((next.equals("next") || next.equals("following")) && isUnit(next2))
          return Optional.of(shiftBy(raw, s, t, i, i + 3, base.get(), next2, 1, true));
        if (isUnit(next) && (next2.equals("before") || next2.equals("earlier")))
          return Optional.of(shiftBy(raw, s, t, i, i + 3, base.get(), next, -1, true));
        if (isUnit(next) && next2.equals("later"))
          return Optional.of(shiftBy(raw, s, t, i, i + 3, base.get(), next, 1, true));
        if (next.equals("same") && next2.equals("day"))
          return Optional.of(mention(raw, s, t, i, i + 3, base.get(), DatePrecision.DAY, true));
      }
    }
    if (pub.isEmpty()) return absoluteDate(raw, s, t, i, Optional.empty());
    LocalDate p = pub.get();
    switch (w) {
      case "yesterday":
        return Optional.of(mention(raw, s, t, i, i + 1, p.minusDays(1), DatePrecision.DAY, false));
      case "today":
      case "tonight": {
        // "today, 30 June": a statement written a day or two before it went out names its own day.
        if (next.equals(",")) {
          Optional<TimeMention> named = absoluteDate(raw, s, t, i + 2, pub)
              .filter(m -> m.precision() == DatePrecision.DAY && !m.start().isAfter(p)
                  && !m.start().isBefore(p.minusDays(3)));
          if (named.isPresent())
            return Optional.of(mention(raw, s, t, i, named.get().lastToken(), named.get().start(), DatePrecision.DAY,
                false));
        }
        return Optional.of(mention(raw, s, t, i, i + 1, p, DatePrecision.DAY, false));
      }
      case "this":
        if (next.equals("morning") || next.equals("afternoon") || next.equals("evening"))
          return Optional.of(mention(raw, s, t, i, i + 2, p, DatePrecision.DAY, false));
        break;
      default:
        break;
    }
    if (w.equals("last")) {
      if (next.equals("night")) return Optional.of(mention(raw, s, t, i, i + 2, p.minusDays(1), DatePrecision.DAY, false));
      if (next.equals("week")) {
        LocalDate start = p.minusDays(7);
        return Optional.of(new TimeMention(start, Optional.of(p.minusDays(1)), DatePrecision.DAY, false, i, i + 2,
            ev(raw, s, t, i, i + 2)));
      }
      if (next.equals("month")) return Optional.of(mention(raw, s, t, i, i + 2, p.minusMonths(1).withDayOfMonth(1), DatePrecision.MONTH, false));
      if (next.equals("year")) return Optional.of(mention(raw, s, t, i, i + 2, p.minusYears(1).withDayOfYear(1), DatePrecision.YEAR, false));
      Month m = monthAt(t, i + 1);
      if (m != null) {
        int year = m.getValue() < p.getMonthValue() ? p.getYear() : p.getYear() - 1;
        return Optional.of(mention(raw, s, t, i, i + 2, LocalDate.of(year, m, 1), DatePrecision.MONTH, false));
      }
      DayOfWeek d = weekday(next);
      if (d != null) return Optional.of(weekdayMention(raw, s, t, i, i + 2, p, d));
    }
    if (w.equals("earlier") && next.equals("this")) {
      if (next2.equals("month")) return Optional.of(mention(raw, s, t, i, i + 3, p.withDayOfMonth(1), DatePrecision.MONTH, false));
      if (next2.equals("year")) return Optional.of(mention(raw, s, t, i, i + 3, p.withDayOfYear(1), DatePrecision.YEAR, false));
    }
    // "two years ago", "3 days ago"
    Integer n = SMALL_NUMBERS.get(w);
    if (n == null && UP_TO_TWO_DIGITS.matcher(w).matches()) n = Integer.parseInt(w);
    if (n != null && isUnit(singular(next)) && next2.equals("ago") && word(t, i + 3).equals("today")) {
      // "nine years ago today": an anniversary names the very day.
      LocalDate day = switch (singular(next)) {
        case "day" -> p.minusDays(n);
        case "week" -> p.minusWeeks(n);
        case "month" -> p.minusMonths(n);
        default -> p.minusYears(n);
      };
      return Optional.of(mention(raw, s, t, i, i + 4, day, DatePrecision.DAY, false));
    }
    if (n != null && isUnit(singular(next)) && (next2.equals("ago") || next2.equals("since"))) {
      return Optional.of(shiftBy(raw, s, t, i, i + 3, p, singular(next), -n, false));
    }
    DayOfWeek d = weekday(w);
    if (d != null && t.get(i).isCapitalized()) {
      if (word(t, i - 1).equals("next")) return Optional.empty();
      int end = i + 1;
      if (isPartOfDay(next)) end++;
      return Optional.of(weekdayMention(raw, s, t, i, end, p, d));
    }
    return absoluteDate(raw, s, t, i, pub);
  }

  /** "3 January [2025]", "January 3[, 2025]", "November 2024", "in November", "in 2019". */
  private Optional<TimeMention> absoluteDate(String raw, Sentence s, List<Token> t, int i, Optional<LocalDate> pub) {
    String w = t.get(i).lower();
    if (isDayNumber(w) && monthAt(t, i + 1) != null) {
      Month m = monthAt(t, i + 1);
      int day = dayNumber(w);
      Optional<Integer> year = yearAt(t, i + 2);
      int end = year.isPresent() ? i + 3 : i + 2;
      return dayMention(raw, s, t, i, end, m, day, year, pub);
    }
    Month m = monthAt(t, i);
    if (m != null) {
      if (isDayNumber(word(t, i + 1))) {
        int day = dayNumber(word(t, i + 1));
        int yearIndex = word(t, i + 2).equals(",") ? i + 3 : i + 2;
        Optional<Integer> year = yearAt(t, yearIndex);
        int end = year.isPresent() ? yearIndex + 1 : i + 2;
        return dayMention(raw, s, t, i, end, m, day, year, pub);
      }
      Optional<Integer> year = yearAt(t, i + 1);
      if (year.isPresent())
        return Optional.of(mention(raw, s, t, i, i + 2, LocalDate.of(year.get(), m, 1), DatePrecision.MONTH, false));
      String before = word(t, i - 1);
      if (pub.isPresent() && (before.equals("in") || before.equals("since") || before.equals("during")
          || before.equals("early") || before.equals("late") || before.equals("mid"))) {
        LocalDate p = pub.get();
        int yr = m.getValue() <= p.getMonthValue() ? p.getYear() : p.getYear() - 1;
        return Optional.of(mention(raw, s, t, i, i + 1, LocalDate.of(yr, m, 1), DatePrecision.MONTH, false));
      }
      return Optional.empty();
    }
    if (YEAR.matcher(w).matches()) {
      String before = word(t, i - 1);
      if (before.equals("in") || before.equals("since") || before.equals("during") || before.equals("early")
          || before.equals("late") || before.equals("mid") || before.equals("mid-")) {
        return Optional.of(mention(raw, s, t, i, i + 1, LocalDate.of(Integer.parseInt(w), 1, 1), DatePrecision.YEAR, false));
      }
    }
    return Optional.empty();
  }

  private Optional<TimeMention> dayMention(String raw, Sentence s, List<Token> t, int first, int end, Month m, int day,
                                           Optional<Integer> year, Optional<LocalDate> pub) {
    int y;
    if (year.isPresent()) {
      y = year.get();
    } else if (pub.isPresent()) {
      LocalDate p = pub.get();
      y = p.getYear();
      // Reports look back: a date more than a few days after publication belongs to the previous year.
      if (safeDate(y, m, day).map(d -> d.isAfter(p.plusDays(3))).orElse(false)) y--;
    } else {
      return Optional.empty();
    }
    Optional<LocalDate> date = safeDate(y, m, day);
    if (date.isEmpty()) return Optional.empty();
    return Optional.of(mention(raw, s, t, first, end, date.get(), DatePrecision.DAY, false));
  }

  private static Optional<LocalDate> safeDate(int y, Month m, int day) {
    if (day < 1 || day > m.length(java.time.Year.isLeap(y))) return Optional.empty();
    return Optional.of(LocalDate.of(y, m, day));
  }

  private TimeMention weekdayMention(String raw, Sentence s, List<Token> t, int first, int end, LocalDate p, DayOfWeek d) {
    int back = (p.getDayOfWeek().getValue() - d.getValue() + 7) % 7;
    return mention(raw, s, t, first, end, p.minusDays(back), DatePrecision.DAY, false);
  }

  private TimeMention shiftBy(String raw, Sentence s, List<Token> t, int first, int end, LocalDate base, String unit,
                              int amount, boolean anchored) {
    return switch (unit) {
      case "day" -> mention(raw, s, t, first, end, base.plusDays(amount), DatePrecision.DAY, anchored);
      case "week" -> mention(raw, s, t, first, end, base.plusWeeks(amount), DatePrecision.DAY, anchored);
      case "month" -> mention(raw, s, t, first, end, base.plusMonths(amount).withDayOfMonth(1), DatePrecision.MONTH, anchored);
      default -> mention(raw, s, t, first, end, base.plusYears(amount).withDayOfYear(1), DatePrecision.YEAR, anchored);
    };
  }

  private static TimeMention mention(String raw, Sentence s, List<Token> t, int first, int end, LocalDate start,
                                     DatePrecision precision, boolean anchored) {
    return new TimeMention(start, Optional.empty(), precision, anchored, first, end, ev(raw, s, t, first, end));
  }

  private static Evidence ev(String raw, Sentence s, List<Token> t, int first, int end) {
    return Evidence.of(raw, t.get(first).start(), t.get(end - 1).end(), s.index());
  }

  private static boolean isUnit(String w) {
    return w.equals("day") || w.equals("week") || w.equals("month") || w.equals("year");
  }

  private static String singular(String w) { return w.endsWith("s") ? w.substring(0, w.length() - 1) : w; }

  private static boolean isPartOfDay(String w) {
    return w.equals("morning") || w.equals("afternoon") || w.equals("evening") || w.equals("night");
  }

  /** "16", "16th", "2nd" → the day of the month. */
  // Compiled once: these test every token of every document.
  private static final Pattern UP_TO_TWO_DIGITS = Pattern.compile("\\d{1,2}");
  private static final Pattern TWO_DIGITS = Pattern.compile("\\d\\d");
  private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
  private static final Pattern DAY_NUMBER = Pattern.compile("\\d{1,2}(st|nd|rd|th)?");
  private static final Pattern NON_DIGIT = Pattern.compile("\\D");

  private static int dayNumber(String w) { return Integer.parseInt(NON_DIGIT.matcher(w).replaceAll("")); }

  private static boolean isDayNumber(String w) {
    if (!DAY_NUMBER.matcher(w).matches()) return false;
    int d = Integer.parseInt(NON_DIGIT.matcher(w).replaceAll(""));
    return d >= 1 && d <= 31;
  }

  private static Month monthAt(List<Token> t, int i) {
    if (i < 0 || i >= t.size()) return null;
    Token tok = t.get(i);
    Month m = MONTHS.get(tok.lower());
    if (m == null) return null;
    // "may", "march" and "sat" are ordinary words in lower case; a month name is capitalised.
    return tok.isCapitalized() ? m : null;
  }

  private static Optional<Integer> yearAt(List<Token> t, int i) {
    String w = word(t, i);
    if (YEAR.matcher(w).matches()) return Optional.of(Integer.parseInt(w));
    if (TWO_DIGITS.matcher(w).matches()) { // wire copy: "3 JAN 90"
      int yy = Integer.parseInt(w);
      return Optional.of(yy >= 50 ? 1900 + yy : 2000 + yy);
    }
    return Optional.empty();
  }

  private static final Map<String, DayOfWeek> WEEKDAYS = java.util.Arrays.stream(DayOfWeek.values())
      .collect(java.util.stream.Collectors.toUnmodifiableMap(d -> d.name().toLowerCase(Locale.ROOT), d -> d));

  private static DayOfWeek weekday(String w) { return WEEKDAYS.get(w); }

  private static String word(List<Token> t, int i) { return i >= 0 && i < t.size() ? t.get(i).lower() : ""; }
}
