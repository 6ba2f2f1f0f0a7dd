package org.sitrep.domain;

import java.util.Optional;

/**
 * sitrep's incident taxonomy, and the one table mapping it onto the coding schemes analysts use:
 * GTD attack type, ACLED event type and sub-type, CAMEO event code, MUC-4 incident type.
 * A scheme that has no category for the type maps to empty (written as JSON null).
 */
public enum IncidentType {
  //                      GTD attack type                              ACLED event type                  ACLED sub-event type                         CAMEO   MUC-4
  HIJACKING(            "Hijacking",                                  "Violence against civilians",     "Abduction/forced disappearance",            "181",  "kidnapping"),
  HOSTAGE_TAKING(       "Hostage Taking (Barricade Incident)",        "Violence against civilians",     "Abduction/forced disappearance",            "181",  "kidnapping"),
  KIDNAPPING(           "Hostage Taking (Kidnapping)",                "Violence against civilians",     "Abduction/forced disappearance",            "181",  "kidnapping"),
  SUICIDE_BOMBING(      "Bombing/Explosion",                          "Explosions/Remote violence",     "Suicide bomb",                              "1831", "bombing"),
  BOMBING(              "Bombing/Explosion",                          "Explosions/Remote violence",     "Remote explosive/landmine/IED",             "183",  "bombing"),
  ASSASSINATION(        "Assassination",                              "Violence against civilians",     "Attack",                                    "186",  "attack"),
  ARMED_ASSAULT(        "Armed Assault",                              "Violence against civilians",     "Attack",                                    "180",  "attack"),
  ARSON(                "Facility/Infrastructure Attack",             "Strategic developments",         "Looting/property destruction",              "1712", "arson"),
  INFRASTRUCTURE_ATTACK("Facility/Infrastructure Attack",             "Strategic developments",         "Looting/property destruction",              "1712", "attack"),
  ARMED_CLASH(          null,                                         "Battles",                        "Armed clash",                               "190",  null),
  SECURITY_OPERATION(   null,                                         "Battles",                        "Armed clash",                               "190",  null),
  RIOT(                 null,                                         "Riots",                          "Violent demonstration",                     "145",  null),
  PROTEST(              null,                                         "Protests",                       "Protest with intervention",                 "141",  null),
  THREAT(               null,                                         "Strategic developments",         "Other",                                     "138",  null),
  ROBBERY(              null,                                         "Strategic developments",         "Looting/property destruction",              "1711", "robbery"),
  FORCED_WORK_STOPPAGE( null,                                         "Strategic developments",         "Other",                                     "1383", "forced work stoppage"),
  OTHER_VIOLENCE(       "Unknown",                                    "Violence against civilians",     "Attack",                                    "180",  "attack");

  private final String gtd;
  private final String acled;
  private final String acledSub;
  private final String cameo;
  private final String muc4;

  IncidentType(String gtd, String acled, String acledSub, String cameo, String muc4) {
    this.gtd = gtd;
    this.acled = acled;
    this.acledSub = acledSub;
    this.cameo = cameo;
    this.muc4 = muc4;
  }

  public String wire() { return name().toLowerCase(); }

  public Optional<String> gtd() { return Optional.ofNullable(gtd); }
  public String acled() { return acled; }
  public String acledSub() { return acledSub; }
  public String cameo() { return cameo; }
  public Optional<String> muc4() { return Optional.ofNullable(muc4); }

  public static Optional<IncidentType> fromWire(String s) {
    for (IncidentType t : values()) if (t.wire().equals(s)) return Optional.of(t);
    return Optional.empty();
  }
}
