package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.domain.ActorKind;
import org.sitrep.domain.Document;
import org.sitrep.domain.Evidence;
import org.sitrep.domain.Extraction;
import org.sitrep.domain.Incident;
import org.sitrep.domain.IncidentStatus;
import org.sitrep.domain.IncidentType;
import org.sitrep.domain.Participant;
import org.sitrep.domain.Role;
import org.sitrep.domain.Weapon;
import org.sitrep.domain.WeaponType;

class Muc4TemplateMapperTest {
  private static final String TEXT = "URBAN GUERRILLAS OF THE FMLN [FARABUNDO MARTI NATIONAL LIBERATION FRONT] SET OFF A "
      + "BOMB AT THE HOUSE OF JUDGE ANA RUIZ. THE BOMBING KILLED ANA RUIZ; 1ST INFANTRY BRIGADE TROOPS RESPONDED.";

  private final Muc4TemplateMapper mapper = new Muc4TemplateMapper();

  private static Evidence ev(String text) {
    int start = TEXT.indexOf(text);
    return Evidence.of(TEXT, start, start + text.length(), 0);
  }

  private static Participant p(String text, String name, Role role, ActorKind kind) {
    return new Participant(name, List.of(), role, kind, false, ev(text));
  }

  private static Incident incident(IncidentStatus status, IncidentType type, List<IncidentType> subtypes,
                                   List<Participant> people, List<Weapon> weapons) {
    return new Incident("d-1", status, type, subtypes, Optional.empty(), Optional.empty(), people, weapons, List.of(),
        List.of(ev("BOMB")));
  }

  private static Extraction extraction(Incident... incidents) {
    Document doc = new Document("d", "d.txt", Optional.empty(), Optional.empty(), "en", TEXT);
    return new Extraction(doc, List.of(incidents), List.of());
  }

  private static List<String> strings(Muc4Template t, Muc4Role role) {
    List<String> out = new ArrayList<>();
    t.fillers(role).forEach(e -> out.addAll(e.alternatives()));
    return out;
  }

  @Test
  void mapsEachRoleToOneStringCopiedFromTheText() {
    Incident bombing = incident(IncidentStatus.CURRENT, IncidentType.BOMBING, List.of(), List.of(
        p("URBAN GUERRILLAS", "URBAN GUERRILLAS", Role.PERPETRATOR, ActorKind.NON_STATE_ARMED_GROUP),
        // the canonical name differs from the mention: the mention is what the text says
        p("FMLN", "FARABUNDO MARTI NATIONAL LIBERATION FRONT", Role.PERPETRATOR, ActorKind.NON_STATE_ARMED_GROUP),
        p("1ST INFANTRY BRIGADE", "1ST INFANTRY BRIGADE", Role.PERPETRATOR, ActorKind.NON_STATE_ARMED_GROUP),
        p("HOUSE OF JUDGE ANA RUIZ", "HOUSE OF JUDGE ANA RUIZ", Role.TARGET, ActorKind.FACILITY),
        p("ANA RUIZ", "ANA RUIZ", Role.VICTIM, ActorKind.GOVERNMENT),
        p("KILLED ANA RUIZ", "civilians", Role.VICTIM, ActorKind.CIVILIANS),
        p("TROOPS", "TROOPS", Role.RESPONDER, ActorKind.STATE_FORCES)),
        List.of(new Weapon(WeaponType.EXPLOSIVES, ev("BOMB"))));

    List<Muc4Template> templates = mapper.templates(extraction(bombing));

    assertThat(templates).hasSize(1);
    Muc4Template t = templates.get(0);
    assertThat(t.incidentTypes()).containsExactly(Muc4IncidentType.BOMBING);
    assertThat(strings(t, Muc4Role.PERP_IND)).containsExactly("URBAN GUERRILLAS");
    assertThat(strings(t, Muc4Role.PERP_ORG)).as("a state unit is no perpetrator organisation").containsExactly("FMLN");
    assertThat(strings(t, Muc4Role.TARGET)).containsExactly("HOUSE OF JUDGE ANA RUIZ");
    assertThat(strings(t, Muc4Role.VICTIM)).as("a toll's group is no named victim").containsExactly("ANA RUIZ");
    assertThat(strings(t, Muc4Role.WEAPON)).containsExactly("BOMB");
  }

  @Test
  void anActIsNoWeaponAndBackgroundIncidentsAreKept() {
    Incident old = incident(IncidentStatus.BACKGROUND, IncidentType.BOMBING, List.of(), List.of(),
        List.of(new Weapon(WeaponType.EXPLOSIVES, ev("BOMBING"))));

    List<Muc4Template> templates = mapper.templates(extraction(old));

    assertThat(templates).hasSize(1);
    assertThat(templates.get(0).fillers(Muc4Role.WEAPON)).isEmpty();
  }

  @Test
  void typesByInstrumentAndThreatenedAct() {
    Incident tower = incident(IncidentStatus.CURRENT, IncidentType.INFRASTRUCTURE_ATTACK,
        List.of(IncidentType.BOMBING), List.of(), List.of());
    Incident threat = incident(IncidentStatus.CURRENT, IncidentType.THREAT, List.of(IncidentType.KIDNAPPING),
        List.of(), List.of());
    Incident bareThreat = incident(IncidentStatus.CURRENT, IncidentType.THREAT, List.of(), List.of(), List.of());
    Incident clash = incident(IncidentStatus.CURRENT, IncidentType.ARMED_CLASH, List.of(), List.of(), List.of());

    List<Muc4Template> templates = mapper.templates(extraction(tower, threat, bareThreat, clash));

    assertThat(templates).extracting(t -> t.incidentTypes().iterator().next()).containsExactly(
        Muc4IncidentType.BOMBING, Muc4IncidentType.KIDNAPPING, Muc4IncidentType.ATTACK);
  }

  @Test
  void eachOtherMuc4ActGetsItsOwnTemplateWithThePerpetratorsAndItsRole() {
    Incident both = incident(IncidentStatus.CURRENT, IncidentType.ARMED_ASSAULT, List.of(IncidentType.BOMBING),
        List.of(p("URBAN GUERRILLAS", "URBAN GUERRILLAS", Role.PERPETRATOR, ActorKind.NON_STATE_ARMED_GROUP),
            p("HOUSE OF JUDGE ANA RUIZ", "HOUSE OF JUDGE ANA RUIZ", Role.TARGET, ActorKind.FACILITY)),
        List.of(new Weapon(WeaponType.EXPLOSIVES, ev("BOMB"))));

    List<Muc4Template> templates = mapper.templates(extraction(both));

    assertThat(templates).extracting(t -> t.incidentTypes().iterator().next())
        .containsExactly(Muc4IncidentType.ATTACK, Muc4IncidentType.BOMBING);
    Muc4Template attack = templates.get(0);
    Muc4Template bombing = templates.get(1);
    assertThat(strings(attack, Muc4Role.PERP_IND)).containsExactly("URBAN GUERRILLAS");
    assertThat(strings(attack, Muc4Role.TARGET)).containsExactly("HOUSE OF JUDGE ANA RUIZ");
    assertThat(strings(attack, Muc4Role.WEAPON)).as("the bomb moves to the bombing").isEmpty();
    assertThat(strings(bombing, Muc4Role.PERP_IND)).containsExactly("URBAN GUERRILLAS");
    assertThat(strings(bombing, Muc4Role.WEAPON)).containsExactly("BOMB");
    assertThat(strings(bombing, Muc4Role.TARGET)).isEmpty();
  }

  @Test
  void aStatePerpetratorGoesToPerpOrgAndItsMenToPerpInd() {
    String text = "THE SALVADORAN ARMY MASSACRED 30 PEASANTS; MEMBERS OF THE ARMED FORCES AND SOLDIERS ACTED.";
    java.util.function.Function<String, Participant> state = s -> new Participant(s, List.of(), Role.PERPETRATOR,
        ActorKind.STATE_FORCES, false, Evidence.of(text, text.indexOf(s), text.indexOf(s) + s.length(), 0));
    Incident massacre = new Incident("d-1", IncidentStatus.CURRENT, IncidentType.ARMED_ASSAULT, List.of(),
        Optional.empty(), Optional.empty(), List.of(state.apply("SALVADORAN ARMY"),
            state.apply("MEMBERS OF THE ARMED FORCES"), state.apply("SOLDIERS"),
            new Participant("TROOPS", List.of(), Role.RESPONDER, ActorKind.STATE_FORCES, false,
                Evidence.of(text, 0, 3, 0))), List.of(), List.of(), List.of(Evidence.of(text, 20, 29, 0)));

    Muc4Template t = mapper.templates(extraction(massacre)).get(0);

    assertThat(strings(t, Muc4Role.PERP_ORG)).containsExactly("SALVADORAN ARMY");
    assertThat(strings(t, Muc4Role.PERP_IND)).containsExactly("MEMBERS OF THE ARMED FORCES", "SOLDIERS");
  }

  @Test
  void oneOrganisationPerTemplateTheClaimantFirst() {
    Participant named = p("FMLN", "FMLN", Role.PERPETRATOR, ActorKind.NON_STATE_ARMED_GROUP);
    Participant claimant = new Participant("FARABUNDO MARTI NATIONAL LIBERATION FRONT", List.of(), Role.PERPETRATOR,
        ActorKind.NON_STATE_ARMED_GROUP, true, ev("FARABUNDO MARTI NATIONAL LIBERATION FRONT"));
    Incident bombing = incident(IncidentStatus.CURRENT, IncidentType.BOMBING, List.of(), List.of(named, claimant),
        List.of());

    Muc4Template t = mapper.templates(extraction(bombing)).get(0);

    assertThat(strings(t, Muc4Role.PERP_ORG)).containsExactly("FARABUNDO MARTI NATIONAL LIBERATION FRONT");
  }

  @Test
  void combatIsLeftOutUnlessItKilledSomeoneNamed() {
    Incident clash = incident(IncidentStatus.CURRENT, IncidentType.ARMED_CLASH, List.of(), List.of(
        p("KILLED ANA RUIZ", "civilians", Role.VICTIM, ActorKind.CIVILIANS)), List.of());
    Incident named = incident(IncidentStatus.CURRENT, IncidentType.ARMED_CLASH, List.of(), List.of(
        p("ANA RUIZ", "ANA RUIZ", Role.VICTIM, ActorKind.CIVILIANS)), List.of());

    assertThat(mapper.templates(extraction(clash))).isEmpty();
    assertThat(mapper.templates(extraction(named))).extracting(t -> t.incidentTypes().iterator().next())
        .containsExactly(Muc4IncidentType.ATTACK);
  }
}
