package org.sitrep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sitrep.domain.Extraction;
import org.sitrep.domain.Incident;
import org.sitrep.domain.Location;
import org.sitrep.domain.OneLine;
import org.sitrep.eval.Muc4Key;
import org.sitrep.eval.Muc4Split;
import org.sitrep.eval.PlaceDateScorer;
import org.sitrep.pipeline.DocResult;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.resolve.Gazetteer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sitrep eval places}: country, city and date accuracy of sitrep's incidents against MUC-4 keys. */
@Command(name = "places", mixinStandardHelpOptions = true,
    description = "Run sitrep on a MUC-4 split and score incident country, city and date against the answer keys.")
public final class EvalPlacesCommand implements Callable<Integer> {
  @Mixin NlpCacheOption nlp = new NlpCacheOption();

  @Option(names = "--split", paramLabel = "train|dev", description = "MUC-4 split (default: dev).", defaultValue = "dev")
  String split;

  @Option(names = "--errors", paramLabel = "FILE", description = "Write every key with a wrong or missing field (TSV).")
  Path errors;

  @Option(names = "--doc", paramLabel = "ID", description = "Only these documents, each incident printed with its "
      + "place and evidence: for looking into one error.")
  List<String> only = List.of();

  @Override
  public Integer call() throws IOException {
    Muc4Split which = split.equals("train") ? Muc4Split.TRAIN : Muc4Split.DEV;
    Optional<Path> file = which.locate(Path.of(""));
    if (file.isEmpty()) {
      System.err.println("sitrep: error: cannot find shared/data/muc4/" + which.fileName() + " above "
          + Path.of("").toAbsolutePath());
      return 2;
    }
    ObjectMapper mapper = new ObjectMapper();
    Pipeline pipeline = nlp.pipeline();
    Map<String, List<Muc4Key>> keys = new LinkedHashMap<>();
    Map<String, List<Incident>> incidents = new LinkedHashMap<>();
    long start = System.nanoTime();
    for (String line : Files.readAllLines(file.get(), StandardCharsets.UTF_8)) {
      if (line.isBlank()) continue;
      JsonNode doc = mapper.readTree(line);
      List<Muc4Key> docKeys = Muc4Key.of(doc);
      if (docKeys.isEmpty()) continue;
      String id = doc.path("id").asText();
      if (!only.isEmpty() && !only.contains(id)) continue;
      keys.put(id, docKeys);
      DocResult<Extraction> r = pipeline.process(Muc4Input.source(doc, id));
      if (r instanceof DocResult.Ok<Extraction> ok) incidents.put(id, ok.value().incidents());
      if (!only.isEmpty()) describe(id, docKeys, incidents.getOrDefault(id, List.of()));
      if (keys.size() % 25 == 0) {
        System.err.printf("places: %d documents with keys, %.1f docs/s%n", keys.size(),
            keys.size() / ((System.nanoTime() - start) / 1e9));
      }
    }
    PlaceDateScorer.Report report = new PlaceDateScorer(Gazetteer.bundled()).score(keys, incidents);
    System.out.printf("MUC-4 %s: %d key templates in %d documents; %d matched to a current incident (%.1f%%)%n",
        split, report.keys(), keys.size(), report.matchedKeys(), 100.0 * report.matchedKeys() / report.keys());
    System.out.println("field     right/matched  accuracy(matched)  accuracy(all keys with the field)");
    print("country", report.country());
    print("city", report.city());
    print("date", report.date());
    if (errors != null) writeErrors(report, keys, incidents);
    return 0;
  }

  /**
   * One line per wrong or missing field. The last columns say how the key met its incident, which tells a wrong place
   * from a wrong match: the document's keys and current incidents, the incident's first evidence (its trigger
   * sentence), and the sentence the place was read from (0 is the dateline's).
   */
  private void writeErrors(PlaceDateScorer.Report report, Map<String, List<Muc4Key>> keys,
                           Map<String, List<Incident>> incidents) throws IOException {
    List<String> lines = new java.util.ArrayList<>();
    lines.add("document\tfield\tgold\tpredicted\tevidence\tkeys/incidents\tincident evidence\tplace sentence");
    for (PlaceDateScorer.Row row : report.rows()) {
      long current = incidents.getOrDefault(row.document(), List.of()).stream()
          .filter(i -> i.status() == org.sitrep.domain.IncidentStatus.CURRENT).count();
      String match = "\t" + keys.get(row.document()).size() + "/" + current + "\t"
          + row.incident().flatMap(i -> i.evidence().stream().findFirst())
              .map(e -> OneLine.of(e.text())).map(t -> t.length() > 160 ? t.substring(0, 160) : t).orElse("-") + "\t"
          + row.incident().flatMap(Incident::location).flatMap(Location::evidence)
              .map(e -> String.valueOf(e.sentence())).orElse("-");
      String loc = row.incident().flatMap(Incident::location)
          .map(l -> l.name() + " | " + l.city().orElse("-") + " | " + l.admin1().orElse("-") + " | " + l.country().orElse("-"))
          .orElse("-");
      String locEvidence = row.incident().flatMap(Incident::location).flatMap(l -> l.evidence())
          .map(e -> OneLine.of(e.text())).orElse("-");
      if (row.incident().isEmpty()) lines.add(row.document() + "\tno incident\t" + row.key() + "\t-\t-");
      if (row.country().equals(Optional.of(false)))
        lines.add(row.document() + "\tcountry\t" + row.key().country().orElse("-") + "\t" + loc + "\t" + locEvidence + match);
      if (row.city().equals(Optional.of(false)))
        lines.add(row.document() + "\tcity\t" + row.key().cities() + "\t" + loc + "\t" + locEvidence + match);
      if (row.date().equals(Optional.of(false))) {
        String d = row.incident().flatMap(Incident::date).map(x -> x.startText() + " " + x.precision()
            + " " + x.evidence().map(e -> e.text()).orElse("(published)")).orElse("-");
        lines.add(row.document() + "\tdate\t" + row.key().dates() + "\t" + d + "\t-");
      }
    }
    Files.write(errors, lines, StandardCharsets.UTF_8);
  }

  private static void describe(String id, List<Muc4Key> docKeys, List<Incident> found) {
    System.out.println(id + ": keys " + docKeys.stream().map(k -> k.incidentType() + " " + k.cities()).toList());
    for (Incident i : found) {
      System.out.println("  " + i.status() + " " + i.type() + " at " + i.location().map(l -> l.name() + " | "
          + l.city().orElse("-") + " | " + l.country().orElse("-") + " | sentence "
          + l.evidence().map(e -> String.valueOf(e.sentence())).orElse("-")).orElse("-"));
      i.evidence().forEach(e -> System.out.println("    [" + e.sentence() + "] " + OneLine.of(e.text())));
    }
  }

  private static void print(String name, PlaceDateScorer.Tally t) {
    System.out.printf("%-9s %5d/%-7d  %6.1f%%            %6.1f%% (of %d)%n", name, t.right(), t.matched(),
        t.overMatched(), t.overAll(), t.all());
  }
}
