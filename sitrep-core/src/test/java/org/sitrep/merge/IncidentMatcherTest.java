package org.sitrep.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.domain.IncidentType.ARMED_ASSAULT;
import static org.sitrep.domain.IncidentType.ASSASSINATION;
import static org.sitrep.domain.IncidentType.BOMBING;
import static org.sitrep.domain.IncidentType.KIDNAPPING;
import static org.sitrep.merge.MergeFixtures.BOGOTA;
import static org.sitrep.merge.MergeFixtures.CARACAS;
import static org.sitrep.merge.MergeFixtures.FACATATIVA;
import static org.sitrep.merge.MergeFixtures.MEDELLIN;
import static org.sitrep.merge.MergeFixtures.SOACHA;
import static org.sitrep.merge.MergeFixtures.on;
import static org.sitrep.merge.MergeFixtures.profile;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IncidentMatcherTest {
  private final IncidentMatcher matcher = new IncidentMatcher();

  @Test
  void aSharedVictimNameMakesOneIncident() {
    IncidentProfile a = on(ASSASSINATION, "1989-08-18", SOACHA, "luis carlos galan");
    IncidentProfile b = on(ASSASSINATION, "1989-08-19", BOGOTA, "galan");
    assertThat(matcher.sameIncident(a, b)).isTrue();
    assertThat(matcher.similarity(a, b)).isEqualTo(matcher.similarity(b, a));
  }

  @Test
  void typesOfDifferentFamiliesNeverMatch() {
    IncidentProfile a = on(KIDNAPPING, "1990-01-12", BOGOTA, "hector oqueli");
    IncidentProfile b = on(BOMBING, "1990-01-12", BOGOTA, "hector oqueli");
    assertThat(matcher.similarity(a, b)).isZero();
    assertThat(matcher.similarity(a, on(ARMED_ASSAULT, "1990-01-12", BOGOTA, "hector oqueli"))).isZero();
    assertThat(matcher.sameIncident(on(ARMED_ASSAULT, "1990-01-12", BOGOTA, "hector oqueli"),
        on(ASSASSINATION, "1990-01-12", BOGOTA, "hector oqueli"))).isTrue();
  }

  @Test
  void datesBeyondTheWindowNeverMatch() {
    IncidentProfile a = on(BOMBING, "1989-09-02", BOGOTA);
    assertThat(matcher.similarity(a, on(BOMBING, "1989-09-05", BOGOTA))).isPositive();
    assertThat(matcher.similarity(a, on(BOMBING, "1989-09-06", BOGOTA))).isZero();
  }

  @Test
  void aSharedNameWidensTheWindowToFollowUps() {
    IncidentProfile killing = on(ASSASSINATION, "1989-08-18", BOGOTA, "luis carlos galan");
    assertThat(matcher.sameIncident(killing, on(ASSASSINATION, "1989-09-27", BOGOTA, "luis carlos galan"))).isTrue();
    assertThat(matcher.similarity(killing, on(ASSASSINATION, "1989-10-18", BOGOTA, "luis carlos galan"))).isZero();
  }

  @Test
  void placesFarApartOnlyMatchThroughAName() {
    IncidentProfile bogota = on(BOMBING, "1989-09-02", BOGOTA);
    assertThat(matcher.similarity(bogota, on(BOMBING, "1989-09-02", MEDELLIN))).isZero();
    assertThat(matcher.similarity(bogota, on(BOMBING, "1989-09-02", CARACAS))).isZero();
    // a wire report filed in Caracas about the Bogotá killing
    assertThat(matcher.sameIncident(on(ASSASSINATION, "1989-08-18", BOGOTA, "luis carlos galan"),
        on(ASSASSINATION, "1989-08-18", CARACAS, "luis carlos galan"))).isTrue();
  }

  @Test
  void aTownBesideTheCityIsTheSamePlaceAndANeighbourANearOne() {
    double same = matcher.similarity(on(BOMBING, "1989-09-02", BOGOTA), on(BOMBING, "1989-09-02", BOGOTA));
    double suburb = matcher.similarity(on(BOMBING, "1989-09-02", BOGOTA), on(BOMBING, "1989-09-02", SOACHA));
    double near = matcher.similarity(on(BOMBING, "1989-09-02", BOGOTA), on(BOMBING, "1989-09-02", FACATATIVA));
    assertThat(suburb).as("Soacha, 15 km").isEqualTo(same);
    assertThat(near).as("Facatativa, 38 km").isPositive().isLessThan(same);
  }

  @Test
  void withoutANameItTakesPlaceDayAndWording() {
    Set<String> words = Set.of("bomb", "exploded", "bus", "terminal");
    IncidentProfile a = profile(BOMBING, "1989-07-05", "1989-07-05", BOGOTA, Set.of(), Set.of("fmln"), words);
    IncidentProfile b = profile(BOMBING, "1989-07-05", "1989-07-05", BOGOTA, Set.of(), Set.of("fmln"), words);
    assertThat(matcher.sameIncident(a, b)).isTrue();
    IncidentProfile vague = profile(BOMBING, "1989-07-03", "1989-07-06", BOGOTA, Set.of(), Set.of(), Set.of("attack"));
    assertThat(matcher.sameIncident(a, vague)).isFalse();
  }

  @Test
  void anUndatedProfileMatchesNothing() {
    IncidentProfile undated = new IncidentProfile(BOMBING, Optional.empty(), Optional.empty(), Optional.of("CO"),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Set.of(), Set.of("x y"), Set.of());
    assertThat(matcher.similarity(undated, on(BOMBING, "1989-09-02", BOGOTA, "x y"))).isZero();
  }

  @Test
  void bestMatchTakesTheHighestScoreAboveTheThreshold() {
    IncidentProfile incoming = on(ASSASSINATION, "1989-08-18", BOGOTA, "luis carlos galan");
    List<IncidentProfile> candidates = List.of(
        on(ASSASSINATION, "1989-08-16", BOGOTA, "carlos valencia garcia"),
        on(ASSASSINATION, "1989-08-20", MEDELLIN, "galan"),
        on(ASSASSINATION, "1989-08-18", BOGOTA, "galan"));
    assertThat(matcher.bestMatch(incoming, candidates)).hasValue(2);
    assertThat(matcher.bestMatch(incoming, candidates.subList(0, 1))).isEmpty();
    assertThat(matcher.bestMatch(incoming, List.of())).isEmpty();
  }

  @Test
  void shortWordsAreNotNames() {
    assertThat(IncidentMatcher.sharesName(Set.of("luis carlos galan"), Set.of("galan"))).isTrue();
    assertThat(IncidentMatcher.sharesName(Set.of("public bus"), Set.of("bus"))).isFalse();
    assertThat(IncidentMatcher.sharesName(Set.of("galanes"), Set.of("galan"))).isFalse();
  }

  @Test
  void theWindowCoversEveryProfileTheMatcherCouldAccept() {
    IncidentProfile plain = on(BOMBING, "1989-09-02", BOGOTA);
    IncidentMatcher.CandidateWindow w = matcher.window(plain);
    assertThat(w.from()).contains(LocalDate.parse("1989-08-30"));
    assertThat(w.to()).contains(LocalDate.parse("1989-09-05"));
    assertThat(w.country()).contains("CO");
    IncidentMatcher.CandidateWindow named = matcher.window(on(ASSASSINATION, "1989-08-18", BOGOTA, "luis carlos galan"));
    assertThat(named.to()).contains(LocalDate.parse("1989-08-18").plusDays(IncidentMatcher.Rule.DEFAULT.namedWindowDays()));
    assertThat(named.country()).isEmpty();
  }

  @Test
  void theVerdictNamesTheGateThatRuledAPairOut() {
    IncidentProfile bombing = on(BOMBING, "1989-09-02", BOGOTA);
    assertThat(matcher.judge(bombing, on(KIDNAPPING, "1989-09-02", BOGOTA)).gate())
        .contains(IncidentMatcher.Gate.TYPE_FAMILY);
    assertThat(matcher.judge(bombing, on(BOMBING, "1989-09-20", BOGOTA)).gate())
        .contains(IncidentMatcher.Gate.DATES_APART);
    assertThat(matcher.judge(bombing, on(BOMBING, "1989-09-02", MEDELLIN)).gate())
        .contains(IncidentMatcher.Gate.PLACES_APART);
    IncidentMatcher.Verdict open = matcher.judge(bombing, on(BOMBING, "1989-09-02", BOGOTA));
    assertThat(open.gate()).isEmpty();
    assertThat(open.score()).isPositive().isEqualTo(matcher.similarity(bombing, on(BOMBING, "1989-09-02", BOGOTA)));
  }
}
