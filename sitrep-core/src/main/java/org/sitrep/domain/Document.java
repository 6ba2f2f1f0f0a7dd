package org.sitrep.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One input article as read: {@code text} is the decoded raw text that all evidence offsets point into.
 * {@code id} is a content hash, so the same bytes always get the same id. {@code url} and {@code title} are what the
 * container (HTML page, feed item, JSON record) said; a headline is also the first paragraph of {@code text}, so
 * evidence can point into it.
 */
public record Document(String id, String path, Optional<String> source, Optional<LocalDate> published,
                       String language, String text, Optional<String> url, Optional<String> title) {
  public Document {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(title, "title");
  }

  /** A document with no address or headline of its own: plain text. */
  public Document(String id, String path, Optional<String> source, Optional<LocalDate> published, String language,
                  String text) {
    this(id, path, source, published, language, text, Optional.empty(), Optional.empty());
  }
}
