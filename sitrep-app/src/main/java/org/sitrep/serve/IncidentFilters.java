package org.sitrep.serve;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.sitrep.domain.IncidentType;
import org.sitrep.store.IncidentQuery;

/**
 * The query parameters of {@code GET /api/incidents} and the exports (web/README.md's contract) as an
 * {@link IncidentQuery}. Blank parameters count as absent; anything malformed (a date that is not an ISO day, an
 * unknown type or sort, a limit below 1 or an offset out of range) is a 400 that names the parameter. A limit above
 * {@link #MAX_LIMIT} is capped, and the answer's {@code limit} says so.
 */
final class IncidentFilters {
  /** The largest page one request gets. */
  static final int MAX_LIMIT = 1000;
  static final int DEFAULT_LIMIT = 100;
  /** Deeper pages than this are refused rather than scanned. */
  static final int MAX_OFFSET = 1_000_000;
  /** Longer free text or actor names are refused: no real name or query is this long. */
  static final int MAX_TEXT = 200;

  private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");

  private IncidentFilters() {}

  /** The filters and sort; with {@code paged}, also {@code limit} and {@code offset}, else one page of every match. */
  static IncidentQuery parse(Function<String, String> param, boolean paged) {
    IncidentQuery q = IncidentQuery.all();
    Optional<LocalDate> since = value(param, "since").map(v -> day("since", v));
    Optional<LocalDate> until = value(param, "until").map(v -> day("until", v));
    if (since.isPresent() && until.isPresent() && since.get().isAfter(until.get())) {
      throw ApiException.badRequest("since (" + since.get() + ") is after until (" + until.get() + ")");
    }
    if (since.isPresent()) q = q.withSince(since.get());
    if (until.isPresent()) q = q.withUntil(until.get());
    Optional<String> country = value(param, "country");
    if (country.isPresent()) {
      if (!COUNTRY.matcher(country.get()).matches()) {
        throw ApiException.badRequest("country must be an ISO 3166-1 alpha-2 code such as PK, not '"
            + shown(country.get()) + "'");
      }
      q = q.withCountry(country.get());
    }
    Optional<String> type = value(param, "type");
    if (type.isPresent()) q = q.withType(type(type.get()));
    Optional<String> actor = value(param, "actor").map(v -> text("actor", v));
    if (actor.isPresent()) q = q.withActor(actor.get());
    Optional<String> text = value(param, "q").map(v -> text("q", v));
    if (text.isPresent()) q = q.withText(text.get());
    q = q.withSort(sort(value(param, "sort")));
    if (paged) {
      int limit = value(param, "limit").map(v -> integer("limit", v, 1, Integer.MAX_VALUE)).orElse(DEFAULT_LIMIT);
      int offset = value(param, "offset").map(v -> integer("offset", v, 0, MAX_OFFSET)).orElse(0);
      q = q.withPage(Math.min(limit, MAX_LIMIT), offset);
    }
    return q;
  }

  /** Absent, {@code -date}: newest first; {@code date}: oldest first; {@code -fatalities}; {@code -reports}. */
  static IncidentQuery.Sort sort(Optional<String> wire) {
    if (wire.isEmpty()) return IncidentQuery.Sort.DATE_DESC;
    return switch (wire.get()) {
      case "-date" -> IncidentQuery.Sort.DATE_DESC;
      case "date" -> IncidentQuery.Sort.DATE_ASC;
      case "-fatalities" -> IncidentQuery.Sort.TOLL_DESC;
      case "-reports" -> IncidentQuery.Sort.REPORTS_DESC;
      default -> throw ApiException.badRequest("unknown sort '" + shown(wire.get())
          + "'; one of date, -date, -fatalities, -reports");
    };
  }

  static IncidentType type(String wire) {
    return IncidentType.fromWire(wire.toLowerCase(Locale.ROOT)).orElseThrow(() -> ApiException.badRequest(
        "unknown type '" + shown(wire) + "'; one of " + String.join(", ",
            Arrays.stream(IncidentType.values()).map(IncidentType::wire).toList())));
  }

  static Optional<String> value(Function<String, String> param, String name) {
    return Optional.ofNullable(param.apply(name)).map(String::strip).filter(v -> !v.isEmpty());
  }

  static int integer(String name, String value, int min, int max) {
    long n;
    try {
      n = Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw ApiException.badRequest(name + " must be a whole number, not '" + shown(value) + "'");
    }
    if (n < min || n > max) {
      throw ApiException.badRequest(name + " " + n + " is out of range (" + min + ".."
          + (max == Integer.MAX_VALUE ? "" : String.valueOf(max)) + ")");
    }
    return (int) n;
  }

  private static LocalDate day(String name, String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest(name + " must be a day as YYYY-MM-DD, not '" + shown(value) + "'");
    }
  }

  private static String text(String name, String value) {
    if (value.length() > MAX_TEXT) throw ApiException.badRequest(name + " is longer than " + MAX_TEXT + " characters");
    return value;
  }

  /** A parameter as echoed in a message: cut short, control characters dropped. */
  static String shown(String value) {
    String clean = value.replaceAll("\\p{Cntrl}", "");
    return clean.length() <= 40 ? clean : clean.substring(0, 40) + "…";
  }
}
