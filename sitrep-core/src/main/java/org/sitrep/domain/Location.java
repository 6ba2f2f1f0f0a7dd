package org.sitrep.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * Where an incident happened, resolved against the gazetteer. {@code name} is the place as the text names it;
 * {@code country} is ISO 3166-1 alpha-2. Coordinates are those of the most specific resolved level.
 */
public record Location(String name, Optional<String> city, Optional<String> admin1, Optional<String> country,
                       Optional<Double> lat, Optional<Double> lon, GeoPrecision precision,
                       Optional<Evidence> evidence) {
  public Location {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(city, "city");
    Objects.requireNonNull(admin1, "admin1");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(lat, "lat");
    Objects.requireNonNull(lon, "lon");
    Objects.requireNonNull(precision, "precision");
    Objects.requireNonNull(evidence, "evidence");
    if (lat.isPresent() != lon.isPresent()) throw new IllegalArgumentException("lat and lon come together");
  }
}
