package org.sitrep.store;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.sitrep.domain.IncidentStatus;
import org.sitrep.domain.IncidentType;

/**
 * Which stored incidents to list or count. Every filter is optional and they combine with AND.
 * {@code since}/{@code until} keep incidents whose date overlaps the period (an incident dated "November 2024"
 * overlaps 2024-11-20; incidents with no date are left out when either is set). {@code country} is ISO 3166-1 alpha-2
 * (any case). {@code type} matches the canonical type. {@code actor} is a case-insensitive substring of any
 * participant's name or alias, in any role. {@code text} keeps incidents any of whose documents (title and text)
 * contain every word of it, by the database's full-text index (stemmed: "bombings" finds "bombing"; see
 * {@link Store#search}); text with no word in it matches nothing. Start from {@link #all()} and narrow with the
 * {@code with…} methods.
 */
public record IncidentQuery(Optional<LocalDate> since, Optional<LocalDate> until, Optional<String> country,
                            Optional<IncidentType> type, Optional<String> actor, Optional<String> text,
                            Optional<IncidentStatus> status, Sort sort, int limit, int offset) {
  /** The most incidents one call returns; page with {@code offset} for more. */
  public static final int MAX_LIMIT = 10_000;
  public static final int DEFAULT_LIMIT = 100;

  /**
   * Newest first by date (undated last); oldest first (undated last); largest toll first (fatalities, then injured,
   * then date); or most reports first (then date). Ties go to the higher id, so pages never overlap.
   */
  public enum Sort {
    DATE_DESC, DATE_ASC, TOLL_DESC, REPORTS_DESC;

    public String wire() { return name().toLowerCase(Locale.ROOT); }
  }

  public IncidentQuery {
    Objects.requireNonNull(since, "since");
    Objects.requireNonNull(until, "until");
    country = Objects.requireNonNull(country, "country").map(c -> c.strip().toUpperCase(Locale.ROOT));
    Objects.requireNonNull(type, "type");
    actor = Objects.requireNonNull(actor, "actor").map(String::strip);
    text = Objects.requireNonNull(text, "text").map(String::strip);
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(sort, "sort");
    if (country.filter(String::isEmpty).isPresent()) throw new IllegalArgumentException("empty country");
    if (actor.filter(String::isEmpty).isPresent()) throw new IllegalArgumentException("empty actor");
    if (text.filter(String::isEmpty).isPresent()) throw new IllegalArgumentException("empty text");
    if (limit < 1 || limit > MAX_LIMIT) throw new IllegalArgumentException("limit " + limit + " not in 1.." + MAX_LIMIT);
    if (offset < 0) throw new IllegalArgumentException("negative offset " + offset);
  }

  /** Every incident, newest first, the first {@link #DEFAULT_LIMIT}. */
  public static IncidentQuery all() {
    return new IncidentQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Sort.DATE_DESC, DEFAULT_LIMIT, 0);
  }

  public IncidentQuery withSince(LocalDate d) {
    return new IncidentQuery(Optional.of(d), until, country, type, actor, text, status, sort, limit, offset);
  }

  public IncidentQuery withUntil(LocalDate d) {
    return new IncidentQuery(since, Optional.of(d), country, type, actor, text, status, sort, limit, offset);
  }

  public IncidentQuery withCountry(String iso2) {
    return new IncidentQuery(since, until, Optional.of(iso2), type, actor, text, status, sort, limit, offset);
  }

  public IncidentQuery withType(IncidentType t) {
    return new IncidentQuery(since, until, country, Optional.of(t), actor, text, status, sort, limit, offset);
  }

  public IncidentQuery withActor(String nameOrAlias) {
    return new IncidentQuery(since, until, country, type, Optional.of(nameOrAlias), text, status, sort, limit, offset);
  }

  /** Incidents any of whose documents contain every word of {@code words}, in title or text. */
  public IncidentQuery withText(String words) {
    return new IncidentQuery(since, until, country, type, actor, Optional.of(words), status, sort, limit, offset);
  }

  public IncidentQuery withStatus(IncidentStatus s) {
    return new IncidentQuery(since, until, country, type, actor, text, Optional.of(s), sort, limit, offset);
  }

  public IncidentQuery withSort(Sort s) {
    return new IncidentQuery(since, until, country, type, actor, text, status, s, limit, offset);
  }

  public IncidentQuery withPage(int limit, int offset) {
    return new IncidentQuery(since, until, country, type, actor, text, status, sort, limit, offset);
  }
}
