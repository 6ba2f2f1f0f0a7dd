package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.nlp.NlpDoc;
import org.sitrep.nlp.Sentence;
import org.sitrep.testing.Tokens;

/** Which articles the genre gate lets through: violence outweighing a genre, and words that name no genre alone. */
class GenreTest {
  private static NlpDoc doc(String text) {
    Sentence s = Tokens.sentence(text);
    return new NlpDoc(text, List.of(s), List.of());
  }

  @Test
  void aReportWithNoGenreWordIsViolence() {
    assertThat(Genre.ofViolence(doc("Guerrillas ambushed a patrol near the bridge"))).isTrue();
  }

  @Test
  void aTitleDoesNotOutweighTheViolenceOfTheReport() {
    // "director" is a title here, as in most political news: one word of violence is enough.
    assertThat(Genre.ofViolence(doc(
        "Two bombs exploded at the offices of lawyer Luis Rossman , a former director of the bank ; terrorists "
            + "are blamed"))).isTrue();
  }

  @Test
  void politicsWordsAloneDoNotGateAMurder() {
    assertThat(Genre.ofViolence(doc(
        "Opposition leader Aylwin condemned the murder of the mayor before the vote"))).isTrue();
  }

  @Test
  void politicsWordsWithNoViolenceAtAllStillGate() {
    assertThat(Genre.ofViolence(doc(
        "The opposition launched an attack on the budget in parliament before the vote"))).isFalse();
  }

  @Test
  void aFilmReviewIsGatedThoughItTellsOfAnAmbushAndHostages() {
    assertThat(Genre.ofViolence(doc(
        "The film opens with an ambush and a hostage exchange shot in one take ; the director spoke at the "
            + "premiere"))).isFalse();
  }

  @Test
  void sharedWordsCountOnceAGenreWordNamesTheGenre() {
    // "drills" names the exercise; "exercise" then counts with it, and two words of violence are not more.
    assertThat(Genre.ofViolence(doc(
        "Troops staged a mock hostage rescue against militants as the annual exercise and drills began"))).isFalse();
    // Without the genre word, the shared word alone does not outweigh them.
    assertThat(Genre.ofViolence(doc(
        "Troops freed the hostages held by militants as the annual exercise began"))).isTrue();
  }

  @Test
  void aSportsReportIsGated() {
    assertThat(Genre.ofViolence(doc("The striker shot twice and the coach praised the attack in the final quarter")))
        .isFalse();
  }
}
