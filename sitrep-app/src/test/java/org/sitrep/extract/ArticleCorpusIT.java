package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.sitrep.cli.ExtractionJson;
import org.sitrep.corenlp.CoreNlpEngine;
import org.sitrep.domain.Extraction;
import org.sitrep.domain.IncidentType;
import org.sitrep.domain.Qualifier;
import org.sitrep.domain.TollGroup;
import org.sitrep.domain.TollOutcome;
import org.sitrep.ingest.Source;
import org.sitrep.pipeline.DocResult;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Sitrep;
import org.sitrep.testing.JsonPattern;

/**
 * The article corpus as a specification by example. Each {@code articles/NN-what-it-tests.txt} runs through the real
 * pipeline (CoreNLP models included) and its output JSON must match the {@code expect} pattern of its sidecar
 * {@code NN-what-it-tests.expected.json} (see {@link JsonPattern}), match none of its {@code forbid} patterns, and keep
 * the invariants every output keeps. The seed article ({@code shared/seed/article.txt}, found by walking up from the
 * working directory) is checked against {@code articles/seed.expected.json} when it is there.
 *
 * <p>Sidecar: {@code {"published": "YYYY-MM-DD", "source": "Outlet", "why": "what the case exercises",
 * "expect": <pattern over the output object>, "forbid": [<patterns the output must NOT match>]}}; {@code forbid} is
 * optional and says "no such element", e.g. no quote whose text contains "intense gunfire".
 *
 * <p>The {@code @Test} methods check the corpus itself (well-formed sidecars, coverage of the contract's
 * vocabulary) and need no models.
 */
class ArticleCorpusIT {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String ARTICLES = "/articles";
  private static final String HOLDOUT = "/articles-holdout";
  private static final String HOLDOUT_PREFIX = "holdout/";
  private static final String HOLDOUT2 = "/articles-holdout2";
  private static final String HOLDOUT2_PREFIX = "holdout2/";
  private static final String TEXT = ".txt";
  private static final String SIDECAR = ".expected.json";
  private static final String SEED_SIDECAR = "seed" + SIDECAR;
  private static final Path SEED = Path.of("shared", "seed", "article.txt");
  private static final int MIN_ARTICLES = 45;
  private static final int MIN_NO_INCIDENT = 8;
  private static final int MIN_HARD_WRAPPED = 8;
  private static final int MIN_LINES = 5;
  private static final int MAX_LINES = 25;

  /** Built on first use, once per JVM, by the class loader's lazy initialisation: the models take ~10 s to load. */
  private static final class Models {
    static final Pipeline PIPELINE = Sitrep.pipeline(CoreNlpEngine.sitrepProfile());
  }

  /** One expectation file, validated as it is read. */
  record Sidecar(String file, LocalDate published, String source, String why, JsonNode expect, List<JsonNode> forbid) {
    static Sidecar read(Path path) {
      String file = path.getFileName().toString();
      JsonNode root;
      try {
        root = MAPPER.readTree(path.toFile());
      } catch (IOException e) {
        throw new UncheckedIOException(file + " is not JSON", e);
      }
      LocalDate published;
      try {
        published = LocalDate.parse(required(root, "published", file).asText());
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(file + ": published is not YYYY-MM-DD", e);
      }
      String source = required(root, "source", file).asText();
      String why = required(root, "why", file).asText();
      if (source.isBlank() || why.isBlank()) throw new IllegalArgumentException(file + ": blank source or why");
      JsonNode expect = required(root, "expect", file);
      if (!expect.isObject()) throw new IllegalArgumentException(file + ": expect must be an object pattern");
      List<JsonNode> forbid = new ArrayList<>();
      JsonNode f = root.path("forbid");
      if (!f.isMissingNode()) {
        if (!f.isArray()) throw new IllegalArgumentException(file + ": forbid must be an array of patterns");
        f.forEach(forbid::add);
      }
      return new Sidecar(file, published, source, why, expect, List.copyOf(forbid));
    }

    private static JsonNode required(JsonNode root, String key, String file) {
      JsonNode n = root.get(key);
      if (n == null || n.isNull()) throw new IllegalArgumentException(file + ": missing \"" + key + "\"");
      return n;
    }
  }

  /**
   * Articles whose expectations the extractor does not meet yet, one file name per line ({@code #} starts a comment).
   * Their mismatches are reported as skipped tests; their invariants are still enforced.
   */
  static final class KnownGaps {
    static final String FILE = "known-gaps.list";
    static final java.util.Set<String> LISTED = read();

    private static java.util.Set<String> read() {
      java.util.Set<String> out = new java.util.TreeSet<>();
      read(articlesDir().resolve(FILE), "", out);
      read(resourceDir(HOLDOUT).resolve(FILE), HOLDOUT_PREFIX, out);
      read(resourceDir(HOLDOUT2).resolve(FILE), HOLDOUT2_PREFIX, out);
      return java.util.Set.copyOf(out);
    }

    private static void read(Path file, String prefix, java.util.Set<String> out) {
      try {
        if (!Files.exists(file)) return;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          String name = line.replaceFirst("#.*", "").strip();
          if (!name.isEmpty()) out.add(prefix + name);
        }
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  /** An article and what it must yield. */
  record Case(String name, String raw, Sidecar sidecar) {}

  @TestFactory
  Stream<DynamicTest> everyArticleYieldsWhatItsSidecarSays() {
    return articleCases().stream().map(c -> dynamicTest(c.name(), () -> check(c)));
  }

  @TestFactory
  Stream<DynamicTest> everyHoldoutArticleYieldsWhatItsSidecarSays() {
    return holdoutCases().stream().map(c -> dynamicTest(c.name(), () -> check(c)));
  }

  @TestFactory
  Stream<DynamicTest> theSeedArticleYieldsWhatItsSidecarSays() {
    return Stream.of(dynamicTest("seed/article.txt", () -> {
      Optional<Path> seed = findSeed();
      assumeTrue(seed.isPresent(), "no " + SEED + " above " + Path.of("").toAbsolutePath() + "; seed case skipped");
      Sidecar sidecar = Sidecar.read(articlesDir().resolve(SEED_SIDECAR));
      check(new Case("seed/article.txt", Files.readString(seed.get(), StandardCharsets.UTF_8), sidecar));
    }));
  }

  private static void check(Case c) throws IOException {
    Source source = new Source(c.name(), c.raw().getBytes(StandardCharsets.UTF_8), Optional.of(c.sidecar().source()),
        Optional.of(c.sidecar().published()));
    DocResult<Extraction> result = Models.PIPELINE.process(source);
    if (!(result instanceof DocResult.Ok<Extraction> ok)) {
      fail(c.name() + ": the pipeline failed: " + ((DocResult.Failed<Extraction>) result).problems());
      return;
    }
    JsonNode actual = ExtractionJson.toJson(ok.value());
    List<String> problems = new ArrayList<>();
    JsonPattern.mismatches(c.sidecar().expect(), actual).forEach(m -> problems.add("expect " + m));
    for (JsonNode forbidden : c.sidecar().forbid()) {
      if (JsonPattern.matches(forbidden, actual)) problems.add("forbid: the output matches " + forbidden);
    }
    List<String> invariants = invariantViolations(c, actual);
    boolean knownGap = KnownGaps.LISTED.contains(c.name());
    if (knownGap && invariants.isEmpty()) {
      // A listed gap is reported as skipped with its mismatches, never silently; once it passes it must be unlisted.
      if (problems.isEmpty()) {
        fail(c.name() + " now passes: remove it from " + KnownGaps.FILE + " so it stays passing");
      }
      org.junit.jupiter.api.Assumptions.abort(c.name() + " is a known extractor gap (" + KnownGaps.FILE + "):\n  "
          + String.join("\n  ", problems));
    }
    problems.addAll(invariants);
    if (!problems.isEmpty()) {
      fail(c.name() + " (" + c.sidecar().why() + ")\n"
          + problems.size() + " problem(s):\n  " + String.join("\n  ", problems)
          + "\nactual output:\n" + MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(actual));
    }
  }

  /** What holds for every article: evidence spans quote the raw text, tolls are intervals, metadata passes through. */
  static List<String> invariantViolations(Case c, JsonNode actual) {
    List<String> out = new ArrayList<>();
    String raw = c.raw();
    String published = actual.path("document").path("published").asText(null);
    if (!c.sidecar().published().toString().equals(published)) {
      out.add("invariant: document.published is " + published + ", not " + c.sidecar().published());
    }
    String source = actual.path("document").path("source").asText(null);
    if (!c.sidecar().source().equals(source)) {
      out.add("invariant: document.source is " + source + ", not " + c.sidecar().source());
    }
    forEachEvidence(actual, "$", (path, ev) -> {
      if (!ev.path("start").canConvertToInt() || !ev.path("end").canConvertToInt() || !ev.path("text").isTextual()) {
        out.add("invariant: " + path + " lacks an int start, int end or text: " + ev);
        return;
      }
      int start = ev.get("start").intValue();
      int end = ev.get("end").intValue();
      if (start < 0 || start > end || end > raw.length()) {
        out.add("invariant: " + path + " span " + start + ".." + end + " is outside 0.." + raw.length());
      } else if (!raw.substring(start, end).equals(ev.get("text").asText())) {
        out.add("invariant: " + path + ".text " + ev.get("text") + " is not raw[" + start + ".." + end + ") "
            + MAPPER.valueToTree(raw.substring(start, end)));
      }
    });
    JsonNode incidents = actual.path("incidents");
    for (int i = 0; i < incidents.size(); i++) {
      JsonNode tolls = incidents.get(i).path("tolls");
      for (int t = 0; t < tolls.size(); t++) {
        JsonNode min = tolls.get(t).path("min");
        JsonNode max = tolls.get(t).path("max");
        if (min.isNumber() && max.isNumber() && min.intValue() > max.intValue()) {
          out.add("invariant: $.incidents[" + i + "].tolls[" + t + "] has min " + min + " > max " + max);
        }
      }
    }
    return out;
  }

  private interface EvidenceVisitor {
    void visit(String path, JsonNode evidence);
  }

  /** Every value under a key named "evidence", whether one span or a list of them, anywhere in the output. */
  private static void forEachEvidence(JsonNode node, String path, EvidenceVisitor visitor) {
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) forEachEvidence(node.get(i), path + "[" + i + "]", visitor);
    } else if (node.isObject()) {
      node.fields().forEachRemaining(f -> {
        String p = path + "." + f.getKey();
        if (f.getKey().equals("evidence")) {
          if (f.getValue().isArray()) {
            for (int i = 0; i < f.getValue().size(); i++) visitor.visit(p + "[" + i + "]", f.getValue().get(i));
          } else if (!f.getValue().isNull()) {
            visitor.visit(p, f.getValue());
          }
        } else {
          forEachEvidence(f.getValue(), p, visitor);
        }
      });
    }
  }

  // The corpus itself: cheap checks that need no models.

  @Test
  void everyArticleHasAWellFormedSidecarAndViceVersa() throws IOException {
    Path dir = articlesDir();
    Set<String> texts = names(dir, TEXT);
    Set<String> sidecars = names(dir, SIDECAR);
    sidecars.remove("seed");
    assertThat(sidecars).as("sidecars without an article").isSubsetOf(texts);
    assertThat(texts).as("articles without a sidecar").isSubsetOf(sidecars);
    assertThat(texts).as("article count").hasSizeGreaterThanOrEqualTo(MIN_ARTICLES);
    assertThat(texts).allSatisfy(n -> assertThat(n).as("file name").matches("\\d\\d-[a-z0-9-]+"));
    List<Case> cases = articleCases();
    assertThat(cases).allSatisfy(c -> {
      long lines = c.raw().lines().count();
      assertThat(lines).as(c.name() + " line count").isBetween((long) MIN_LINES, (long) MAX_LINES);
      assertThat(emptyArrayPaths(c.sidecar().expect(), "$"))
          .as(c.name() + ": a bare [] in a pattern asserts nothing; write {\"$exactly\": []}").isEmpty();
    });
  }

  @Test
  void theCorpusCoversTheContractsVocabulary() {
    List<JsonNode> patterns = new ArrayList<>(articleCases().stream().map(c -> c.sidecar().expect()).toList());
    List<JsonNode> incidents = patterns.stream().flatMap(p -> elements(p.path("incidents"))).toList();
    List<JsonNode> tolls = incidents.stream().flatMap(i -> elements(i.path("tolls"))).toList();
    Set<String> types = new TreeSet<>();
    incidents.forEach(i -> {
      types.add(i.path("type").asText());
      elements(i.path("subtypes")).forEach(s -> types.add(s.asText()));
    });
    assertThat(types).as("incident types in the corpus").containsAll(wires(IncidentType.values(), IncidentType::wire));
    assertThat(tolls.stream().map(t -> t.path("group").asText()).collect(Collectors.toSet()))
        .as("toll groups").containsAll(wires(TollGroup.values(), TollGroup::wire));
    assertThat(tolls.stream().map(t -> t.path("outcome").asText()).collect(Collectors.toSet()))
        .as("toll outcomes").containsAll(wires(TollOutcome.values(), TollOutcome::wire));
    assertThat(tolls.stream().map(t -> t.path("qualifier").asText()).collect(Collectors.toSet()))
        .as("toll qualifiers").containsAll(wires(Qualifier.values(), Qualifier::wire));
    assertThat(incidents.stream().map(i -> i.path("status").asText()).collect(Collectors.toSet()))
        .as("incident statuses").contains("current", "background");
  }

  @Test
  void theCorpusHasQuietArticlesAndHardWrappedOnes() {
    List<Case> cases = articleCases();
    JsonNode none = MAPPER.createObjectNode().set(JsonPattern.EXACTLY, MAPPER.createArrayNode());
    assertThat(cases.stream().filter(c -> none.equals(c.sidecar().expect().path("incidents"))).count())
        .as("articles that must yield no incident").isGreaterThanOrEqualTo(MIN_NO_INCIDENT);
    assertThat(cases.stream().filter(c -> isHardWrapped(c.raw())).count())
        .as("hard-wrapped articles (a line break inside a sentence)").isGreaterThanOrEqualTo(MIN_HARD_WRAPPED);
  }

  @Test
  void everyPatternCanBeMetAndNoForbidPatternContradictsIt() {
    List<Sidecar> sidecars = new ArrayList<>(articleCases().stream().map(Case::sidecar).toList());
    sidecars.add(Sidecar.read(articlesDir().resolve(SEED_SIDECAR)));
    assertThat(sidecars).allSatisfy(s -> {
      JsonNode ideal = idealOutput(s.expect());
      assertThat(JsonPattern.mismatches(s.expect(), ideal)).as(s.file() + ": the pattern can be met").isEmpty();
      assertThat(s.forbid()).as(s.file() + ": forbid patterns matching the ideal output")
          .noneMatch(f -> JsonPattern.matches(f, ideal));
    });
  }

  @Test
  void theInvariantsCatchBadSpansAndInvertedTolls() {
    String raw = "Gunmen killed 27 people.";
    Sidecar sidecar = new Sidecar("x", LocalDate.of(2025, 3, 12), "CNN", "why", MAPPER.createObjectNode(), List.of());
    JsonNode good = json("{'document':{'published':'2025-03-12','source':'CNN'},'incidents':[{'tolls':[{'min':27,"
        + "'max':27,'evidence':{'start':14,'end':16,'text':'27'}}],'date':{'evidence':null}}],'quotes':[]}");
    assertThat(invariantViolations(new Case("x", raw, sidecar), good)).isEmpty();
    JsonNode bad = json("{'document':{'published':'2025-03-11','source':'CNN'},'incidents':[{'tolls':[{'min':28,"
        + "'max':27,'evidence':{'start':14,'end':16,'text':'28'}}],'evidence':[{'start':20,'end':99,'text':'x'}]}]}");
    assertThat(invariantViolations(new Case("x", raw, sidecar), bad)).hasSize(4)
        .anySatisfy(v -> assertThat(v).contains("published"))
        .anySatisfy(v -> assertThat(v).contains("min 28 > max 27"))
        .anySatisfy(v -> assertThat(v).contains("$.incidents[0].tolls[0].evidence.text"))
        .anySatisfy(v -> assertThat(v).contains("$.incidents[0].evidence[0] span 20..99"));
  }

  /** The smallest output a pattern describes: "~x" becomes "x", {"$exactly": [...]} becomes the array. */
  static JsonNode idealOutput(JsonNode pattern) {
    if (pattern.isObject() && pattern.has(JsonPattern.EXACTLY)) return idealOutput(pattern.get(JsonPattern.EXACTLY));
    if (pattern.isObject()) {
      ObjectNode out = MAPPER.createObjectNode();
      pattern.fields().forEachRemaining(f -> out.set(f.getKey(), idealOutput(f.getValue())));
      return out;
    }
    if (pattern.isArray()) {
      ArrayNode out = MAPPER.createArrayNode();
      pattern.forEach(e -> out.add(idealOutput(e)));
      return out;
    }
    if (pattern.isTextual() && pattern.asText().startsWith("~")) return TextNode.valueOf(pattern.asText().substring(1));
    return pattern;
  }

  private static JsonNode json(String singleQuoted) {
    try {
      return MAPPER.readTree(singleQuoted.replace('\'', '"'));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A line that ends inside a sentence (no closing punctuation) and is followed by more text. */
  static boolean isHardWrapped(String raw) {
    String[] lines = raw.split("\n", -1);
    for (int i = 0; i + 1 < lines.length; i++) {
      String line = lines[i].stripTrailing();
      if (line.isEmpty() || lines[i + 1].isBlank()) continue;
      char last = line.charAt(line.length() - 1);
      if (Character.isLetterOrDigit(last) || last == ',') return true;
    }
    return false;
  }

  private static Stream<JsonNode> elements(JsonNode arrayPattern) {
    JsonNode array = arrayPattern.has(JsonPattern.EXACTLY) ? arrayPattern.get(JsonPattern.EXACTLY) : arrayPattern;
    List<JsonNode> out = new ArrayList<>();
    if (array.isArray()) array.forEach(out::add);
    return out.stream();
  }

  private static List<String> emptyArrayPaths(JsonNode node, String path) {
    List<String> out = new ArrayList<>();
    if (node.isArray()) {
      if (node.isEmpty()) out.add(path);
      for (int i = 0; i < node.size(); i++) out.addAll(emptyArrayPaths(node.get(i), path + "[" + i + "]"));
    } else if (node.isObject()) {
      node.fields().forEachRemaining(f -> {
        // {"$exactly": []} is the explicit way to say "empty"; its array is not a bare [].
        if (f.getKey().equals(JsonPattern.EXACTLY)) {
          f.getValue().forEach(e -> out.addAll(emptyArrayPaths(e, path + "." + f.getKey() + "[]")));
        } else {
          out.addAll(emptyArrayPaths(f.getValue(), path + "." + f.getKey()));
        }
      });
    }
    return out;
  }

  private static <E extends Enum<E>> Set<String> wires(E[] values, Function<E, String> wire) {
    return Arrays.stream(values).map(wire).collect(Collectors.toCollection(TreeSet::new));
  }

  // Loading.

  private static List<Case> articleCases() { return articleCases(articlesDir(), ""); }

  /** Articles written after the rules, never tuned on: the honest measure of how the extractor generalises. */
  private static List<Case> holdoutCases() {
    List<Case> cases = new ArrayList<>(articleCases(resourceDir(HOLDOUT), HOLDOUT_PREFIX));
    cases.addAll(articleCases(resourceDir(HOLDOUT2), HOLDOUT2_PREFIX));
    return cases;
  }

  private static List<Case> articleCases(Path dir, String prefix) {
    try {
      List<Case> cases = new ArrayList<>();
      for (String name : names(dir, TEXT)) {
        Path sidecar = dir.resolve(name + SIDECAR);
        if (!Files.exists(sidecar)) throw new IllegalStateException(name + TEXT + " has no " + name + SIDECAR);
        cases.add(new Case(prefix + name + TEXT, Files.readString(dir.resolve(name + TEXT), StandardCharsets.UTF_8),
            Sidecar.read(sidecar)));
      }
      return cases;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** File names in {@code dir} ending in {@code suffix}, without it, sorted. */
  private static Set<String> names(Path dir, String suffix) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(suffix))
          .map(n -> n.substring(0, n.length() - suffix.length())).collect(Collectors.toCollection(TreeSet::new));
    }
  }

  private static Path articlesDir() { return resourceDir(ARTICLES); }

  private static Path resourceDir(String resource) {
    URL url = ArticleCorpusIT.class.getResource(resource);
    if (url == null) throw new IllegalStateException(resource + " is not on the test classpath");
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("a classpath URL is a URI", e);
    }
  }

  /** The seed article, wherever the build runs from: the nearest {@code shared/seed/article.txt} upwards. */
  static Optional<Path> findSeed() {
    return org.sitrep.eval.SharedData.locate(Path.of(""), Path.of("seed", "article.txt"));
  }
}
