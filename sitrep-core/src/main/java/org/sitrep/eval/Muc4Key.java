package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where and when one MUC-4 answer-key template says its incident happened: the countries, the city or town names the
 * key allows (its "/" alternatives: "COLOMBIA / VENEZUELA" allows either country), and the date ranges it allows
 * ("- 04 FEB 90" is on or before 4 February).
 */
public record Muc4Key(String incidentType, List<String> countries, List<String> cities, List<DateRange> dates) {
  public record DateRange(Optional<LocalDate> from, LocalDate to) {}

  public Muc4Key {
    countries = List.copyOf(countries);
    cities = List.copyOf(cities);
    dates = List.copyOf(dates);
  }

  /** The key's first country, for display. */
  public Optional<String> country() { return countries.stream().findFirst(); }

  /** The keys of one document line of the MUC-4 JSON Lines files (its {@code templates} field). */
  public static List<Muc4Key> of(JsonNode document) {
    List<Muc4Key> out = new ArrayList<>();
    for (JsonNode t : document.path("templates")) {
      String type = t.path("incident_type").asText("").toLowerCase(Locale.ROOT).split(" / ")[0].strip();
      List<String> countries = new ArrayList<>();
      List<String> cities = new ArrayList<>();
      JsonNode alternatives = t.path("incident_location").path("alternatives");
      for (JsonNode path : alternatives) {
        // Each alternative is a path from its country (the one place without a type) down.
        for (JsonNode place : path) {
          if (!place.has("name")) continue;
          String placeType = place.path("type").asText("");
          if (placeType.isEmpty()) {
            String country = place.path("name").asText();
            if (!countries.contains(country)) countries.add(country);
          } else if (placeType.contains("CITY") || placeType.contains("TOWN")) {
            for (String name : place.path("name").asText().split(" / ")) cities.add(name.strip());
          }
        }
      }
      List<DateRange> dates = new ArrayList<>();
      for (JsonNode d : t.path("incident_date").path("alternatives")) {
        if (d.path("to").isTextual()) {
          Optional<LocalDate> from = d.path("from").isTextual() ? Optional.of(LocalDate.parse(d.path("from").asText()))
              : Optional.empty();
          dates.add(new DateRange(from, LocalDate.parse(d.path("to").asText())));
        }
      }
      out.add(new Muc4Key(type, countries, cities, dates));
    }
    return out;
  }
}
