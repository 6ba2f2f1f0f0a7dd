package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Short wire reports generated from a fixed seed: several outlets report each event with their own figures and
 * wording, so a corpus holds both new incidents and reports to merge. Every text is distinct. Written as JSON Lines
 * files of {@code perFile} records, the format `sitrep ingest` reads with publication dates.
 */
final class SyntheticNews {
  private static final List<String[]> PLACES = List.of(
      new String[] {"Peshawar", "Pakistan"}, new String[] {"Quetta", "Pakistan"}, new String[] {"Kabul", "Afghanistan"},
      new String[] {"Mogadishu", "Somalia"}, new String[] {"Maiduguri", "Nigeria"}, new String[] {"Goma", "Congo"},
      new String[] {"Bamako", "Mali"}, new String[] {"Baghdad", "Iraq"}, new String[] {"Aden", "Yemen"},
      new String[] {"Medellin", "Colombia"}, new String[] {"Lahore", "Pakistan"}, new String[] {"Kandahar",
      "Afghanistan"}, new String[] {"Kirkuk", "Iraq"}, new String[] {"Ouagadougou", "Burkina Faso"});
  private static final List<String> OUTLETS = List.of("Reuters", "AP", "AFP", "Dawn", "BBC", "Al Jazeera");
  private static final List<String> ACTS = List.of(
      "Gunmen killed %d people at a market in %s on %s, police said.",
      "A car bomb exploded near a police station in %2$s on %3$s, killing %1$d people, officials said.",
      "Militants attacked a checkpoint in %2$s on %3$s and killed %1$d soldiers, the army said.",
      "A suicide bomber killed %d worshippers at a mosque in %s on %s, a hospital official said.");
  private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

  private SyntheticNews() {}

  /** Writes {@code count} reports into {@code dir} as JSON Lines files of {@code perFile} records each. */
  static void write(Path dir, int count, int perFile, long seed) throws IOException {
    Random r = new Random(seed);
    ObjectMapper mapper = new ObjectMapper();
    LocalDate base = LocalDate.of(2025, 1, 6);
    BufferedWriter w = null;
    int event = 0;
    int reportOfEvent = 0;
    int reportsThisEvent = 1;
    String[] place = PLACES.get(0);
    int act = 0;
    LocalDate day = base;
    int killed = 1;
    for (int i = 0; i < count; i++) {
      if (i % perFile == 0) {
        if (w != null) w.close();
        w = Files.newBufferedWriter(dir.resolve(String.format("wire-%04d.jsonl", i / perFile)), StandardCharsets.UTF_8);
      }
      if (reportOfEvent == reportsThisEvent) {
        event++;
        reportOfEvent = 0;
        reportsThisEvent = 1 + r.nextInt(4);
        place = PLACES.get(r.nextInt(PLACES.size()));
        act = r.nextInt(ACTS.size());
        day = base.plusDays(event / 3);
        killed = 2 + r.nextInt(40);
      }
      LocalDate published = day.plusDays(reportOfEvent == 0 ? 1 : 1 + r.nextInt(2));
      String weekday = DAYS[day.getDayOfWeek().getValue() - 1];
      int figure = killed + (reportOfEvent == 0 ? 0 : r.nextInt(5));
      String text = place[0].toUpperCase() + ", " + place[1] + " -- " + String.format(ACTS.get(act), figure, place[0],
          weekday) + " No group claimed responsibility. Report " + i + " of the series; witnesses described "
          + (1 + r.nextInt(9)) + " vehicles at the scene.";
      ObjectNode rec = mapper.createObjectNode();
      rec.put("id", "synthetic-" + i);
      rec.put("source", OUTLETS.get(r.nextInt(OUTLETS.size())));
      rec.put("published", published.toString());
      rec.put("title", "Attack in " + place[0]);
      rec.put("text", text);
      w.write(mapper.writeValueAsString(rec));
      w.newLine();
      reportOfEvent++;
    }
    if (w != null) w.close();
  }
}
