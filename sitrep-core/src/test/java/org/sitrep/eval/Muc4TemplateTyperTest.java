package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sitrep.eval.Muc4Fixtures.e;
import static org.sitrep.eval.Muc4Fixtures.template;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.domain.ActorKind;
import org.sitrep.domain.Document;
import org.sitrep.domain.Evidence;
import org.sitrep.domain.Extraction;
import org.sitrep.domain.Incident;
import org.sitrep.domain.IncidentStatus;
import org.sitrep.domain.IncidentType;
import org.sitrep.domain.Participant;
import org.sitrep.domain.Role;
import org.sitrep.learn.LogisticModel;

class Muc4TemplateTyperTest {
  private static final String TEXT = "TERRORISTS BOMBED THE BANK. LAST YEAR GUERRILLAS KIDNAPPED THE MAYOR.";

  private static Evidence ev(String text, int sentence) {
    int start = TEXT.indexOf(text);
    return Evidence.of(TEXT, start, start + text.length(), sentence);
  }

  private static Incident incident(IncidentStatus status, IncidentType type, String sentence, int index,
                                   List<Participant> people) {
    return new Incident("d-" + index, status, type, List.of(), Optional.empty(), Optional.empty(), people, List.of(),
        List.of(), List.of(ev(sentence, index)));
  }

  private static Extraction extraction(Incident... incidents) {
    Document doc = new Document("d", "d.txt", Optional.empty(), Optional.empty(), "en", TEXT);
    return new Extraction(doc, List.of(incidents), List.of());
  }

  private final Incident bombing = incident(IncidentStatus.CURRENT, IncidentType.BOMBING,
      "TERRORISTS BOMBED THE BANK.", 0, List.of(new Participant("THE BANK", List.of(), Role.TARGET,
          ActorKind.FACILITY, false, ev("THE BANK", 0))));
  private final Incident kidnapping = incident(IncidentStatus.BACKGROUND, IncidentType.KIDNAPPING,
      "LAST YEAR GUERRILLAS KIDNAPPED THE MAYOR.", 1, List.of());

  private List<Muc4TemplateMapper.Mapped> mapped() {
    return List.of(
        new Muc4TemplateMapper.Mapped(bombing, template(Muc4IncidentType.BOMBING)
            .with(Muc4Role.TARGET, e("THE BANK")).build(), false),
        new Muc4TemplateMapper.Mapped(kidnapping, template(Muc4IncidentType.KIDNAPPING).build(), false));
  }

  @Test
  void featuresDescribeTheIncidentBehindTheTemplate() {
    Map<String, Double> first = Muc4TemplateTyper.features(extraction(bombing, kidnapping), mapped(), 0);
    Map<String, Double> second = Muc4TemplateTyper.features(extraction(bombing, kidnapping), mapped(), 1);

    assertThat(first).containsKeys("mtype:bombing", "stype:bombing", "status:current", "fill:Target",
        "role:target", "ew:bombed", "ew_mtype:bombed:bombing", "templates:2", "index:0", "sentence:0",
        "same_type:0", "age:unknown", "no_place");
    assertThat(first).doesNotContainKeys("fill:Victim", "split", "ew:kidnapped");
    assertThat(second).containsKeys("mtype:kidnapping", "status:background", "ew:last", "ew:kidnapped",
        "index:1", "sentence:1", "filled:0");
    assertThat(second).doesNotContainKeys("fill:Target", "role:target");
  }

  @Test
  void alignmentPrefersSharedFillersThenTheSameType() {
    Muc4Template predictedBombing = template(Muc4IncidentType.BOMBING).with(Muc4Role.TARGET, e("the bank")).build();
    Muc4Template predictedAttack = template(Muc4IncidentType.ATTACK).build();
    Muc4Template goldKidnap = template(Muc4IncidentType.KIDNAPPING).with(Muc4Role.VICTIM, e("mayor")).build();
    Muc4Template goldAttack = template(Muc4IncidentType.ATTACK).with(Muc4Role.TARGET, e("bank", "the bank")).build();

    List<Optional<Muc4Template>> aligned = Muc4TemplateTyper.align(List.of(predictedBombing, predictedAttack),
        List.of(goldKidnap, goldAttack));

    // the shared target outweighs the attack-attack type match; the second prediction takes what is left
    assertThat(aligned).containsExactly(Optional.of(goldAttack), Optional.of(goldKidnap));
  }

  @Test
  void extraPredictionsStayUnaligned() {
    Muc4Template gold = template(Muc4IncidentType.ATTACK).with(Muc4Role.VICTIM, e("mayor")).build();
    List<Optional<Muc4Template>> aligned = Muc4TemplateTyper.align(List.of(
        template(Muc4IncidentType.ATTACK).build(),
        template(Muc4IncidentType.BOMBING).with(Muc4Role.VICTIM, e("THE MAYOR")).build()), List.of(gold));
    assertThat(aligned).containsExactly(Optional.empty(), Optional.of(gold));
    assertThat(Muc4TemplateTyper.align(List.of(gold), List.of())).containsExactly(Optional.empty());
  }

  @Test
  void mergeJoinsSameTypeTemplatesByTheRuleAsked() {
    Muc4Template a = template(Muc4IncidentType.ATTACK).with(Muc4Role.VICTIM, e("MAYOR")).build();
    Muc4Template b = template(Muc4IncidentType.ATTACK).with(Muc4Role.VICTIM, e("the mayor"))
        .with(Muc4Role.WEAPON, e("RIFLES")).build();
    Muc4Template c = template(Muc4IncidentType.ATTACK).with(Muc4Role.TARGET, e("BANK")).build();
    Muc4Template d = template(Muc4IncidentType.BOMBING).with(Muc4Role.VICTIM, e("MAYOR")).build();

    assertThat(Muc4TemplateTyper.merge(List.of(a, b, c, d), Muc4TemplateTyper.Merge.NONE)).hasSize(4);
    List<Muc4Template> shared = Muc4TemplateTyper.merge(List.of(a, b, c, d), Muc4TemplateTyper.Merge.SHARED_FILLER);
    assertThat(shared).hasSize(3);
    assertThat(shared.get(0).fillers(Muc4Role.VICTIM)).as("the same victim is not repeated")
        .containsExactly(e("MAYOR"));
    assertThat(shared.get(0).fillers(Muc4Role.WEAPON)).containsExactly(e("RIFLES"));
    List<Muc4Template> all = Muc4TemplateTyper.merge(List.of(a, b, c, d), Muc4TemplateTyper.Merge.ALL);
    assertThat(all).hasSize(2);
    assertThat(all.get(0).fillers(Muc4Role.TARGET)).containsExactly(e("BANK"));
    assertThat(all.get(1).incidentTypes()).containsExactly(Muc4IncidentType.BOMBING);
  }

  /** A typer whose models read one feature each: keep on "mtype:bombing", type kidnapping on "ew:kidnapped". */
  private static Muc4TemplateTyper handMade(Muc4TemplateTyper.Settings settings) {
    Map<Muc4IncidentType, LogisticModel> types = new EnumMap<>(Muc4IncidentType.class);
    for (Muc4IncidentType t : Muc4IncidentType.values()) types.put(t, new LogisticModel(-3, Map.of()));
    types.put(Muc4IncidentType.KIDNAPPING, new LogisticModel(-3, Map.of("ew:kidnapped", 6.0)));
    types.put(Muc4IncidentType.BOMBING, new LogisticModel(-3, Map.of("ew:bombed", 6.0)));
    LogisticModel keep = new LogisticModel(-1, Map.of("mtype:bombing", 3.0));
    return new Muc4TemplateTyper(keep, types, settings);
  }

  @Test
  void applyDropsUnlikelyTemplatesButKeepsTheBestOne() {
    Extraction x = extraction(bombing, kidnapping);
    List<Muc4Template> kept = handMade(new Muc4TemplateTyper.Settings(0.5, Double.POSITIVE_INFINITY,
        Muc4TemplateTyper.Merge.NONE, false, Double.POSITIVE_INFINITY)).apply(x, mapped());
    assertThat(kept).hasSize(1);
    assertThat(kept.get(0).incidentTypes()).containsExactly(Muc4IncidentType.BOMBING);

    List<Muc4TemplateMapper.Mapped> onlyKidnap = List.of(mapped().get(1));
    assertThat(handMade(new Muc4TemplateTyper.Settings(0.9, Double.POSITIVE_INFINITY,
            Muc4TemplateTyper.Merge.NONE, false, Double.POSITIVE_INFINITY))
        .apply(x, onlyKidnap)).as("a report's best template stays: relevance is another model's call").hasSize(1);
    assertThat(handMade(Muc4TemplateTyper.Settings.IDENTITY).apply(x, List.of())).isEmpty();
  }

  @Test
  void foldingMovesADroppedTemplatesFillersIntoAKeptOne() {
    Extraction x = extraction(bombing, kidnapping);
    List<Muc4TemplateMapper.Mapped> two = List.of(mapped().get(0), new Muc4TemplateMapper.Mapped(kidnapping,
        template(Muc4IncidentType.KIDNAPPING).with(Muc4Role.VICTIM, e("THE MAYOR")).build(), false));
    List<Muc4Template> folded = handMade(new Muc4TemplateTyper.Settings(0.5, Double.POSITIVE_INFINITY,
        Muc4TemplateTyper.Merge.NONE, true, Double.POSITIVE_INFINITY)).apply(x, two);
    assertThat(folded).hasSize(1);
    assertThat(folded.get(0).incidentTypes()).containsExactly(Muc4IncidentType.BOMBING);
    assertThat(folded.get(0).fillers(Muc4Role.VICTIM)).containsExactly(e("THE MAYOR"));
    assertThat(folded.get(0).fillers(Muc4Role.TARGET)).containsExactly(e("THE BANK"));
  }

  @Test
  void aLikelySecondTypeGetsASiblingWithThePerpetratorsAndItsActsRole() {
    Extraction x = extraction(bombing, kidnapping);
    // the bombing incident's words also say "kidnapped": the hand-made kidnapping model gives it about 0.95
    Incident both = incident(IncidentStatus.CURRENT, IncidentType.BOMBING, "LAST YEAR GUERRILLAS KIDNAPPED THE MAYOR.",
        1, List.of());
    List<Muc4TemplateMapper.Mapped> one = List.of(new Muc4TemplateMapper.Mapped(both, template(Muc4IncidentType.BOMBING)
        .with(Muc4Role.PERP_IND, e("GUERRILLAS")).with(Muc4Role.VICTIM, e("THE MAYOR"))
        .with(Muc4Role.TARGET, e("HOUSE")).build(), false));
    List<Muc4Template> out = handMade(new Muc4TemplateTyper.Settings(0, Double.POSITIVE_INFINITY,
        Muc4TemplateTyper.Merge.NONE, false, 0.9)).apply(x, one);
    assertThat(out).hasSize(2);
    assertThat(out.get(1).incidentTypes()).containsExactly(Muc4IncidentType.KIDNAPPING);
    assertThat(out.get(1).fillers(Muc4Role.PERP_IND)).containsExactly(e("GUERRILLAS"));
    assertThat(out.get(1).fillers(Muc4Role.VICTIM)).containsExactly(e("THE MAYOR"));
    assertThat(out.get(1).fillers(Muc4Role.TARGET)).isEmpty();
    assertThat(handMade(new Muc4TemplateTyper.Settings(0, Double.POSITIVE_INFINITY,
        Muc4TemplateTyper.Merge.NONE, false, 0.99)).apply(x, one)).hasSize(1);
  }

  @Test
  void applyRetypesOnlyBeyondTheMargin() {
    Extraction x = extraction(bombing, kidnapping);
    // the kidnapping incident mapped as an attack: its words say kidnapping
    List<Muc4TemplateMapper.Mapped> wrong = List.of(new Muc4TemplateMapper.Mapped(kidnapping,
        template(Muc4IncidentType.ATTACK).build(), false));
    assertThat(handMade(new Muc4TemplateTyper.Settings(0, 0.2,
            Muc4TemplateTyper.Merge.NONE, false, Double.POSITIVE_INFINITY)).apply(x, wrong).get(0)
        .incidentTypes()).containsExactly(Muc4IncidentType.KIDNAPPING);
    assertThat(handMade(Muc4TemplateTyper.Settings.IDENTITY).apply(x, wrong).get(0).incidentTypes())
        .containsExactly(Muc4IncidentType.ATTACK);
    assertThat(handMade(new Muc4TemplateTyper.Settings(0, 0.99,
            Muc4TemplateTyper.Merge.NONE, false, Double.POSITIVE_INFINITY)).apply(x, wrong).get(0)
        .incidentTypes()).as("p(kidnapping) - p(attack) is about 0.9").containsExactly(Muc4IncidentType.ATTACK);
  }

  @Test
  void labelsComeFromTheAlignment() {
    Extraction x = extraction(bombing, kidnapping);
    Muc4Document gold = new Muc4Document("d", List.of(
        template(Muc4IncidentType.ATTACK).with(Muc4Role.TARGET, e("BANK")).build()));
    List<Muc4TemplateTyper.Labelled> labelled = Muc4TemplateTyper.labelled(x, mapped(), gold);
    assertThat(labelled).extracting(Muc4TemplateTyper.Labelled::keep).containsExactly(true, false);
    assertThat(labelled.get(0).types()).containsExactly(Muc4IncidentType.ATTACK);
    assertThat(labelled.get(1).types()).isEmpty();
  }

  @Test
  void trainingIsDeterministicAndRoundTrips() throws IOException {
    Extraction x = extraction(bombing, kidnapping);
    Muc4Document gold = new Muc4Document("d", List.of(
        template(Muc4IncidentType.BOMBING).with(Muc4Role.TARGET, e("THE BANK")).build()));
    List<Muc4TemplateTyper.Labelled> examples = new ArrayList<>();
    for (int copy = 0; copy < 20; copy++) examples.addAll(Muc4TemplateTyper.labelled(x, mapped(), gold));
    Muc4TemplateTyper.Settings settings = new Muc4TemplateTyper.Settings(0.4, 0.15, Muc4TemplateTyper.Merge.ALL, true,
        0.8);

    Map<String, String> first = written(Muc4TemplateTyper.train(examples, LogisticModel.Settings.DEFAULT, settings));
    Map<String, String> second = written(Muc4TemplateTyper.train(examples, LogisticModel.Settings.DEFAULT, settings));

    assertThat(first).isEqualTo(second);
    assertThat(first.keySet()).hasSize(2 + Muc4IncidentType.values().length);
    assertThat(Muc4TemplateTyper.readSettings(new BufferedReader(new StringReader(
        first.get(Muc4TemplateTyper.SETTINGS_RESOURCE))))).isEqualTo(settings);
    LogisticModel keep = LogisticModel.read(new BufferedReader(new StringReader(
        first.get(Muc4TemplateTyper.KEEP_RESOURCE))));
    Map<String, Double> bombingFeatures = Muc4TemplateTyper.features(x, mapped(), 0);
    Map<String, Double> kidnapFeatures = Muc4TemplateTyper.features(x, mapped(), 1);
    assertThat(keep.probability(bombingFeatures)).isGreaterThan(0.5).isGreaterThan(keep.probability(kidnapFeatures));
  }

  @Test
  void malformedSettingsAreRejected() {
    assertThatThrownBy(() -> Muc4TemplateTyper.readSettings(new BufferedReader(new StringReader("keep\t0.3\n"))))
        .isInstanceOf(IOException.class).hasMessageContaining("margin");
    assertThatThrownBy(() -> Muc4TemplateTyper.readSettings(new BufferedReader(new StringReader(
        "keep\t0.3\nmargin\tInfinity\nmerge\tSOMETIMES\nfold\tfalse\nextra\t0.5\n")))).isInstanceOf(IOException.class);
    assertThat(Set.of(Muc4TemplateTyper.typeResource(Muc4IncidentType.FORCED_WORK_STOPPAGE)))
        .containsExactly("org/sitrep/eval/muc4-template-type-forced_work_stoppage.tsv");
  }

  private static Map<String, String> written(Muc4TemplateTyper typer) throws IOException {
    Map<String, StringWriter> out = new HashMap<>();
    typer.write(resource -> out.computeIfAbsent(resource, r -> new StringWriter()));
    Map<String, String> text = new HashMap<>();
    out.forEach((k, v) -> text.put(k, v.toString()));
    return text;
  }
}
