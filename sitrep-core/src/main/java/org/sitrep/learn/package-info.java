/**
 * Small learned models trained by {@code sitrep train} from the training splits in shared/data: a sparse logistic
 * regression and its plain-text file format. Deterministic (fixed seed, sorted inputs), so the same data always gives
 * the same file, and small enough to commit.
 */
package org.sitrep.learn;
