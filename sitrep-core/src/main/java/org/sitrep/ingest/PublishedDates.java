package org.sitrep.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the publication dates that articles, JSON records and feeds carry: ISO 8601 dates and date-times
 * ("2024-03-05", "2024-03-05T23:30:00-05:00", "2024-03-05 10:00"), RFC 1123/822 and their common variants
 * ("Tue, 05 Mar 2024 10:00:00 GMT", "5 March 24 10:00 +0000") and "March 5, 2024". The date is taken as written, in the
 * publisher's own time zone and never converted to UTC, because relative dates in the text ("on Tuesday") are meant
 * against the publisher's calendar. Never throws.
 */
final class PublishedDates {
  private PublishedDates() {}

  /** Longer strings are not a date field, and a bound keeps the patterns cheap on hostile input. */
  private static final int MAX_LENGTH = 100;

  private static final Pattern ISO = Pattern.compile("(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?:[T ]\\d{1,2}:\\d{2}.*)?");
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
      "(?:[A-Za-z]{2,9}\\.?,?\\s+)?(\\d{1,2})[\\s-]+([A-Za-z]{3,9})\\.?,?[\\s-]+(\\d{4}|\\d{2})(?:[\\s,T].*)?");
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
      "(?:[A-Za-z]{2,9}\\.?,?\\s+)?([A-Za-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?:[\\s,T].*)?");

  private static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august",
      "september", "october", "november", "december"};

  static Optional<LocalDate> parse(String value) {
    String s = value.strip();
    if (s.isEmpty() || s.length() > MAX_LENGTH) return Optional.empty();
    Matcher iso = ISO.matcher(s);
    if (iso.matches()) return date(number(iso, 1), number(iso, 2), number(iso, 3));
    Matcher dmy = DAY_MONTH_YEAR.matcher(s);
    if (dmy.matches()) return month(dmy.group(2)).flatMap(m -> date(year(dmy.group(3)), m, number(dmy, 1)));
    Matcher mdy = MONTH_DAY_YEAR.matcher(s);
    if (mdy.matches()) return month(mdy.group(1)).flatMap(m -> date(number(mdy, 3), m, number(mdy, 2)));
    return Optional.empty();
  }

  /** A group the pattern admits only as 1 to 4 digits. */
  private static int number(Matcher m, int group) { return Integer.parseInt(m.group(group)); }

  /** RFC 2822 reads two-digit years 00-49 as 20xx and 50-99 as 19xx. */
  private static int year(String digits) {
    int y = Integer.parseInt(digits);
    if (digits.length() > 2) return y;
    return y < 50 ? 2000 + y : 1900 + y;
  }

  /** An English month name or a prefix of at least three letters ("Mar", "Sept"). */
  private static Optional<Integer> month(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    for (int i = 0; i < MONTHS.length; i++) {
      if (MONTHS[i].startsWith(w)) return Optional.of(i + 1);
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> date(int year, int month, int day) {
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      return Optional.empty(); // 2024-02-31 and the like: the caller reports the value as unreadable
    }
  }
}
