package org.sitrep.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The readable text of parsed HTML as paragraphs: page furniture (scripts, navigation, share bars, cookie notices,
 * related links, captions) is dropped, the main block is chosen, and its blocks become paragraphs. Every pass is one
 * iterative walk and no selector climbs ancestors, so a document nested 100,000 deep costs linear time and no stack.
 * Mutates the tree it is given (it removes boilerplate); callers hand it a tree they own.
 */
final class HtmlText {
  private HtmlText() {}

  /** Never article text, whatever their size. */
  private static final Set<String> NEVER_TEXT = Set.of("script", "style", "noscript", "template", "iframe", "frame",
      "frameset", "svg", "math", "canvas", "object", "embed", "applet", "video", "audio", "picture", "source", "track",
      "img", "map", "input", "select", "option", "textarea", "button", "label", "head", "title", "meta", "link",
      "base");

  /** Page furniture by element: dropped unless it holds most of the text (an ASP.NET form wraps whole pages). */
  private static final Set<String> FURNITURE_TAGS = Set.of("nav", "header", "footer", "aside", "form", "figure",
      "figcaption", "dialog", "menu");

  private static final Set<String> FURNITURE_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary",
      "dialog", "alertdialog", "search", "menu", "menubar", "toolbar", "alert");

  /** Words in class and id names that mark furniture: "share-bar", "cookieBanner", "related_stories", "ad-slot". */
  private static final Set<String> FURNITURE_WORDS = Set.of("ad", "ads", "advert", "adverts", "advertisement",
      "advertising", "banner", "breadcrumb", "breadcrumbs", "caption", "comment", "comments", "consent", "cookie",
      "cookies", "gdpr", "modal", "newsletter", "outbrain", "paywall", "popup", "promo", "promos", "promotion",
      "recirc", "recommended", "recommendations", "related", "share", "shares", "sharing", "sharebar", "social",
      "sponsor", "sponsored", "subscribe", "subscription", "signup", "taboola", "toolbar", "trending", "widget");

  /** Elements that start and end a paragraph. */
  private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "body", "caption",
      "center", "dd", "details", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
      "h3", "h4", "h5", "h6", "header", "hr", "html", "li", "main", "nav", "ol", "p", "pre", "section", "summary",
      "table", "tbody", "tfoot", "thead", "tr", "ul");

  /** Elements whose neighbours need a space between them but no paragraph break. */
  private static final Set<String> SPACED = Set.of("td", "th");

  /** Short lines that are furniture wherever they stand: "Advertisement", "Related stories", cookie notices. */
  private static final Pattern FURNITURE_LINE = Pattern.compile("(?i)(?:advertisement|advertising"
      + "|sponsored(?: content)?|related(?: articles| stories| coverage| content| news| topics| links)?"
      + "|read (?:more|next|also)\\b.*|more (?:on|from|about) (?:this|the) (?:story|topic)\\b.*|see also\\b.*"
      + "|(?:also )?recommended(?: for you)?|most (?:read|popular|viewed|shared)"
      + "|share(?: this)?(?: article| story| page)?(?: on .*)?|follow us\\b.*|sign up (?:for|to)\\b.*"
      + "|subscribe (?:to|now|for|today)\\b.*|click here\\b.*|skip to (?:main )?content"
      + "|.*\\bcookies\\b.*\\b(?:accept|consent|agree|manage|settings|policy|use|uses|using)\\b.*"
      + "|.*\\bcookie (?:policy|settings|preferences|consent|notice)\\b.*|©.*|copyright\\s*(?:©|\\(c\\)|\\d{4}).*"
      + "|all rights reserved\\b.*|(?:photo|image|picture|video)(?: credit)?:.*)[.:!]?");

  /** Above this length a paragraph is article text even if it mentions cookies or starts with "Read more". */
  private static final int MAX_FURNITURE_LINE = 300;

  private static final int MAX_DATELINE = 100;

  /** A dateline standing alone ("QUETTA, Pakistan (AP) —") joins the paragraph it introduces. */
  private static final Pattern DATELINE_ALONE = Pattern.compile(
      "\\p{Lu}[\\p{Lu}\\p{M} .'’-]+(?:,[^,—–]{1,60}){0,2}\\s*(?:\\([^)]{1,30}\\))?\\s*(?:—|–|--|-)");

  /** The paragraphs of a page's main text: furniture dropped, then the main block chosen. */
  static List<String> articleParagraphs(Element body) {
    prune(body);
    return paragraphs(mainBlock(body));
  }

  /** The paragraphs of a fragment that is all article (a feed item's content): furniture dropped, no block chosen. */
  static List<String> fragmentParagraphs(Element root) {
    prune(root);
    return paragraphs(root);
  }

  /** Removes what is never text, and furniture that holds less than half of the text. */
  private static void prune(Element root) {
    Map<Element, int[]> weights = weigh(root);
    Weight weight = new Weight(weights, root);
    int total = weight.of(root);
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof Comment) return FilterResult.REMOVE;
        if (!(node instanceof Element el) || el == root) return FilterResult.CONTINUE;
        if (NEVER_TEXT.contains(el.normalName())) return FilterResult.REMOVE;
        if (isFurniture(el) && weight.of(el) * 2 <= total) return FilterResult.REMOVE;
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) { return FilterResult.CONTINUE; }
    }, root);
  }

  private static boolean isFurniture(Element el) {
    if (el.hasAttr("itemprop") && el.attr("itemprop").equalsIgnoreCase("articleBody")) return false;
    if (FURNITURE_TAGS.contains(el.normalName())) return true;
    if (FURNITURE_ROLES.contains(el.attr("role").toLowerCase(Locale.ROOT).strip())) return true;
    if (el.hasAttr("hidden") || el.attr("aria-hidden").equalsIgnoreCase("true")) return true;
    String style = el.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
    if (style.contains("display:none") || style.contains("visibility:hidden")) return true;
    return hasFurnitureWord(el.attr("class")) || hasFurnitureWord(el.attr("id"));
  }

  /** Splits a class or id list into words at non-alphanumerics and camelCase humps, and looks each word up. */
  static boolean hasFurnitureWord(String names) {
    int n = Math.min(names.length(), 512); // hostile class lists can be megabytes long
    StringBuilder word = new StringBuilder();
    char prev = ' ';
    for (int i = 0; i <= n; i++) {
      char c = i < n ? names.charAt(i) : ' ';
      boolean hump = Character.isUpperCase(c) && Character.isLowerCase(prev);
      if (!Character.isLetterOrDigit(c) || hump) {
        if (word.length() > 0 && FURNITURE_WORDS.contains(word.toString())) return true;
        word.setLength(0);
      }
      if (Character.isLetterOrDigit(c)) word.append(Character.toLowerCase(c));
      prev = c;
    }
    return false;
  }

  /**
   * The block that holds the article: the element marked {@code itemprop=articleBody}, else the heaviest
   * {@code <article>} or {@code <main>} if it holds a good share of the text (teaser cards are articles too), else
   * the element whose paragraphs (and its children's) hold the most text, else everything.
   */
  private static Element mainBlock(Element root) {
    Weight weight = new Weight(weigh(root), root);
    int total = weight.of(root);
    if (total == 0) return root;
    Element marked = heaviest(root.getElementsByAttributeValue("itemprop", "articleBody"), weight);
    if (marked != null && weight.of(marked) > 0) return marked;
    for (Elements group : List.of(root.getElementsByTag("article"), root.getElementsByTag("main"),
        root.getElementsByAttributeValue("role", "main"))) {
      Element best = heaviest(group, weight);
      if (best != null && weight.of(best) * 10L >= total * 3L) return best;
    }
    if (!weight.byParagraphs) return root;
    Map<Element, Integer> scores = new IdentityHashMap<>();
    Element best = root;
    int bestScore = 0;
    for (Element p : root.getElementsByTag("p")) {
      int n = weight.of(p);
      Element parent = p.parent();
      for (int share = 2; parent != null && share > 0 && parent != root.parent(); share--) {
        int score = scores.merge(parent, n * share, Integer::sum);
        if (score > bestScore) {
          bestScore = score;
          best = parent;
        }
        parent = parent.parent();
      }
    }
    return best;
  }

  private static Element heaviest(Elements candidates, Weight weight) {
    Element best = null;
    for (Element el : candidates) {
      if (best == null || weight.of(el) > weight.of(best)) best = el;
    }
    return best;
  }

  /** Visible characters under each element: all of them, and those inside {@code <p>}. One bottom-up walk. */
  private static Map<Element, int[]> weigh(Element root) {
    Map<Element, int[]> weights = new IdentityHashMap<>();
    Deque<int[]> open = new ArrayDeque<>();
    int[] inParagraph = {0};
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof Element el) {
          open.push(new int[2]);
          if (el.normalName().equals("p")) inParagraph[0]++;
        } else if (node instanceof TextNode text && !open.isEmpty()) {
          int n = visibleChars(text.getWholeText());
          open.peek()[0] += n;
          if (inParagraph[0] > 0) open.peek()[1] += n;
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (!(node instanceof Element el)) return;
        int[] w = open.pop();
        weights.put(el, w);
        if (!open.isEmpty()) {
          open.peek()[0] += w[0];
          open.peek()[1] += w[1];
        }
        if (el.normalName().equals("p")) inParagraph[0]--;
      }
    }, root);
    return weights;
  }

  private static int visibleChars(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) n++;
    }
    return n;
  }

  /** Text weight by paragraph text when the page has paragraphs, else by all text (pages built of divs and brs). */
  private static final class Weight {
    private final Map<Element, int[]> weights;
    private final boolean byParagraphs;

    Weight(Map<Element, int[]> weights, Element root) {
      this.weights = weights;
      int[] w = weights.get(root);
      this.byParagraphs = w != null && w[1] > 0;
    }

    int of(Element el) {
      int[] w = weights.get(el);
      return w == null ? 0 : w[byParagraphs ? 1 : 0];
    }
  }

  /** The blocks under {@code root} as paragraphs, without the lines that are furniture. */
  private static List<String> paragraphs(Element root) {
    BlockCollector collector = new BlockCollector();
    NodeTraversor.traverse(collector, root);
    collector.flush();
    List<String> kept = new ArrayList<>();
    for (Block block : collector.blocks) {
      if (block.linkChars() * 2 > block.chars()) continue; // "Read more: <a>…</a>", lists of related links
      if (block.text().length() <= MAX_FURNITURE_LINE && FURNITURE_LINE.matcher(block.text()).matches()) continue;
      if (!kept.isEmpty() && kept.get(kept.size() - 1).equals(block.text())) continue;
      kept.add(block.text());
    }
    List<String> joined = new ArrayList<>(kept.size());
    for (int i = 0; i < kept.size(); i++) {
      String p = kept.get(i);
      if (i + 1 < kept.size() && p.length() <= MAX_DATELINE && DATELINE_ALONE.matcher(p).matches()) {
        joined.add(p + " " + kept.get(++i));
      } else {
        joined.add(p);
      }
    }
    return joined;
  }

  /** One paragraph of text, with how much of it sits inside links. */
  private record Block(String text, int chars, int linkChars) {}

  /** Walks the tree once, cutting paragraphs at block elements and at double line breaks. */
  private static final class BlockCollector implements NodeVisitor {
    final List<Block> blocks = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private boolean space;
    private int linkDepth;
    private int chars;
    private int linkChars;
    private int breaks; // <br>s since the last visible character

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode t) {
        append(t.getWholeText());
      } else if (node instanceof Element el) {
        String name = el.normalName();
        if (name.equals("br")) {
          if (++breaks >= 2) flush();
          else space = true;
        } else if (BLOCKS.contains(name)) {
          flush();
        } else if (SPACED.contains(name)) {
          space = true;
        } else if (name.equals("a")) {
          linkDepth++;
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (!(node instanceof Element el)) return;
      String name = el.normalName();
      if (BLOCKS.contains(name)) flush();
      else if (SPACED.contains(name)) space = true;
      else if (name.equals("a") && linkDepth > 0) linkDepth--;
    }

    private void append(String s) {
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
          space = true;
          continue;
        }
        if (space && text.length() > 0) text.append(' ');
        space = false;
        breaks = 0;
        text.append(c);
        chars++;
        if (linkDepth > 0) linkChars++;
      }
    }

    void flush() {
      if (text.length() > 0) blocks.add(new Block(text.toString(), chars, linkChars));
      text.setLength(0);
      chars = 0;
      linkChars = 0;
      space = false;
      breaks = 0;
    }
  }
}
