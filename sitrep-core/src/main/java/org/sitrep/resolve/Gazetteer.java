package org.sitrep.resolve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.zip.GZIPInputStream;

/**
 * Place names to candidate places, offline. The bundled index is built from GeoNames-derived data by the Maven
 * build (see {@code gazetteer/README.md}) and completed by the hand-made {@code curated.tsv} (alternate spellings,
 * demonyms, places GeoNames lacks). Immutable and safe to share between threads; load it once per process, as
 * {@code Sitrep.pipeline} does, and pass it on: loading takes about a second.
 */
public final class Gazetteer {
  static final String INDEX = "gazetteer.tsv.gz";
  static final String CURATED = "curated.tsv";
  private static final int NONE = -1;
  private static final int[] NO_ROWS = {};

  private final PlaceTable table;
  private final Map<String, int[]> rowsByKey;
  private final Map<String, Integer> countryRows;
  private final Map<String, Integer> adjectiveRows;          // NONE: a known adjective that names no place

  private Gazetteer(PlaceTable table, Map<String, int[]> rowsByKey, Map<String, Integer> countryRows,
                    Map<String, Integer> adjectiveRows) {
    this.table = table;
    this.rowsByKey = rowsByKey;
    this.countryRows = countryRows;
    this.adjectiveRows = adjectiveRows;
  }

  /**
   * The index shipped in sitrep-core's jar plus its curated additions.
   *
   * @throws IllegalStateException if the index is not on the class path: the build did not run the gazetteer step
   */
  public static Gazetteer bundled() {
    try (InputStream index = Gazetteer.class.getResourceAsStream(INDEX);
         InputStream curated = Gazetteer.class.getResourceAsStream(CURATED)) {
      if (index == null || curated == null) {
        throw new IllegalStateException("org/sitrep/resolve/" + (index == null ? INDEX : CURATED)
            + " is not on the class path; build sitrep-core with Maven, which generates it (see gazetteer/README.md)");
      }
      byte[] tsv;                                   // one read: three times faster than a BufferedReader
      try (InputStream in = new GZIPInputStream(index, 1 << 16)) {
        tsv = in.readAllBytes();
      }
      return read(tsv, new String(curated.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled gazetteer", e);
    }
  }

  /**
   * A gazetteer from an index in the build's TSV format ({@code kind name country admin1 lat lon population aliases},
   * kind C, A or P, coordinates in 1e-4 degree) and curated lines in {@code curated.tsv}'s format. Bad lines are
   * bugs in shipped data, not run-time input, so they throw {@link IllegalArgumentException} naming the line.
   */
  static Gazetteer read(String index, String curated) {
    return read(index.getBytes(StandardCharsets.UTF_8), curated);
  }

  private static Gazetteer read(byte[] index, String curated) {
    PlaceTable.Builder rows = new PlaceTable.Builder();
    record Aliases(String names, int row) {}
    List<Aliases> aliases = new ArrayList<>();
    IndexLine line = new IndexLine(index);
    while (line.next()) {
      int row = rows.add(line.place());
      line.aliases().ifPresent(a -> aliases.add(new Aliases(a, row)));
    }
    List<CuratedLine> curatedLines = CuratedLine.parse(curated);
    for (CuratedLine c : curatedLines) {
      if (c instanceof CuratedLine.Addition a) rows.add(a.place());
    }
    PlaceTable table = rows.build();

    Map<String, int[]> byKey = new HashMap<>(table.size() * 2);
    Map<String, Integer> countries = new HashMap<>();
    for (int row = 0; row < table.size(); row++) {
      index(byKey, PlaceNames.key(table.name(row)), row);
      if (table.kind(row) == PlaceKind.COUNTRY) countries.put(table.country(row), row);
    }
    for (Aliases a : aliases) {
      for (String alias : a.names().split("\\|")) index(byKey, PlaceNames.key(alias), a.row());
    }
    Map<String, Integer> adjectives = new HashMap<>();
    for (CuratedLine c : curatedLines) {
      if (c instanceof CuratedLine.Alias a) {
        index(byKey, PlaceNames.key(a.name()), target(table, byKey, countries, a.target(), a.line()));
      } else if (c instanceof CuratedLine.Adjective a) {
        int row = a.target().isPresent() ? target(table, byKey, countries, a.target().get(), a.line()) : NONE;
        if (adjectives.put(PlaceNames.key(a.word()), row) != null) {
          throw new IllegalArgumentException("curated line " + a.line() + ": adjective listed twice: " + a.word());
        }
      }
    }
    return new Gazetteer(table, byKey, Map.copyOf(countries), Map.copyOf(adjectives));
  }

  /**
   * Every place the name may denote, most populous first; empty if none. Case, accents and punctuation do not
   * matter ("MEDELLIN", "Medellín"), and curated aliases count ("Kiev" finds Kyiv, "NWFP" Khyber Pakhtunkhwa).
   */
  public List<Place> lookup(String name) {
    String key = PlaceNames.key(name);
    int[] rows = rowsByKey.getOrDefault(key, NO_ROWS);
    for (String v : PlaceNames.variants(key)) rows = union(rows, rowsByKey.getOrDefault(v, NO_ROWS));
    List<Place> out = new ArrayList<>(rows.length);
    for (int row : byPopulation(table, rows)) out.add(table.place(row));
    return List.copyOf(out);
  }

  /** Whether {@link #lookup} would find anything, without building the places. */
  boolean knows(String name) {
    String key = PlaceNames.key(name);
    return rowsByKey.containsKey(key) || PlaceNames.variants(key).stream().anyMatch(rowsByKey::containsKey);
  }

  /**
   * The ISO alpha-2 country a demonym or adjective points to: "Pakistani" and "Pakistanis" give PK, and so does
   * "Baloch", whose place is a province of Pakistan. Empty for unknown words and for adjectives that name no one
   * country ("Kurdish").
   */
  public Optional<String> countryOfAdjective(String word) {
    return placeOfAdjective(word).map(Place::countryCode);
  }

  /** The place a demonym or adjective points to: a country ("Afghan") or a first-level division ("Pashtun"). */
  public Optional<Place> placeOfAdjective(String word) {
    Integer row = adjectiveRow(word);
    return row == null || row == NONE ? Optional.empty() : Optional.of(table.place(row));
  }

  /** Whether the word is a curated adjective or demonym, including those that name no place ("Kurdish"). */
  public boolean isAdjective(String word) { return adjectiveRow(word) != null; }

  /** The country with this ISO 3166-1 alpha-2 code ("pk" or "PK"). */
  public Optional<Place> country(String iso2) {
    Integer row = countryRows.get(iso2.toUpperCase(java.util.Locale.ROOT));
    return row == null ? Optional.empty() : Optional.of(table.place(row));
  }

  /** Number of places, aliases not counted. */
  public int size() { return table.size(); }

  private Integer adjectiveRow(String word) {
    String key = PlaceNames.key(word);
    Integer row = adjectiveRows.get(key);
    if (row == null && key.length() > 3 && key.endsWith("s")) row = adjectiveRows.get(key.substring(0, key.length() - 1));
    return row;
  }

  /** The row a curated target names: a country by code, else the most populous place of that kind and name. */
  private static int target(PlaceTable table, Map<String, int[]> byKey, Map<String, Integer> countries,
                            CuratedLine.Target t, int line) {
    if (t.kind() == PlaceKind.COUNTRY) {
      Integer row = countries.get(t.country());
      if (row == null) throw new IllegalArgumentException("curated line " + line + ": no country " + t.country());
      return row;
    }
    int best = NONE;
    for (int row : byKey.getOrDefault(PlaceNames.key(t.name()), new int[0])) {
      if (table.kind(row) == t.kind() && table.country(row).equals(t.country())
          && (best == NONE || table.population(row) > table.population(best))) {
        best = row;
      }
    }
    if (best == NONE) {
      throw new IllegalArgumentException("curated line " + line + ": no " + t.kind() + " named " + t.name() + " in "
          + t.country());
    }
    return best;
  }

  private static void index(Map<String, int[]> byKey, String key, int row) {
    if (!key.isEmpty()) byKey.merge(key, new int[] {row}, Gazetteer::union);
  }

  private static int[] union(int[] a, int[] b) {
    if (b.length == 0) return a;
    if (a.length == 0) return b;
    return IntStream.concat(Arrays.stream(a), Arrays.stream(b)).distinct().toArray();
  }

  private static int[] byPopulation(PlaceTable table, int[] rows) {
    if (rows.length < 2) return rows;
    return Arrays.stream(rows).boxed()
        .sorted(Comparator.<Integer>comparingLong(table::population).reversed().thenComparing(r -> r))
        .mapToInt(Integer::intValue).toArray();
  }
}
