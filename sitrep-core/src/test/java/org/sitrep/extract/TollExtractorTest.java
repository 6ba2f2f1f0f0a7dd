package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Optional;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.sitrep.domain.Quantity;
import org.sitrep.domain.Toll;
import org.sitrep.domain.TollGroup;
import org.sitrep.domain.TollOutcome;
import org.sitrep.nlp.Sentence;
import org.sitrep.testing.Tokens;

/** TollExtractor on hand-tagged sentences: each test pins one reading rule with a sentence shaped to need it. */
class TollExtractorTest {
  private final TollExtractor extractor = new TollExtractor();

  private List<Toll> tolls(String tagged) {
    String raw = Tokens.text(tagged);
    Sentence s = Tokens.tagged(tagged);
    return extractor.extract(raw, s, new AttributionFinder().find(raw, s), a -> Optional.of(a.source()));
  }

  /** A toll's group, outcome and exact count, to compare against {@link #readings}. */
  private static Tuple toll(TollGroup g, TollOutcome o, int n) { return tuple(g, o, Quantity.exact(n)); }

  private static List<Tuple> readings(List<Toll> tolls) {
    return tolls.stream().map(t -> tuple(t.group(), t.outcome(), t.quantity())).toList();
  }

  @Nested
  class Groups {
    @Test
    void peopleSomeoneHoldsAreHostagesButPassengersStayPassengers() {
      assertThat(readings(tolls("Gunmen/NNS held/VBD 40/CD shoppers/NNS inside/RB ./.")))
          .containsExactly(toll(TollGroup.HOSTAGES, TollOutcome.HELD, 40));
      assertThat(readings(tolls("Six/CD passengers/NNS were/VBD still/RB being/VBG held/VBN ./.")))
          .containsExactly(toll(TollGroup.PASSENGERS, TollOutcome.HELD, 6));
    }

    @Test
    void shotDeadAndGunnedDownKill() {
      assertThat(readings(tolls("Gunmen/NNS shot/VBD dead/JJ three/CD police/NN officers/NNS ./.")))
          .containsExactly(toll(TollGroup.SECURITY_FORCES, TollOutcome.KILLED, 3));
      assertThat(readings(tolls("They/PRP gunned/VBD down/RP two/CD guards/NNS ./.")))
          .containsExactly(toll(TollGroup.SECURITY_FORCES, TollOutcome.KILLED, 2));
    }

    @Test
    void membersOfAGroupBelongToIt() {
      assertThat(readings(tolls("Four/CD members/NNS of/IN the/DT security/NN forces/NNS died/VBD ./.")))
          .containsExactly(toll(TollGroup.SECURITY_FORCES, TollOutcome.KILLED, 4));
      assertThat(readings(tolls("The/DT blast/NN killed/VBD three/CD members/NNS of/IN one/CD family/NN ./.")))
          .containsExactly(toll(TollGroup.CIVILIANS, TollOutcome.KILLED, 3));
    }

    @Test
    void fightersOfNoStatedSideAreUnknownUntilAModifierSaysWhich() {
      assertThat(readings(tolls("Nine/CD fighters/NNS were/VBD killed/VBN ./.")))
          .containsExactly(toll(TollGroup.UNKNOWN, TollOutcome.KILLED, 9));
      assertThat(readings(tolls("Nine/CD rebel/JJ fighters/NNS were/VBD killed/VBN ./.")))
          .containsExactly(toll(TollGroup.PERPETRATORS, TollOutcome.KILLED, 9));
    }

    @Test
    void othersAreMoreOfThePeopleJustCounted() {
      assertThat(readings(tolls("killing/VBG 3/CD pilgrims/NNS and/CC injuring/VBG 5/CD others/NNS ./.")))
          .containsExactly(toll(TollGroup.CIVILIANS, TollOutcome.KILLED, 3),
              toll(TollGroup.CIVILIANS, TollOutcome.INJURED, 5));
    }

    @Test
    void aBareFigureInSubjectPositionCountsThePeopleLastNamedAsObject() {
      assertThat(readings(tolls(
          "Troops/NNS freed/VBD the/DT remaining/VBG hostages/NNS but/CC two/CD were/VBD still/RB missing/JJ ./.")))
          .containsExactly(toll(TollGroup.HOSTAGES, TollOutcome.MISSING, 2));
      // The subject of the sentence is no antecedent: the attackers did not go missing.
      assertThat(readings(tolls("Gunmen/NNS attacked/VBD and/CC two/CD were/VBD killed/VBN ./.")))
          .containsExactly(toll(TollGroup.ALL, TollOutcome.KILLED, 2));
    }

    @Test
    void aSingularPersonJoinedToAnEarlierFigureSharesItsOutcome() {
      assertThat(readings(tolls("wounding/VBG four/CD soldiers/NNS and/CC a/DT child/NN ./.")))
          .containsExactly(toll(TollGroup.SECURITY_FORCES, TollOutcome.INJURED, 4),
              toll(TollGroup.CIVILIANS, TollOutcome.INJURED, 1));
    }

    @Test
    void compoundsEndOnTheirLastNounAndNonPeopleHeadsAreNoToll() {
      List<Toll> found = tolls("Rebels/NNS kidnapped/VBD three/CD aid/NN workers/NNS ./.");
      assertThat(found).singleElement().satisfies(t -> assertThat(t.text()).isEqualTo("kidnapped three aid workers"));
      assertThat(tolls("The/DT mob/NN burned/VBD three/CD police/NN vehicles/NNS ,/, and/CC two/CD were/VBD destroyed/VBN ./."))
          .isEmpty();
    }
  }

  @Nested
  class Outcomes {
    @Test
    void aRelativeClauseStatesTheOutcomeOfThePeopleItFollows() {
      assertThat(readings(tolls("Rebels/NNS freed/VBD 12/CD of/IN the/DT 15/CD tourists/NNS they/PRP kidnapped/VBD ./.")))
          .containsExactly(toll(TollGroup.CIVILIANS, TollOutcome.RELEASED, 12),
              toll(TollGroup.CIVILIANS, TollOutcome.KIDNAPPED, 15));
    }

    @Test
    void aPartTakesTheGroupOfTheWholeItIsPartOf() {
      assertThat(readings(tolls(
          "They/PRP released/VBD 8/CD of/IN the/DT 30/CD villagers/NNS they/PRP were/VBD holding/VBG ./.")))
          .containsExactly(toll(TollGroup.HOSTAGES, TollOutcome.RELEASED, 8),
              toll(TollGroup.HOSTAGES, TollOutcome.HELD, 30));
    }

    @Test
    void aParticipialClauseBetweenPhraseAndVerbIsSkipped() {
      assertThat(readings(tolls(
          "Three/CD nurses/NNS working/VBG at/IN a/DT clinic/NN have/VBP been/VBN abducted/VBN ./.")))
          .containsExactly(toll(TollGroup.CIVILIANS, TollOutcome.KIDNAPPED, 3));
    }

    @Test
    void anAppositiveBetweenPhraseAndVerbIsSkippedAndItsAgeIsNoToll() {
      assertThat(readings(tolls(
          "A/DT second/JJ driver/NN ,/, a/DT man/NN aged/VBN 30/CD ,/, was/VBD slightly/RB injured/VBN ./.")))
          .containsExactly(toll(TollGroup.CIVILIANS, TollOutcome.INJURED, 1));
    }

    @Test
    void theVerbBeforeWinsOverAParticipleWithAnAgentAfter() {
      assertThat(readings(tolls("Police/NNS rescued/VBD 9/CD hostages/NNS held/VBN by/IN a/DT gang/NN ./.")))
          .containsExactly(toll(TollGroup.HOSTAGES, TollOutcome.RESCUED, 9));
    }

    @Test
    void evacuatedCarriedAndSizedPeopleWereInvolvedAndArrestsAreNoToll() {
      assertThat(tolls("About/RB 200/CD passengers/NNS were/VBD evacuated/VBN ./."))
          .extracting(Toll::outcome).containsExactly(TollOutcome.INVOLVED);
      assertThat(readings(tolls("a/DT coach/NN carrying/VBG 40/CD passengers/NNS overturned/VBD ./.")))
          .containsExactly(toll(TollGroup.PASSENGERS, TollOutcome.INVOLVED, 40));
      assertThat(readings(tolls("The/DT raiders/NNS ,/, numbering/VBG 30/CD ,/, fled/VBD ./.")))
          .containsExactly(toll(TollGroup.PERPETRATORS, TollOutcome.INVOLVED, 30));
      assertThat(tolls("Police/NNS said/VBD 25/CD people/NNS were/VBD arrested/VBN ./.")).isEmpty();
    }

    @Test
    void attackersCountedAsTheyActWereInvolved() {
      assertThat(readings(tolls("Then/RB 50/CD gunmen/NNS stormed/VBD the/DT village/NN ./.")))
          .containsExactly(toll(TollGroup.PERPETRATORS, TollOutcome.INVOLVED, 50));
      assertThat(readings(tolls("Then/RB 50/CD rioters/NNS set/VBN fire/NN to/IN shops/NNS ./.")))
          .containsExactly(toll(TollGroup.PERPETRATORS, TollOutcome.INVOLVED, 50));
      assertThat(tolls("Then/RB 50/CD rioters/NNS arrested/VBN by/IN police/NNS appeared/VBD in/IN court/NN ./."))
          .isEmpty();
    }

    @Test
    void anAdjectiveOutcomeBeforeANounModifiesItRatherThanEndingThePhrase() {
      assertThat(readings(tolls("Two/CD injured/JJ workers/NNS died/VBD in/IN hospital/NN ./.")))
          .containsExactly(toll(TollGroup.CIVILIANS, TollOutcome.KILLED, 2));
    }
  }

  @Nested
  class SingleVictims {
    @Test
    void aNamedPersonShotDeadIsOneKilledWithTheGroupOfTheirRole() {
      assertThat(readings(tolls("Gunmen/NNS shot/VBD dead/JJ Ana/NNP//PERSON Ruiz/NNP//PERSON ,/, a/DT local/JJ "
          + "journalist/NN ,/, police/NNS said/VBD ./.")))
          .containsExactly(toll(TollGroup.CIVILIANS, TollOutcome.KILLED, 1));
    }

    @Test
    void aNamedSubjectBehindALongAppositiveIsStillTheVictim() {
      List<Toll> found = tolls("Omar/NNP//PERSON Bello/NNP//PERSON ,/, the/DT mayor/NN of/IN a/DT town/NN in/IN the/DT "
          + "north/NN of/IN the/DT state/NN ,/, was/VBD killed/VBN on/IN Monday/NNP ./.");
      assertThat(readings(found)).containsExactly(toll(TollGroup.CIVILIANS, TollOutcome.KILLED, 1));
      assertThat(found.get(0).text()).startsWith("Omar Bello").endsWith("was killed");
    }

    @Test
    void aNamedSpeakerIsNoVictim() {
      assertThat(tolls("Ana/NNP//PERSON Ruiz/NNP//PERSON ,/, a/DT farmer/NN ,/, said/VBD the/DT gunmen/NNS fled/VBD ./."))
          .isEmpty();
    }

    @Test
    void aPossessedSingularRoleCountsOne() {
      assertThat(readings(tolls("His/PRP$ driver/NN was/VBD wounded/VBN ./.")))
          .containsExactly(toll(TollGroup.CIVILIANS, TollOutcome.INJURED, 1));
    }

    @Test
    void aBareFigureRightAfterItsVerbIsATollAndOneInAPhraseIsNot() {
      assertThat(readings(tolls("killing/VBG 7/CD pilgrims/NNS and/CC wounding/VBG 15/CD ,/, police/NNS said/VBD ./.")))
          .containsExactly(toll(TollGroup.CIVILIANS, TollOutcome.KILLED, 7), toll(TollGroup.ALL, TollOutcome.INJURED, 15));
      assertThat(tolls("Police/NNS said/VBD route/NN 9/CD was/VBD closed/VBN ./.")).isEmpty();
    }
  }

  @Nested
  class NotIncidentTolls {
    @Test
    void aRisenDeathTollIsTheTollAndTheDeathsThatRaisedItAreNotAnother() {
      List<Toll> found = tolls("The/DT death/NN toll/NN from/IN the/DT raid/NN rose/VBD to/TO 30/CD after/IN "
          + "two/CD injured/JJ workers/NNS died/VBD ./.");
      assertThat(readings(found)).containsExactly(toll(TollGroup.ALL, TollOutcome.KILLED, 30));
      assertThat(found.get(0).text()).startsWith("death toll");
    }

    @Test
    void presentOrPerfectVerbsOverYearsStateAggregatesButAPastEventKeepsItsToll() {
      assertThat(tolls("Bandits/NNS have/VBP killed/VBN hundreds/NNS of/IN people/NNS in/IN recent/JJ years/NNS ./."))
          .isEmpty();
      assertThat(tolls("Mines/NNS kill/VBP 40/CD farmers/NNS each/DT year/NN ./.")).isEmpty();
      assertThat(readings(tolls("The/DT raid/NN killed/VBD 11/CD people/NNS ,/, the/DT worst/JJS in/IN recent/JJ years/NNS ./.")))
          .containsExactly(toll(TollGroup.ALL, TollOutcome.KILLED, 11));
    }
  }

  @Nested
  class Sources {
    @Test
    void aTrailingSourceCoversTheClauseBeforeItOverAnEmbeddedNearerOne() {
      List<Toll> found = tolls("Forty/CD shoppers/NNS were/VBD evacuated/VBN after/IN a/DT man/NN said/VBD a/DT "
          + "bomb/NN was/VBD planted/VBN ,/, police/NNS said/VBD ./.");
      assertThat(found).singleElement().satisfies(t -> assertThat(t.attributedTo()).contains("police"));
    }

    @Test
    void aLeadingSourceCoversTheClauseAfterIt() {
      List<Toll> found = tolls("Officials/NNS in/IN Jos/NNP said/VBD that/IN 14/CD villagers/NNS were/VBD killed/VBN ./.");
      assertThat(found).singleElement().satisfies(t -> assertThat(t.attributedTo()).contains("Officials in Jos"));
    }
  }
}
