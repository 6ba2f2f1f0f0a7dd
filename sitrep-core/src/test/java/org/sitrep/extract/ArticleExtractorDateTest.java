package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.domain.Document;
import org.sitrep.domain.Extraction;
import org.sitrep.domain.Incident;
import org.sitrep.domain.IncidentStatus;
import org.sitrep.nlp.NlpDoc;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;
import org.sitrep.resolve.ActorDictionary;
import org.sitrep.resolve.Gazetteer;
import org.sitrep.testing.Tokens;

/** Which of an article's times dates its incident: the act's, not the report's or the reaction's. */
class ArticleExtractorDateTest {
  private static final ArticleExtractor EXTRACTOR = new ArticleExtractor(Gazetteer.bundled(), ActorDictionary.bundled());
  private static final LocalDate WEDNESDAY = LocalDate.of(2025, 3, 12);

  /** Sentences written as {@link Tokens#tagged} items, joined by single spaces into one text. */
  private static Incident current(String... taggedSentences) {
    NlpDoc nlp = Tokens.document(taggedSentences);
    Document doc = new Document("d", "d.txt", Optional.empty(), Optional.of(WEDNESDAY), "en", nlp.raw());
    Extraction x = EXTRACTOR.extract(doc, nlp);
    return x.incidents().stream().filter(i -> i.status() == IncidentStatus.CURRENT).findFirst().orElseThrow();
  }

  private static LocalDate dateOf(Incident i) { return i.date().orElseThrow().start(); }

  @Test
  void aReactionsTimeDoesNotDateTheIncident() {
    Incident i = current(
        "The/DT ministry/NN today/NN condemned/VBD the/DT killing/NN of/IN a/DT mayor/NN ./.",
        "Gunmen/NNS shot/VBD the/DT mayor/NN on/IN Monday/NNP ./.");
    assertThat(dateOf(i)).isEqualTo(LocalDate.of(2025, 3, 10));
  }

  @Test
  void aTimeBetweenTheSourceAndItsVerbIsTheReports() {
    Incident i = current(
        "Military/JJ sources/NNS today/NN reported/VBD that/IN rebels/NNS killed/VBD 35/CD people/NNS ./.",
        "The/DT massacre/NN happened/VBD on/IN Sunday/NNP ./.");
    assertThat(dateOf(i)).isEqualTo(LocalDate.of(2025, 3, 9));
  }

  @Test
  void theTimeOfAnAccordingToSourceIsTheReports() {
    Incident i = current(
        "According/VBG to/TO police/NNS sources/NNS today/NN ,/, gunmen/NNS killed/VBD three/CD farmers/NNS ./.",
        "The/DT killings/NNS happened/VBD on/IN Sunday/NNP ./.");
    assertThat(dateOf(i)).isEqualTo(LocalDate.of(2025, 3, 9));
  }

  @Test
  void theActsOwnTimeStillDatesIt() {
    Incident i = current("Gunmen/NNS today/NN killed/VBD three/CD farmers/NNS ,/, police/NNS said/VBD ./.");
    assertThat(dateOf(i)).isEqualTo(WEDNESDAY);
  }

  @Test
  void aDiscoverysTimeYieldsToTheActsTime() {
    Incident i = current(
        "The/DT bodies/NNS of/IN two/CD farmers/NNS killed/VBN by/IN gunmen/NNS were/VBD found/VBN/find today/NN "
            + "near/IN the/DT river/NN ./.",
        "The/DT gunmen/NNS kidnapped/VBD the/DT farmers/NNS yesterday/NN ./.");
    assertThat(dateOf(i)).isEqualTo(LocalDate.of(2025, 3, 11));
  }

  @Test
  void theActsTimeInTheSameSentenceBeatsTheDiscoverys() {
    Incident i = current("The/DT mayor/NN ,/, who/WP was/VBD kidnapped/VBN on/IN Monday/NNP ,/, was/VBD "
        + "found/VBN/find dead/JJ today/NN ./.");
    assertThat(dateOf(i)).isEqualTo(LocalDate.of(2025, 3, 10));
  }

  @Test
  void aDiscoveryAloneStillDatesTheIncident() {
    Incident i = current(
        "The/DT bodies/NNS of/IN two/CD farmers/NNS killed/VBN by/IN gunmen/NNS were/VBD found/VBN/find "
            + "on/IN Monday/NNP ./.");
    assertThat(dateOf(i)).isEqualTo(LocalDate.of(2025, 3, 10));
  }
}
