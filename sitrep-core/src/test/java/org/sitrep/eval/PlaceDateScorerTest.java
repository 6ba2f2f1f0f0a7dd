package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.domain.DatePrecision;
import org.sitrep.domain.Evidence;
import org.sitrep.domain.GeoPrecision;
import org.sitrep.domain.Incident;
import org.sitrep.domain.IncidentDate;
import org.sitrep.domain.IncidentStatus;
import org.sitrep.domain.IncidentType;
import org.sitrep.domain.Location;
import org.sitrep.resolve.Gazetteer;

class PlaceDateScorerTest {
  private static final PlaceDateScorer SCORER = new PlaceDateScorer(Gazetteer.bundled());

  private static List<Muc4Key> keys(String json) throws Exception {
    return Muc4Key.of(new ObjectMapper().readTree(json));
  }

  private static Incident incident(IncidentType type, String country, String city, LocalDate day, IncidentStatus status) {
    Location loc = new Location(city, Optional.of(city), Optional.empty(), Optional.of(country), Optional.empty(),
        Optional.empty(), GeoPrecision.CITY, Optional.empty());
    IncidentDate date = new IncidentDate(day, Optional.empty(), DatePrecision.DAY,
        Optional.of(new Evidence(0, 1, "x", 0)));
    return new Incident("i", status, type, List.of(), Optional.of(date), Optional.of(loc), List.of(), List.of(),
        List.of(), List.of());
  }

  private static final String FLORES_KEY = """
      {"templates": [{"incident_type": "ATTACK",
        "incident_location": {"alternatives": [[{"name": "GUATEMALA", "type": null},
            {"name": "PETEN", "type": "DEPARTMENT"}, {"name": "FLORES", "type": "CITY"}]]},
        "incident_date": {"alternatives": [{"from": null, "to": "1990-02-04"}]}}]}""";

  @Test
  void keysGiveCountryCityAndDateRanges() throws Exception {
    Muc4Key k = keys(FLORES_KEY).get(0);
    assertThat(k.incidentType()).isEqualTo("attack");
    assertThat(k.country()).contains("GUATEMALA");
    assertThat(k.cities()).containsExactly("FLORES");
    assertThat(k.dates()).containsExactly(new Muc4Key.DateRange(Optional.empty(), LocalDate.of(1990, 2, 4)));
  }

  @Test
  void aRightIncidentScoresEveryField() throws Exception {
    PlaceDateScorer.Report r = SCORER.score(Map.of("d", keys(FLORES_KEY)),
        Map.of("d", List.of(incident(IncidentType.ARMED_ASSAULT, "GT", "Flores", LocalDate.of(1990, 2, 2),
            IncidentStatus.CURRENT))));
    assertThat(r.matchedKeys()).isEqualTo(1);
    assertThat(r.country().right()).isEqualTo(1);
    assertThat(r.city().right()).isEqualTo(1);
    assertThat(r.date().right()).isEqualTo(1);
  }

  @Test
  void wrongPlaceOrADateAfterTheKeyIsWrongAndBackgroundIncidentsAreNotMatched() throws Exception {
    PlaceDateScorer.Report r = SCORER.score(Map.of("d", keys(FLORES_KEY)),
        Map.of("d", List.of(incident(IncidentType.BOMBING, "SV", "Santa Ana", LocalDate.of(1990, 2, 5),
            IncidentStatus.CURRENT))));
    assertThat(r.country().right()).isZero();
    assertThat(r.city().right()).isZero();
    assertThat(r.date().right()).isZero();

    PlaceDateScorer.Report none = SCORER.score(Map.of("d", keys(FLORES_KEY)),
        Map.of("d", List.of(incident(IncidentType.ARMED_ASSAULT, "GT", "Flores", LocalDate.of(1990, 2, 2),
            IncidentStatus.BACKGROUND))));
    assertThat(none.matchedKeys()).isZero();
    assertThat(none.country().overAll()).isZero();
  }

  @Test
  void accentsAndCaseDoNotMatterForCities() {
    assertThat(PlaceDateScorer.fold("USULUTÁN")).isEqualTo(PlaceDateScorer.fold("usulutan"));
  }

  @Test
  void anyCountryAKeyAllowsIsRight() throws Exception {
    String either = """
        {"templates": [{"incident_type": "ATTACK",
          "incident_location": {"alternatives": [[{"name": "COLOMBIA", "type": null}],
              [{"name": "VENEZUELA", "type": null}]]},
          "incident_date": {"alternatives": []}}]}""";
    assertThat(keys(either).get(0).countries()).containsExactly("COLOMBIA", "VENEZUELA");
    PlaceDateScorer.Report venezuela = SCORER.score(Map.of("d", keys(either)),
        Map.of("d", List.of(incident(IncidentType.ARMED_ASSAULT, "VE", "Caracas", LocalDate.of(1990, 2, 2),
            IncidentStatus.CURRENT))));
    assertThat(venezuela.country().right()).isEqualTo(1);
    PlaceDateScorer.Report peru = SCORER.score(Map.of("d", keys(either)),
        Map.of("d", List.of(incident(IncidentType.ARMED_ASSAULT, "PE", "Lima", LocalDate.of(1990, 2, 2),
            IncidentStatus.CURRENT))));
    assertThat(peru.country().right()).isZero();
    assertThat(peru.country().matched()).isEqualTo(1);
  }
}
