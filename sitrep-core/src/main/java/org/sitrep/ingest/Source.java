package org.sitrep.ingest;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One input as handed to the pipeline: a name for messages (a path, "-", a record id, "feed.xml#3"), its bytes, and
 * what the caller knows about it (outlet, publication date, address, headline). The caller owns reading the bytes;
 * the pipeline never opens files.
 */
public record Source(String name, byte[] bytes, Optional<String> sourceName, Optional<LocalDate> published,
                     Optional<String> url, Optional<String> title) {
  public Source {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(title, "title");
  }

  /** Bytes with an outlet and date but no address or headline: plain-text files and wire records. */
  public Source(String name, byte[] bytes, Optional<String> sourceName, Optional<LocalDate> published) {
    this(name, bytes, sourceName, published, Optional.empty(), Optional.empty());
  }

  /** Bytes with nothing known about where they came from (no outlet, no date): tests, stdin, ad-hoc files. */
  public static Source of(String name, byte[] bytes) {
    return new Source(name, bytes, Optional.empty(), Optional.empty());
  }
}
