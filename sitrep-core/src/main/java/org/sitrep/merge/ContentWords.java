package org.sitrep.merge;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** The words of a span that say something about an incident: lower-cased, stop words and short words dropped. */
final class ContentWords {
  private static final Set<String> STOP = Set.of("the", "and", "for", "with", "that", "this", "from", "were", "was",
      "have", "has", "had", "said", "says", "their", "they", "been", "after", "into", "which", "when", "where",
      "would", "will", "about", "over", "more", "than", "least", "some", "also", "who", "its", "his", "her", "are");

  private ContentWords() {}

  static Set<String> of(String text) {
    Set<String> out = new TreeSet<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.length() >= 3 && !STOP.contains(w)) out.add(w);
    }
    return out;
  }
}
