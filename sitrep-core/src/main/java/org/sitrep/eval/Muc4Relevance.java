package org.sitrep.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.sitrep.domain.Extraction;
import org.sitrep.domain.Incident;
import org.sitrep.domain.IncidentStatus;
import org.sitrep.domain.Location;
import org.sitrep.domain.Participant;
import org.sitrep.learn.LogisticModel;

/**
 * MUC-4's relevance decision, learned: given what sitrep extracted from a report (and the templates mapped from it),
 * is this a report MUC-4 keys at all? The rules find violence in lectures, clash reports, trials and anniversaries that
 * MUC-4's guidelines leave out (war between armies, incidents older than the report's period, statements without an
 * act); the model, trained by {@code sitrep train muc4} on train.jsonl only, learns which of those the keys skip. It
 * only ever removes templates: a report with none has nothing to keep.
 */
public final class Muc4Relevance {
  /** Where {@code sitrep train muc4} writes the model and where this class loads it from. */
  public static final String RESOURCE = "org/sitrep/eval/muc4-relevance.tsv";

  /**
   * Below this probability a report's templates are dropped. Chosen on train by 5-fold cross-validation: dropping a
   * relevant report costs GTT F1 about 1.6 times what dropping an irrelevant one gains, and 0.4 gave the best balance
   * (169 irrelevant dropped for 65 relevant, against 187/85 at 0.5 and 129/50 at 0.3).
   */
  public static final double DEFAULT_THRESHOLD = 0.4;

  private final LogisticModel model;
  private final double threshold;

  public Muc4Relevance(LogisticModel model, double threshold) {
    this.model = model;
    this.threshold = threshold;
  }

  /** The committed model, if the build has one. */
  public static Optional<Muc4Relevance> bundled() {
    InputStream in = Muc4Relevance.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (in == null) return Optional.empty();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return Optional.of(new Muc4Relevance(LogisticModel.read(r), DEFAULT_THRESHOLD));
    } catch (IOException e) {
      throw new UncheckedIOException("the bundled " + RESOURCE + " is unreadable", e);
    }
  }

  public double probability(Extraction extraction, List<Muc4Template> templates) {
    return model.probability(features(extraction, templates));
  }

  /** The templates to keep: all of them when the report is relevant, none otherwise. */
  public List<Muc4Template> filter(Extraction extraction, List<Muc4Template> templates) {
    if (templates.isEmpty()) return templates;
    return probability(extraction, templates) >= threshold ? templates : List.of();
  }

  /**
   * The features: the report's words (presence), and what sitrep made of it — incident types and how many, whether
   * each is current or background, how old it is against the report's date, whether a named group or a toll is
   * there, the countries, and the template count.
   */
  public static Map<String, Double> features(Extraction extraction, List<Muc4Template> templates) {
    Map<String, Double> f = new TreeMap<>();
    for (String w : extraction.document().text().toLowerCase(Locale.ROOT).split("[^a-z]+")) {
      if (w.length() >= 3) f.put("w:" + w, 1.0);
    }
    f.put("templates:" + Math.min(templates.size(), 4), 1.0);
    for (Muc4Template t : templates) f.put("ttype:" + t.incidentTypes().iterator().next().label(), 1.0);
    Optional<LocalDate> published = extraction.document().published();
    int current = 0;
    for (Incident i : extraction.incidents()) {
      if (i.status() == IncidentStatus.CURRENT) current++;
      f.put("type:" + i.type().wire() + ":" + i.status().wire(), 1.0);
      i.location().flatMap(Location::country).ifPresent(c -> f.put("country:" + c, 1.0));
      if (i.location().isEmpty()) f.put("no_place", 1.0);
      if (published.isPresent() && i.date().isPresent()) {
        long days = ChronoUnit.DAYS.between(i.date().get().start(), published.get());
        f.put("age:" + (days < 0 ? "future" : days <= 3 ? "0-3" : days <= 14 ? "4-14" : days <= 60 ? "15-60"
            : days <= 365 ? "61-365" : "older"), 1.0);
      } else {
        f.put("age:unknown", 1.0);
      }
      if (!i.tolls().isEmpty()) f.put("has_toll", 1.0);
      for (Participant p : i.participants()) {
        f.put("role:" + p.role().wire() + ":" + p.kind().wire(), 1.0);
        if (p.claimedResponsibility()) f.put("claimed", 1.0);
      }
    }
    f.put("current:" + Math.min(current, 3), 1.0);
    return f;
  }
}
