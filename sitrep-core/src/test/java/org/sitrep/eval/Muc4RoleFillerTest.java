package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.domain.Evidence;
import org.sitrep.domain.Incident;
import org.sitrep.domain.IncidentStatus;
import org.sitrep.domain.IncidentType;

class Muc4RoleFillerTest {
  private static Muc4Candidates.Candidate candidate(int sentence, int first, int last, String text) {
    return new Muc4Candidates.Candidate(sentence, first, last, text, Map.of("h:x", 1.0));
  }

  private static Incident incident(String id, int... sentences) {
    List<Evidence> evidence = new ArrayList<>();
    for (int s : sentences) evidence.add(new Evidence(0, 1, "x", s));
    return new Incident(id, IncidentStatus.CURRENT, IncidentType.ARMED_ASSAULT, List.of(), Optional.empty(),
        Optional.empty(), List.of(), List.of(), List.of(), evidence);
  }

  private static Map<Muc4Role, Double> all(double t) {
    Map<Muc4Role, Double> out = new EnumMap<>(Muc4Role.class);
    for (Muc4Role r : Muc4Role.values()) out.put(r, t);
    return out;
  }

  /** Probabilities row: PerpInd, PerpOrg, Target, Victim, Weapon. */
  private static double[] p(double... roles) { return roles; }

  private static List<String> strings(Map<Muc4Role, List<Muc4Entity>> fillers, Muc4Role role) {
    List<String> out = new ArrayList<>();
    fillers.getOrDefault(role, List.of()).forEach(e -> out.addAll(e.alternatives()));
    return out;
  }

  @Test
  void greedyDecodingKeepsOneRolePerPhraseAndOneStringPerEntity() {
    List<Muc4Candidates.Candidate> candidates = List.of(
        candidate(0, 0, 3, "ANTONIO ROLDAN BETANCUR"),
        candidate(0, 1, 3, "ROLDAN BETANCUR"),       // overlaps the better full name
        candidate(2, 4, 5, "ROLDAN"),                // same entity named again later
        candidate(0, 5, 6, "GUERRILLAS"),
        candidate(2, 0, 1, "guerrillas"),            // the same string again
        candidate(0, 7, 8, "BOMB"));
    double[][] probabilities = {
        p(0.1, 0.1, 0.1, 0.9, 0.1),
        p(0.1, 0.1, 0.1, 0.8, 0.1),
        p(0.1, 0.1, 0.1, 0.7, 0.1),
        p(0.6, 0.5, 0.1, 0.1, 0.1),
        p(0.55, 0.1, 0.1, 0.1, 0.1),
        p(0.1, 0.1, 0.1, 0.1, 0.2)};
    Incident only = incident("a", 0);

    Map<Incident, Map<Muc4Role, List<Muc4Entity>>> out =
        Muc4RoleFiller.decode(candidates, probabilities, all(0.3), java.util.Set.of(), List.of(only), (a, b) -> false);

    assertThat(strings(out.get(only), Muc4Role.VICTIM)).containsExactly("ANTONIO ROLDAN BETANCUR");
    assertThat(strings(out.get(only), Muc4Role.PERP_IND)).containsExactly("GUERRILLAS");
    assertThat(strings(out.get(only), Muc4Role.PERP_ORG)).as("one role per phrase").isEmpty();
    assertThat(strings(out.get(only), Muc4Role.WEAPON)).as("below threshold").isEmpty();
  }

  @Test
  void aSecondNameOfAnActorAlreadyChosenIsNotASecondEntity() {
    List<Muc4Candidates.Candidate> candidates = List.of(
        candidate(0, 0, 5, "FARABUNDO MARTI NATIONAL LIBERATION FRONT"),
        candidate(1, 0, 1, "FMLN"),
        candidate(1, 3, 4, "FMLN"),                  // the same name, in another role
        candidate(2, 0, 1, "ARMY"));
    double[][] probabilities = {p(0.1, 0.9, 0.1, 0.1, 0.1), p(0.1, 0.8, 0.1, 0.1, 0.1), p(0.1, 0.1, 0.1, 0.7, 0.1),
        p(0.1, 0.6, 0.1, 0.1, 0.1)};
    Incident only = incident("a", 0, 1, 2);
    java.util.function.BiPredicate<String, String> fmln = (a, b) -> a.contains("FARABUNDO") && b.equals("FMLN");

    Map<Incident, Map<Muc4Role, List<Muc4Entity>>> out =
        Muc4RoleFiller.decode(candidates, probabilities, all(0.5), java.util.Set.of(), List.of(only), fmln);

    assertThat(strings(out.get(only), Muc4Role.PERP_ORG))
        .containsExactly("FARABUNDO MARTI NATIONAL LIBERATION FRONT", "ARMY");
    assertThat(strings(out.get(only), Muc4Role.VICTIM)).as("a name already given to an actor takes no other role").isEmpty();
  }

  @Test
  void namesOfOneActorByDictionaryOrAcronym() {
    org.sitrep.resolve.ActorDictionary dictionary = org.sitrep.resolve.ActorDictionary.of(List.of(
        "COLREB\tnon_state_armed_group\tCO\tNational Liberation Army\tELN|Army of National Liberation\n"
            + "COP\tstate_forces\t\tpolice\tpolicemen\n"));
    java.util.function.BiPredicate<String, String> same = Muc4RoleFiller.sameActor(dictionary);

    assertThat(same.test("ELN", "ARMY OF NATIONAL LIBERATION")).isTrue();
    assertThat(same.test("FARABUNDO MARTI NATIONAL LIBERATION FRONT", "FMLN")).as("acronym").isTrue();
    assertThat(same.test("POLICE", "POLICEMEN")).as("a generic agent names no one").isFalse();
    assertThat(same.test("ELN", "FMLN")).isFalse();
    assertThat(same.test("ARMY", "ARMED FORCES")).isFalse();
  }

  @Test
  void aFillerGoesToTheIncidentOfItsSentence() {
    List<Muc4Candidates.Candidate> candidates = List.of(candidate(0, 0, 1, "BOMB"), candidate(5, 0, 1, "MAYOR"),
        candidate(7, 0, 1, "GRENADE"));
    double[][] probabilities = {p(0, 0, 0, 0, 0.9), p(0, 0, 0, 0.9, 0), p(0, 0, 0, 0, 0.8)};
    Incident first = incident("a", 0, 1);
    Incident second = incident("b", 4, 5);

    Map<Incident, Map<Muc4Role, List<Muc4Entity>>> out =
        Muc4RoleFiller.decode(candidates, probabilities, all(0.5), java.util.Set.of(), List.of(first, second),
            (a, b) -> false);

    assertThat(strings(out.get(first), Muc4Role.WEAPON)).containsExactly("BOMB");
    assertThat(strings(out.get(second), Muc4Role.VICTIM)).containsExactly("MAYOR");
    assertThat(strings(out.get(second), Muc4Role.WEAPON)).as("nearest evidence").containsExactly("GRENADE");
  }

  @Test
  void aSharedRoleGivesTheReportsBestFillerToIncidentsWithoutOne() {
    List<Muc4Candidates.Candidate> candidates = List.of(candidate(0, 0, 1, "FMLN"), candidate(0, 2, 3, "ERP"),
        candidate(4, 0, 1, "MAYOR"), candidate(0, 4, 5, "GUERRILLAS"));
    double[][] probabilities = {p(0, 0.9, 0, 0, 0), p(0, 0.6, 0, 0, 0), p(0, 0, 0, 0.9, 0), p(0.8, 0, 0, 0, 0)};
    Incident first = incident("a", 0, 1);
    Incident second = incident("b", 4, 5);

    Map<Incident, Map<Muc4Role, List<Muc4Entity>>> shared = Muc4RoleFiller.decode(candidates, probabilities,
        all(0.5), java.util.EnumSet.of(Muc4Role.PERP_ORG), List.of(first, second), (a, b) -> false);
    Map<Incident, Map<Muc4Role, List<Muc4Entity>>> own =
        Muc4RoleFiller.decode(candidates, probabilities, all(0.5), java.util.Set.of(), List.of(first, second),
            (a, b) -> false);

    assertThat(strings(shared.get(first), Muc4Role.PERP_ORG)).containsExactly("FMLN", "ERP");
    assertThat(strings(shared.get(second), Muc4Role.PERP_ORG)).as("the best one only").containsExactly("FMLN");
    assertThat(strings(shared.get(second), Muc4Role.PERP_IND)).as("an unshared role stays put").isEmpty();
    assertThat(strings(own.get(second), Muc4Role.PERP_ORG)).isEmpty();
  }

  @Test
  void labelsComeFromTheKeysNormalisedStrings() {
    List<Muc4Candidates.Candidate> candidates = List.of(candidate(0, 0, 2, "THE FMLN"), candidate(0, 3, 4, "Bombs"),
        candidate(0, 5, 6, "PEASANTS"));
    Map<Muc4Role, List<Muc4Entity>> fillers = new EnumMap<>(Muc4Role.class);
    fillers.put(Muc4Role.PERP_ORG, List.of(Muc4Entity.of("FARABUNDO MARTI NATIONAL LIBERATION FRONT", "FMLN")));
    fillers.put(Muc4Role.WEAPON, List.of(Muc4Entity.of("BOMB")));
    fillers.put(Muc4Role.VICTIM, List.of(Muc4Entity.of("PEASANTS")));
    Muc4Document gold = new Muc4Document("d", List.of(Muc4Template.of(Muc4IncidentType.ATTACK, fillers)));

    boolean[][] labels = Muc4RoleFiller.labels(candidates, gold);

    assertThat(labels[0][Muc4Role.PERP_ORG.ordinal()]).isTrue();
    assertThat(labels[0][Muc4Role.PERP_IND.ordinal()]).isFalse();
    assertThat(labels[1][Muc4Role.WEAPON.ordinal()]).as("plural is another string").isFalse();
    assertThat(labels[2][Muc4Role.VICTIM.ordinal()]).isTrue();
  }

  @Test
  void thresholdsReadByRoleName() throws IOException {
    Map<Muc4Role, Double> t = Muc4RoleFiller.readThresholds(new BufferedReader(new StringReader(
        "PerpInd\t0.25\nWeapon\t0.4\n")), java.util.EnumSet.noneOf(Muc4Role.class));
    assertThat(t).containsEntry(Muc4Role.PERP_IND, 0.25).containsEntry(Muc4Role.WEAPON, 0.4).hasSize(2);
  }

  @Test
  void aThirdColumnMarksSharedRoles() throws IOException {
    java.util.Set<Muc4Role> shared = java.util.EnumSet.noneOf(Muc4Role.class);
    Map<Muc4Role, Double> t = Muc4RoleFiller.readThresholds(new BufferedReader(new StringReader(
        "PerpInd\t0.35\t0\nPerpOrg\t0.35\t1\nWeapon\t0.4\n")), shared);
    assertThat(t).containsEntry(Muc4Role.PERP_ORG, 0.35).hasSize(3);
    assertThat(shared).containsExactly(Muc4Role.PERP_ORG);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Muc4RoleFiller.readThresholds(
        new BufferedReader(new StringReader("PerpOrg\t0.35\tyes\n")), shared)).isInstanceOf(IOException.class);
  }

  @Test
  void theBundledModelsLoad() {
    assertThat(Muc4RoleFiller.bundled(org.sitrep.resolve.ActorDictionary.bundled())).isPresent();
  }
}
