package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.sitrep.nlp.Sentence;
import org.sitrep.testing.Tokens;

/** AttributionFinder on hand-tagged sentences: which phrase is the source, and which words each source covers. */
class AttributionFinderTest {
  private final AttributionFinder finder = new AttributionFinder();

  private List<Attribution> find(String tagged) {
    return finder.find(Tokens.text(tagged), Tokens.tagged(tagged));
  }

  private List<String> sources(String tagged) {
    return find(tagged).stream().map(Attribution::source).toList();
  }

  /** The source covering the first token spelled {@code word}. */
  private String coveringSourceOf(String tagged, String word) {
    Sentence s = Tokens.tagged(tagged);
    int index = -1;
    for (int i = 0; i < s.tokens().size() && index < 0; i++) if (s.tokens().get(i).text().equals(word)) index = i;
    assertThat(index).as("token " + word).isNotNegative();
    return AttributionFinder.covering(find(tagged), s.tokens(), index).map(Attribution::source).orElse(null);
  }

  @Nested
  class Phrases {
    @Test
    void aSourceStandingAloneTakesInCoordinatedSources() {
      assertThat(sources("Five/CD died/VBD ,/, witnesses/NNS and/CC hospital/NN officials/NNS said/VBD ./."))
          .containsExactly("witnesses and hospital officials");
    }

    @Test
    void insideAClauseAnAndJoinsClausesNotSources() {
      assertThat(sources("The/DT army/NN raided/VBD the/DT camp/NN and/CC officials/NNS said/VBD nine/CD died/VBD ./."))
          .containsExactly("officials");
    }

    @Test
    void aSourceStandingAloneKeepsItsLocative() {
      assertThat(sources("Officials/NNS in/IN Jos/NNP said/VBD 14/CD died/VBD ./.")).containsExactly("Officials in Jos");
      assertThat(sources("Four/CD were/VBD hurt/VBN ,/, a/DT nurse/NN at/IN the/DT clinic/NN said/VBD ./."))
          .containsExactly("a nurse at the clinic");
    }

    @Test
    void aTitleInAppositionWithANameYieldsTheName() {
      assertThat(sources("Two/CD died/VBD ,/, the/DT mayor/NN ,/, Ana/NNP Ruiz/NNP ,/, said/VBD ./."))
          .containsExactly("Ana Ruiz");
      assertThat(sources("Two/CD died/VBD ,/, according/VBG to/TO the/DT district/NN chief/NN ,/, Omar/NNP Bello/NNP ./."))
          .containsExactly("Omar Bello");
      assertThat(sources("Two/CD died/VBD ,/, said/VBD Omar/NNP Bello/NNP ,/, a/DT district/NN chief/NN ./."))
          .containsExactly("Omar Bello");
    }

    @Test
    void theSpeakerOfToldIsTheSubjectNotTheOutlet() {
      assertThat(sources("Nine/CD died/VBD ,/, Inspector/NNP Ali/NNP told/VBD Reuters/NNP ./."))
          .containsExactly("Inspector Ali");
    }

    @Test
    void claimingResponsibilityIsNoSource() {
      assertThat(sources("The/DT group/NN claimed/VBD responsibility/NN ./.")).isEmpty();
    }
  }

  @Nested
  class Coverage {
    private static final String EMBEDDED = "Shops/NNS were/VBD closed/VBN after/IN a/DT caller/NN said/VBD a/DT "
        + "bomb/NN was/VBD planted/VBN ,/, police/NNS said/VBD ./.";

    @Test
    void aTrailingSourceCoversTheWholeClauseBeforeIt() {
      assertThat(coveringSourceOf(EMBEDDED, "Shops")).isEqualTo("police");
    }

    @Test
    void anEmbeddedSourceCoversOnlyItsOwnReportedClause() {
      assertThat(coveringSourceOf(EMBEDDED, "bomb")).isEqualTo("a caller");
    }

    @Test
    void aTrailingSourceFollowedByAdjunctsStillCloses() {
      assertThat(coveringSourceOf(
          "Six/CD were/VBD freed/VBN ,/, the/DT ministry/NN said/VBD in/IN a/DT statement/NN ./.", "Six"))
          .isEqualTo("the ministry");
    }

    @Test
    void aLeadingSourceCoversTheClauseAfterItAndNotTheOneBefore() {
      String s = "Police/NNS said/VBD 30/CD were/VBD hurt/VBN and/CC medics/NNS reported/VBD 4/CD dead/JJ ./.";
      assertThat(coveringSourceOf(s, "30")).isEqualTo("Police");
      assertThat(coveringSourceOf(s, "4")).isEqualTo("medics");
    }

    @Test
    void withoutCoverTheNearestSourceIsTaken() {
      assertThat(coveringSourceOf(
          "Ten/CD died/VBD ,/, the/DT army/NN said/VBD ,/, as/RB well/RB as/IN a/DT guard/NN ./.", "guard"))
          .isEqualTo("the army");
    }
  }
}
