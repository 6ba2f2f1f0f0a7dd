package org.sitrep.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.sitrep.domain.Evidence;
import org.sitrep.domain.Extraction;
import org.sitrep.domain.Incident;
import org.sitrep.domain.IncidentType;
import org.sitrep.domain.Participant;
import org.sitrep.learn.LogisticModel;

/**
 * MUC-4 template typing and pruning, learned: which of the mapped templates of a report the key has (keep or drop),
 * which of the six MUC-4 types each one is, and whether two templates of one type are one key template (merge).
 *
 * <p>Why learned: the mapper types by sitrep's taxonomy and splits one template per incident and act, while the key
 * types by instrument and convention ("explosives" in a clash is not a bombing; a murder with a bomb is) and keys
 * background incidents only sometimes. Under GTT's one-to-one alignment a wrongly typed template scores nothing and a
 * spurious one costs precision on every role, so the type caps every role. Trained by {@code sitrep train muc4} on the
 * held-out templates of train's cross-validation, aligned to the train key by {@link #align}; without the models the
 * mapper's types stand.
 */
public final class Muc4TemplateTyper {
  public static final String KEEP_RESOURCE = Muc4RoleFiller.RESOURCE_DIR + "muc4-template-keep.tsv";
  public static final String SETTINGS_RESOURCE = Muc4RoleFiller.RESOURCE_DIR + "muc4-template-settings.tsv";

  public static String typeResource(Muc4IncidentType type) {
    return Muc4RoleFiller.RESOURCE_DIR + "muc4-template-type-" + type.label().replace(' ', '_') + ".tsv";
  }

  /** How same-type templates of one report are merged into one. */
  public enum Merge {
    /** Never: one template per mapped incident and act. */
    NONE,
    /** When they share a filler string (the same victim or target named twice). */
    SHARED_FILLER,
    /** Always: one template per type and report. */
    ALL
  }

  /**
   * What {@code sitrep train muc4} chose by cross-validation on train.
   *
   * @param keepThreshold templates whose keep probability is below it are dropped (the best one of a report stays)
   * @param retypeMargin the classifier's type replaces the mapper's when its probability exceeds the mapper type's by
   *     more than this; negative infinity would always retype, positive infinity never
   * @param merge how same-type templates are merged after typing
   * @param foldDropped whether a dropped template's fillers move into a kept one (of its type if any, else the most
   *     likely kept) rather than vanish: a dropped template is often a second, split-off view of a kept incident, and
   *     its strings may still be the key's
   * @param extraType a kept template gets a sibling of another type when the type models give that type at least this
   *     probability and the report has no template of it yet (the key's "attack" beside a "bombing" of the same
   *     event); the sibling has the perpetrators and the role of its act; positive infinity never adds one
   */
  public record Settings(double keepThreshold, double retypeMargin, Merge merge, boolean foldDropped,
                         double extraType) {
    public Settings {
      Objects.requireNonNull(merge, "merge");
    }

    /** No change at all: what the mapper does alone. */
    public static final Settings IDENTITY =
        new Settings(0, Double.POSITIVE_INFINITY, Merge.NONE, false, Double.POSITIVE_INFINITY);
  }

  private final LogisticModel keep;
  private final Map<Muc4IncidentType, LogisticModel> types;
  private final Settings settings;

  public Muc4TemplateTyper(LogisticModel keep, Map<Muc4IncidentType, LogisticModel> types, Settings settings) {
    this.keep = Objects.requireNonNull(keep, "keep");
    this.types = new EnumMap<>(types);
    for (Muc4IncidentType t : Muc4IncidentType.values()) {
      Objects.requireNonNull(this.types.get(t), () -> "no type model for " + t);
    }
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  public Settings settings() { return settings; }

  /** The same models under other settings (cross-validation tries several). */
  public Muc4TemplateTyper with(Settings other) { return new Muc4TemplateTyper(keep, types, other); }

  /** The committed models, if the build has all of them. */
  public static Optional<Muc4TemplateTyper> bundled() {
    ClassLoader loader = Muc4TemplateTyper.class.getClassLoader();
    try {
      Optional<LogisticModel> keep = read(loader, KEEP_RESOURCE);
      if (keep.isEmpty()) return Optional.empty();
      Map<Muc4IncidentType, LogisticModel> types = new EnumMap<>(Muc4IncidentType.class);
      for (Muc4IncidentType t : Muc4IncidentType.values()) {
        Optional<LogisticModel> m = read(loader, typeResource(t));
        if (m.isEmpty()) return Optional.empty();
        types.put(t, m.get());
      }
      InputStream in = loader.getResourceAsStream(SETTINGS_RESOURCE);
      if (in == null) return Optional.empty();
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        return Optional.of(new Muc4TemplateTyper(keep.get(), types, readSettings(r)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("the bundled MUC-4 template models are unreadable", e);
    }
  }

  private static Optional<LogisticModel> read(ClassLoader loader, String resource) throws IOException {
    InputStream in = loader.getResourceAsStream(resource);
    if (in == null) return Optional.empty();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return Optional.of(LogisticModel.read(r));
    }
  }

  /** {@code key<TAB>value} lines: keep, margin, merge, fold, extra. */
  public static String writeSettings(Settings s) {
    return "keep\t" + s.keepThreshold() + "\nmargin\t" + s.retypeMargin() + "\nmerge\t" + s.merge().name()
        + "\nfold\t" + s.foldDropped() + "\nextra\t" + s.extraType() + "\n";
  }

  public static Settings readSettings(BufferedReader in) throws IOException {
    Map<String, String> values = new TreeMap<>();
    String line;
    while ((line = in.readLine()) != null) {
      if (line.isBlank()) continue;
      String[] parts = line.split("\t", 2);
      if (parts.length != 2) throw new IOException("bad settings line: " + line);
      values.put(parts[0], parts[1].trim());
    }
    try {
      return new Settings(Double.parseDouble(require(values, "keep")), Double.parseDouble(require(values, "margin")),
          Merge.valueOf(require(values, "merge")), parseBoolean(require(values, "fold")),
          Double.parseDouble(require(values, "extra")));
    } catch (IllegalArgumentException e) {
      throw new IOException("bad template settings: " + values, e);
    }
  }

  private static boolean parseBoolean(String text) {
    if (text.equals("true")) return true;
    if (text.equals("false")) return false;
    throw new IllegalArgumentException("not a boolean: " + text);
  }

  private static String require(Map<String, String> values, String key) throws IOException {
    String v = values.get(key);
    if (v == null) throw new IOException("template settings lack '" + key + "'");
    return v;
  }

  /** The probability that the key has a template for this one (of any type). */
  public double keepProbability(Map<String, Double> features) { return keep.probability(features); }

  /** The type models' probabilities, one per MUC-4 type. */
  public Map<Muc4IncidentType, Double> typeProbabilities(Map<String, Double> features) {
    Map<Muc4IncidentType, Double> out = new EnumMap<>(Muc4IncidentType.class);
    for (Muc4IncidentType t : Muc4IncidentType.values()) out.put(t, types.get(t).probability(features));
    return out;
  }

  /** A report's templates after keep/drop, retyping and merging; an empty list stays empty. */
  public List<Muc4Template> apply(Extraction extraction, List<Muc4TemplateMapper.Mapped> mapped) {
    if (mapped.isEmpty()) return List.of();
    List<Double> keepP = new ArrayList<>();
    List<Map<Muc4IncidentType, Double>> typeP = new ArrayList<>();
    List<Muc4Template> typed = new ArrayList<>();
    for (int k = 0; k < mapped.size(); k++) {
      Map<String, Double> f = features(extraction, mapped, k);
      keepP.add(keepProbability(f));
      Muc4IncidentType current = mapped.get(k).type();
      Map<Muc4IncidentType, Double> p = typeProbabilities(f);
      typeP.add(p);
      Muc4IncidentType best = current;
      for (Muc4IncidentType t : Muc4IncidentType.values()) if (p.get(t) > p.get(best)) best = t;
      Muc4IncidentType type = p.get(best) - p.get(current) > settings.retypeMargin() ? best : current;
      typed.add(Muc4Template.of(type, mapped.get(k).template().fillers()));
    }
    int bestIndex = 0;
    for (int k = 1; k < keepP.size(); k++) if (keepP.get(k) > keepP.get(bestIndex)) bestIndex = k;
    List<Integer> kept = new ArrayList<>();
    List<Integer> dropped = new ArrayList<>();
    for (int k = 0; k < typed.size(); k++) {
      (k == bestIndex || keepP.get(k) >= settings.keepThreshold() ? kept : dropped).add(k);
    }
    List<Muc4Template> out = new ArrayList<>();
    for (int k : kept) out.add(typed.get(k));
    if (settings.foldDropped()) {
      for (int d : dropped) {
        int into = -1;
        for (int o = 0; o < kept.size() && into < 0; o++) {
          if (typed.get(kept.get(o)).incidentTypes().equals(typed.get(d).incidentTypes())) into = o;
        }
        if (into < 0) into = kept.indexOf(bestIndex);
        out.set(into, union(out.get(into), typed.get(d)));
      }
    }
    out = merge(out, settings.merge());
    if (Double.isFinite(settings.extraType())) {
      Set<Muc4IncidentType> present = EnumSet.noneOf(Muc4IncidentType.class);
      for (Muc4Template t : out) present.addAll(t.incidentTypes());
      List<Muc4Template> extra = new ArrayList<>();
      for (int k : kept) {
        for (Muc4IncidentType t : Muc4IncidentType.values()) {
          if (present.contains(t) || typeP.get(k).get(t) < settings.extraType()) continue;
          present.add(t);
          Map<Muc4Role, List<Muc4Entity>> fillers = new EnumMap<>(Muc4Role.class);
          for (Muc4Role role : Muc4Role.values()) {
            boolean keep = role == Muc4Role.PERP_IND || role == Muc4Role.PERP_ORG
                || role == Muc4TemplateMapper.actRole(t);
            fillers.put(role, keep ? typed.get(k).fillers(role) : List.of());
          }
          extra.add(Muc4Template.of(t, fillers));
        }
      }
      out.addAll(extra);
    }
    return out;
  }

  /**
   * Same-type templates merged by {@code how}, in report order: the merged template sits where the first was and
   * holds the union of the fillers (an entity already there by normalised first string is not repeated).
   */
  public static List<Muc4Template> merge(List<Muc4Template> templates, Merge how) {
    if (how == Merge.NONE) return templates;
    List<Muc4Template> out = new ArrayList<>();
    for (Muc4Template t : templates) {
      int into = -1;
      for (int o = 0; o < out.size() && into < 0; o++) {
        Muc4Template other = out.get(o);
        if (!other.incidentTypes().equals(t.incidentTypes())) continue;
        if (how == Merge.ALL || sharesFiller(other, t)) into = o;
      }
      if (into < 0) {
        out.add(t);
        continue;
      }
      out.set(into, union(out.get(into), t));
    }
    return out;
  }

  /** {@code base} with {@code other}'s fillers added, an entity already there (by normalised first string) once. */
  static Muc4Template union(Muc4Template base, Muc4Template other) {
    Map<Muc4Role, List<Muc4Entity>> fillers = new EnumMap<>(Muc4Role.class);
    for (Muc4Role role : Muc4Role.values()) {
      List<Muc4Entity> union = new ArrayList<>(base.fillers(role));
      Set<String> seen = new HashSet<>();
      for (Muc4Entity e : union) seen.add(MentionNormalizer.normalize(e.alternatives().get(0)));
      for (Muc4Entity e : other.fillers(role)) {
        if (seen.add(MentionNormalizer.normalize(e.alternatives().get(0)))) union.add(e);
      }
      fillers.put(role, union);
    }
    return new Muc4Template(base.incidentTypes(), fillers);
  }

  private static boolean sharesFiller(Muc4Template a, Muc4Template b) {
    for (Muc4Role role : List.of(Muc4Role.TARGET, Muc4Role.VICTIM)) {
      Set<String> mine = new HashSet<>();
      for (Muc4Entity e : a.fillers(role)) mine.add(MentionNormalizer.normalize(e.alternatives().get(0)));
      for (Muc4Entity e : b.fillers(role)) {
        if (mine.contains(MentionNormalizer.normalize(e.alternatives().get(0)))) return true;
      }
    }
    return false;
  }

  /**
   * The features of template {@code k} of a report: sitrep's type, subtypes and status; the MUC-4 type the mapper
   * gave and whether the template was split off an incident; the incident's age against the dateline; which roles
   * sitrep and the fillers found; where the incident starts in the report; how many templates the report has and how
   * many share this one's type; and the words of the incident's evidence (its trigger among them), alone and with the
   * mapper's type.
   */
  public static Map<String, Double> features(Extraction extraction, List<Muc4TemplateMapper.Mapped> mapped, int k) {
    Muc4TemplateMapper.Mapped m = mapped.get(k);
    Incident i = m.incident();
    String mtype = m.type().label().replace(' ', '_');
    Map<String, Double> f = new TreeMap<>();
    f.put("mtype:" + mtype, 1.0);
    f.put("stype:" + i.type().wire(), 1.0);
    f.put("status:" + i.status().wire(), 1.0);
    f.put("status_mtype:" + i.status().wire() + ":" + mtype, 1.0);
    for (IncidentType sub : i.subtypes()) f.put("sub:" + sub.wire(), 1.0);
    if (m.split()) f.put("split", 1.0);
    Optional<LocalDate> published = extraction.document().published();
    String age = "unknown";
    if (published.isPresent() && i.date().isPresent()) {
      long days = ChronoUnit.DAYS.between(i.date().get().start(), published.get());
      age = days < 0 ? "future" : days <= 3 ? "0-3" : days <= 14 ? "4-14" : days <= 60 ? "15-60"
          : days <= 365 ? "61-365" : "older";
    }
    f.put("age:" + age, 1.0);
    if (i.location().isEmpty()) f.put("no_place", 1.0);
    if (!i.tolls().isEmpty()) f.put("toll", 1.0);
    if (!i.weapons().isEmpty()) f.put("sitrep_weapon", 1.0);
    for (Participant p : i.participants()) {
      f.put("role:" + p.role().wire(), 1.0);
      f.put("role_kind:" + p.role().wire() + ":" + p.kind().wire(), 1.0);
      if (p.claimedResponsibility()) f.put("claimed", 1.0);
    }
    int filled = 0;
    for (Muc4Role role : Muc4Role.values()) {
      int n = m.template().fillers(role).size();
      if (n > 0) {
        filled++;
        f.put("fill:" + role.jsonKey(), 1.0);
        f.put("fill_mtype:" + role.jsonKey() + ":" + mtype, 1.0);
      }
    }
    f.put("filled:" + Math.min(filled, 3), 1.0);
    int first = Integer.MAX_VALUE;
    for (Evidence ev : i.evidence()) first = Math.min(first, ev.sentence());
    f.put("sentence:" + (first == Integer.MAX_VALUE ? "none" : first <= 2 ? String.valueOf(first)
        : first <= 5 ? "3-5" : first <= 10 ? "6-10" : "11+"), 1.0);
    f.put("templates:" + Math.min(mapped.size(), 5), 1.0);
    f.put("index:" + Math.min(k, 3), 1.0);
    int sameType = 0;
    int sameIncident = 0;
    for (int o = 0; o < mapped.size(); o++) {
      if (o == k) continue;
      if (mapped.get(o).type() == m.type()) sameType++;
      if (mapped.get(o).incident() == i) sameIncident++;
    }
    f.put("same_type:" + Math.min(sameType, 2), 1.0);
    if (sameIncident > 0) f.put("same_incident", 1.0);
    Set<String> words = new HashSet<>();
    for (Evidence ev : i.evidence()) {
      for (String w : ev.text().toLowerCase(Locale.ROOT).split("[^a-z]+")) if (w.length() >= 3) words.add(w);
    }
    for (String w : words) {
      f.put("ew:" + w, 1.0);
      f.put("ew_mtype:" + w + ":" + mtype, 1.0);
    }
    return f;
  }

  /**
   * The key's template aligned to each predicted one, or empty: the one-to-one alignment of a report's predicted
   * templates to its key templates that maximises the entities they share (same role, same normalised string), a
   * shared type breaking ties. Every predicted template is aligned while key templates remain: GTT pairs templates
   * whenever that can only help, and the key's type is what the type model should learn even for a template whose
   * fillers are all wrong. Exhaustive up to six templates a side, greedy beyond.
   */
  public static List<Optional<Muc4Template>> align(List<Muc4Template> predicted, List<Muc4Template> gold) {
    int n = predicted.size();
    int g = gold.size();
    double[][] score = new double[n][g];
    for (int p = 0; p < n; p++) {
      for (int q = 0; q < g; q++) score[p][q] = shared(predicted.get(p), gold.get(q))
          + (predicted.get(p).typeMatches(gold.get(q)) ? 0.5 : 0) + 0.01;
    }
    int[] assignment = new int[n];
    java.util.Arrays.fill(assignment, -1);
    if (n <= 6 && g <= 6) {
      int[] current = new int[n];
      double[] best = {-1};
      search(score, 0, new boolean[g], current, 0, best, assignment);
    } else {
      boolean[] used = new boolean[g];
      for (int p = 0; p < n; p++) {
        int bestQ = -1;
        for (int q = 0; q < g; q++) if (!used[q] && (bestQ < 0 || score[p][q] > score[p][bestQ])) bestQ = q;
        if (bestQ >= 0) {
          used[bestQ] = true;
          assignment[p] = bestQ;
        }
      }
    }
    List<Optional<Muc4Template>> out = new ArrayList<>();
    for (int p = 0; p < n; p++) out.add(assignment[p] < 0 ? Optional.empty() : Optional.of(gold.get(assignment[p])));
    return out;
  }

  private static void search(double[][] score, int p, boolean[] used, int[] current, double total, double[] best,
                             int[] bestAssignment) {
    if (p == score.length) {
      if (total > best[0]) {
        best[0] = total;
        System.arraycopy(current, 0, bestAssignment, 0, current.length);
      }
      return;
    }
    for (int q = 0; q < used.length; q++) {
      if (used[q]) continue;
      used[q] = true;
      current[p] = q;
      search(score, p + 1, used, current, total + score[p][q], best, bestAssignment);
      used[q] = false;
    }
    current[p] = -1;
    search(score, p + 1, used, current, total, best, bestAssignment);
  }

  private static int shared(Muc4Template predicted, Muc4Template gold) {
    int n = 0;
    for (Muc4Role role : Muc4Role.values()) {
      Set<String> keyed = new HashSet<>();
      for (Muc4Entity e : gold.fillers(role)) {
        for (String a : e.alternatives()) keyed.add(MentionNormalizer.normalize(a));
      }
      for (Muc4Entity e : predicted.fillers(role)) {
        if (e.alternatives().stream().anyMatch(a -> keyed.contains(MentionNormalizer.normalize(a)))) n++;
      }
    }
    return n;
  }

  /** Training examples of one report: keep (aligned to any key template) and, for the aligned, the key's types. */
  public record Labelled(Map<String, Double> features, boolean keep, Set<Muc4IncidentType> types) {
    public Labelled {
      features = Map.copyOf(features);
      types = Set.copyOf(types);
    }
  }

  public static List<Labelled> labelled(Extraction extraction, List<Muc4TemplateMapper.Mapped> mapped,
                                        Muc4Document gold) {
    List<Optional<Muc4Template>> aligned =
        align(mapped.stream().map(Muc4TemplateMapper.Mapped::template).toList(), gold.templates());
    List<Labelled> out = new ArrayList<>();
    for (int k = 0; k < mapped.size(); k++) {
      Optional<Muc4Template> a = aligned.get(k);
      out.add(new Labelled(features(extraction, mapped, k), a.isPresent(),
          a.map(Muc4Template::incidentTypes).orElse(Set.of())));
    }
    return out;
  }

  /** Trains the keep model on all examples and one type model per type on the aligned ones. */
  public static Muc4TemplateTyper train(List<Labelled> examples, LogisticModel.Settings training, Settings settings) {
    List<LogisticModel.Example> keepExamples = new ArrayList<>();
    for (Labelled l : examples) keepExamples.add(new LogisticModel.Example(l.features(), l.keep()));
    Map<Muc4IncidentType, LogisticModel> types = new LinkedHashMap<>();
    for (Muc4IncidentType t : Muc4IncidentType.values()) {
      List<LogisticModel.Example> typeExamples = new ArrayList<>();
      for (Labelled l : examples) {
        if (l.keep()) typeExamples.add(new LogisticModel.Example(l.features(), l.types().contains(t)));
      }
      types.put(t, LogisticModel.train(typeExamples, training));
    }
    return new Muc4TemplateTyper(LogisticModel.train(keepExamples, training), types, settings);
  }

  /** Writes the keep model, the type models and the settings as {@link #bundled} reads them. */
  public void write(java.util.function.Function<String, java.io.Writer> open) throws IOException {
    try (java.io.Writer w = open.apply(KEEP_RESOURCE)) {
      keep.write(w);
    }
    for (Muc4IncidentType t : Muc4IncidentType.values()) {
      try (java.io.Writer w = open.apply(typeResource(t))) {
        types.get(t).write(w);
      }
    }
    try (java.io.Writer w = open.apply(SETTINGS_RESOURCE)) {
      w.write(writeSettings(settings));
    }
  }
}
