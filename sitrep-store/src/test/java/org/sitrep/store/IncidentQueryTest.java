package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IncidentQueryTest {
  @Test
  void countries_are_compared_upper_case_and_actors_stripped() {
    IncidentQuery q = IncidentQuery.all().withCountry(" so ").withActor("  Boko Haram ");
    assertThat(q.country()).contains("SO");
    assertThat(q.actor()).contains("Boko Haram");
  }

  @Test
  void pages_and_empty_filters_are_checked() {
    assertThatThrownBy(() -> IncidentQuery.all().withPage(0, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> IncidentQuery.all().withPage(IncidentQuery.MAX_LIMIT + 1, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> IncidentQuery.all().withPage(10, -1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> IncidentQuery.all().withActor(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> IncidentQuery.all().withCountry("")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void like_wildcards_in_an_actor_are_literal() {
    assertThat(IncidentReader.likeEscape("100%_a\\b")).isEqualTo("100\\%\\_a\\\\b");
  }
}
