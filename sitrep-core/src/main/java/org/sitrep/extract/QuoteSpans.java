package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds quotations in news text by their marks, so quote attribution can work on spans instead of re-scanning
 * characters. It reads curly double quotes (“…”), straight double quotes ("…", opening and closing told apart by
 * the characters around them) and curly single quotes (‘…’) where the closing mark is not an apostrophe
 * (Taliban’s, militants’). Straight single quotes (') are not read: in copy they are nearly always apostrophes.
 * Quotes nested inside a quote belong to the outer span, so spans never overlap.
 *
 * <p>A quotation may run over line breaks. News style continues a quotation into the next paragraph by leaving the
 * paragraph without a closing mark and opening the next one again; each paragraph piece becomes its own span,
 * unclosed pieces ending at their last non-space character ({@link Span#closed()} is false). A paragraph ends at a
 * blank line; in text with no blank lines at all (hard-wrapped or one paragraph per line, where paragraphs cannot
 * be told apart from wrapped lines), an unclosed quotation ends at the first line break after sentence-final
 * punctuation, and at the next opening mark of its kind in any case, so an unbalanced mark never swallows the
 * rest of the document.
 *
 * <p>Offsets are UTF-16 indices into the text given. The scan is linear and keeps no state between calls.
 */
public final class QuoteSpans {

  private static final char LEFT_DOUBLE = '\u201C';
  private static final char RIGHT_DOUBLE = '\u201D';
  private static final char STRAIGHT_DOUBLE = '"';
  private static final char LEFT_SINGLE = '\u2018';
  private static final char RIGHT_SINGLE = '\u2019';
  /** Single-quoted passages in news are short (scare quotes, phrases); a longer "span" is a stray mark. */
  private static final int MAX_SINGLE_QUOTE_CHARS = 400;
  /** Punctuation after which an unclosed quotation may end at a line break, in text with no blank lines. */
  private static final String SENTENCE_END = ".!?\u2026";
  /** Characters that may stand right before an opening straight or single quote besides whitespace. */
  private static final String BEFORE_OPENING = "([{\u2014\u2013-/:\u201C\"";

  /** Words that open with an apostrophe typeset as a left single quote. */
  private static final Set<String> ELISIONS = Set.of("em", "til", "tis", "twas", "cause", "n", "round", "bout");

  /** "‘90s", "‘05": a year cut short, not a quotation. */
  private static final Pattern DECADE = Pattern.compile("\\d+s?");

  private QuoteSpans() {}

  /**
   * One quotation: {@code [start, end)} includes the marks, {@code [contentStart, contentEnd)} is what was said.
   * An unclosed paragraph piece has no closing mark, so its {@code end} equals {@code contentEnd}.
   */
  public record Span(int start, int end, int contentStart, int contentEnd) {
    public Span {
      if (start < 0 || contentStart <= start || contentEnd <= contentStart || end < contentEnd || end > contentEnd + 1)
        throw new IllegalArgumentException("bad quote span " + start + "," + contentStart + "," + contentEnd + "," + end);
    }

    /** Whether a closing mark ends this piece; false for a paragraph that continues the quotation in the next. */
    public boolean closed() { return end > contentEnd; }

    /** The quoted words, without the marks. */
    public String content(String text) { return text.substring(contentStart, contentEnd); }
  }

  /** Every quotation in {@code text}, in order, none overlapping. */
  public static List<Span> find(String text) {
    Objects.requireNonNull(text, "text");
    boolean blankLineParagraphs = hasParagraphBreak(text);
    List<Span> spans = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == LEFT_DOUBLE) {
        i = doubleQuote(text, i, false, blankLineParagraphs, spans);
      } else if (c == STRAIGHT_DOUBLE && opensStraight(text, i)) {
        i = doubleQuote(text, i, true, blankLineParagraphs, spans);
      } else if (c == LEFT_SINGLE && opensSingle(text, i)) {
        i = singleQuote(text, i, spans);
      } else {
        i++;
      }
    }
    return List.copyOf(spans);
  }

  /** Reads the double-quoted passage opening at {@code open}; returns where scanning resumes. */
  private static int doubleQuote(String text, int open, boolean straight, boolean blankLineParagraphs,
                                 List<Span> spans) {
    int bound = text.length();
    for (int j = open + 1; j < text.length(); j++) {
      char ch = text.charAt(j);
      if (straight && ch == STRAIGHT_DOUBLE) {
        if (!closesStraight(text, j)) {   // it opens a new quotation: this one was left open
          bound = j;
          break;
        }
        addIfSaid(text, open, j, j + 1, spans);
        return j + 1;
      }
      if (!straight && ch == RIGHT_DOUBLE) {
        addIfSaid(text, open, j, j + 1, spans);
        return j + 1;
      }
      if ((!straight && ch == LEFT_DOUBLE) || isParagraphBreak(text, j)) {
        bound = j;
        break;
      }
    }
    int cap = blankLineParagraphs ? bound : sentenceLineEnd(text, open + 1, bound);
    int contentEnd = trimEnd(text, open + 1, cap);
    addIfSaid(text, open, contentEnd, contentEnd, spans);
    return cap;
  }

  /** Reads the single-quoted passage opening at {@code open}, if it closes; returns where scanning resumes. */
  private static int singleQuote(String text, int open, List<Span> spans) {
    int limit = Math.min(text.length(), open + 1 + MAX_SINGLE_QUOTE_CHARS);
    int closer = -1;
    int possessive = -1;
    for (int j = open + 1; j < limit; j++) {
      char ch = text.charAt(j);
      if (ch == LEFT_SINGLE || ch == LEFT_DOUBLE || ch == RIGHT_DOUBLE || ch == STRAIGHT_DOUBLE
          || isParagraphBreak(text, j)) break;
      if (ch == RIGHT_SINGLE && closesSingle(text, j)) {
        if (!looksPossessive(text, j)) {
          closer = j;
          break;
        }
        if (possessive < 0) possessive = j;
      }
    }
    if (closer < 0) closer = possessive;    // "‘the attacks’ were": a plural-looking close is still the close
    if (closer < 0 || closer - open - 1 < 2) return open + 1;   // unclosed, or "rock ‘n’ roll"
    addIfSaid(text, open, closer, closer + 1, spans);
    return closer + 1;
  }

  private static void addIfSaid(String text, int open, int contentEnd, int end, List<Span> spans) {
    for (int k = open + 1; k < contentEnd; k++) {
      if (!isSpace(text.charAt(k))) {
        spans.add(new Span(open, end, open + 1, contentEnd));
        return;
      }
    }
  }

  /** An opening straight quote follows a space, bracket or dash and is followed by text. */
  private static boolean opensStraight(String text, int i) {
    return opensAfter(text, i) && i + 1 < text.length() && !isSpace(text.charAt(i + 1));
  }

  /** Inside a straight quotation, a mark after a space and before text opens the next quotation instead. */
  private static boolean closesStraight(String text, int j) {
    return !isSpace(text.charAt(j - 1)) || j + 1 >= text.length() || isSpace(text.charAt(j + 1));
  }

  /** An opening single quote follows a space or bracket, is followed by a word, and is no elision (‘90s, ‘em). */
  private static boolean opensSingle(String text, int i) {
    if (!opensAfter(text, i) || i + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 1))) return false;
    int e = i + 1;
    while (e < text.length() && e - i <= 6 && Character.isLetterOrDigit(text.charAt(e))) e++;
    String word = text.substring(i + 1, e).toLowerCase(Locale.ROOT);
    return !ELISIONS.contains(word) && !DECADE.matcher(word).matches();
  }

  /** A closing single quote ends a word; one followed by a letter is an apostrophe (Taliban’s, don’t). */
  private static boolean closesSingle(String text, int j) {
    return !isSpace(text.charAt(j - 1)) && (j + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(j + 1)));
  }

  /** "militants’ guns": a plural possessive, taken as the close only when no better one comes. */
  private static boolean looksPossessive(String text, int j) {
    char before = text.charAt(j - 1);
    return (before == 's' || before == 'S') && j + 2 < text.length() && text.charAt(j + 1) == ' '
        && Character.isLetter(text.charAt(j + 2));
  }

  private static boolean opensAfter(String text, int i) {
    if (i == 0) return true;
    char prev = text.charAt(i - 1);
    return isSpace(prev) || BEFORE_OPENING.indexOf(prev) >= 0;
  }

  /** The first line break in {@code [from, bound)} that follows sentence-final punctuation, else {@code bound}. */
  private static int sentenceLineEnd(String text, int from, int bound) {
    for (int j = from; j < bound; j++) {
      if (!isLineBreak(text.charAt(j))) continue;
      int last = trimEnd(text, from, j);
      if (last > from && SENTENCE_END.indexOf(text.charAt(last - 1)) >= 0) return j;
    }
    return bound;
  }

  private static int trimEnd(String text, int from, int to) {
    int e = to;
    while (e > from && isSpace(text.charAt(e - 1))) e--;
    return e;
  }

  private static boolean hasParagraphBreak(String text) {
    for (int j = 0; j < text.length(); j++) {
      if (isParagraphBreak(text, j)) return true;
    }
    return false;
  }

  /** A line break followed, after blanks only, by another line break; or the Unicode paragraph separator. */
  private static boolean isParagraphBreak(String text, int j) {
    char ch = text.charAt(j);
    if (ch == '\u2029') return true;
    if (ch != '\n' && ch != '\r') return false;
    int k = j + 1;
    if (ch == '\r' && k < text.length() && text.charAt(k) == '\n') k++;
    while (k < text.length() && isBlank(text.charAt(k))) k++;
    return k < text.length() && isLineBreak(text.charAt(k));
  }

  private static boolean isLineBreak(char c) { return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029'; }

  private static boolean isBlank(char c) { return c == ' ' || c == '\t' || c == '\u00A0' || c == '\f'; }

  private static boolean isSpace(char c) { return isBlank(c) || isLineBreak(c) || Character.isWhitespace(c); }
}
