package org.sitrep.store;

import java.util.Locale;

/** What an evidence span of a stored document supports. */
public enum SpanKind {
  /** A sentence that tells the incident. */
  INCIDENT,
  DATE, PLACE, PARTICIPANT, WEAPON, TOLL, RESPONSIBILITY,
  /** A quotation; it belongs to the document, so its span has no incident. */
  QUOTE;

  public String wire() { return name().toLowerCase(Locale.ROOT); }
}
