package org.sitrep.eval;

import java.util.LinkedHashSet;
import java.util.Set;

/** An entity's strings after {@link MentionNormalizer}; the unit both metrics compare. */
record NormalizedEntity(Set<String> mentions) {
  NormalizedEntity {
    mentions = Set.copyOf(mentions);
  }

  static NormalizedEntity of(Muc4Entity entity) {
    Set<String> mentions = new LinkedHashSet<>();
    entity.alternatives().forEach(m -> mentions.add(MentionNormalizer.normalize(m)));
    return new NormalizedEntity(mentions);
  }

  /**
   * Both scripts' similarity ({@code matching} in GTT, {@code phi_strict} in GRIT): a predicted entity is right when
   * every one of its strings is an alternative of the gold entity. With one predicted string this is "equals one of
   * the gold alternatives".
   */
  boolean matchesGold(NormalizedEntity gold) {
    return gold.mentions.containsAll(mentions);
  }
}
