/**
 * eval: scores extraction output against answer keys (metrics only, never timing). The MUC-4 scorer implements
 * the GTT template-level F1 and the GRIT CEAF-REE role-filler F1; see {@link org.sitrep.eval.Muc4Evaluation}.
 */
package org.sitrep.eval;
