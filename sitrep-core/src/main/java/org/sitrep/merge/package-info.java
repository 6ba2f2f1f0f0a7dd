/**
 * The merge stage: decides when reports describe the same real incident ({@link org.sitrep.merge.IncidentMatcher}
 * over {@link org.sitrep.merge.IncidentProfile}s, its rule in {@link org.sitrep.merge.IncidentMatcher.Rule}) and how the
 * figures of several reports add up ({@link org.sitrep.merge.TollConsensus}, ACLED's most conservative figure).
 * {@link org.sitrep.merge.InMemoryIncidentMerger} is the store's merge loop over lists, for evaluation and tests. Pure
 * functions over domain records: the store asks, this answers; no database or NLP types here. The rule and why:
 * docs/merge.md.
 */
package org.sitrep.merge;
