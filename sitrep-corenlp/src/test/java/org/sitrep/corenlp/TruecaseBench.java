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
import org.sitrep.ingest.CleanText;
import org.sitrep.ingest.TextCleaner;
import org.sitrep.nlp.EntityMention;
import org.sitrep.nlp.EntityType;
import org.sitrep.nlp.NlpDoc;

/**
 * Measures what truecasing buys on upper-case wire copy: tokens per second and NER mentions per class, for sitrep's
 * profile with and without the truecasing pass, in one JVM. A manual harness, not a test: timings vary by machine.
 *
 * <p>Usage: {@code java -Xmx3g -cp ... org.sitrep.corenlp.TruecaseBench DOCS.jsonl [N=30] [WARMUP=5]}; each line's
 * {@code text} field is one document.
 */
public final class TruecaseBench {
  private TruecaseBench() {}

  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]);
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    ObjectMapper json = new ObjectMapper();
    TextCleaner cleaner = new TextCleaner();
    List<CleanText> docs = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) continue;
      docs.add(cleaner.clean(json.readTree(line).get("text").asText()));
      if (docs.size() == n) break;
    }
    long shouting = docs.stream().filter(d -> Shouting.isShouting(d.text())).count();
    System.out.printf("%d documents, %d shouting%n", docs.size(), shouting);
    run("sitrep profile, no truecasing", CoreNlpEngine.sitrepProfileWithoutTruecasing(), docs, warmup);
    run("sitrep profile, truecasing", CoreNlpEngine.sitrepProfile(), docs, warmup);
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
