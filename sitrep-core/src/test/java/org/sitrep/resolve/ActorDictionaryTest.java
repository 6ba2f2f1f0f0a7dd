package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.domain.ActorKind;

class ActorDictionaryTest {
  /** Immutable, so one load serves every test here; ActorDictionaryLoadTest times a fresh one. */
  static final ActorDictionary DICT = ActorDictionary.bundled();

  private static Actor actor(String name) {
    return DICT.lookup(name).orElseThrow(() -> new AssertionError("no actor for " + name));
  }

  private static List<String> tokens(String text) {
    return Arrays.asList(text.split(" "));
  }

  private static List<String> found(String text) {
    List<String> toks = tokens(text);
    return DICT.find(toks).stream()
        .map(m -> String.join(" ", toks.subList(m.start(), m.end())) + "=" + m.actor().name())
        .toList();
  }

  @Test
  void curatedGroupsByNameAndAlias() {
    Actor bla = actor("Baloch Liberation Army");
    assertThat(bla.kind()).isEqualTo(ActorKind.NON_STATE_ARMED_GROUP);
    assertThat(bla.country()).contains("PK");
    assertThat(bla.code()).isEqualTo("PAKREB");
    assertThat(actor("BLA")).isEqualTo(bla);
    assertThat(actor("Baluchistan Liberation Army")).isEqualTo(bla);
    assertThat(actor("the Baloch Liberation Army")).isEqualTo(bla);

    assertThat(actor("Pakistani Taliban")).isEqualTo(actor("TTP")).isEqualTo(actor("Tehreek-e-Taliban Pakistan"));
    assertThat(actor("ISKP")).isEqualTo(actor("ISIS-K")).isEqualTo(actor("Islamic State Khorasan Province"));
    assertThat(actor("Ansar Allah")).isEqualTo(actor("Houthis"));
    assertThat(actor("March 23 Movement")).isEqualTo(actor("M23"));
    assertThat(actor("RSF").name()).isEqualTo("Rapid Support Forces");
    assertThat(actor("Africa Corps").kind()).isEqualTo(ActorKind.STATE_FORCES);
    assertThat(actor("Tehreek-e-Labbaik Pakistan").kind()).isEqualTo(ActorKind.POLITICAL_GROUP);
  }

  @Test
  void matchingIgnoresCaseAccentsAndPunctuation() {
    Actor shabaab = actor("al-Shabaab");
    assertThat(actor("al Shabaab")).isEqualTo(shabaab);
    assertThat(actor("AL-SHABAAB")).isEqualTo(shabaab);
    assertThat(actor("al-Shabab")).isEqualTo(shabaab);
    assertThat(shabaab.country()).contains("SO");
    assertThat(actor("Farabundo Martí National Liberation Front")).isEqualTo(actor("FMLN"));
    assertThat(actor("Farabundo Marti National Liberation Front").country()).contains("SV");
    assertThat(actor("Sendero Luminoso")).isEqualTo(actor("Shining Path"));
    assertThat(actor("Shining Path").code()).isEqualTo("PERREB");
    assertThat(actor("Hay’at Tahrir al-Sham")).isEqualTo(actor("HTS"));
  }

  @Test
  void phoenixOnlyGroupsAndStateBodies() {
    Actor tamilTigers = actor("LTTE");
    assertThat(tamilTigers.kind()).isEqualTo(ActorKind.NON_STATE_ARMED_GROUP);
    assertThat(tamilTigers.country()).contains("LK");
    assertThat(actor("Nusra Front").country()).contains("SY");
    Actor isi = actor("Inter-Services Intelligence");
    assertThat(isi.kind()).isEqualTo(ActorKind.STATE_FORCES);
    assertThat(isi.country()).contains("PK");
    assertThat(actor("Israel Defense Forces").code()).isEqualTo("ISRMIL");
  }

  @Test
  void genericAgentsHaveAKindButNoCountry() {
    Actor police = actor("police");
    assertThat(police.kind()).isEqualTo(ActorKind.STATE_FORCES);
    assertThat(police.country()).isEmpty();
    assertThat(police.generic()).isTrue();
    assertThat(actor("soldiers").kind()).isEqualTo(ActorKind.STATE_FORCES);
    assertThat(actor("the militants").kind()).isEqualTo(ActorKind.NON_STATE_ARMED_GROUP);
    assertThat(actor("gunmen").kind()).isEqualTo(ActorKind.NON_STATE_ARMED_GROUP);
    assertThat(actor("civilians").kind()).isEqualTo(ActorKind.CIVILIANS);
    assertThat(actor("BLA").generic()).isFalse();
    assertThat(actor("Hamas").generic()).isFalse();
  }

  @Test
  void ordinaryWordsAndCountriesAreNotActors() {
    for (String word : List.of("Pakistan", "Pakistani", "El Salvador", "Colombia", "Greece", "train", "attack",
        "said", "an", "the", "Liberation", "Front", "", "   ")) {
      assertThat(DICT.lookup(word)).as(word).isEmpty();
    }
    assertThat(found("an attack in Pakistan and Greece by the youth")).isEmpty();
    assertThat(found("the Army said")).allSatisfy(m -> assertThat(m).isEqualTo("Army=army"));
    assertThat(DICT.find(tokens("the Army said")))
        .allSatisfy(m -> assertThat(m.actor().kind()).isEqualTo(ActorKind.STATE_FORCES));
  }

  @Test
  void findTakesTheLongestNameOnTokenBoundaries() {
    assertThat(found("The Baloch Liberation Army ( BLA ) claimed responsibility"))
        .containsExactly("Baloch Liberation Army=Baloch Liberation Army", "BLA=Baloch Liberation Army");
    assertThat(found("the Pakistani Taliban attacked a checkpoint"))
        .containsExactly("Pakistani Taliban=Tehrik-i-Taliban Pakistan");
    assertThat(found("fighters of al-Shabaab and al Shabaab"))
        .containsExactly("fighters=fighter", "al-Shabaab=al-Shabaab", "al Shabaab=al-Shabaab");
    assertThat(found("clashes between Pakistan ’s military and militants"))
        .containsExactly("Pakistan ’s military=Pakistan Army", "militants=militant");
  }

  @Test
  void findReturnsTokenRanges() {
    List<ActorMatch> matches = DICT.find(List.of("Gunmen", "from", "Tehrik-i-Taliban", "Pakistan", "fired"));
    assertThat(matches).hasSize(2);
    assertThat(matches.get(0).start()).isEqualTo(0);
    assertThat(matches.get(0).end()).isEqualTo(1);
    assertThat(matches.get(1).start()).isEqualTo(2);
    assertThat(matches.get(1).end()).isEqualTo(4);
    assertThat(matches.get(1).actor().code()).isEqualTo("PAKREBMUS");
  }

  @Test
  void acronymsMatchOnlyAsWritten() {
    assertThat(found("BLA fighters")).first().isEqualTo("BLA=Baloch Liberation Army");
    assertThat(found("bla bla eln")).isEmpty();
    assertThat(found("the ELN and the FARC")).containsExactly("ELN=National Liberation Army", "FARC=FARC");
    assertThat(found("LeT operatives")).first().isEqualTo("LeT=Lashkar-e-Taiba");
    assertThat(found("let them go")).isEmpty();
  }

  @Test
  void aPartialNameIsNotAMatch() {
    assertThat(found("Baloch Liberation")).isEmpty();
    assertThat(found("Islamic State Khorasan Province fighters"))
        .first().isEqualTo("Islamic State Khorasan Province=Islamic State Khorasan Province");
    assertThat(found("al-")).isEmpty();
  }

  @Test
  void curatedRowsWinClashesAndMalformedRowsAreRejected() {
    ActorDictionary dict = ActorDictionary.of(List.of(
        "COLREB\tnon_state_armed_group\tCO\tNational Liberation Army\tELN\n",
        "# comment\nBOLREB\tnon_state_armed_group\tBO\tNational Liberation Army\tEjercito de Liberacion Nacional\n"));
    assertThat(dict.lookup("ELN").flatMap(Actor::country)).contains("CO");
    assertThat(dict.lookup("National Liberation Army").flatMap(Actor::country)).contains("CO");
    assertThat(dict.lookup("Ejército de Liberación Nacional").flatMap(Actor::country)).contains("BO");
    assertThat(dict.actors()).hasSize(2);

    assertThatThrownBy(() -> ActorDictionary.of(List.of("COLREB\tnon_state_armed_group\tCO\tELN\n")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 1");
    assertThatThrownBy(() -> ActorDictionary.of(List.of("X\tgangsters\t\tSomeone\t\n")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown kind");
    assertThatThrownBy(() -> ActorDictionary.of(List.of("X\tunknown\tPAK\tSomeone\t\n")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("alpha-2");
  }

  @Test
  void everyBundledActorIsFoundByItsOwnNames() {
    int checked = 0;
    for (Actor a : DICT.actors()) {
      Optional<Actor> back = DICT.lookup(a.name());
      if (back.isPresent() && back.get().equals(a)) checked++;
    }
    assertThat(checked).isGreaterThan(DICT.actors().size() * 95 / 100);
  }
}
