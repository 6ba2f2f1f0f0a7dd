package org.sitrep.extract;

/** How much a trigger word alone says that violence happened. */
enum TriggerStrength {
  /** Names political violence by itself ("bombing", "kidnapped", "gunmen"). */
  STRONG,
  /** Needs violent context in its sentence ("attack", "shot", "operation"): sports and business use these too. */
  WEAK,
  /** Says only that people died or were hurt; counts only with a casualty figure or a named victim. */
  CASUALTY
}
