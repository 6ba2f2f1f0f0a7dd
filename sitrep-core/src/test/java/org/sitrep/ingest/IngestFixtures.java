package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.sitrep.pipeline.DocResult;
import org.sitrep.pipeline.Problem;

/** Fixture files and small assertions the ingest reader tests share. */
final class IngestFixtures {
  private IngestFixtures() {}

  /** A fixture from src/test/resources/org/sitrep/ingest/. */
  static byte[] bytes(String name) {
    try (InputStream in = Objects.requireNonNull(IngestFixtures.class.getResourceAsStream(name), name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] utf8(String s) { return s.getBytes(StandardCharsets.UTF_8); }

  static Source ok(DocResult<Source> result) {
    assertThat(result).as("expected a Source, got %s", result).isInstanceOf(DocResult.Ok.class);
    return ((DocResult.Ok<Source>) result).value();
  }

  static List<Problem> warnings(DocResult<Source> result) {
    assertThat(result).isInstanceOf(DocResult.Ok.class);
    return ((DocResult.Ok<Source>) result).warnings();
  }

  /** The single problem of a failed result. */
  static Problem problem(DocResult<Source> result) {
    assertThat(result).as("expected a Problem, got %s", result).isInstanceOf(DocResult.Failed.class);
    List<Problem> problems = ((DocResult.Failed<Source>) result).problems();
    assertThat(problems).hasSize(1);
    return problems.get(0);
  }

  static String text(Source source) { return new String(source.bytes(), StandardCharsets.UTF_8); }

  /** The name a result carries: the Source's name, or the input its first problem names. */
  static String name(DocResult<Source> result) {
    if (result instanceof DocResult.Ok<Source> ok) return ok.value().name();
    return ((DocResult.Failed<Source>) result).problems().get(0).input();
  }
}
