package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.nlp.Token;
import org.sitrep.testing.Tokens;

/**
 * Whether a state force did the harm or answered it, on hand-tagged sentences ("word/TAG/lemma"). Each case names the
 * force by its phrase as {@link StateForces#phrases} finds it, so the tests pin both the phrase and its role.
 */
class StateForcesTest {
  private static List<Token> tokens(String tagged) { return Tokens.tagged(tagged).tokens(); }

  /** The words of each state force phrase of the sentence. */
  private static List<String> phrases(String tagged) {
    List<Token> t = tokens(tagged);
    return StateForces.phrases(t).stream().map(s -> words(t, s)).toList();
  }

  private static String words(List<Token> t, StateForces.Span s) {
    StringBuilder b = new StringBuilder();
    for (int k = s.first(); k < s.last(); k++) b.append(k > s.first() ? " " : "").append(t.get(k).text());
    return b.toString();
  }

  /** Whether the state force phrase whose words are {@code force} perpetrates in the sentence. */
  private static boolean perpetrates(String tagged, String force) {
    return perpetrates(tagged, force, Set.of());
  }

  private static boolean perpetrates(String tagged, String force, Set<Integer> armedGroups) {
    List<Token> t = tokens(tagged);
    StateForces.Span span = StateForces.phrases(t).stream().filter(s -> words(t, s).equals(force)).findFirst()
        .orElseThrow(() -> new AssertionError("no state force phrase '" + force + "' in " + phrases(tagged)));
    return StateForces.perpetrates(t, span.first(), span.last(), armedGroups);
  }

  @Test
  void findsTheForcesPhrasesWithTheirModifiersAndLeavesOthersForcesOut() {
    assertThat(phrases("Honduran/JJ troops/NNS and/CC rebel/NN forces/NNS clashed/VBD/clash ./."))
        .containsExactly("Honduran troops");
    assertThat(phrases("Eight/CD members/NNS of/IN the/DT Salvadoran/JJ army/NN were/VBD/be arrested/VBN/arrest ./."))
        .containsExactly("members of the Salvadoran army");
    assertThat(phrases("an/DT air/NN strike/NN by/IN the/DT Saudi/NNP -/HYPH led/VBN/lead coalition/NN ./."))
        .containsExactly("Saudi - led coalition");
    assertThat(phrases("the/DT police/NN station/NN and/CC the/DT officers/NNS ./."))
        .as("a police station is no force, officers alone are no one's").isEmpty();
    assertThat(phrases("riot/NN police/NN officers/NNS arrived/VBD/arrive ./.")).containsExactly("riot police officers");
  }

  @Test
  void theSubjectOfAHarmDoneToCiviliansPerpetrates() {
    assertThat(perpetrates("Police/NNS opened/VBD/open fire/NN on/IN protesters/NNS in/IN the/DT capital/NN ./.",
        "Police")).isTrue();
    assertThat(perpetrates("Soldiers/NNS with/IN their/PRP$ faces/NNS painted/VBN/paint black/JJ arrived/VBD/arrive"
        + " in/IN the/DT town/NN and/CC killed/VBD/kill 30/CD peasants/NNS ./.", "Soldiers")).isTrue();
    assertThat(perpetrates("Troops/NNS shot/VBD/shoot dead/JJ two/CD students/NNS ./.", "Troops")).isTrue();
    assertThat(perpetrates("Witnesses/NNS said/VBD/say that/IN the/DT army/NN had/VBD/have bombed/VBN/bomb the/DT"
        + " village/NN ./.", "army")).as("a clause opened by 'that' has its own subject").isTrue();
  }

  @Test
  void theAgentOfAPassiveOrOfAHarmNounPerpetrates() {
    assertThat(perpetrates("Six/CD Jesuits/NNPS were/VBD/be murdered/VBN/murder by/IN soldiers/NNS ./.", "soldiers"))
        .isTrue();
    assertThat(perpetrates("An/DT air/NN strike/NN by/IN the/DT Saudi/NNP -/HYPH led/VBN/lead coalition/NN"
        + " killed/VBD/kill 20/CD people/NNS ./.", "Saudi - led coalition")).isTrue();
    assertThat(perpetrates("The/DT massacre/NN of/IN 80/CD peasants/NNS by/IN the/DT army/NN ./.", "army")).isTrue();
    assertThat(phrases("Coalition/NN air/NN strikes/NNS hit/VBD/hit a/DT wedding/NN ./."))
        .as("'coalition' alone is no state's; it needs a qualifier").isEmpty();
    assertThat(perpetrates("US/NNP -/HYPH led/VBN/lead coalition/NN air/NN strikes/NNS hit/VBD/hit a/DT wedding/NN ./.",
        "US - led coalition")).isTrue();
  }

  @Test
  void theForceBlamedOrHeldResponsiblePerpetrates() {
    assertThat(perpetrates("the/DT massacre/NN ,/, for/IN which/WDT they/PRP hold/VBP/hold the/DT army/NN"
        + " responsible/JJ ./.", "army")).isTrue();
    assertThat(perpetrates("The/DT rebels/NNS blamed/VBD/blame the/DT government/NN and/CC the/DT armed/JJ"
        + " forces/NNS for/IN the/DT murder/NN ./.", "armed forces")).isTrue();
    assertThat(perpetrates("Members/NNS of/IN the/DT army/NN were/VBD/be responsible/JJ for/IN the/DT massacre/NN ./.",
        "Members of the army")).isTrue();
    assertThat(perpetrates("Two/CD soldiers/NNS were/VBD/be implicated/VBN/implicate in/IN the/DT killing/NN ./.",
        "soldiers")).isTrue();
    assertThat(perpetrates("Unions/NNS accused/VBD/accuse death/NN squads/NNS run/VBN/run by/IN the/DT armed/JJ"
        + " forces/NNS of/IN the/DT attack/NN ./.", "armed forces")).isTrue();
    assertThat(perpetrates("The/DT armed/JJ forces/NNS are/VBP/be directly/RB linked/VBN/link to/TO the/DT murders/NNS"
        + " ./.", "armed forces")).isTrue();
    assertThat(perpetrates("Neighbours/NNS said/VBD/say the/DT attackers/NNS were/VBD/be soldiers/NNS in/IN"
        + " uniform/NN ./.", "soldiers")).isTrue();
  }

  @Test
  void aForceThatRespondsOrFightsStaysAResponder() {
    assertThat(perpetrates("Troops/NNS killed/VBD/kill 12/CD militants/NNS in/IN the/DT operation/NN ./.", "Troops"))
        .as("the attackers harmed").isFalse();
    assertThat(perpetrates("The/DT gunman/NN was/VBD/be shot/VBN/shoot dead/JJ by/IN police/NNS ./.", "police"))
        .as("the attacker shot").isFalse();
    assertThat(perpetrates("Two/CD attackers/NNS killed/VBD/kill a/DT priest/NN before/IN being/VBG/be shot/VBN/shoot"
        + " dead/JJ by/IN French/JJ police/NNS ./.", "French police")).as("shot after their act").isFalse();
    assertThat(perpetrates("Security/NN forces/NNS rescued/VBD/rescue 40/CD passengers/NNS ./.", "Security forces"))
        .isFalse();
    assertThat(perpetrates("The/DT military/NN then/RB launched/VBD/launch an/DT operation/NN to/TO confront/VB"
        + " the/DT attackers/NNS ./.", "military")).isFalse();
    assertThat(perpetrates("The/DT army/NN shot/VBD/shoot 65/CD MRTA/NNP members/NNS in/IN a/DT clash/NN ./.", "army",
        Set.of(4))).as("an armed group's men, in a clash: fighting").isFalse();
    assertThat(perpetrates("A/DT Honduran/JJ army/NN patrol/NN attacked/VBD/attack a/DT Nicaraguan/JJ border/NN"
        + " patrol/NN ./.", "Honduran army patrol")).as("one state's force against another's").isFalse();
  }

  @Test
  void aForceNamedAsObjectReporterOrDisguiseIsNoAgent() {
    assertThat(perpetrates("Rebels/NNS killed/VBD/kill 15/CD soldiers/NNS and/CC wounded/VBD/wound 30/CD ./.",
        "soldiers")).as("the force harmed").isFalse();
    assertThat(perpetrates("Police/NNS said/VBD/say gunmen/NNS killed/VBD/kill five/CD people/NNS ./.", "Police"))
        .isFalse();
    assertThat(perpetrates("Guerrillas/NNS ,/, disguised/VBN/disguise as/IN policemen/NNS ,/, kidnapped/VBD/kidnap"
        + " a/DT businessman/NN ./.", "policemen")).isFalse();
    assertThat(perpetrates("Two/CD soldiers/NNS killed/VBN/kill in/IN the/DT ambush/NN were/VBD/be buried/VBN/bury ./.",
        "soldiers")).as("a reduced passive: the soldiers died").isFalse();
    assertThat(perpetrates("The/DT army/NN is/VBZ/be responsible/JJ for/IN security/NN in/IN the/DT region/NN ./.",
        "army")).as("responsible for no harm").isFalse();
    assertThat(perpetrates("The/DT army/NN blamed/VBD/blame the/DT rebels/NNS for/IN the/DT massacre/NN ./.", "army"))
        .as("the one blaming").isFalse();
  }
}
