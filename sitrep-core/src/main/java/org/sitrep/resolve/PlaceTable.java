package org.sitrep.resolve;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The gazetteer's rows in columns, so 140k places cost a few megabytes rather than 140k objects;
 * {@link #place(int)} makes the record on demand. Built once by {@link Builder}, never changed after.
 */
final class PlaceTable {
  private final String[] names;
  private final byte[] kinds;
  private final String[] countries;
  private final String[] admin1s;                 // null: unknown
  private final double[] lats;
  private final double[] lons;
  private final long[] populations;

  private PlaceTable(Builder b) {
    int n = b.size;
    names = Arrays.copyOf(b.names, n);
    kinds = Arrays.copyOf(b.kinds, n);
    countries = Arrays.copyOf(b.countries, n);
    admin1s = Arrays.copyOf(b.admin1s, n);
    lats = Arrays.copyOf(b.lats, n);
    lons = Arrays.copyOf(b.lons, n);
    populations = Arrays.copyOf(b.populations, n);
  }

  int size() { return names.length; }

  PlaceKind kind(int row) { return PlaceKind.values()[kinds[row]]; }

  String country(int row) { return countries[row]; }

  long population(int row) { return populations[row]; }

  String name(int row) { return names[row]; }

  Place place(int row) {
    return new Place(names[row], kind(row), countries[row], Optional.ofNullable(admin1s[row]), lats[row], lons[row],
        populations[row]);
  }

  /** Collects rows; shares equal country and admin1 strings between rows. */
  static final class Builder {
    private final Map<String, String> shared = new HashMap<>();
    private int size;
    private String[] names = new String[1024];
    private byte[] kinds = new byte[1024];
    private String[] countries = new String[1024];
    private String[] admin1s = new String[1024];
    private double[] lats = new double[1024];
    private double[] lons = new double[1024];
    private long[] populations = new long[1024];

    /** Validates through {@link Place}'s constructor, then stores the columns; returns the row. */
    int add(Place p) {
      if (size == names.length) grow();
      names[size] = p.name();
      kinds[size] = (byte) p.kind().ordinal();
      countries[size] = shared.computeIfAbsent(p.countryCode(), s -> s);
      admin1s[size] = p.admin1().map(a -> shared.computeIfAbsent(a, s -> s)).orElse(null);
      lats[size] = p.lat();
      lons[size] = p.lon();
      populations[size] = p.population();
      return size++;
    }

    private void grow() {
      int n = names.length * 2;
      names = Arrays.copyOf(names, n);
      kinds = Arrays.copyOf(kinds, n);
      countries = Arrays.copyOf(countries, n);
      admin1s = Arrays.copyOf(admin1s, n);
      lats = Arrays.copyOf(lats, n);
      lons = Arrays.copyOf(lons, n);
      populations = Arrays.copyOf(populations, n);
    }

    PlaceTable build() { return new PlaceTable(this); }
  }
}
