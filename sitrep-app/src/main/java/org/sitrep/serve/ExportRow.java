package org.sitrep.serve;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.domain.IncidentType;
import org.sitrep.domain.TollGroup;
import org.sitrep.domain.TollOutcome;
import org.sitrep.merge.TollConsensus;
import org.sitrep.store.IncidentSummary;
import org.sitrep.store.PlaceSummary;

/**
 * One incident flattened into the export columns ({@link IncidentCsv#COLUMNS}), shared by CSV and GeoJSON so the two
 * never disagree. {@code fatalities} is the store's consensus total; {@code fatalities_min} the same rule over the
 * lowest figure any report gives and {@code fatalities_max} over the highest (an open "at least 35" counts as 35,
 * so the max is the highest figure reported, not an upper bound).
 */
record ExportRow(long id, String date, String datePrecision, String type, String subType, String codes,
                 String actor1, String actor2, String country, String admin1, String location,
                 Optional<Double> latitude, Optional<Double> longitude, String geoPrecision,
                 Optional<Integer> fatalities, Optional<Integer> fatalitiesMin, Optional<Integer> fatalitiesMax,
                 Optional<Integer> injured, Optional<Integer> hostages, String sources, int reportCount,
                 String notes) {

  static ExportRow of(IncidentSummary i) {
    Optional<PlaceSummary> p = i.place();
    return new ExportRow(i.id(),
        i.date().map(d -> d.start().toString()).orElse(""),
        i.date().map(d -> d.precision().wire()).orElse(""),
        i.type().wire(),
        String.join("; ", i.subtypes().stream().map(IncidentType::wire).toList()),
        codes(i.type()),
        String.join("; ", i.perpetrators()),
        String.join("; ", i.targets()),
        p.flatMap(PlaceSummary::country).orElse(""),
        p.flatMap(PlaceSummary::admin1).orElse(""),
        p.map(PlaceSummary::name).orElse(""),
        p.flatMap(PlaceSummary::lat), p.flatMap(PlaceSummary::lon),
        p.map(x -> x.precision().wire()).orElse(""),
        i.fatalities(), killed(i.tolls(), false), killed(i.tolls(), true),
        i.injured(), i.hostages(),
        String.join("; ", i.sources()), i.reports(), notes(i));
  }

  List<String> values() {
    return List.of(String.valueOf(id), date, datePrecision, type, subType, codes, actor1, actor2, country, admin1,
        location, IncidentCsv.opt(latitude), IncidentCsv.opt(longitude), geoPrecision, IncidentCsv.opt(fatalities),
        IncidentCsv.opt(fatalitiesMin), IncidentCsv.opt(fatalitiesMax), IncidentCsv.opt(injured),
        IncidentCsv.opt(hostages), sources, String.valueOf(reportCount), notes);
  }

  static String codes(IncidentType t) {
    List<String> parts = new ArrayList<>();
    t.gtd().ifPresent(g -> parts.add("gtd=" + g));
    parts.add("acled=" + t.acled() + " / " + t.acledSub());
    parts.add("cameo=" + t.cameo());
    t.muc4().ifPresent(m -> parts.add("muc4=" + m));
    return String.join("; ", parts);
  }

  /** The killed total over the lowest ({@code highest=false}) or highest figure of each group; see the class doc. */
  private static Optional<Integer> killed(List<TollConsensus> tolls, boolean highest) {
    Map<TollGroup, Integer> byGroup = new EnumMap<>(TollGroup.class);
    for (TollConsensus t : tolls) {
      if (t.outcome() != TollOutcome.KILLED) continue;
      Optional<Integer> figure = highest ? t.highest() : t.lowest();
      figure.ifPresent(f -> byGroup.merge(t.group(), f, Math::max));
    }
    if (byGroup.isEmpty()) return Optional.empty();
    long specific = byGroup.entrySet().stream().filter(e -> e.getKey() != TollGroup.ALL)
        .mapToLong(Map.Entry::getValue).sum();
    return Optional.of((int) Math.min(Integer.MAX_VALUE, Math.max(specific, byGroup.getOrDefault(TollGroup.ALL, 0))));
  }

  /** Every figure side by side, e.g. "hostages killed: 27 (2 reports); perpetrators killed: 35-40 (3 reports)". */
  private static String notes(IncidentSummary i) {
    List<String> parts = new ArrayList<>();
    for (TollConsensus t : i.tolls()) {
      String low = t.lowest().map(String::valueOf).orElse("?");
      String high = t.highest().map(String::valueOf).orElse("?");
      String range = low.equals(high) ? low : low + "-" + high;
      parts.add(t.group().wire() + " " + t.outcome().wire() + ": " + range + " (" + t.claims()
          + (t.claims() == 1 ? " claim)" : " claims)"));
    }
    return String.join("; ", parts);
  }
}
