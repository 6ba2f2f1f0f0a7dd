package org.sitrep.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;
import org.jsoup.parser.StreamParser;
import org.sitrep.pipeline.DocResult;
import org.sitrep.pipeline.Problem;
import org.sitrep.pipeline.ProblemCode;

/**
 * Reads the items of an RSS 2.0 (or RSS 1.0) or Atom feed, one {@link Source} per item named {@code file#n} (n counts
 * items from 1): headline, link, date, the item's HTML turned into plain text, and the outlet (the item's
 * {@code <source>}, else the feed's title). The feed is parsed by jsoup's XML parser as a stream, so a large feed
 * never sits in memory and no DTD is ever read: entities are never expanded (no billion laughs) and no external
 * entity is fetched (no XXE). The stream is read lazily and consumed but not closed: the caller closes it after the
 * returned stream. Stateless and safe to share.
 */
public final class FeedReader {
  private static final int PREFIX = 1024;
  private static final Pattern XML_ENCODING =
      Pattern.compile("<\\?xml\\b[^>]{0,200}?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]{1,40})[\"']");

  private final int maxBytes;
  private final DocumentReader sizes;

  public FeedReader(int maxBytes) {
    this.sizes = new DocumentReader(maxBytes); // validates maxBytes; gives size problems the usual wording
    this.maxBytes = maxBytes;
  }

  /** The items of the feed in {@code in}; {@code file} names the input in item names and problems. */
  public Stream<DocResult<Source>> read(String file, InputStream in) {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(new Items(file, in),
        Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  /** The two shapes of feed: the root element's name, and the element that holds each article. */
  private enum Flavour {
    RSS("item"), ATOM("entry");

    final String item;

    Flavour(String item) { this.item = item; }

    static Optional<Flavour> ofRoot(String rootName) {
      return switch (rootName) {
        case "rss", "rdf:rdf", "channel" -> Optional.of(RSS);
        case "feed" -> Optional.of(ATOM);
        default -> Optional.empty();
      };
    }
  }

  /** Pulls completed elements from the stream parser and turns each item into a result, dropping it afterwards. */
  private final class Items extends StepIterator<DocResult<Source>> {
    private final String file;
    private final BudgetedInputStream budget;
    private Iterator<Element> elements;
    private StreamParser parser;
    private Flavour flavour;
    private Optional<String> feedTitle = Optional.empty();
    private int items;

    Items(String file, InputStream in) {
      this.file = file;
      this.budget = new BudgetedInputStream(in, maxBytes);
    }

    @Override
    protected DocResult<Source> step() {
      try {
        if (elements == null) {
          Optional<DocResult<Source>> refused = open();
          if (refused.isPresent()) return end(refused.get());
        }
        while (elements.hasNext()) {
          Element el = elements.next();
          if (flavour == null) {
            Element root = parser.document().firstElementChild();
            if (root == null) continue; // the document itself, completed without any element in it
            String rootName = root.normalName();
            Optional<Flavour> f = Flavour.ofRoot(rootName.toLowerCase(Locale.ROOT));
            if (f.isEmpty()) {
              String shown = rootName.length() > 40 ? rootName.substring(0, 40) + "..." : rootName;
              return end(failed(ProblemCode.UNSUPPORTED, file, "XML whose root element is <" + shown
                  + ">, not an RSS or Atom feed"));
            }
            flavour = f.get();
          }
          if (el.normalName().equals(flavour.item)) {
            items++;
            if (feedTitle.isEmpty()) feedTitle = feedTitle(parser.document().firstElementChild());
            DocResult<Source> result = item(el, file + "#" + items, feedTitle);
            discard(el);
            budget.startSegment();
            return result;
          }
        }
        if (flavour == null) {
          return end(failed(ProblemCode.MALFORMED, file, "no XML elements: not an RSS or Atom feed"));
        }
        return end(items > 0 ? null : failed(ProblemCode.EMPTY, file,
            (flavour == Flavour.RSS ? "an RSS" : "an Atom") + " feed with no items"));
      } catch (UncheckedIOException e) {
        return end(streamProblem(e.getCause()));
      } catch (IOException e) {
        return end(streamProblem(e));
      }
    }

    /** Sniffs the encoding and starts the parser; a problem if the bytes are plainly not a feed we can decode. */
    private Optional<DocResult<Source>> open() throws IOException {
      BufferedInputStream in = new BufferedInputStream(budget);
      in.mark(PREFIX);
      byte[] prefix = in.readNBytes(PREFIX);
      in.reset();
      if (prefix.length == 0) return Optional.of(failed(ProblemCode.EMPTY, file, "0 bytes"));
      int nul = StrictDecoding.firstNul(prefix);
      if (nul >= 0) {
        return Optional.of(failed(ProblemCode.BINARY, file, "NUL byte at offset " + nul
            + ((prefix[0] & 0xFE) == 0xFE ? "; it looks like UTF-16, save it as UTF-8" : "")));
      }
      Charset charset = StandardCharsets.UTF_8;
      if (StrictDecoding.hasUtf8Bom(prefix)) {
        in.skipNBytes(3);
      } else {
        // A feed that says UTF-16 or UTF-32 but has no NUL bytes is not: read it by the UTF-8 default.
        Optional<String> declared = declaredEncoding(prefix)
            .filter(e -> !e.toLowerCase(Locale.ROOT).matches("utf-?(16|32).*"));
        if (declared.isPresent()) {
          Optional<Charset> known = charset(declared.get());
          if (known.isEmpty()) {
            return Optional.of(failed(ProblemCode.UNDECODABLE, file, "it declares encoding "
                + ArticleSources.quote(declared.get()) + ", which is not one Java can decode"));
          }
          charset = known.get();
        }
      }
      InputStreamReader reader = new InputStreamReader(in, charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT));
      // Never closed here: closing the parser closes the caller's stream, which the caller owns.
      parser = new StreamParser(Parser.xmlParser()).parse(reader, "");
      elements = parser.iterator();
      return Optional.empty();
    }

    /** A failure while streaming ends the feed; items already read stand. */
    private DocResult<Source> streamProblem(Throwable cause) {
      String where = items > 0 ? file + "#" + (items + 1) : file;
      if (cause instanceof BudgetedInputStream.OverBudgetException over) {
        Problem size = sizes.sizeProblem(where, over.counted()).orElseThrow();
        return failed(ProblemCode.TOO_LARGE, where, "at least " + size.detail()
            + " without the item ending; the rest of the feed was not read");
      }
      if (cause instanceof CharacterCodingException) {
        return failed(ProblemCode.UNDECODABLE, where, "bytes that are not valid in the feed's encoding near byte "
            + "offset " + budget.consumed() + "; the rest of the feed was not read");
      }
      if (cause instanceof IOException io) return failed(ProblemCode.UNREADABLE, where, InputReader.describe(io));
      throw new IllegalStateException("the stream parser failed without an IOException", cause);
    }

    /**
     * Drops a finished item and everything before it in its parent (channel metadata, earlier junk), so the tree
     * the stream parser builds stays about one item large however long the feed is.
     */
    private void discard(Element item) {
      Element parent = item.parent();
      if (parent == null) return;
      List<Node> before = new ArrayList<>(parent.childNodes().subList(0, item.siblingIndex() + 1));
      before.forEach(Node::remove);
    }
  }

  /** The title of the channel (RSS) or feed (Atom), if it came before the first item. */
  private static Optional<String> feedTitle(Element root) {
    if (root == null) return Optional.empty();
    Element channel = child(root, "channel").orElse(root);
    return child(channel, "title").flatMap(FeedReader::plainTitle);
  }

  private DocResult<Source> item(Element item, String name, Optional<String> feedTitle) {
    Optional<String> title = Optional.empty();
    Optional<String> link = Optional.empty();
    Optional<String> permalink = Optional.empty();
    Optional<String> itemSource = Optional.empty();
    List<String> dates = new ArrayList<>();
    Element[] bodies = new Element[4]; // content:encoded, content, description, summary: fullest first
    for (Element child : item.children()) {
      switch (child.normalName()) {
        case "title" -> title = title.or(() -> plainTitle(child));
        case "link" -> {
          String rel = child.attr("rel").strip();
          if (link.isEmpty() && (rel.isEmpty() || rel.equalsIgnoreCase("alternate"))) {
            link = ArticleSources.webUrl(child.hasAttr("href") ? child.attr("href") : child.text());
          }
        }
        case "guid", "id" -> {
          if (permalink.isEmpty() && !child.attr("isPermaLink").equalsIgnoreCase("false")) {
            permalink = ArticleSources.webUrl(child.text());
          }
        }
        case "pubdate", "published", "dc:date", "updated" -> dates.add(child.text());
        case "source" -> itemSource = itemSource.or(() -> child.childrenSize() > 0
            ? child(child, "title").flatMap(FeedReader::plainTitle) : ArticleSources.nonBlank(child.text()));
        case "content:encoded" -> bodies[0] = bodies[0] == null ? child : bodies[0];
        case "content" -> bodies[1] = bodies[1] == null ? child : bodies[1];
        case "description" -> bodies[2] = bodies[2] == null ? child : bodies[2];
        case "summary" -> bodies[3] = bodies[3] == null ? child : bodies[3];
        default -> { }
      }
    }
    List<Problem> warnings = new ArrayList<>();
    Optional<LocalDate> published = Optional.empty();
    for (String d : dates) {
      published = PublishedDates.parse(d);
      if (published.isPresent()) break;
    }
    if (published.isEmpty() && !dates.isEmpty()) {
      warnings.add(ArticleSources.problem(ProblemCode.INVALID_DATE, name,
          "the item's date " + ArticleSources.quote(dates.get(0)) + " is not a date"));
    }
    List<String> paragraphs = List.of();
    for (Element body : bodies) {
      if (body != null && paragraphs.isEmpty()) paragraphs = paragraphs(body);
    }
    Optional<String> finalTitle = title;
    paragraphs = paragraphs.stream().filter(p -> finalTitle.map(t -> !p.equalsIgnoreCase(t)).orElse(true)).toList();
    if (paragraphs.isEmpty()) {
      return failed(ProblemCode.NO_TEXT, name, "the item" + title.map(t -> " " + ArticleSources.quote(t)).orElse("")
          + " has no description or content");
    }
    Source source = ArticleSources.source(name, title, String.join("\n\n", paragraphs),
        itemSource.isPresent() ? itemSource : feedTitle, published, link.isPresent() ? link : permalink);
    Optional<Problem> tooLarge = sizes.sizeProblem(name, source.bytes().length);
    if (tooLarge.isPresent()) return DocResult.failed(tooLarge.get());
    return new DocResult.Ok<>(source, warnings);
  }

  /**
   * An item's text: inline XHTML (Atom {@code type="xhtml"}) is walked as it is; escaped or CDATA HTML is parsed as
   * HTML; text without markup keeps its blank-line paragraphs (parsing it as HTML would decode entities twice).
   */
  private static List<String> paragraphs(Element body) {
    if (body.childrenSize() > 0) return HtmlText.fragmentParagraphs(body);
    String text = body.wholeText();
    if (text.indexOf('<') < 0) {
      List<String> out = new ArrayList<>();
      for (String p : text.split("\\n\\s*\\n")) ArticleSources.nonBlank(p).ifPresent(out::add);
      return out;
    }
    return HtmlText.fragmentParagraphs(Jsoup.parseBodyFragment(text).body());
  }

  /** A headline as plain text: titles may carry escaped markup ("&lt;b&gt;Breaking&lt;/b&gt;: ..."). */
  private static Optional<String> plainTitle(Element title) {
    String text = title.text();
    if (title.childrenSize() == 0 && text.indexOf('<') >= 0) text = Jsoup.parseBodyFragment(text).text();
    return ArticleSources.nonBlank(text);
  }

  private static Optional<Element> child(Element parent, String name) {
    for (Element c : parent.children()) {
      if (c.normalName().equals(name)) return Optional.of(c);
    }
    return Optional.empty();
  }

  private static Optional<String> declaredEncoding(byte[] prefix) {
    Matcher m = XML_ENCODING.matcher(new String(prefix, StandardCharsets.ISO_8859_1));
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  private static Optional<Charset> charset(String label) {
    try {
      return Charset.isSupported(label) ? Optional.of(Charset.forName(label)) : Optional.empty();
    } catch (IllegalCharsetNameException e) {
      return Optional.empty(); // reported by the caller as an encoding Java cannot decode
    }
  }

  private static DocResult<Source> failed(ProblemCode code, String where, String detail) {
    return DocResult.failed(ArticleSources.problem(code, where, detail));
  }
}
