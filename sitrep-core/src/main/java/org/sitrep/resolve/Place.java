package org.sitrep.resolve;

import java.util.Objects;
import java.util.Optional;

/**
 * One gazetteer entry. {@code countryCode} is ISO 3166-1 alpha-2; {@code admin1} names the first-level
 * division the place lies in (an {@link PlaceKind#ADMIN1} entry names itself, given or not; a country has none).
 * {@code population} is GeoNames' figure for a city and the sum over its cities for a country or admin1,
 * so it ranks candidates but is not a census.
 */
public record Place(String name, PlaceKind kind, String countryCode, Optional<String> admin1, double lat, double lon,
                    long population) {
  public Place {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(countryCode, "countryCode");
    Objects.requireNonNull(admin1, "admin1");
    if (name.isBlank()) throw new IllegalArgumentException("blank place name");
    if (!isAlpha2(countryCode)) throw new IllegalArgumentException("not an ISO alpha-2 code: " + countryCode);
    if (kind == PlaceKind.COUNTRY && admin1.isPresent()) throw new IllegalArgumentException("a country has no admin1");
    if (kind == PlaceKind.ADMIN1 && admin1.isEmpty()) admin1 = Optional.of(name);
    if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) {
      throw new IllegalArgumentException("bad coordinates " + lat + "," + lon + " for " + name);
    }
    if (population < 0) throw new IllegalArgumentException("negative population for " + name);
  }

  private static boolean isAlpha2(String code) {
    return code.length() == 2 && isUpper(code.charAt(0)) && isUpper(code.charAt(1));
  }

  private static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }
}
