package org.sitrep.store;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.domain.Incident;
import org.sitrep.domain.IncidentStatus;
import org.sitrep.domain.IncidentType;

/**
 * The incident-level fields a stored incident shows, and how a new report refines them. Each field is taken from
 * the finer report and nothing is averaged: a date at a finer precision (a day beats a month) replaces a coarser one,
 * a place at a finer precision (a city beats a country) replaces a coarser one, and on a tie the earlier report keeps
 * its say. The type is the first report's, unless the incident was known only from background mentions and a report
 * now tells it as news; every other type any report gave is kept as a subtype. The incident is CURRENT once any report
 * tells it as news.
 */
record Canonical(IncidentType type, List<IncidentType> subtypes, IncidentStatus status, Optional<DateSpan> date,
                 Optional<PlaceSummary> place) {
  Canonical {
    subtypes = List.copyOf(subtypes);
  }

  static Canonical of(Incident i) {
    return new Canonical(i.type(), i.subtypes().stream().filter(t -> t != i.type()).distinct().toList(), i.status(),
        i.date().map(DateSpan::of), i.location().map(PlaceSummary::of));
  }

  Canonical refine(Canonical report) {
    boolean newsAtLast = status == IncidentStatus.BACKGROUND && report.status == IncidentStatus.CURRENT;
    IncidentType mergedType = newsAtLast ? report.type : type;
    Set<IncidentType> subs = new LinkedHashSet<>(subtypes);
    subs.add(type);
    subs.add(report.type);
    subs.addAll(report.subtypes);
    subs.remove(mergedType);
    IncidentStatus mergedStatus = status == IncidentStatus.CURRENT || report.status == IncidentStatus.CURRENT
        ? IncidentStatus.CURRENT : IncidentStatus.BACKGROUND;
    Optional<DateSpan> mergedDate = date.isEmpty() || report.date.isPresent()
        && report.date.get().precision().compareTo(date.get().precision()) < 0 ? report.date.or(() -> date) : date;
    Optional<PlaceSummary> mergedPlace = place.isEmpty() || report.place.isPresent()
        && report.place.get().precision().compareTo(place.get().precision()) < 0 ? report.place.or(() -> place) : place;
    return new Canonical(mergedType, List.copyOf(subs), mergedStatus, mergedDate, mergedPlace);
  }
}
