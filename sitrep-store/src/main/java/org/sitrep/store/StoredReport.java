package org.sitrep.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sitrep.domain.Evidence;
import org.sitrep.domain.IncidentDate;
import org.sitrep.domain.IncidentStatus;
import org.sitrep.domain.IncidentType;
import org.sitrep.domain.Location;
import org.sitrep.domain.Weapon;

/**
 * One document's account of a stored incident, exactly as that document told it (its own status, type, date and place
 * may differ from the incident's canonical ones). Evidence points into the document {@code documentId}, whose title,
 * outlet, publication day and address come along. {@code extractedId} is the id the extraction gave the incident.
 */
public record StoredReport(long id, long incidentId, long documentId, String contentHash, Optional<String> title,
                           Optional<String> source, Optional<LocalDate> published, Optional<String> url,
                           String extractedId,
                           IncidentStatus status, IncidentType type, List<IncidentType> subtypes,
                           Optional<IncidentDate> date, Optional<Location> location, List<Weapon> weapons,
                           List<Evidence> evidence) {
  public StoredReport {
    Objects.requireNonNull(contentHash, "contentHash");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(extractedId, "extractedId");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(type, "type");
    subtypes = List.copyOf(subtypes);
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(location, "location");
    weapons = List.copyOf(weapons);
    evidence = List.copyOf(evidence);
  }
}
