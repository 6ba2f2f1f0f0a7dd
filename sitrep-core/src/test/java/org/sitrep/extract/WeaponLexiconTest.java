package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.domain.Weapon;
import org.sitrep.domain.WeaponType;
import org.sitrep.testing.Tokens;

class WeaponLexiconTest {
  private final WeaponLexicon lexicon = new WeaponLexicon();

  private List<Weapon> find(String items) {
    return lexicon.find(Tokens.text(items), List.of(Tokens.tagged(items)));
  }

  @Test
  void theInstrumentNamedLaterIsTheEvidenceRatherThanTheAct() {
    List<Weapon> found = find("the/DT bombing/NN was/VBD caused/VBN by/IN a/DT bomb/NN left/VBN in/IN a/DT car/NN");
    assertThat(found).extracting(Weapon::type).containsExactly(WeaponType.EXPLOSIVES);
    assertThat(found).extracting(w -> w.evidence().text()).containsExactly("bomb");
  }

  @Test
  void anActStandsForItsWeaponWhenNoInstrumentIsNamed() {
    assertThat(find("they/PRP shot/VBD two/CD officers/NNS")).extracting(w -> w.evidence().text())
        .containsExactly("shot");
  }

  @Test
  void aBulletinIsNoBullet() {
    assertThat(find("the/DT army/NN issued/VBD a/DT bulletin/NN")).isEmpty();
  }
}
