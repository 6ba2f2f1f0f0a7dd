package org.sitrep.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One input article as read: {@code text} is the decoded raw text that all evidence offsets point into.
 * {@code id} is a content hash, so the same bytes always get the same id.
 */
public record Document(String id, String path, Optional<String> source, Optional<LocalDate> published,
                       String language, String text) {
  public Document {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(text, "text");
  }
}
