package org.sitrep.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.sitrep.pipeline.DocResult;
import org.sitrep.pipeline.Problem;
import org.sitrep.pipeline.ProblemCode;

/**
 * Reads one saved news web page into a {@link Source} whose bytes are the article's plain text (headline first, then
 * the paragraphs of the main text, separated by blank lines) with its headline, outlet, publication date and address
 * taken from the page's metadata. Navigation, share bars, related links, captions and cookie notices are left out.
 * Markup is only read, never run or followed; bad bytes and hostile markup become a {@link Problem} naming the input.
 * Stateless and safe to share between threads.
 */
public final class HtmlArticleReader {
  /** Where a page declares its charset: browsers look only this far. */
  private static final int CHARSET_PREFIX = 4096;
  private static final Pattern META_CHARSET =
      Pattern.compile("(?i)<meta\\b[^>]{0,300}?charset\\s*=\\s*[\"']?\\s*([a-z0-9._:-]{1,40})");
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** Separators between a headline and the outlet's name in a page title: "Headline - Outlet", "Outlet | Headline". */
  private static final List<String> TITLE_SEPARATORS = List.of(" - ", " | ", " – ", " — ", " :: ", " · ", " : ");

  /** Metadata names that carry a publication date, most specific first (keys are lower-cased). */
  private static final List<String> DATE_META = List.of("date", "dc.date", "dc.date.issued", "dcterms.date",
      "dcterms.issued", "datepublished", "pubdate", "publish-date", "article.published");

  private final ObjectMapper json = new ObjectMapper();

  /** Reads the page {@code html} (undecoded bytes as saved); {@code name} names it in every problem. */
  public DocResult<Source> read(String name, byte[] html) {
    if (html.length == 0) return DocResult.failed(ArticleSources.problem(ProblemCode.EMPTY, name, "0 bytes"));
    int nul = StrictDecoding.firstNul(html);
    if (nul >= 0) {
      return DocResult.failed(ArticleSources.problem(ProblemCode.BINARY, name, "NUL byte at offset " + nul
          + (html.length >= 2 && (html[0] & 0xFE) == 0xFE ? "; it looks like UTF-16, save it as UTF-8" : "")));
    }
    List<Problem> warnings = new ArrayList<>();
    Optional<String> text = decode(name, html, warnings);
    if (text.isEmpty()) return new DocResult.Failed<>(warnings);
    Document doc = Jsoup.parse(text.get());
    return read(name, doc, html.length, warnings);
  }

  private DocResult<Source> read(String name, Document doc, int size, List<Problem> warnings) {
    PageMetadata meta = new PageMetadata();
    NodeTraversor.traverse(meta, doc);
    Optional<String> outlet = meta.meta("og:site_name");
    Optional<String> title = meta.meta("og:title").or(() -> meta.h1InArticle).or(() -> meta.h1OutsideChrome)
        .or(() -> meta.titleTag).or(() -> meta.meta("twitter:title"))
        .map(t -> withoutOutlet(t, outlet));
    Optional<String> url = meta.canonical.or(() -> meta.meta("og:url").flatMap(ArticleSources::webUrl));
    Optional<LocalDate> published = published(name, meta, warnings);

    Element body = doc.body() != null ? doc.body() : doc;
    List<String> paragraphs = new ArrayList<>(HtmlText.articleParagraphs(body));
    title.ifPresent(t -> paragraphs.removeIf(p -> p.equalsIgnoreCase(t)));
    if (paragraphs.isEmpty()) {
      return new DocResult.Failed<>(List.of(ArticleSources.problem(ProblemCode.NO_TEXT, name,
          "no article text found in " + size + " bytes of HTML")));
    }
    Source source = ArticleSources.source(name, title, String.join("\n\n", paragraphs), outlet, published, url);
    return new DocResult.Ok<>(source, warnings);
  }

  /**
   * The page as text: in the charset its {@code <meta>} declares, else strict UTF-8, else Windows-1252 with a warning
   * (the rule {@link DocumentReader} applies to plain text). Empty, with a problem in {@code warnings}, if neither
   * fits.
   */
  private static Optional<String> decode(String name, byte[] html, List<Problem> warnings) {
    int bom = StrictDecoding.hasUtf8Bom(html) ? 3 : 0;
    Optional<Charset> declared = bom > 0 ? Optional.empty() : declaredCharset(html);
    if (declared.isPresent()) {
      StrictDecoding.Decoded d = StrictDecoding.decode(declared.get(), html, 0);
      if (d.ok()) return Optional.of(d.text());
      warnings.add(ArticleSources.problem(ProblemCode.UNDECODABLE, name, "the page declares "
          + declared.get().name() + " but byte offset " + d.badByte() + " is not valid in it"));
      return Optional.empty();
    }
    StrictDecoding.Decoded utf8 = StrictDecoding.decode(StandardCharsets.UTF_8, html, bom);
    if (utf8.ok()) return Optional.of(utf8.text());
    StrictDecoding.Decoded cp1252 = StrictDecoding.decode(WINDOWS_1252, html, bom);
    if (!cp1252.ok()) {
      warnings.add(ArticleSources.problem(ProblemCode.UNDECODABLE, name, "invalid UTF-8 at byte offset "
          + utf8.badByte() + ", and byte offset " + cp1252.badByte() + " is not Windows-1252"));
      return Optional.empty();
    }
    warnings.add(ArticleSources.problem(ProblemCode.DECODED_AS_WINDOWS_1252, name,
        "first invalid UTF-8 byte at offset " + utf8.badByte()));
    return Optional.of(cp1252.text());
  }

  /**
   * The charset a {@code <meta>} tag names near the start, unless it is UTF-8 or one we cannot decode (then the
   * UTF-8 rule applies). A page that says UTF-16 was saved as bytes without NULs, so it is not UTF-16: browsers read
   * that declaration as UTF-8 too.
   */
  private static Optional<Charset> declaredCharset(byte[] html) {
    String prefix = new String(html, 0, Math.min(html.length, CHARSET_PREFIX), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(prefix);
    if (!m.find()) return Optional.empty();
    String label = m.group(1).toLowerCase(Locale.ROOT);
    if (label.startsWith("utf-") || label.startsWith("utf8") || label.startsWith("unicode")) return Optional.empty();
    try {
      return Charset.isSupported(label) ? Optional.of(Charset.forName(label)) : Optional.empty();
    } catch (IllegalCharsetNameException e) {
      return Optional.empty(); // the pattern admits only legal characters; an unknown label reads as undeclared
    }
  }

  /** "Headline - Outlet" or "Outlet | Headline" becomes "Headline" when the page names Outlet as its site. */
  static String withoutOutlet(String title, Optional<String> outlet) {
    if (outlet.isEmpty()) return title;
    String site = outlet.get();
    for (String sep : TITLE_SEPARATORS) {
      String suffix = sep + site;
      if (title.length() > suffix.length()
          && title.regionMatches(true, title.length() - suffix.length(), suffix, 0, suffix.length())) {
        return title.substring(0, title.length() - suffix.length()).strip();
      }
      String prefix = site + sep;
      if (title.length() > prefix.length() && title.regionMatches(true, 0, prefix, 0, prefix.length())) {
        return title.substring(prefix.length()).strip();
      }
    }
    return title;
  }

  /**
   * The first readable date of: article:published_time, a {@code <time datetime>} in the article (then anywhere),
   * JSON-LD datePublished, the date metadata Dublin Core and others use. A warning when the page names a publication
   * date and none of them reads.
   */
  private Optional<LocalDate> published(String name, PageMetadata meta, List<Problem> warnings) {
    List<String> explicit = new ArrayList<>();
    meta.meta("article:published_time").ifPresent(explicit::add);
    List<String> candidates = new ArrayList<>(explicit);
    meta.timeInArticle.ifPresent(candidates::add);
    meta.timeAnywhere.ifPresent(candidates::add);
    List<String> jsonLd = jsonLdDates(name, meta.jsonLd, warnings);
    explicit.addAll(jsonLd);
    candidates.addAll(jsonLd);
    for (String key : DATE_META) {
      meta.meta(key).ifPresent(v -> {
        explicit.add(v);
        candidates.add(v);
      });
    }
    for (String c : candidates) {
      Optional<LocalDate> date = PublishedDates.parse(c);
      if (date.isPresent()) return date;
    }
    if (!explicit.isEmpty()) {
      warnings.add(ArticleSources.problem(ProblemCode.INVALID_DATE, name,
          "publication date " + ArticleSources.quote(explicit.get(0)) + " is not a date"));
    }
    return Optional.empty();
  }

  /** datePublished of the JSON-LD objects at the top level, in a top-level array, or in {@code @graph}. */
  private List<String> jsonLdDates(String name, List<String> blocks, List<Problem> warnings) {
    List<String> dates = new ArrayList<>();
    for (String block : blocks) {
      JsonNode root;
      try {
        root = json.readTree(block);
      } catch (JsonProcessingException e) {
        warnings.add(ArticleSources.problem(ProblemCode.MALFORMED, name, "a JSON-LD block is not valid JSON ("
            + e.getOriginalMessage() + "); its metadata was not used"));
        continue;
      }
      List<JsonNode> objects = new ArrayList<>();
      if (root == null) continue;
      if (root.isArray()) root.forEach(objects::add);
      else objects.add(root);
      JsonNode graph = root.path("@graph");
      if (graph.isArray()) graph.forEach(objects::add);
      for (JsonNode o : objects) {
        JsonNode d = o.path("datePublished");
        if (d.isTextual()) dates.add(d.asText());
      }
    }
    return dates;
  }

  /**
   * What the page says about itself, gathered in one walk before any boilerplate is removed: {@code <meta>} values,
   * the canonical link, the headline candidates, {@code <time datetime>} values and JSON-LD blocks.
   */
  private static final class PageMetadata implements NodeVisitor {
    private static final int MAX_JSON_LD = 16;
    private final Map<String, String> meta = new HashMap<>();
    Optional<String> canonical = Optional.empty();
    Optional<String> titleTag = Optional.empty();
    Optional<String> h1InArticle = Optional.empty();
    Optional<String> h1OutsideChrome = Optional.empty();
    Optional<String> timeInArticle = Optional.empty();
    Optional<String> timeAnywhere = Optional.empty();
    final List<String> jsonLd = new ArrayList<>();
    private int article; // depth inside <article>, <main> or itemprop=articleBody
    private int chrome;  // depth inside <header>, <nav>, <footer>, <aside>

    Optional<String> meta(String key) { return Optional.ofNullable(meta.get(key)); }

    @Override
    public void head(Node node, int depth) {
      if (!(node instanceof Element el)) return;
      String name = el.normalName();
      if (isArticle(el)) article++;
      if (isChrome(name)) chrome++;
      switch (name) {
        case "meta" -> {
          String key = firstNonBlank(el.attr("property"), el.attr("name"), el.attr("itemprop"));
          Optional<String> content = ArticleSources.nonBlank(el.hasAttr("content") ? el.attr("content")
              : el.attr("datetime"));
          if (!key.isEmpty() && content.isPresent()) meta.putIfAbsent(key.toLowerCase(Locale.ROOT), content.get());
        }
        case "link" -> {
          if (canonical.isEmpty() && hasWord(el.attr("rel"), "canonical")) {
            canonical = ArticleSources.webUrl(el.attr("href"));
          }
        }
        case "title" -> {
          if (titleTag.isEmpty()) titleTag = ArticleSources.nonBlank(el.text());
        }
        case "h1" -> {
          if (article > 0 && h1InArticle.isEmpty()) h1InArticle = ArticleSources.nonBlank(el.text());
          if (chrome == 0 && h1OutsideChrome.isEmpty()) h1OutsideChrome = ArticleSources.nonBlank(el.text());
        }
        case "time" -> {
          Optional<String> datetime = ArticleSources.nonBlank(el.attr("datetime"));
          if (article > 0 && timeInArticle.isEmpty()) timeInArticle = datetime;
          if (timeAnywhere.isEmpty()) timeAnywhere = datetime;
        }
        case "script" -> {
          if (el.attr("type").strip().equalsIgnoreCase("application/ld+json") && jsonLd.size() < MAX_JSON_LD) {
            jsonLd.add(el.data());
          }
        }
        default -> { }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (!(node instanceof Element el)) return;
      if (isArticle(el)) article--;
      if (isChrome(el.normalName())) chrome--;
    }

    private static boolean isArticle(Element el) {
      String name = el.normalName();
      return name.equals("article") || name.equals("main") || el.attr("itemprop").equalsIgnoreCase("articleBody");
    }

    private static boolean isChrome(String name) {
      return name.equals("header") || name.equals("nav") || name.equals("footer") || name.equals("aside");
    }

    private static String firstNonBlank(String... values) {
      for (String v : values) {
        if (!v.isBlank()) return v.strip();
      }
      return "";
    }

    private static boolean hasWord(String list, String word) {
      for (String w : list.split("\\s+")) {
        if (w.equalsIgnoreCase(word)) return true;
      }
      return false;
    }
  }
}
