/**
 * The merge stage: decides when reports describe the same real incident ({@link org.sitrep.merge.IncidentMatcher}
 * over {@link org.sitrep.merge.IncidentProfile}s) and how the figures of several reports add up
 * ({@link org.sitrep.merge.TollConsensus}). Pure functions over domain records: the store asks, this answers; no
 * database or NLP types here.
 */
package org.sitrep.merge;
