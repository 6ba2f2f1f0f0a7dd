package org.sitrep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sitrep.domain.Evidence;
import org.sitrep.domain.Extraction;
import org.sitrep.domain.Incident;
import org.sitrep.domain.IncidentStatus;
import org.sitrep.domain.OneLine;
import org.sitrep.domain.Participant;
import org.sitrep.domain.Role;
import org.sitrep.ingest.Source;
import org.sitrep.pipeline.DocResult;
import org.sitrep.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code sitrep eval wikievents}: how sitrep does on modern news with KAIROS annotations. Document relevance (a
 * violent event annotated ↔ at least one current incident) and, per sitrep role, span-overlap precision and recall:
 * a predicted span is right when it overlaps an annotated argument of that role or one of its coreferent mentions.
 */
@Command(name = "wikievents", mixinStandardHelpOptions = true,
    description = "Score sitrep extract on WikiEvents train (modern news, KAIROS roles mapped to sitrep roles).")
public final class EvalWikiEventsCommand implements Callable<Integer> {
  @Mixin NlpCacheOption nlp = new NlpCacheOption();

  @Option(names = "--file", description = "WikiEvents JSON Lines (default: shared/data/wikievents/train.jsonl above here).")
  Path file;

  @Option(names = "--limit", defaultValue = "100000", description = "Score at most this many documents.")
  int limit;

  @Option(names = "--errors", paramLabel = "FILE",
      description = "Write every missed gold argument and every wrong prediction, with its text (TSV).")
  Path errors;

  private enum Slot { PERPETRATOR, TARGET, VICTIM, PLACE, WEAPON }

  private record Span(int start, int end) {
    boolean overlaps(Evidence e) { return e.start() < end && start < e.end(); }
  }

  @Override
  public Integer call() throws IOException {
    Path input = file != null ? file : locate().orElse(null);
    if (input == null || !Files.exists(input)) {
      System.err.println("sitrep: error: cannot find shared/data/wikievents/train.jsonl; give --file");
      return 2;
    }
    ObjectMapper mapper = new ObjectMapper();
    Pipeline pipeline = nlp.pipeline();
    int tp = 0, fp = 0, fn = 0, tn = 0, docs = 0;
    Map<Slot, int[]> slots = new EnumMap<>(Slot.class); // predicted, predicted right, gold, gold found
    List<String> errorLines = new ArrayList<>(List.of("document\tslot\tkind\ttext\tsentence"));
    for (Slot s : Slot.values()) slots.put(s, new int[4]);
    for (String line : Files.readAllLines(input, StandardCharsets.UTF_8)) {
      if (line.isBlank() || docs >= limit) continue;
      docs++;
      JsonNode doc = mapper.readTree(line);
      Map<Slot, List<List<Span>>> gold = gold(doc);
      boolean relevant = false;
      for (JsonNode e : doc.path("events")) {
        String type = e.path("type").asText();
        relevant |= type.startsWith("Conflict.Attack") || type.startsWith("Life.Die") || type.startsWith("Life.Injure");
      }
      DocResult<Extraction> r = pipeline.process(new Source(doc.path("id").asText(),
          doc.path("text").asText("").getBytes(StandardCharsets.UTF_8), Optional.empty(), Optional.empty()));
      List<Incident> current = r instanceof DocResult.Ok<Extraction> ok
          ? ok.value().incidents().stream().filter(i -> i.status() == IncidentStatus.CURRENT).toList() : List.of();
      boolean predicted = !current.isEmpty();
      if (relevant && predicted) tp++;
      else if (predicted) fp++;
      else if (relevant) fn++;
      else tn++;
      Map<Slot, List<List<Evidence>>> pred = predicted(r);
      String text = doc.path("text").asText("");
      String id = doc.path("id").asText();
      for (Slot s : Slot.values()) {
        int[] c = slots.get(s);
        List<List<Span>> entities = gold.getOrDefault(s, List.of());
        List<List<Evidence>> predictions = pred.getOrDefault(s, List.of());
        for (List<Evidence> prediction : predictions) {
          c[0]++;
          if (entities.stream().anyMatch(spans -> refersTo(prediction, spans))) c[1]++;
          else errorLines.add(errorLine(id, s, "wrong", text, prediction.get(0).start(), prediction.get(0).end()));
        }
        for (List<Span> spans : entities) {
          c[2]++;
          if (predictions.stream().anyMatch(prediction -> refersTo(prediction, spans))) c[3]++;
          else errorLines.add(errorLine(id, s, "missed", text, spans.get(0).start(), spans.get(0).end()));
        }
      }
      if (docs % 25 == 0) System.err.printf("wikievents: %d documents%n", docs);
    }
    if (errors != null) Files.write(errors, errorLines, StandardCharsets.UTF_8);
    System.out.printf("WikiEvents %s: %d documents%n", input, docs);
    double p = 100.0 * tp / Math.max(1, tp + fp), rec = 100.0 * tp / Math.max(1, tp + fn);
    System.out.printf("relevance  P %.1f  R %.1f  F1 %.1f  (tp %d, fp %d, fn %d, tn %d)%n", p, rec, f1(p, rec), tp, fp, fn, tn);
    System.out.println("role          P      R     F1   right/predicted  found/gold");
    for (Slot s : Slot.values()) {
      int[] c = slots.get(s);
      double sp = 100.0 * c[1] / Math.max(1, c[0]), sr = 100.0 * c[3] / Math.max(1, c[2]);
      System.out.printf("%-11s %5.1f  %5.1f  %5.1f   %5d/%-7d  %5d/%d%n", s.name().toLowerCase(), sp, sr, f1(sp, sr),
          c[1], c[0], c[3], c[2]);
    }
    return 0;
  }

  /** One error: the span's words and, for reading, the text around it (tabs and line breaks flattened). */
  private static String errorLine(String id, Slot slot, String kind, String text, int start, int end) {
    int from = Math.max(0, Math.min(start, text.length()) - 120), to = Math.min(text.length(), end + 120);
    String span = start <= end && end <= text.length() ? text.substring(start, end) : "";
    return String.join("\t", id, slot.name().toLowerCase(), kind, OneLine.of(span),
        OneLine.of(text.substring(from, to)));
  }

  private static double f1(double p, double r) { return p + r == 0 ? 0 : 2 * p * r / (p + r); }

  /** Gold entities per slot: each annotated argument with its coreferent mentions. */
  private static Map<Slot, List<List<Span>>> gold(JsonNode doc) {
    Map<Slot, List<List<Span>>> out = new EnumMap<>(Slot.class);
    for (JsonNode e : doc.path("events")) {
      for (JsonNode a : e.path("arguments")) {
        String role = a.path("sitrep_role").asText("");
        if (role.isEmpty()) continue;
        Slot slot = Slot.valueOf(role.toUpperCase());
        List<Span> spans = new ArrayList<>();
        spans.add(new Span(a.path("start").asInt(), a.path("end").asInt()));
        for (JsonNode c : a.path("coref")) spans.add(new Span(c.get(0).asInt(), c.get(1).asInt()));
        out.computeIfAbsent(slot, k -> new ArrayList<>()).add(spans);
      }
    }
    return out;
  }

  /** Whether any span of one prediction (a participant's evidence and its mentions) overlaps a gold entity's. */
  private static boolean refersTo(List<Evidence> prediction, List<Span> entity) {
    return prediction.stream().anyMatch(e -> entity.stream().anyMatch(sp -> sp.overlaps(e)));
  }

  /**
   * Each prediction with all its spans: a participant is one prediction however many mentions the text has of it
   * (the group that claimed an attack and "the militants" who carried it out are one perpetrator).
   */
  private static Map<Slot, List<List<Evidence>>> predicted(DocResult<Extraction> r) {
    Map<Slot, List<List<Evidence>>> out = new EnumMap<>(Slot.class);
    if (!(r instanceof DocResult.Ok<Extraction> ok)) return out;
    for (Incident i : ok.value().incidents()) {
      if (i.status() != IncidentStatus.CURRENT) continue;
      for (Participant p : i.participants()) {
        Slot s = p.role() == Role.PERPETRATOR ? Slot.PERPETRATOR : p.role() == Role.TARGET ? Slot.TARGET
            : p.role() == Role.VICTIM ? Slot.VICTIM : null;
        List<Evidence> spans = new ArrayList<>(List.of(p.evidence()));
        spans.addAll(p.mentions());
        if (s != null) out.computeIfAbsent(s, k -> new ArrayList<>()).add(spans);
      }
      i.location().flatMap(l -> l.evidence())
          .ifPresent(e -> out.computeIfAbsent(Slot.PLACE, k -> new ArrayList<>()).add(List.of(e)));
      i.weapons().forEach(w -> out.computeIfAbsent(Slot.WEAPON, k -> new ArrayList<>()).add(List.of(w.evidence())));
    }
    return out;
  }

  private static Optional<Path> locate() {
    return org.sitrep.eval.SharedData.locate(Path.of(""), Path.of("data", "wikievents", "train.jsonl"));
  }
}
