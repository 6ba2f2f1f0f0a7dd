package org.sitrep.corenlp;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.sitrep.ingest.CleanText;
import org.sitrep.ingest.TextCleaner;
import org.sitrep.nlp.EntityMention;
import org.sitrep.nlp.EntityType;
import org.sitrep.nlp.NlpDoc;

/**
 * Measures what truecasing buys on upper-case wire copy: tokens per second and NER mentions per class, for sitrep's
 * profile with and without the truecasing pass, in one JVM. A manual harness, not a test: timings vary by machine.
 *
 * <p>Usage: {@code java -Xmx3g -cp ... org.sitrep.corenlp.TruecaseBench DOCS.jsonl [N=30] [WARMUP=5] [CASED_DIR]}:
 * each JSONL line's {@code text} field is one document; {@code CASED_DIR}'s {@code .txt} files (the first N) are a
 * cased control set, on which both configurations must give the same counts at the same speed.
 */
public final class TruecaseBench {
  private TruecaseBench() {}

  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]);
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    ObjectMapper json = new ObjectMapper();
    TextCleaner cleaner = new TextCleaner();
    List<CleanText> wire = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) continue;
      wire.add(cleaner.clean(json.readTree(line).get("text").asText()));
      if (wire.size() == n) break;
    }
    List<CleanText> cased = new ArrayList<>();
    if (args.length > 3) {
      try (Stream<Path> files = Files.list(Path.of(args[3]))) {
        for (Path p : files.filter(p -> p.toString().endsWith(".txt")).sorted().limit(n).toList()) {
          cased.add(cleaner.clean(Files.readString(p, StandardCharsets.UTF_8)));
        }
      }
    }
    CoreNlpEngine without = CoreNlpEngine.sitrepProfileWithoutTruecasing();
    CoreNlpEngine with = CoreNlpEngine.sitrepProfile();
    for (List<CleanText> docs : List.of(wire, cased)) {
      if (docs.isEmpty()) continue;
      long shouting = docs.stream().filter(d -> Shouting.isShouting(d.text())).count();
      System.out.printf("%n%d documents, %d shouting%n", docs.size(), shouting);
      // Two rounds, alternating, so that neither configuration profits from the other's JIT warm-up; report both.
      for (int round = 1; round <= 2; round++) {
        run("round " + round + " no truecasing", without, docs, warmup);
        run("round " + round + " truecasing", with, docs, warmup);
      }
    }
  }

  private static void run(String name, CoreNlpEngine engine, List<CleanText> docs, int warmup) {
    for (int i = 0; i < Math.min(warmup, docs.size()); i++) engine.analyze(docs.get(i));
    long tokens = 0;
    Map<EntityType, Integer> counts = new EnumMap<>(EntityType.class);
    long t0 = System.nanoTime();
    for (CleanText d : docs) {
      NlpDoc doc = engine.analyze(d);
      tokens += doc.sentences().stream().mapToLong(s -> s.tokens().size()).sum();
      for (EntityMention m : doc.mentions()) counts.merge(m.type(), 1, Integer::sum);
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    System.out.printf("%-32s %7d tokens %7.2f s %8.0f tokens/s  PERSON %4d  ORGANIZATION %4d  LOCATION %4d  MISC %4d%n",
        name, tokens, seconds, tokens / seconds, counts.getOrDefault(EntityType.PERSON, 0),
        counts.getOrDefault(EntityType.ORGANIZATION, 0), counts.getOrDefault(EntityType.LOCATION, 0),
        counts.getOrDefault(EntityType.MISC, 0));
  }
}
