package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.resolve.Gazetteer;

/** The gold rule on hand-made key templates: what links two reports, and what keeps a cluster consistent. */
class MergeGoldTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Gazetteer GAZETTEER = Gazetteer.bundled();

  /** A key template: type, dates as [from, to] pairs (from null: "on or before"), place path "COUNTRY|CITY:TYPE". */
  private static ObjectNode template(String type, String[][] dates, String place, String... victims) {
    ObjectNode t = JSON.createObjectNode();
    t.put("incident_type", type);
    ArrayNode alts = t.putObject("incident_date").putArray("alternatives");
    for (String[] d : dates) {
      ObjectNode a = alts.addObject();
      a.put("from", d[0]);
      a.put("to", d[1]);
    }
    ArrayNode path = t.putObject("incident_location").putArray("alternatives").addArray();
    String[] levels = place.split("\\|");
    path.addObject().put("name", levels[0]).putNull("type");
    for (int i = 1; i < levels.length; i++) {
      String[] nameType = levels[i].split(":");
      path.addObject().put("name", nameType[0]).put("type", nameType[1]);
    }
    ArrayNode names = t.putArray("hum_tgt_name");
    for (String v : victims) names.addObject().putArray("strings").add(v);
    t.putNull("phys_tgt_id");
    return t;
  }

  private static String[][] day(String iso) { return new String[][] {{iso, iso}}; }

  private static String[][] onOrBefore(String iso) { return new String[][] {{null, iso}}; }

  private static JsonNode doc(String id, ObjectNode... templates) {
    ObjectNode d = JSON.createObjectNode();
    d.put("id", id);
    ArrayNode ts = d.putArray("templates");
    for (ObjectNode t : templates) ts.add(t);
    return d;
  }

  private static List<List<String>> clusters(JsonNode... docs) {
    List<MergeGold.Template> all = new ArrayList<>();
    for (JsonNode d : docs) all.addAll(MergeGold.templates(d, GAZETTEER));
    return MergeGold.clusters(all).stream().map(c -> c.stream().map(MergeGold.Template::id).toList()).toList();
  }

  @Test
  void reportsOfOneKillingAreOneIncident() {
    assertThat(clusters(
        doc("A", template("ATTACK", day("1989-08-18"), "COLOMBIA|BOGOTA:CITY", "LUIS CARLOS GALAN")),
        doc("B", template("ATTACK", onOrBefore("1989-08-22"), "COLOMBIA", "LUIS CARLOS GALAN SARMIENTO")),
        doc("C", template("ATTACK", day("1989-08-18"), "COLOMBIA|SOACHA:CITY", "LUIS CARLOS GALAN"))))
        .containsExactly(List.of("A#0", "B#0", "C#0"));
  }

  @Test
  void typeDateAndPlaceEachKeepReportsApart() {
    String[] victims = {"HECTOR OQUELI"};
    assertThat(clusters(
        doc("A", template("KIDNAPPING", day("1990-01-12"), "GUATEMALA|GUATEMALA CITY:CITY", victims)),
        doc("B", template("ATTACK", day("1990-01-12"), "GUATEMALA|GUATEMALA CITY:CITY", victims)),
        doc("C", template("KIDNAPPING", day("1990-01-15"), "GUATEMALA|GUATEMALA CITY:CITY", victims)),
        doc("D", template("KIDNAPPING", day("1990-01-12"), "EL SALVADOR|SAN MIGUEL:CITY", victims))))
        .hasSize(4);
  }

  @Test
  void datesOneDayApartAgree() {
    assertThat(clusters(
        doc("A", template("KIDNAPPING", day("1990-02-12"), "COLOMBIA|MEDELLIN:CITY", "DAVID LESLIE KENT")),
        doc("B", template("KIDNAPPING", day("1990-02-13"), "COLOMBIA|MEDELLIN:CITY", "DAVID LESLIE KENT"))))
        .hasSize(1);
    assertThat(clusters(
        doc("A", template("KIDNAPPING", day("1990-02-12"), "COLOMBIA|MEDELLIN:CITY", "DAVID LESLIE KENT")),
        doc("B", template("KIDNAPPING", day("1990-02-14"), "COLOMBIA|MEDELLIN:CITY", "DAVID LESLIE KENT"))))
        .hasSize(2);
  }

  @Test
  void aTownLiesInItsDepartment() {
    assertThat(clusters(
        doc("A", template("KIDNAPPING", day("1990-02-12"), "COLOMBIA|ANTIOQUIA:DEPARTMENT", "DAVID LESLIE KENT")),
        doc("B", template("KIDNAPPING", day("1990-02-12"), "COLOMBIA|MEDELLIN:CITY", "DAVID LESLIE KENT"))))
        .hasSize(1);
    assertThat(clusters(
        doc("A", template("KIDNAPPING", day("1990-02-12"), "COLOMBIA|CUNDINAMARCA:DEPARTMENT", "DAVID LESLIE KENT")),
        doc("B", template("KIDNAPPING", day("1990-02-12"), "COLOMBIA|MEDELLIN:CITY", "DAVID LESLIE KENT"))))
        .hasSize(2);
  }

  @Test
  void neighbouringTownsAgreeButNeighbourhoodsOfOneTownDoNot() {
    assertThat(clusters(
        doc("A", template("BOMBING", day("1989-09-06"), "COLOMBIA|BOGOTA:CITY", "CENTRAL MORTGAGE BANK")),
        doc("B", template("BOMBING", day("1989-09-06"), "COLOMBIA|SOACHA:CITY", "CENTRAL MORTGAGE BANK"))))
        .hasSize(1);
    assertThat(clusters(
        doc("A", template("BOMBING", day("1989-09-06"), "COLOMBIA|MEDELLIN:CITY|GUAYABAL:NEIGHBORHOOD",
            "CENTRAL MORTGAGE BANK")),
        doc("B", template("BOMBING", day("1989-09-06"), "COLOMBIA|MEDELLIN:CITY|BELEN:NEIGHBORHOOD",
            "CENTRAL MORTGAGE BANK"))))
        .hasSize(2);
  }

  @Test
  void targetsMatchOnTwoWordsNotOne() {
    assertThat(MergeGold.sameTarget("antonio rodriguez porth", "jose antonio rodriguez porth")).isTrue();
    assertThat(MergeGold.sameTarget("offices of el espectador", "el espectador s offices")).isTrue();
    assertThat(MergeGold.sameTarget("fenastras", "fenastras")).isTrue();
    assertThat(MergeGold.sameTarget("electricity", "electricity system")).isFalse();
    assertThat(MergeGold.sameTarget("carlos valencia garcia", "luis carlos galan")).isFalse();
    assertThat(MergeGold.sameTarget("u s embassy", "u s citizens")).isFalse();
    assertThat(MergeGold.sameTarget("offices of radio mineria", "offices of lawyer luis rossman")).isFalse();
  }

  @Test
  void twoTemplatesOfOneDocumentAreNeverOneIncident() {
    assertThat(clusters(doc("A",
        template("BOMBING", day("1989-07-05"), "PERU|LIMA:CITY", "BUS"),
        template("BOMBING", day("1989-07-05"), "PERU|LIMA:CITY", "BUS")))).hasSize(2);
  }

  /**
   * A report naming both victims of two killings two days apart links to each, but one incident cannot have both
   * dates: the cluster keeps the surer link (the exact day) and the other killing stays apart.
   */
  @Test
  void aClusterKeepsADayInCommon() {
    List<List<String>> c = clusters(
        doc("A", template("ATTACK", day("1989-08-16"), "COLOMBIA", "CARLOS VALENCIA GARCIA")),
        doc("B", template("ATTACK", onOrBefore("1989-08-21"), "COLOMBIA", "CARLOS VALENCIA GARCIA", "LUIS CARLOS GALAN")),
        doc("C", template("ATTACK", day("1989-08-18"), "COLOMBIA", "LUIS CARLOS GALAN")));
    assertThat(c).hasSize(2);
    assertThat(c).noneMatch(cluster -> cluster.contains("A#0") && cluster.contains("C#0"));
  }

  @Test
  void openDatesLinkNearestFirst() {
    // An earlier threat "on or before 23 JAN 89" must not capture the killing reports of March 1990.
    List<List<String>> c = clusters(
        doc("A", template("ATTACK", onOrBefore("1989-01-23"), "COLOMBIA", "BERNARDO JARAMILLO OSSA")),
        doc("B", template("ATTACK", onOrBefore("1990-03-22"), "COLOMBIA", "BERNARDO JARAMILLO OSSA")),
        doc("C", template("ATTACK", day("1990-03-22"), "COLOMBIA", "BERNARDO JARAMILLO OSSA")));
    assertThat(c).containsExactly(List.of("A#0"), List.of("B#0", "C#0"));
  }

  @Test
  void aMistypedYearKeepsOnlyTheEnd() {
    List<MergeGold.Template> t = MergeGold.templates(doc("A", template("ATTACK",
        new String[][] {{"1990-11-11", "1989-11-19"}}, "EL SALVADOR", "X Y")), GAZETTEER);
    assertThat(t.get(0).dates()).hasSize(1);
    assertThat(t.get(0).dates().get(0).from()).isEmpty();
  }
}
