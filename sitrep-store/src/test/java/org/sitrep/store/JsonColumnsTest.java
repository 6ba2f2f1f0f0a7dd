package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.sitrep.domain.IncidentType;
import org.sitrep.merge.IncidentProfile;

class JsonColumnsTest {
  private final JsonColumns json = new JsonColumns();

  @Property(tries = 300)
  void a_profile_reads_back_as_written(@ForAll("profiles") IncidentProfile p) {
    String text = json.profile(p);
    assertThat(json.profile(text)).isEqualTo(p);
    assertThat(json.profile(json.profile(text))).isEqualTo(text);   // one profile, one text
  }

  @Property(tries = 300)
  void lists_read_back_as_written(@ForAll List<@net.jqwik.api.constraints.StringLength(max = 12) String> strings,
                                  @ForAll List<IncidentType> types) {
    assertThat(json.strings(json.strings(strings))).isEqualTo(strings);
    assertThat(json.types(json.types(types))).isEqualTo(types);
  }

  @Provide
  Arbitrary<IncidentProfile> profiles() {
    Arbitrary<Optional<LocalDate>> dates = Arbitraries.integers().between(0, 30_000)
        .map(n -> LocalDate.of(1970, 1, 1).plusDays(n)).optional();
    Arbitrary<Optional<String>> names = Arbitraries.strings().ofMaxLength(10).optional();
    Arbitrary<Optional<Double>> coords = Arbitraries.doubles().between(-180, 180).optional();
    Arbitrary<Set<String>> words = Arbitraries.strings().ofMaxLength(8).set().ofMaxSize(5);
    return Combinators.combine(Arbitraries.of(IncidentType.class), dates, dates, names, names, names,
            coords.list().ofSize(2), words.list().ofSize(3))
        .as((type, start, end, country, admin1, city, latLon, sets) -> new IncidentProfile(type, start, end, country,
            admin1, city, latLon.get(0), latLon.get(1), sets.get(0), sets.get(1), sets.get(2)));
  }
}
