package org.sitrep.merge;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.sitrep.domain.IncidentType;

/** Hand-made profiles: one place per call, dates as ISO days. */
final class MergeFixtures {
  private MergeFixtures() {}

  record Town(String country, String admin1, String city, double lat, double lon) {}

  static final Town BOGOTA = new Town("CO", "Bogotá D.C.", "Bogotá", 4.6097, -74.0817);
  static final Town SOACHA = new Town("CO", "Cundinamarca", "Soacha", 4.5794, -74.2168);
  static final Town FACATATIVA = new Town("CO", "Cundinamarca", "Facatativá", 4.8136, -74.3545);
  static final Town MEDELLIN = new Town("CO", "Antioquia", "Medellín", 6.2518, -75.5636);
  static final Town CARACAS = new Town("VE", "Distrito Capital", "Caracas", 10.4880, -66.8792);

  static IncidentProfile profile(IncidentType type, String from, String to, Town town, Set<String> targets,
                                 Set<String> actors, Set<String> words) {
    return new IncidentProfile(type, Optional.of(LocalDate.parse(from)), Optional.of(LocalDate.parse(to)),
        Optional.of(town.country()), Optional.of(town.admin1()), Optional.of(town.city()), Optional.of(town.lat()),
        Optional.of(town.lon()), actors, targets, words);
  }

  static IncidentProfile on(IncidentType type, String day, Town town, String... targets) {
    return profile(type, day, day, town, Set.of(targets), Set.of(), Set.of());
  }
}
