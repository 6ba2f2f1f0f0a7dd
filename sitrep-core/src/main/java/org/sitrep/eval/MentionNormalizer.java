package org.sitrep.eval;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The answer-string normalisation shared by the GTT and GRIT scorers ({@code normalize_string} in eval.py of
 * github.com/xinyadu/gtt and github.com/xinyadu/grit_doc_event_entity, itself SQuAD's): lower-case, drop ASCII
 * punctuation, replace the words a/an/the by a space, collapse whitespace. The steps run in that order, so
 * "The FMLN" and "fmln" compare equal, and "the-fmln" loses its hyphen before "the" is seen as a word.
 */
public final class MentionNormalizer {
  /** Python's {@code string.punctuation}. */
  private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
  private static final Pattern ARTICLES = Pattern.compile("\\b(a|an|the)\\b", Pattern.UNICODE_CHARACTER_CLASS);
  /** Python's {@code str.split()} splits on Unicode white space and also on the separators U+001C..U+001F. */
  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\x1c-\\x1f]+", Pattern.UNICODE_CHARACTER_CLASS);

  private MentionNormalizer() {}

  public static String normalize(String mention) {
    String lower = mention.toLowerCase(Locale.ROOT);
    StringBuilder kept = new StringBuilder(lower.length());
    lower.codePoints().filter(c -> PUNCTUATION.indexOf(c) < 0).forEach(kept::appendCodePoint);
    String noArticles = ARTICLES.matcher(kept).replaceAll(" ");
    return WHITESPACE.matcher(noArticles).replaceAll(" ").strip();
  }
}
