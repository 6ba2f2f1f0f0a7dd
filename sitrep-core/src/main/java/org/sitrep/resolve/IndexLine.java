package org.sitrep.resolve;

import java.util.Optional;

/**
 * A cursor over the generated index's lines ({@code kind name country admin1 lat lon population aliases}, lat and
 * lon in 1e-4 degree). It reads fields in place rather than splitting each line, which halves load time: only the
 * name and admin1 become new strings, and country codes are shared.
 */
final class IndexLine {
  private static final int FIELDS = 8;
  private final String text;
  private final String[] countries = new String[26 * 26];
  private final int[] starts = new int[FIELDS];
  private final int[] ends = new int[FIELDS];
  private int next;
  private int number;

  IndexLine(String text) { this.text = text; }

  /** Moves to the next non-empty line; false at the end. */
  boolean next() {
    while (next < text.length()) {
      int eol = text.indexOf('\n', next);
      if (eol < 0) eol = text.length();
      int from = next;
      next = eol + 1;
      number++;
      if (eol == from) continue;
      for (int i = 0; i < FIELDS; i++) {
        int tab = i == FIELDS - 1 ? eol : text.indexOf('\t', from);
        if (tab < 0 || tab > eol) throw bad("expected " + FIELDS + " tab-separated fields");
        starts[i] = from;
        ends[i] = tab;
        from = tab + 1;
      }
      if (text.lastIndexOf('\t', eol - 1) >= starts[FIELDS - 1]) throw bad("more than " + FIELDS + " fields");
      return true;
    }
    return false;
  }

  Place place() {
    PlaceKind kind = switch (text.charAt(starts[0])) {
      case 'C' -> PlaceKind.COUNTRY;
      case 'A' -> PlaceKind.ADMIN1;
      case 'P' -> PlaceKind.CITY;
      default -> throw bad("unknown kind " + field(0));
    };
    if (ends[0] - starts[0] != 1) throw bad("unknown kind " + field(0));
    try {
      return new Place(field(1), kind, country(), ends[3] == starts[3] ? Optional.empty() : Optional.of(field(3)),
          integer(4) / 1e4, integer(5) / 1e4, Long.parseLong(text, starts[6], ends[6], 10));
    } catch (IllegalArgumentException e) {
      throw bad(e.getMessage());
    }
  }

  /** The '|'-separated other names of this line's place, if any. */
  Optional<String> aliases() {
    return ends[7] == starts[7] ? Optional.empty() : Optional.of(field(7));
  }

  private String country() {
    if (ends[2] - starts[2] != 2) return field(2);               // let Place reject it
    int a = text.charAt(starts[2]) - 'A';
    int b = text.charAt(starts[2] + 1) - 'A';
    if (a < 0 || a >= 26 || b < 0 || b >= 26) return field(2);
    int slot = a * 26 + b;
    if (countries[slot] == null) countries[slot] = field(2);
    return countries[slot];
  }

  private int integer(int i) { return Integer.parseInt(text, starts[i], ends[i], 10); }

  private String field(int i) { return text.substring(starts[i], ends[i]); }

  private IllegalArgumentException bad(String why) {
    return new IllegalArgumentException("gazetteer index line " + number + ": " + why);
  }
}
