package org.sitrep.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sitrep.domain.IncidentStatus;
import org.sitrep.domain.IncidentType;
import org.sitrep.merge.TollConsensus;

/**
 * One stored incident as lists, exports and maps show it: the canonical fields, who did it to whom, and its figures
 * reduced over every report.
 *
 * <p>{@code tolls} holds one {@link TollConsensus} per (group, outcome) over all the incident's toll claims.
 * {@code fatalities}, {@code injured} and {@code hostages} add those up per outcome (KILLED; INJURED; KIDNAPPED or
 * HELD): for each group the consensus figure (the largest of the outcomes counted, for hostages), then the larger of
 * the group ALL's figure and the sum over the specific groups. Both are lower bounds of the same total ("30 dead,
 * among them 5 soldiers" gives 30; "5 soldiers and 3 civilians killed" gives 8), so taking the larger never counts a
 * person twice. Empty when no report gives a lower bound for the outcome.
 *
 * <p>{@code perpetrators} are the distinct names of participants any report calls perpetrators; {@code targets} those
 * called targets or victims; {@code sources} the distinct outlets of the reporting documents. {@code status} is
 * CURRENT when any report tells the incident as news, BACKGROUND when it is only ever mentioned as context.
 * {@code version} counts the reports merged in (1 when created).
 */
public record IncidentSummary(long id, IncidentType type, List<IncidentType> subtypes, IncidentStatus status,
                              Optional<DateSpan> date, Optional<PlaceSummary> place, List<String> perpetrators,
                              List<String> targets, List<TollConsensus> tolls, Optional<Integer> fatalities,
                              Optional<Integer> injured, Optional<Integer> hostages, List<String> sources,
                              int reports, Instant created, Instant updated, int version) {
  public IncidentSummary {
    Objects.requireNonNull(type, "type");
    subtypes = List.copyOf(subtypes);
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(place, "place");
    perpetrators = List.copyOf(perpetrators);
    targets = List.copyOf(targets);
    tolls = List.copyOf(tolls);
    Objects.requireNonNull(fatalities, "fatalities");
    Objects.requireNonNull(injured, "injured");
    Objects.requireNonNull(hostages, "hostages");
    sources = List.copyOf(sources);
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(updated, "updated");
  }
}
