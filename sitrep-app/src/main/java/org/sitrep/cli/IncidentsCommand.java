package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.domain.IncidentType;
import org.sitrep.domain.OneLine;
import org.sitrep.serve.IncidentCsv;
import org.sitrep.serve.IncidentGeoJson;
import org.sitrep.serve.IncidentJson;
import org.sitrep.store.IncidentQuery;
import org.sitrep.store.IncidentSummary;
import org.sitrep.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sitrep incidents}: lists or exports stored incidents, filtered. */
@Command(name = "incidents", mixinStandardHelpOptions = true,
    description = "List or export stored incidents (table, JSON, CSV in ACLED/GTD style, or GeoJSON).")
public final class IncidentsCommand implements Callable<Integer> {
  enum Format { table, json, csv, geojson }

  @Option(names = "--db", paramLabel = "URL", description = "Database (default: ${DEFAULT-VALUE}).",
      defaultValue = Store.DEFAULT_URL)
  String db;

  @Option(names = "--since", paramLabel = "YYYY-MM-DD", description = "Incidents on or after this day.")
  LocalDate since;

  @Option(names = "--until", paramLabel = "YYYY-MM-DD", description = "Incidents on or before this day.")
  LocalDate until;

  @Option(names = "--country", paramLabel = "CC", description = "ISO 3166-1 alpha-2 country code, e.g. PK.")
  String country;

  @Option(names = "--type", paramLabel = "TYPE", converter = TypeConverter.class,
      description = "Incident type, e.g. bombing, hijacking, armed_clash.")
  IncidentType type;

  @Option(names = "--actor", paramLabel = "NAME", description = "Any participant's name or alias contains this.")
  String actor;

  @Option(names = "--format", description = "table (default), json, csv or geojson.", defaultValue = "table")
  Format format;

  @Option(names = "--limit", description = "At most this many incidents, newest first (default: all).")
  Integer limit;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    IncidentQuery query = IncidentQuery.all();
    if (since != null) query = query.withSince(since);
    if (until != null) query = query.withUntil(until);
    if (country != null) query = query.withCountry(country);
    if (type != null) query = query.withType(type);
    if (actor != null) query = query.withActor(actor);
    try (Store store = Store.open(db)) {
      List<IncidentSummary> incidents = all(store, query);
      PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
      switch (format) {
        case table -> table(out, incidents);
        case json -> {
          ObjectMapper mapper = new ObjectMapper();
          ObjectNode root = mapper.createObjectNode();
          ArrayNode items = root.putArray("items");
          incidents.forEach(i -> items.add(IncidentJson.summary(mapper, i)));
          root.put("total", incidents.size());
          out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        }
        case csv -> {
          BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
          IncidentCsv.writeHeader(w);
          incidents.forEach(i -> IncidentCsv.write(w, i));
          w.flush();
        }
        case geojson -> {
          try (IncidentGeoJson g = new IncidentGeoJson(out)) {
            incidents.forEach(g::write);
          }
          out.println();
        }
      }
      out.flush();
    }
    return 0;
  }

  /** Pages through the store so an export of any size never needs one huge query. */
  private List<IncidentSummary> all(Store store, IncidentQuery query) {
    int wanted = limit == null ? Integer.MAX_VALUE : limit;
    java.util.ArrayList<IncidentSummary> out = new java.util.ArrayList<>();
    int page = Math.min(1000, Math.max(1, wanted));
    for (int offset = 0; out.size() < wanted; offset += page) {
      List<IncidentSummary> got = store.incidents(query.withPage(page, offset));
      out.addAll(got.subList(0, Math.min(got.size(), wanted - out.size())));
      if (got.size() < page) break;
    }
    return out;
  }

  private static void table(PrintStream out, List<IncidentSummary> incidents) {
    out.printf("%-6s %-10s %-20s %-28s %-3s %6s %4s  %s%n", "id", "date", "type", "place", "cc", "killed", "reps",
        "perpetrators");
    for (IncidentSummary i : incidents) {
      out.printf("%-6d %-10s %-20s %-28s %-3s %6s %4d  %s%n", i.id(),
          i.date().map(d -> d.startText()).orElse("-"), cut(i.type().wire(), 20),
          cut(i.place().map(p -> p.name()).orElse("-"), 28), i.place().flatMap(p -> p.country()).orElse("-"),
          i.fatalities().map(String::valueOf).orElse("-"), i.reports(), cut(String.join("; ", i.perpetrators()), 60));
    }
    out.printf("%d incident(s)%n", incidents.size());
  }

  private static String cut(String s, int width) {
    String oneLine = OneLine.of(s);
    return oneLine.length() <= width ? oneLine : oneLine.substring(0, width - 1) + "…";
  }

  static final class TypeConverter implements CommandLine.ITypeConverter<IncidentType> {
    @Override
    public IncidentType convert(String value) {
      return IncidentType.fromWire(value.toLowerCase(Locale.ROOT)).orElseThrow(() -> new CommandLine.TypeConversionException(
          "unknown type '" + value + "'; one of " + java.util.Arrays.stream(IncidentType.values())
              .map(IncidentType::wire).toList()));
    }
  }
}
