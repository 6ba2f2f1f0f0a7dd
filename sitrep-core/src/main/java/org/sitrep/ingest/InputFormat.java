package org.sitrep.ingest;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The kinds of input file sitrep reads, told apart by extension (feeds by their root element, see FeedReader). */
enum InputFormat {
  TEXT(true, "txt"),
  HTML(true, "html", "htm", "xhtml"),
  JSON(false, "json"),
  JSON_LINES(false, "jsonl", "ndjson"),
  FEED(false, "xml", "rss", "atom");

  /** One article per file: refused by its size before it is read. Containers are streamed, the limit per record. */
  final boolean singleArticle;
  private final List<String> extensions;

  InputFormat(boolean singleArticle, String... extensions) {
    this.singleArticle = singleArticle;
    this.extensions = List.of(extensions);
  }

  static Optional<InputFormat> of(Path file) {
    Optional<String> ext = extension(file);
    return ext.flatMap(e -> Arrays.stream(values()).filter(f -> f.extensions.contains(e)).findFirst());
  }

  /** The lower-cased extension, if the name has one (".bashrc" has none). */
  static Optional<String> extension(Path file) {
    Path name = file.getFileName();
    if (name == null) return Optional.empty();
    String s = name.toString();
    int dot = s.lastIndexOf('.');
    if (dot <= 0 || dot == s.length() - 1) return Optional.empty();
    return Optional.of(s.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  /** ".txt, .html, ..." for messages. */
  static String supported() {
    return String.join(", ", Arrays.stream(values()).flatMap(f -> f.extensions.stream()).map(e -> "." + e).toList());
  }
}
