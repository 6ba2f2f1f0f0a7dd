package org.sitrep.resolve;

import java.util.List;
import java.util.Optional;
import org.sitrep.domain.GeoPrecision;
import org.sitrep.domain.Location;

/** Placeholder until the gazetteer branch lands. */
public final class PlaceResolver {
  public PlaceResolver(Gazetteer g) {}

  public Optional<Location> resolve(List<PlaceMention> incidentMentions, List<PlaceMention> documentMentions) {
    if (incidentMentions.isEmpty()) return Optional.empty();
    PlaceMention m = incidentMentions.get(0);
    return Optional.of(new Location(m.text(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), GeoPrecision.CITY, Optional.of(m.evidence())));
  }
}
