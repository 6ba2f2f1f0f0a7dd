package org.sitrep.corenlp;

/**
 * Tells wire copy set all in capitals from ordinary cased text.
 *
 * <p>A document shouts when more than {@value #UPPER_SHARE_THRESHOLD} of its cased letters (those with an upper and a
 * lower form; digits, punctuation and caseless scripts do not count) are upper case. Cased English news runs at
 * about 3-6% capitals, and even a news story with an all-caps headline and dateline stays far below 80%; MUC-4's
 * wire copy is at 100%. A document with no cased letters at all does not shout: there is no case to restore.
 */
final class Shouting {
  /** Share of upper-case letters above which a document counts as shouting. */
  static final double UPPER_SHARE_THRESHOLD = 0.8;

  private Shouting() {}

  static boolean isShouting(CharSequence text) {
    long upper = 0;
    long lower = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isUpperCase(c)) upper++;
      else if (Character.isLowerCase(c)) lower++;
    }
    long cased = upper + lower;
    return cased > 0 && upper > UPPER_SHARE_THRESHOLD * cased;
  }
}
