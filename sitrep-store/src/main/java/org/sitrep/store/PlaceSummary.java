package org.sitrep.store;

import java.util.Objects;
import java.util.Optional;
import org.sitrep.domain.GeoPrecision;
import org.sitrep.domain.Location;

/**
 * Where a stored incident happened, as its most precise report resolved it. {@code country} is ISO 3166-1 alpha-2;
 * the coordinates are those of the most specific resolved level. The evidence stays on the report
 * ({@link StoredReport#location()}), since it points into that report's document.
 */
public record PlaceSummary(String name, Optional<String> city, Optional<String> admin1, Optional<String> country,
                           Optional<Double> lat, Optional<Double> lon, GeoPrecision precision) {
  public PlaceSummary {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(city, "city");
    Objects.requireNonNull(admin1, "admin1");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(lat, "lat");
    Objects.requireNonNull(lon, "lon");
    Objects.requireNonNull(precision, "precision");
    if (lat.isPresent() != lon.isPresent()) throw new IllegalArgumentException("lat and lon come together");
  }

  static PlaceSummary of(Location l) {
    return new PlaceSummary(l.name(), l.city(), l.admin1(), l.country(), l.lat(), l.lon(), l.precision());
  }
}
