package org.sitrep.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One incident as a single report describes it. Every field carries evidence into the report's raw text;
 * {@code evidence} lists the sentences that describe the incident.
 */
public record Incident(String id, IncidentStatus status, IncidentType type, List<IncidentType> subtypes,
                       Optional<IncidentDate> date, Optional<Location> location,
                       List<Participant> participants, List<Weapon> weapons, List<Toll> tolls,
                       List<Evidence> evidence) {
  public Incident {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(type, "type");
    subtypes = List.copyOf(subtypes);
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(location, "location");
    participants = List.copyOf(participants);
    weapons = List.copyOf(weapons);
    tolls = List.copyOf(tolls);
    evidence = List.copyOf(evidence);
  }
}
