/**
 * eval: scores extraction output against answer keys (metrics only, never timing). The MUC-4 scorer implements
 * the GTT template-level F1 and the GRIT CEAF-REE role-filler F1; see {@link org.sitrep.eval.Muc4Evaluation}. The merge
 * evaluation ({@link org.sitrep.eval.MergeEvaluation}) scores how sitrep merges reports of one incident against gold
 * clusters rebuilt from the MUC-4 keys ({@link org.sitrep.eval.MergeGold}), pairwise and B-cubed
 * ({@link org.sitrep.eval.ClusterScores}).
 */
package org.sitrep.eval;
