package org.sitrep.ingest;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.sitrep.pipeline.Problem;
import org.sitrep.pipeline.ProblemCode;
import org.sitrep.pipeline.StageName;

/**
 * How container readers (HTML, JSON, feeds) hand an article on: its plain text as UTF-8 with the headline as the first
 * paragraph, because {@link DocumentReader} reads only bytes and the headline often names the event.
 */
final class ArticleSources {
  private ArticleSources() {}

  /** "Title\n\nBody", or the body alone when there is no title or the body already starts with it. */
  static Source source(String name, Optional<String> title, String body, Optional<String> outlet,
                       Optional<LocalDate> published, Optional<String> url) {
    String text = title.filter(t -> !startsWithTitle(body, t)).map(t -> t + "\n\n" + body).orElse(body);
    return new Source(name, text.getBytes(StandardCharsets.UTF_8), outlet, published, url, title);
  }

  /** True when the body's first line is the title already (the text of many records starts with it). */
  private static boolean startsWithTitle(String body, String title) {
    String stripped = body.stripLeading();
    int end = stripped.indexOf('\n');
    String firstLine = end < 0 ? stripped : stripped.substring(0, end);
    return firstLine.length() <= title.length() * 2 + 16 && collapseSpace(firstLine).equalsIgnoreCase(title);
  }

  /** Runs of whitespace (any Unicode space or line break) become one space; the ends are trimmed. */
  static String collapseSpace(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = out.length() > 0;
      } else {
        if (space) out.append(' ');
        space = false;
        out.append(c);
      }
    }
    return out.toString();
  }

  /** A non-blank value with its whitespace collapsed, or empty. */
  static Optional<String> nonBlank(String s) {
    if (s == null) return Optional.empty();
    String c = collapseSpace(s);
    return c.isEmpty() ? Optional.empty() : Optional.of(c);
  }

  /**
   * Only web addresses are kept as an article's URL: a {@code javascript:} or {@code data:} value in hostile markup
   * must never travel on into stored incidents and web pages.
   */
  static Optional<String> webUrl(String s) {
    return nonBlank(s).filter(u -> !u.contains(" ")).filter(u -> {
      String lower = u.toLowerCase(Locale.ROOT);
      return lower.startsWith("https://") || lower.startsWith("http://");
    });
  }

  static Problem problem(ProblemCode code, String input, String detail) {
    return new Problem(StageName.INGEST, code, input, detail);
  }

  /** A short quote of a value for messages: hostile values can be megabytes long. */
  static String quote(String value) {
    String v = value.length() > 60 ? value.substring(0, 57) + "..." : value;
    return "\"" + v + "\"";
  }
}
