package org.sitrep.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sitrep.domain.ActorKind;
import org.sitrep.domain.Extraction;
import org.sitrep.domain.Incident;
import org.sitrep.domain.IncidentType;
import org.sitrep.domain.OneLine;
import org.sitrep.domain.Participant;
import org.sitrep.domain.Role;
import org.sitrep.domain.Weapon;

/**
 * Maps sitrep's incidents onto MUC-4 templates (GTT's five roles). Only what sitrep extracts is mapped: the type
 * through {@link org.sitrep.domain.IncidentType#muc4()}, perpetrators by whether they are named organisations
 * (PerpOrg) or generic individuals (PerpInd), physical targets (vehicles, facilities, infrastructure) to Target, named
 * people harmed to Victim, and weapon words to Weapon. Background incidents are mapped too: MUC-4 keys every relevant
 * incident a report describes, however old, and on train that scores better than leaving them out.
 */
public final class Muc4TemplateMapper {
  public List<Muc4Template> templates(Extraction extraction) {
    return templates(extraction, Muc4TemplateMapper::ruleFillers);
  }

  /** The incidents that become templates, in report order, each with its MUC-4 type. */
  public Map<Incident, Muc4IncidentType> mappedIncidents(Extraction extraction) {
    Map<Incident, Muc4IncidentType> out = new LinkedHashMap<>();
    for (Incident incident : extraction.incidents()) muc4Type(incident).ifPresent(t -> out.put(incident, t));
    return out;
  }

  /**
   * The templates with each incident's role fillers chosen by {@code fillersOf} (the rules, or a learned
   * {@link Muc4RoleFiller}); types and the split into one template per MUC-4 act stay the mapper's.
   */
  public List<Muc4Template> templates(Extraction extraction,
                                      java.util.function.Function<Incident, Map<Muc4Role, List<Muc4Entity>>> fillersOf) {
    return mapped(extraction, fillersOf).stream().map(Mapped::template).toList();
  }

  /**
   * One template with the incident it came from: a learned {@link Muc4TemplateTyper} reads the incident (its type,
   * status, date, participants) to decide whether the template stays and which type it gets.
   *
   * @param split whether the template is an extra act split off the incident's main template
   */
  public record Mapped(Incident incident, Muc4Template template, boolean split) {
    public Mapped {
      java.util.Objects.requireNonNull(incident, "incident");
      java.util.Objects.requireNonNull(template, "template");
    }

    public Muc4IncidentType type() { return template.incidentTypes().iterator().next(); }
  }

  /** {@link #templates(Extraction)} with the incident behind each template, rule fillers. */
  public List<Mapped> mapped(Extraction extraction) {
    return mapped(extraction, Muc4TemplateMapper::ruleFillers);
  }

  /** {@link #templates(Extraction, java.util.function.Function)} with the incident behind each template. */
  public List<Mapped> mapped(Extraction extraction,
                             java.util.function.Function<Incident, Map<Muc4Role, List<Muc4Entity>>> fillersOf) {
    List<Mapped> out = new ArrayList<>();
    for (Map.Entry<Incident, Muc4IncidentType> e : mappedIncidents(extraction).entrySet()) {
      Incident incident = e.getKey();
      Muc4IncidentType type = e.getValue();
      Muc4Template main = Muc4Template.of(type, fillersOf.apply(incident));
      // One report of "guerrillas attacked the post and kidnapped the mayor" is two MUC-4 incidents: each other MUC-4
      // type among the subtypes gets a template of its own, with the perpetrators and the role that goes with its act
      java.util.Set<Muc4IncidentType> seen = java.util.EnumSet.of(type);
      List<Muc4Template> extra = new ArrayList<>();
      for (IncidentType sub : incident.subtypes()) {
        Optional<Muc4IncidentType> other = sub.muc4().flatMap(Muc4IncidentType::fromLabel);
        if (other.isEmpty() || !seen.add(other.get())) continue;
        Map<Muc4Role, List<Muc4Entity>> fillers = new java.util.EnumMap<>(Muc4Role.class);
        for (Muc4Role role : Muc4Role.values()) {
          boolean keep = role == Muc4Role.PERP_IND || role == Muc4Role.PERP_ORG || role == actRole(other.get());
          fillers.put(role, keep ? main.fillers(role) : List.of());
        }
        extra.add(Muc4Template.of(other.get(), fillers));
      }
      if (!extra.isEmpty()) {
        // the role moves with its act: the bomb goes to the bombing, not also to the attack
        Map<Muc4Role, List<Muc4Entity>> fillers = new java.util.EnumMap<>(Muc4Role.class);
        for (Muc4Role role : Muc4Role.values()) {
          boolean moved = extra.stream().anyMatch(t -> actRole(t.incidentTypes().iterator().next()) == role)
              && actRole(type) != role;
          fillers.put(role, moved ? List.of() : main.fillers(role));
        }
        main = Muc4Template.of(type, fillers);
      }
      out.add(new Mapped(incident, main, false));
      for (Muc4Template t : extra) out.add(new Mapped(incident, t, true));
    }
    return out;
  }

  /** The role that goes with an act: a bombing's weapon, a kidnapping's victim, an arson's target; else none. */
  static Muc4Role actRole(Muc4IncidentType type) {
    return switch (type) {
      case BOMBING -> Muc4Role.WEAPON;
      case KIDNAPPING -> Muc4Role.VICTIM;
      case ARSON -> Muc4Role.TARGET;
      default -> null;
    };
  }

  /**
   * MUC-4 types a threat by the act threatened, and types by instrument where sitrep types by target: an infrastructure attack or assassination carried out
   * with a bomb is a MUC-4 bombing (with fire an arson), so the subtype decides.
   */
  private static Optional<Muc4IncidentType> muc4Type(Incident incident) {
    IncidentType type = incident.type();
    // MUC-4 leaves combat out, but a named civilian or official killed in it ("a Dutch reporter was killed today in a
    // shootout") is keyed as an attack on that person
    if (type == IncidentType.ARMED_CLASH && namesVictim(incident)) type = IncidentType.ARMED_ASSAULT;
    if (type == IncidentType.THREAT) {
      // MUC-4 keys threatened incidents too (stage of execution THREAT), typed by the act threatened
      type = incident.subtypes().stream().filter(t -> t.muc4().isPresent()).findFirst()
          .orElse(IncidentType.ARMED_ASSAULT);
    }
    if (type == IncidentType.INFRASTRUCTURE_ATTACK || type == IncidentType.ASSASSINATION) {
      for (IncidentType sub : incident.subtypes()) {
        if (sub == IncidentType.BOMBING || sub == IncidentType.SUICIDE_BOMBING || sub == IncidentType.ARSON) {
          type = sub;
          break;
        }
      }
    }
    return type.muc4().flatMap(Muc4IncidentType::fromLabel);
  }

  /** Whether a person the incident harmed is named (not a toll's group, not a description such as "gunmen"). */
  private static boolean namesVictim(Incident incident) {
    return incident.participants().stream().anyMatch(p -> p.role() == Role.VICTIM && isNamed(p)
        && (p.kind() == ActorKind.CIVILIANS || p.kind() == ActorKind.GOVERNMENT)
        && OneLine.of(p.evidence().text()).equalsIgnoreCase(p.name()));
  }

  /** The rules' fillers of one incident: sitrep's participants and weapons, sorted into roles by kind. */
  static Map<Muc4Role, List<Muc4Entity>> ruleFillers(Incident incident) {
    Map<String, List<String>> perpInd = new LinkedHashMap<>();
    Map<String, List<String>> perpOrg = new LinkedHashMap<>();
    Map<String, List<String>> target = new LinkedHashMap<>();
    Map<String, List<String>> victim = new LinkedHashMap<>();
    Map<String, List<String>> weapon = new LinkedHashMap<>();
    // the claimant first: when a report names several groups, MUC-4 keys the one that did it
    List<Participant> people = new ArrayList<>(incident.participants());
    people.sort(java.util.Comparator.comparing(p -> !p.claimedResponsibility()));
    for (Participant p : people) {
      // One string per entity, copied from the text: the scorers credit an entity only when every string it offers
      // is one of the key's alternatives, so a second guess can only cost.
      String text = OneLine.of(p.evidence().text());
      String key = p.name().toLowerCase(Locale.ROOT);
      if (p.role() == Role.PERPETRATOR) {
        if (p.kind() == ActorKind.STATE_FORCES) {
          // the text made the state's forces the perpetrator: MUC-4 keys the body ("ARMY") as PerpOrg and its men
          // ("SOLDIERS", "MEMBERS OF THE ARMED FORCES") as PerpInd
          (isStatePeople(p.name()) ? perpInd : perpOrg).putIfAbsent(key, List.of(text));
        } else if (isNamed(p)) {
          if (!isStateUnit(p.name())) perpOrg.putIfAbsent(key, List.of(text));
        } else {
          perpInd.putIfAbsent(key, List.of(text));
        }
      } else if (p.role() == Role.TARGET && isPhysical(p.kind())) {
        target.putIfAbsent(key, List.of(text));
      } else if (p.role() == Role.VICTIM && isNamed(p) && text.equalsIgnoreCase(p.name())) {
        // a name read off the text, not a toll's group ("civilians", "security forces")
        victim.putIfAbsent(key, List.of(text));
      }
    }
    for (Weapon w : incident.weapons()) {
      String text = OneLine.of(w.evidence().text());
      if (namesInstrument(text)) weapon.putIfAbsent(text.toLowerCase(Locale.ROOT), List.of(text));
    }
    Map<Muc4Role, List<Muc4Entity>> fillers = new java.util.EnumMap<>(Muc4Role.class);
    fillers.put(Muc4Role.PERP_IND, entities(perpInd));
    // one organisation per incident: on MUC-4 train a second one named beside the act was wrong more often than right
    fillers.put(Muc4Role.PERP_ORG, entities(perpOrg).stream().limit(1).toList());
    fillers.put(Muc4Role.TARGET, entities(target));
    fillers.put(Muc4Role.VICTIM, entities(victim));
    fillers.put(Muc4Role.WEAPON, entities(weapon));
    return fillers;
  }

  private static List<Muc4Entity> entities(Map<String, List<String>> byKey) {
    return byKey.values().stream().map(Muc4Entity::new).toList();
  }

  /** Head nouns of descriptions of people, not names of organisations: "armed men", "urban terrorists". */
  private static final java.util.Set<String> DESCRIPTION_HEADS = java.util.Set.of(
      "militants", "militant", "gunmen", "gunman", "guerrillas", "guerrilla", "terrorists", "terrorist", "attackers",
      "attacker", "men", "man", "individuals", "individual", "insurgents", "insurgent", "rebels", "rebel",
      "assailants", "assailant", "bandits", "kidnappers", "hijackers", "bomber", "bombers", "subversives", "criminals",
      "people", "persons", "youths", "mob", "rioters", "robbers", "extremists", "jihadists", "separatists", "soldiers",
      "commandos", "members", "unknown", "unidentified", "assassins", "murderers", "killers", "narcoterrorists",
      "hitmen", "traffickers");

  /** A named person or organisation, as opposed to a description of people ("gunmen", "URBAN TERRORISTS"). */
  private static boolean isNamed(Participant p) {
    String[] words = p.name().toLowerCase(Locale.ROOT).split("\\s+");
    return !DESCRIPTION_HEADS.contains(words[words.length - 1]);
  }

  /** Nouns that name a weapon, as MUC-4's instrument slot wants it: "bomb", "dynamite", not "bombing" or "shot". */
  private static final java.util.Set<String> INSTRUMENTS = java.util.Set.of(
      "bomb", "bombs", "dynamite", "explosive", "explosives", "grenade", "grenades", "rifle", "rifles", "machinegun",
      "machineguns", "gun", "guns", "rocket", "rockets", "mortar", "mortars", "device", "devices", "charge", "charges",
      "mine", "mines", "landmine", "landmines", "firearms", "weapons", "cocktails", "cocktail", "ak-47", "ak-47s", "tnt",
      "bullet", "pistol", "pistols", "revolver", "submachinegun", "submachineguns", "knife", "knives", "machete",
      "machetes", "missile", "missiles", "ied", "ieds", "vest");

  private static boolean namesInstrument(String text) {
    String[] words = text.toLowerCase(Locale.ROOT).split("\\s+");
    return INSTRUMENTS.contains(words[words.length - 1]);
  }

  /** The people of a state's forces rather than the body: "soldiers", "Honduran troops", "members of the army". */
  private static boolean isStatePeople(String name) {
    String people = name.toLowerCase(Locale.ROOT).split(" of ")[0].strip();
    String[] words = people.split("\\s+");
    return STATE_PEOPLE.contains(words[words.length - 1]);
  }

  private static final java.util.Set<String> STATE_PEOPLE = java.util.Set.of("soldiers", "soldier", "troops",
      "policemen", "policeman", "officers", "officer", "personnel", "members", "member", "agents", "patrols", "patrol",
      "paratroopers", "gendarmes", "guardsmen", "servicemen", "marines", "units", "unit", "elements", "men");

  /** The units of a state's forces ("1st Infantry Brigade", "the army") that sitrep did not take as state forces: a
   * perpetrator named so is most often a unit reporting the fighting, not MUC-4's perpetrator organisation. */
  private static boolean isStateUnit(String name) {
    String[] words = name.toLowerCase(Locale.ROOT).split("\\s+");
    String last = words[words.length - 1];
    return java.util.Set.of("army", "brigade", "battalion", "command", "department", "state", "detachment", "forces",
        "military", "police").contains(last);
  }

  private static boolean isPhysical(ActorKind kind) {
    return kind == ActorKind.VEHICLE || kind == ActorKind.FACILITY || kind == ActorKind.INFRASTRUCTURE;
  }
}
