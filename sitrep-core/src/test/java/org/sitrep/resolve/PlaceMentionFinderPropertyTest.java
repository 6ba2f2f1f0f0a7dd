package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.sitrep.domain.Location;
import org.sitrep.nlp.EntityType;
import org.sitrep.nlp.NlpDoc;

/** Contract checks for the finder and resolver on random text made of place names, demonyms and filler. */
class PlaceMentionFinderPropertyTest {
  private static final List<String> WORDS = List.of("Quetta", "Baluchistan", "province", "of", "Pakistani", "Paris",
      "Texas", "Long", "Beach", "California", "Georgia", "Atlanta", "San", "Salvador", "the", "in", "Police", "said",
      "militants", "attacked", "Kurdish", "South", "African", "Independence", "Day", "Medellín", ",", ".", "’s",
      "\n", "department", "Usulután", "State", "Islamic", "Mohammad", "Ashraf");

  private final PlaceMentionFinder finder = new PlaceMentionFinder(Bundled.GAZETTEER);
  private final PlaceResolver resolver = new PlaceResolver(Bundled.GAZETTEER);

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of(WORDS).list().ofMaxSize(40)
        .map(ws -> String.join(" ", ws).replace(" ’s", "’s").replace(" ,", ",").replace(" .", "."));
  }

  @Property(tries = 300)
  void mentionsAreOrderedDisjointAndFaithfulToTheRawText(@ForAll("texts") String raw) {
    NlpDoc doc = TestDocs.doc(raw, Map.of("Quetta", EntityType.LOCATION, "Mohammad Ashraf", EntityType.PERSON,
        "Islamic State", EntityType.ORGANIZATION));
    List<PlaceMention> found = finder.find(doc);
    int previousEnd = 0;
    for (PlaceMention m : found) {
      assertThat(m.evidence().start()).isGreaterThanOrEqualTo(previousEnd);
      assertThat(m.evidence().end()).isLessThanOrEqualTo(raw.length());
      assertThat(raw.substring(m.evidence().start(), m.evidence().end())).isEqualTo(m.evidence().text());
      assertThat(m.text()).isEqualTo(m.evidence().text().replaceAll("\\s+", " "));
      assertThat(raw.substring(m.evidence().start(), m.evidence().end())).doesNotContain("Ashraf");
      previousEnd = m.evidence().end();
    }
    assertThat(finder.find(doc)).isEqualTo(found);

    Optional<Location> place = resolver.resolve(found, found);
    place.ifPresent(l -> {
      assertThat(found).extracting(PlaceMention::evidence).contains(l.evidence().orElseThrow());
      assertThat(l.country()).isPresent();
      assertThat(l.lat()).isPresent();
    });
    assertThat(resolver.resolve(found, found)).isEqualTo(place);
  }
}
