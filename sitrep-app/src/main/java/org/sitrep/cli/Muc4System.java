package org.sitrep.cli;

import java.util.List;
import java.util.Optional;
import org.sitrep.domain.Extraction;
import org.sitrep.eval.Muc4Relevance;
import org.sitrep.eval.Muc4RoleFiller;
import org.sitrep.eval.Muc4Template;
import org.sitrep.eval.Muc4TemplateMapper;
import org.sitrep.eval.Muc4TemplateTyper;
import org.sitrep.ingest.Source;
import org.sitrep.nlp.NlpEngine;
import org.sitrep.pipeline.DocResult;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Sitrep;
import org.sitrep.resolve.ActorDictionary;

/**
 * sitrep's MUC-4 answer for one report: the pipeline's incidents, mapped to templates, kept by the relevance model,
 * filled by the role models and typed by the typing models. {@code sitrep muc4} and {@code sitrep bench extract --path
 * muc4} both run it, so the benchmark times what the command does. Safe to share between threads when the engine is:
 * the models are read-only and each call keeps its own analysis.
 */
public final class Muc4System {
  private final RecordingNlpEngine engine;
  private final Pipeline pipeline;
  private final Muc4TemplateMapper templates = new Muc4TemplateMapper();
  private final Optional<Muc4Relevance> relevance;
  private final Optional<Muc4RoleFiller> roles;
  private final Optional<Muc4TemplateTyper> typer;

  /** The learned models bundled with sitrep, each of which may be left out to measure what it buys. */
  public Muc4System(NlpEngine nlp, boolean useRelevance, boolean useRoles, boolean useTyping) {
    ActorDictionary actors = ActorDictionary.bundled();
    this.engine = new RecordingNlpEngine(nlp);
    this.pipeline = Sitrep.pipeline(engine, actors);
    this.relevance = useRelevance ? Muc4Relevance.bundled() : Optional.empty();
    this.roles = useRoles ? Muc4RoleFiller.bundled(actors) : Optional.empty();
    this.typer = useTyping ? Muc4TemplateTyper.bundled() : Optional.empty();
  }

  /** With every bundled model. */
  public static Muc4System bundled(NlpEngine nlp) { return new Muc4System(nlp, true, true, true); }

  /** The report's templates (none for an irrelevant report), or the pipeline's problems when it could not be read. */
  public DocResult<List<Muc4Template>> templates(Source source) {
    DocResult<Extraction> result = pipeline.process(source);
    if (result instanceof DocResult.Failed<Extraction> f) return new DocResult.Failed<>(f.problems());
    DocResult.Ok<Extraction> ok = (DocResult.Ok<Extraction>) result;
    List<Muc4Template> mapped = templates.templates(ok.value());
    if (relevance.isPresent()) mapped = relevance.get().filter(ok.value(), mapped);
    // relevance is judged on the rules' templates (what it was trained on); the roles then come from the models
    if (!mapped.isEmpty() && (roles.isPresent() || typer.isPresent())) {
      List<Muc4TemplateMapper.Mapped> withIncidents = roles.isPresent()
          ? roles.get().mapped(templates, ok.value(), engine.last()) : templates.mapped(ok.value());
      // the typing models were trained on templates with learned fillers; on the rules' they still apply
      mapped = typer.isPresent() ? typer.get().apply(ok.value(), withIncidents)
          : withIncidents.stream().map(Muc4TemplateMapper.Mapped::template).toList();
    }
    return new DocResult.Ok<>(mapped, ok.warnings());
  }
}
