package org.sitrep.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.domain.ActorKind;
import org.sitrep.domain.DatePrecision;
import org.sitrep.domain.Document;
import org.sitrep.domain.Evidence;
import org.sitrep.domain.Extraction;
import org.sitrep.domain.GeoPrecision;
import org.sitrep.domain.Incident;
import org.sitrep.domain.IncidentDate;
import org.sitrep.domain.IncidentStatus;
import org.sitrep.domain.IncidentType;
import org.sitrep.domain.Location;
import org.sitrep.domain.Participant;
import org.sitrep.domain.Quantity;
import org.sitrep.domain.Quote;
import org.sitrep.domain.Role;
import org.sitrep.domain.Toll;
import org.sitrep.domain.TollGroup;
import org.sitrep.domain.TollOutcome;
import org.sitrep.domain.Weapon;
import org.sitrep.domain.WeaponType;

class ExtractionCodecTest {
  static final String TEXT = "Gunmen from al-Shabaab stormed a hotel in Mogadishu on Tuesday. Police said at least 12 "
      + "people were killed. \"We will hunt them down,\" said Abdi Hassan.";

  static Evidence ev(String phrase) {
    int start = TEXT.indexOf(phrase);
    return Evidence.of(TEXT, start, start + phrase.length(), start > 60 ? 1 : 0);
  }

  /** Every kind of field the domain has, optional ones present, lists with several elements. */
  static Extraction full() {
    Document doc = new Document("9f86d081884c7d65", "wire-17", Optional.of("Reuters"),
        Optional.of(LocalDate.of(2024, 3, 6)), "en", TEXT, Optional.of("https://example.org/a"),
        Optional.of("Hotel attack"));
    Incident incident = new Incident("i1", IncidentStatus.CURRENT, IncidentType.ARMED_ASSAULT,
        List.of(IncidentType.HOSTAGE_TAKING, IncidentType.BOMBING),
        Optional.of(new IncidentDate(LocalDate.of(2024, 3, 5), Optional.of(LocalDate.of(2024, 3, 6)),
            DatePrecision.DAY, Optional.of(ev("Tuesday")))),
        Optional.of(new Location("Mogadishu", Optional.of("Mogadishu"), Optional.of("Banaadir"), Optional.of("SO"),
            Optional.of(2.0371), Optional.of(45.3438), GeoPrecision.CITY, Optional.of(ev("Mogadishu")))),
        List.of(new Participant("al-Shabaab", List.of("Shabaab", "HSM"), Role.PERPETRATOR,
            ActorKind.NON_STATE_ARMED_GROUP, true, ev("al-Shabaab"))),
        List.of(new Weapon(WeaponType.FIREARMS, ev("Gunmen"))),
        List.of(new Toll(TollGroup.ALL, TollOutcome.KILLED, Quantity.atLeast(12), "at least 12 people were killed",
            Optional.of("Police"), ev("at least 12 people were killed"))),
        List.of(ev("Gunmen from al-Shabaab stormed a hotel in Mogadishu on Tuesday.")));
    Incident background = new Incident("i2", IncidentStatus.BACKGROUND, IncidentType.OTHER_VIOLENCE, List.of(),
        Optional.empty(), Optional.empty(), List.of(), List.of(), List.of(), List.of());
    return new Extraction(doc, List.of(incident, background),
        List.of(new Quote("We will hunt them down,", Optional.of("Abdi Hassan"), Optional.empty(),
            ev("We will hunt them down,"))));
  }

  @Test
  void an_extraction_comes_back_equal() {
    ExtractionCodec codec = new ExtractionCodec();
    Extraction x = full();
    assertThat(codec.decode(codec.encode(x))).isEqualTo(x);
  }

  @Test
  void two_encodings_of_one_extraction_are_the_same_bytes() {
    assertThat(new ExtractionCodec().encode(full())).isEqualTo(new ExtractionCodec().encode(full()));
  }

  @Test
  void bytes_that_are_not_an_extraction_are_a_bug_not_bad_input() {
    ExtractionCodec codec = new ExtractionCodec();
    assertThatThrownBy(() -> codec.decode("{\"document\": 1}".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("cannot decode");
    String unknown = new String(codec.encode(full()), StandardCharsets.UTF_8).replaceFirst("\\{", "{\"extra\":1,");
    assertThatThrownBy(() -> codec.decode(unknown.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(IllegalStateException.class);
  }
}
