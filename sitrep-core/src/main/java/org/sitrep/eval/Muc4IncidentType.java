package org.sitrep.eval;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The six MUC-4 incident types (the key's INCIDENT: TYPE set fill), labelled as in the {@code gtt} field. */
public enum Muc4IncidentType {
  ATTACK("attack"),
  BOMBING("bombing"),
  KIDNAPPING("kidnapping"),
  ARSON("arson"),
  ROBBERY("robbery"),
  FORCED_WORK_STOPPAGE("forced work stoppage");

  private final String label;

  Muc4IncidentType(String label) { this.label = label; }

  /** The lower-case label written in JSON, e.g. {@code "forced work stoppage"}. */
  public String label() { return label; }

  /** Reads one label, ignoring case and surrounding space; empty for anything that is not one of the six. */
  public static Optional<Muc4IncidentType> fromLabel(String text) {
    String wanted = text.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(t -> t.label.equals(wanted)).findFirst();
  }
}
