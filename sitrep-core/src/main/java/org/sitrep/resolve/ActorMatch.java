package org.sitrep.resolve;

import java.util.Objects;

/**
 * An actor name found in a token sequence by {@link ActorDictionary#find}: tokens {@code start} (inclusive) to
 * {@code end} (exclusive) of the list that was scanned, the actor, and the dictionary name that matched.
 */
public record ActorMatch(int start, int end, Actor actor, String matched) {
  public ActorMatch {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(matched, "matched");
    if (start < 0 || end <= start) throw new IllegalArgumentException("bad token range " + start + ".." + end);
  }
}
