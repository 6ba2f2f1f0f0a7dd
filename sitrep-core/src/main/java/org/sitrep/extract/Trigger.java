package org.sitrep.extract;

import org.sitrep.domain.Evidence;
import org.sitrep.domain.IncidentType;

/** A word or phrase in one sentence that names an incident of some type. Tokens [first, last) of sentence. */
record Trigger(IncidentType type, TriggerStrength strength, int sentence, int first, int last, boolean generic,
               Evidence evidence) {}
