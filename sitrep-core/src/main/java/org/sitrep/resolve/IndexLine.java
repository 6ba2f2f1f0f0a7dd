package org.sitrep.resolve;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A cursor over the generated index's lines ({@code kind name country admin1 lat lon population aliases}, lat and
 * lon in 1e-4 degree), read straight from the inflated UTF-8 bytes. Tabs and newlines are ASCII and never occur
 * inside a multi-byte sequence, so fields can be cut from the bytes; only the name and admin1 become strings, and
 * country codes are shared. This halves load time against decoding the whole text and splitting lines.
 */
final class IndexLine {
  private static final int FIELDS = 8;
  private final byte[] bytes;
  private final String[] countries = new String[26 * 26];
  private final int[] starts = new int[FIELDS];
  private final int[] ends = new int[FIELDS];
  private int next;
  private int number;

  IndexLine(byte[] utf8) { this.bytes = utf8; }

  /** Moves to the next non-empty line; false at the end. */
  boolean next() {
    while (next < bytes.length) {
      int eol = indexOf('\n', next, bytes.length);
      int from = next;
      next = eol + 1;
      number++;
      if (eol == from) continue;
      for (int i = 0; i < FIELDS; i++) {
        int tab = i == FIELDS - 1 ? eol : indexOf('\t', from, eol);
        if (tab == eol && i < FIELDS - 1) throw bad("expected " + FIELDS + " tab-separated fields");
        starts[i] = from;
        ends[i] = tab;
        from = tab + 1;
      }
      if (indexOf('\t', starts[FIELDS - 1], eol) != eol) throw bad("more than " + FIELDS + " fields");
      return true;
    }
    return false;
  }

  Place place() {
    if (ends[0] - starts[0] != 1) throw bad("unknown kind " + field(0));
    PlaceKind kind = switch (bytes[starts[0]]) {
      case 'C' -> PlaceKind.COUNTRY;
      case 'A' -> PlaceKind.ADMIN1;
      case 'P' -> PlaceKind.CITY;
      default -> throw bad("unknown kind " + field(0));
    };
    try {
      return new Place(field(1), kind, country(), ends[3] == starts[3] ? Optional.empty() : Optional.of(field(3)),
          number(4) / 1e4, number(5) / 1e4, number(6));
    } catch (IllegalArgumentException e) {
      throw bad(e.getMessage());
    }
  }

  /** The '|'-separated other names of this line's place, if any. */
  Optional<String> aliases() {
    return ends[7] == starts[7] ? Optional.empty() : Optional.of(field(7));
  }

  private String country() {
    int a = ends[2] - starts[2] == 2 ? bytes[starts[2]] - 'A' : -1;
    int b = ends[2] - starts[2] == 2 ? bytes[starts[2] + 1] - 'A' : -1;
    if (a < 0 || a >= 26 || b < 0 || b >= 26) return field(2);   // let Place reject it
    int slot = a * 26 + b;
    if (countries[slot] == null) countries[slot] = field(2);
    return countries[slot];
  }

  /** A signed decimal integer field. */
  private long number(int i) {
    int p = starts[i];
    boolean negative = p < ends[i] && bytes[p] == '-';
    if (negative) p++;
    if (p == ends[i]) throw bad("not a number: '" + field(i) + "'");
    long n = 0;
    for (; p < ends[i]; p++) {
      int d = bytes[p] - '0';
      if (d < 0 || d > 9 || n > Long.MAX_VALUE / 10) throw bad("not a number: '" + field(i) + "'");
      n = n * 10 + d;
    }
    return negative ? -n : n;
  }

  private String field(int i) { return new String(bytes, starts[i], ends[i] - starts[i], StandardCharsets.UTF_8); }

  private int indexOf(char c, int from, int to) {
    for (int i = from; i < to; i++) {
      if (bytes[i] == c) return i;
    }
    return to;
  }

  private IllegalArgumentException bad(String why) {
    return new IllegalArgumentException("gazetteer index line " + number + ": " + why);
  }
}
