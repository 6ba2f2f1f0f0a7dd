package org.sitrep.store;

/**
 * One stored document's effect on one incident: the document's report {@code created} the incident (it is the first
 * report) or was merged into an existing one; {@code version} is the incident's version just after that report (its
 * rank among the incident's reports, 1 for the creating one), so it names the change whatever came later.
 */
public record IncidentChange(long incidentId, boolean created, int version) {
  public IncidentChange {
    if (version < 1) throw new IllegalArgumentException("version " + version + " < 1");
    if (created != (version == 1)) throw new IllegalArgumentException("created exactly when version is 1");
  }
}
