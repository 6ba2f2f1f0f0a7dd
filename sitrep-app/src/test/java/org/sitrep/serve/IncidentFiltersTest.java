package org.sitrep.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.sitrep.domain.IncidentType;
import org.sitrep.store.IncidentQuery;

class IncidentFiltersTest {
  private static IncidentQuery parse(Map<String, String> params) { return IncidentFilters.parse(params::get, true); }

  @Test
  void every_parameter_lands_in_the_query() {
    IncidentQuery q = parse(Map.of("since", "2025-01-01", "until", "2025-03-31", "country", "pk", "type", "Hijacking",
        "actor", " BLA ", "q", "train", "sort", "-reports", "limit", "20", "offset", "40"));
    assertThat(q.since()).contains(LocalDate.of(2025, 1, 1));
    assertThat(q.until()).contains(LocalDate.of(2025, 3, 31));
    assertThat(q.country()).contains("PK");
    assertThat(q.type()).contains(IncidentType.HIJACKING);
    assertThat(q.actor()).contains("BLA");
    assertThat(q.text()).contains("train");
    assertThat(q.sort()).isEqualTo(IncidentQuery.Sort.REPORTS_DESC);
    assertThat(q.limit()).isEqualTo(20);
    assertThat(q.offset()).isEqualTo(40);
  }

  @Test
  void defaults_blanks_and_the_cap() {
    IncidentQuery q = parse(Map.of("country", " ", "q", ""));
    assertThat(q.country()).isEmpty();
    assertThat(q.text()).isEmpty();
    assertThat(q.sort()).isEqualTo(IncidentQuery.Sort.DATE_DESC);
    assertThat(q.limit()).isEqualTo(IncidentFilters.DEFAULT_LIMIT);
    assertThat(parse(Map.of("limit", "999999")).limit()).isEqualTo(IncidentFilters.MAX_LIMIT);
    assertThat(IncidentFilters.sort(Optional.of("date"))).isEqualTo(IncidentQuery.Sort.DATE_ASC);
    assertThat(IncidentFilters.sort(Optional.of("-fatalities"))).isEqualTo(IncidentQuery.Sort.TOLL_DESC);
  }

  @Test
  void malformed_values_are_400s_naming_the_parameter() {
    assertThatThrownBy(() -> parse(Map.of("since", "2025-02-30"))).isInstanceOfSatisfying(ApiException.class,
        e -> assertThat(e.status()).isEqualTo(400)).hasMessageContaining("since");
    assertThatThrownBy(() -> parse(Map.of("limit", "0"))).hasMessageContaining("limit");
    assertThatThrownBy(() -> parse(Map.of("limit", "99999999999999999999"))).hasMessageContaining("limit");
    assertThatThrownBy(() -> parse(Map.of("offset", "1000001"))).hasMessageContaining("offset");
    assertThatThrownBy(() -> parse(Map.of("type", "war"))).hasMessageContaining("hijacking");
    assertThatThrownBy(() -> parse(Map.of("country", "P1"))).hasMessageContaining("country");
  }

  @Test
  void echoed_values_are_cut_and_stripped_of_control_characters() {
    assertThat(IncidentFilters.shown("a\u0000b\nc")).isEqualTo("abc");
    assertThat(IncidentFilters.shown("x".repeat(100))).hasSize(41).endsWith("…");
  }

  /** Whatever a client sends in whichever parameter, the answer is a query or a 400: never another failure. */
  @Property(tries = 400)
  void any_value_of_any_parameter_is_a_query_or_a_400(
      @ForAll("names") String name, @ForAll @StringLength(max = 60) @Chars({'0', '1', '2', '5', '-', ':', 'a', 'Z', ' ',
          '\'', '"', '%', '_', '\\', ';', '\u0000', 'é', '+', '.', 'T'}) String value) {
    try {
      IncidentQuery q = parse(Map.of(name, value));
      assertThat(q.limit()).isBetween(1, IncidentFilters.MAX_LIMIT);
      assertThat(q.offset()).isBetween(0, IncidentFilters.MAX_OFFSET);
    } catch (ApiException e) {
      assertThat(e.status()).isEqualTo(400);
      assertThat(e.getMessage()).contains(name.equals("q") ? "q" : name).doesNotContain("\u0000");
    }
  }

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.of("since", "until", "country", "type", "actor", "q", "sort", "limit", "offset");
  }
}
