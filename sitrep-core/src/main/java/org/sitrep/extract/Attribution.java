package org.sitrep.extract;

import org.sitrep.domain.Evidence;

/**
 * Who a sentence says its information comes from: the source phrase (tokens [first, last) of the sentence) and the
 * reporting word it hangs on ("said", "according to"). {@code pronoun} marks "he said": the caller resolves it.
 */
record Attribution(String source, int first, int last, int cue, boolean pronoun, Evidence evidence) {}
