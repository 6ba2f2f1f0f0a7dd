package org.sitrep.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.domain.ActorKind;
import org.sitrep.domain.DatePrecision;
import org.sitrep.domain.Evidence;
import org.sitrep.domain.GeoPrecision;
import org.sitrep.domain.Incident;
import org.sitrep.domain.IncidentDate;
import org.sitrep.domain.IncidentStatus;
import org.sitrep.domain.IncidentType;
import org.sitrep.domain.Location;
import org.sitrep.domain.Participant;
import org.sitrep.domain.Quantity;
import org.sitrep.domain.Role;
import org.sitrep.domain.Toll;
import org.sitrep.domain.TollGroup;
import org.sitrep.domain.TollOutcome;

class IncidentProfileTest {
  private static final Evidence DAY_EVIDENCE = new Evidence(0, 6, "Friday", 0);

  private static Participant participant(String name, Role role, ActorKind kind, int at) {
    return new Participant(name, List.of(), role, kind, false, new Evidence(at, at + name.length(), name, 0));
  }

  private static Incident incident(Optional<IncidentDate> date, List<Participant> people, List<Toll> tolls) {
    Location bogota = new Location("BOGOTA", Optional.of("Bogotá"), Optional.of("Bogotá D.C."), Optional.of("CO"),
        Optional.of(4.6), Optional.of(-74.08), GeoPrecision.CITY, Optional.empty());
    return new Incident("i", IncidentStatus.CURRENT, IncidentType.ASSASSINATION, List.of(), date, Optional.of(bogota),
        people, List.of(), tolls, List.of(new Evidence(10, 19, "SHOT DEAD", 0)));
  }

  @Test
  void keepsNamesThatIdentifyAndDropsCountedGroupsAndBareNouns() {
    Evidence tollEvidence = new Evidence(100, 116, "3 civilians died", 1);
    Toll toll = new Toll(TollGroup.CIVILIANS, TollOutcome.KILLED, Quantity.exact(3), "3 civilians died",
        Optional.empty(), tollEvidence);
    List<Participant> people = List.of(
        participant("LUIS CARLOS GALÁN,", Role.VICTIM, ActorKind.GOVERNMENT, 30),
        new Participant("civilians", List.of(), Role.VICTIM, ActorKind.CIVILIANS, false, tollEvidence),
        participant("FOUR UNIVERSITY STUDENTS", Role.VICTIM, ActorKind.CIVILIANS, 60),
        participant("CAR", Role.TARGET, ActorKind.VEHICLE, 90),
        participant("FENASTRAS HEADQUARTERS", Role.TARGET, ActorKind.FACILITY, 120),
        participant("MEDELLIN CARTEL", Role.PERPETRATOR, ActorKind.NON_STATE_ARMED_GROUP, 150));
    IncidentProfile p = IncidentProfile.of(incident(Optional.empty(), people, List.of(toll)));
    assertThat(p.targets()).containsExactlyInAnyOrder("luis carlos galan", "fenastras headquarters");
    assertThat(p.actors()).containsExactly("medellin cartel");
    assertThat(p.words()).contains("shot", "dead");
    assertThat(p.city()).contains("Bogotá");
    assertThat(p.lat()).contains(4.6);
  }

  @Test
  void aDateSpansThePeriodItsPrecisionNames() {
    IncidentDate august = new IncidentDate(LocalDate.parse("1989-08-01"), Optional.empty(), DatePrecision.MONTH,
        Optional.of(DAY_EVIDENCE));
    IncidentProfile p = IncidentProfile.of(incident(Optional.of(august), List.of(), List.of()));
    assertThat(p.dateStart()).contains(LocalDate.parse("1989-08-01"));
    assertThat(p.dateEnd()).contains(LocalDate.parse("1989-08-31"));
  }

  @Test
  void aDateFromThePublicationLooksBack() {
    IncidentDate published = new IncidentDate(LocalDate.parse("1989-09-20"), Optional.empty(), DatePrecision.DAY,
        Optional.empty());
    IncidentProfile p = IncidentProfile.of(incident(Optional.of(published), List.of(), List.of()));
    assertThat(p.dateStart()).contains(LocalDate.parse("1989-09-20").minusDays(IncidentProfile.UNDATED_LOOKBACK_DAYS));
    assertThat(p.dateEnd()).contains(LocalDate.parse("1989-09-20"));
  }

  @Test
  void aUnionKeepsTheNarrowerDateTheFinerPlaceAndAllNames() {
    IncidentProfile vague = new IncidentProfile(IncidentType.ASSASSINATION, Optional.of(LocalDate.parse("1989-08-01")),
        Optional.of(LocalDate.parse("1989-08-31")), Optional.of("CO"), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Set.of("medellin cartel"), Set.of("galan"), Set.of("killed"));
    IncidentProfile precise = MergeFixtures.on(IncidentType.ASSASSINATION, "1989-08-18", MergeFixtures.SOACHA,
        "luis carlos galan");
    IncidentProfile u = vague.union(precise);
    assertThat(u.dateStart()).contains(LocalDate.parse("1989-08-18"));
    assertThat(u.dateEnd()).contains(LocalDate.parse("1989-08-18"));
    assertThat(u.city()).contains("Soacha");
    assertThat(u.targets()).containsExactlyInAnyOrder("galan", "luis carlos galan");
    assertThat(u.actors()).containsExactly("medellin cartel");
    assertThat(u.type()).isEqualTo(IncidentType.ASSASSINATION);
    assertThat(precise.union(vague).city()).contains("Soacha");
  }
}
