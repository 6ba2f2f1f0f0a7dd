package org.sitrep.store;

import java.util.Set;

/** What {@link IncidentReader#changesSince} found: the incidents reports were added to, and the last report's id. */
record IndexChanges(long lastReport, Set<Long> incidents) {
  IndexChanges {
    incidents = Set.copyOf(incidents);
  }
}
