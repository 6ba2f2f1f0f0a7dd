package org.sitrep.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import org.sitrep.domain.Evidence;
import org.sitrep.domain.Extraction;
import org.sitrep.domain.Incident;
import org.sitrep.domain.OneLine;
import org.sitrep.extract.ActorAliases;
import org.sitrep.learn.LogisticModel;
import org.sitrep.nlp.NlpDoc;
import org.sitrep.resolve.ActorDictionary;

/**
 * MUC-4's role fillers, learned: one logistic model per role scores every {@link Muc4Candidates candidate} phrase of
 * a report, and each phrase above its role's threshold becomes a filler of the incident whose sentences it sits in.
 *
 * <p>Why learned: the rules sort sitrep's participants into roles by what they are (a named group is a PerpOrg), while
 * the key fills roles by what the phrase does in the sentence (agent of "killed", object of "attacked", instrument
 * after "with") and writes the exact string it wants. Trained by {@code sitrep train muc4} on train.jsonl only; the
 * models ship as resources, and without them {@link Muc4TemplateMapper} keeps its rules.
 *
 * <p>Decoding is greedy over (phrase, role) pairs, best probability first: one role per phrase, no two overlapping
 * phrases, and one string per entity: a phrase whose words are all inside an already chosen filler of the same role
 * ("Roldan" after "Antonio Roldan Betancur"), or another name of the same actor ("FMLN" after "Farabundo Marti
 * National Liberation Front", by the actor dictionary or as its acronym), is the same entity named again. The key
 * lists an entity's names as one entity's alternatives, so a second name would only be scored spurious.
 *
 * <p>Shared roles: the key repeats a report's perpetrators in most of its templates ("the FMLN" of every attack of a
 * night: on train, 296 of the 364 PerpOrg fills of templates in reports with several share the string with another
 * template), while this decoding names each phrase once, in the incident nearest its sentence. So an incident left
 * without a filler of a shared role gets the report's best one; which roles are shared is chosen on train CV.
 */
public final class Muc4RoleFiller {
  /** Where {@code sitrep train muc4} writes the models: one file per role, plus the thresholds. */
  public static final String RESOURCE_DIR = "org/sitrep/eval/";

  public static String resource(Muc4Role role) { return RESOURCE_DIR + "muc4-role-" + role.jsonKey() + ".tsv"; }

  public static final String THRESHOLDS = RESOURCE_DIR + "muc4-role-thresholds.tsv";

  private final Map<Muc4Role, LogisticModel> models;
  private final Map<Muc4Role, Double> thresholds;
  private final Set<Muc4Role> shared;
  private final BiPredicate<String, String> sameActor;

  /** @param shared the roles whose report-wide best filler also fills the incidents left without one */
  public Muc4RoleFiller(Map<Muc4Role, LogisticModel> models, Map<Muc4Role, Double> thresholds,
                        Set<Muc4Role> shared, BiPredicate<String, String> sameActor) {
    this.models = new EnumMap<>(models);
    this.thresholds = new EnumMap<>(thresholds);
    this.shared = Set.copyOf(shared);
    this.sameActor = Objects.requireNonNull(sameActor, "sameActor");
    for (Muc4Role role : Muc4Role.values()) {
      Objects.requireNonNull(this.models.get(role), () -> "no model for " + role);
      Objects.requireNonNull(this.thresholds.get(role), () -> "no threshold for " + role);
    }
  }

  /**
   * The committed models, if the build has all of them, telling names of one actor apart with the dictionary the
   * pipeline already loaded (loading it takes a tenth of a second).
   */
  public static Optional<Muc4RoleFiller> bundled(ActorDictionary actors) {
    ClassLoader loader = Muc4RoleFiller.class.getClassLoader();
    Map<Muc4Role, LogisticModel> models = new EnumMap<>(Muc4Role.class);
    Map<Muc4Role, Double> thresholds = new EnumMap<>(Muc4Role.class);
    Set<Muc4Role> shared = java.util.EnumSet.noneOf(Muc4Role.class);
    try {
      for (Muc4Role role : Muc4Role.values()) {
        InputStream in = loader.getResourceAsStream(resource(role));
        if (in == null) return Optional.empty();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
          models.put(role, LogisticModel.read(r));
        }
      }
      InputStream in = loader.getResourceAsStream(THRESHOLDS);
      if (in == null) return Optional.empty();
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        thresholds.putAll(readThresholds(r, shared));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("the bundled MUC-4 role models are unreadable", e);
    }
    return Optional.of(new Muc4RoleFiller(models, thresholds, shared,
        sameActor(actors)));
  }

  /**
   * {@code role<TAB>threshold[<TAB>shared]} lines, roles by their GTT names; a role whose third column is 1 is added
   * to {@code shared}. Files written before there were shared roles have two columns and decode as before.
   */
  public static Map<Muc4Role, Double> readThresholds(BufferedReader in, Set<Muc4Role> shared) throws IOException {
    Map<Muc4Role, Double> out = new EnumMap<>(Muc4Role.class);
    String line;
    while ((line = in.readLine()) != null) {
      if (line.isBlank()) continue;
      String[] parts = line.split("\t");
      Muc4Role role = Muc4Role.fromJsonKey(parts[0])
          .orElseThrow(() -> new IOException("unknown role in thresholds: " + parts[0]));
      try {
        out.put(role, Double.parseDouble(parts[1]));
      } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
        throw new IOException("bad threshold line: " + line, e);
      }
      if (parts.length > 2) {
        switch (parts[2].strip()) {
          case "1" -> shared.add(role);
          case "0" -> { }
          default -> throw new IOException("bad shared flag (0 or 1): " + line);
        }
      }
    }
    return out;
  }

  /** The templates of a report with learned fillers: the mapper's types and split, this class's strings. */
  public List<Muc4Template> templates(Muc4TemplateMapper mapper, Extraction extraction, NlpDoc doc) {
    return mapped(mapper, extraction, doc).stream().map(Muc4TemplateMapper.Mapped::template).toList();
  }

  /** {@link #templates} with the incident behind each template, for {@link Muc4TemplateTyper}. */
  public List<Muc4TemplateMapper.Mapped> mapped(Muc4TemplateMapper mapper, Extraction extraction, NlpDoc doc) {
    Map<Incident, Muc4IncidentType> incidents = mapper.mappedIncidents(extraction);
    List<Muc4Candidates.Candidate> candidates = Muc4Candidates.of(extraction, doc, incidents);
    Map<Incident, Map<Muc4Role, List<Muc4Entity>>> fillers =
        decode(candidates, score(models, candidates), thresholds, shared, incidents.keySet(), sameActor);
    return mapper.mapped(extraction, i -> fillers.getOrDefault(i, Map.of()));
  }

  /**
   * Two phrases name one actor when the dictionary binds both to the same named (not generic) actor, or when one is
   * the other's acronym ("FMLN", "Farabundo Marti National Liberation Front").
   */
  public static BiPredicate<String, String> sameActor(ActorDictionary dictionary) {
    return (a, b) -> dictionary.sameActor(a, b) || acronymOf(a, b) || acronymOf(b, a);
  }

  private static boolean acronymOf(String shortForm, String name) {
    String letters = shortForm.strip();
    return !letters.contains(" ") && name.strip().contains(" ") && ActorAliases.isAcronymOf(letters, name);
  }

  /** Each candidate's probability for each role, indexed [candidate][role ordinal]. */
  public static double[][] score(Map<Muc4Role, LogisticModel> models, List<Muc4Candidates.Candidate> candidates) {
    double[][] out = new double[candidates.size()][Muc4Role.values().length];
    for (int c = 0; c < candidates.size(); c++) {
      for (Muc4Role role : Muc4Role.values()) {
        out[c][role.ordinal()] = models.get(role).probability(candidates.get(c).features());
      }
    }
    return out;
  }

  /**
   * The greedy decoding described on the class, then each filler goes to the incident that has the phrase's sentence
   * among its evidence, or else to the one whose evidence is nearest (the earlier one on a tie); an incident left
   * without a filler of a {@code shared} role gets the report's best one (the first chosen, so the most probable).
   * {@code sameActor} says whether two phrases name one actor.
   */
  public static Map<Incident, Map<Muc4Role, List<Muc4Entity>>> decode(List<Muc4Candidates.Candidate> candidates,
      double[][] probabilities, Map<Muc4Role, Double> thresholds, Set<Muc4Role> shared,
      java.util.Collection<Incident> incidents, BiPredicate<String, String> sameActor) {
    record Pick(int candidate, Muc4Role role, double p) {}
    List<Pick> picks = new ArrayList<>();
    for (int c = 0; c < candidates.size(); c++) {
      for (Muc4Role role : Muc4Role.values()) {
        double p = probabilities[c][role.ordinal()];
        if (p >= thresholds.get(role)) picks.add(new Pick(c, role, p));
      }
    }
    picks.sort(Comparator.comparingDouble(Pick::p).reversed().thenComparingInt(Pick::candidate)
        .thenComparing(Pick::role));
    Decoder decoder = new Decoder(incidents, sameActor);
    for (Pick pick : picks) decoder.take(candidates.get(pick.candidate()), pick.role());
    for (Muc4Role role : shared) {
      Muc4Entity entity = decoder.best.get(role);
      if (entity == null) continue;
      for (Incident incident : incidents) {
        Map<Muc4Role, List<Muc4Entity>> fillers =
            decoder.out.computeIfAbsent(incident, i -> new EnumMap<>(Muc4Role.class));
        if (!fillers.containsKey(role)) fillers.put(role, List.of(entity));
      }
    }
    return decoder.out;
  }

  /** The greedy decoding's state: what is taken so far, and the rules a further phrase must pass. */
  private static final class Decoder {
    private final java.util.Collection<Incident> incidents;
    private final BiPredicate<String, String> sameActor;
    private final List<Muc4Candidates.Candidate> chosen = new ArrayList<>();
    private final Set<String> strings = new HashSet<>();
    private final Map<Incident, Map<Muc4Role, List<Muc4Entity>>> out = new LinkedHashMap<>();
    private final Map<Muc4Role, List<Set<String>>> chosenWords = new EnumMap<>(Muc4Role.class);
    private final Map<Muc4Role, List<String>> chosenTexts = new EnumMap<>(Muc4Role.class);
    private final Map<Muc4Role, Muc4Entity> best = new EnumMap<>(Muc4Role.class);

    Decoder(java.util.Collection<Incident> incidents, BiPredicate<String, String> sameActor) {
      this.incidents = incidents;
      this.sameActor = sameActor;
    }

    /** Takes the phrase for the role unless the class's rules refuse it. */
    void take(Muc4Candidates.Candidate c, Muc4Role role) {
      String normalized = c.normalized();
      if (strings.contains(normalized)) return;
      if (chosen.stream().anyMatch(c::overlaps)) return;
      Set<String> words = new HashSet<>(java.util.Arrays.asList(normalized.split(" ")));
      List<Set<String>> same = chosenWords.computeIfAbsent(role, r -> new ArrayList<>());
      if (same.stream().anyMatch(w -> w.containsAll(words) || words.containsAll(w))) return;
      List<String> texts = chosenTexts.computeIfAbsent(role, r -> new ArrayList<>());
      if (texts.stream().anyMatch(t -> sameActor.test(t, c.text()))) {
        strings.add(normalized);
        return;
      }
      texts.add(c.text());
      chosen.add(c);
      strings.add(normalized);
      same.add(words);
      Incident home = home(c.sentence(), incidents);
      if (home == null) return;
      Muc4Entity entity = Muc4Entity.of(OneLine.of(c.text()));
      best.putIfAbsent(role, entity);
      out.computeIfAbsent(home, i -> new EnumMap<>(Muc4Role.class)).computeIfAbsent(role, r -> new ArrayList<>())
          .add(entity);
    }
  }

  private static Incident home(int sentence, java.util.Collection<Incident> incidents) {
    Incident best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Incident i : incidents) {
      for (Evidence ev : i.evidence()) {
        int d = Math.abs(ev.sentence() - sentence);
        if (d < bestDistance) {
          bestDistance = d;
          best = i;
        }
      }
    }
    return best;
  }

  /** Per-role labels of candidates against a document's gold: whether the phrase is one of the key's strings. */
  public static boolean[][] labels(List<Muc4Candidates.Candidate> candidates, Muc4Document gold) {
    Map<Muc4Role, Set<String>> keyed = new EnumMap<>(Muc4Role.class);
    for (Muc4Role role : Muc4Role.values()) keyed.put(role, new HashSet<>());
    for (Muc4Template t : gold.templates()) {
      for (Muc4Role role : Muc4Role.values()) {
        for (Muc4Entity e : t.fillers(role)) {
          for (String s : e.alternatives()) keyed.get(role).add(MentionNormalizer.normalize(s));
        }
      }
    }
    boolean[][] out = new boolean[candidates.size()][Muc4Role.values().length];
    Map<String, String> cache = new HashMap<>();
    for (int c = 0; c < candidates.size(); c++) {
      String n = cache.computeIfAbsent(candidates.get(c).text(), MentionNormalizer::normalize);
      for (Muc4Role role : Muc4Role.values()) out[c][role.ordinal()] = keyed.get(role).contains(n);
    }
    return out;
  }
}
