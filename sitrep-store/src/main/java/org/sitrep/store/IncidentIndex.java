package org.sitrep.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sitrep.domain.IncidentStatus;
import org.sitrep.domain.IncidentType;

/**
 * Every incident of one database in memory, in the four orders {@link IncidentQuery.Sort} names, so that a server can
 * answer filtered, sorted, paged lists (and their totals) many times a second without a query per request: under
 * constant ingest each commit empties every reader's SQLite page cache, and a page of summaries cost five statements.
 *
 * <p>It answers exactly what {@link Store#incidents} and {@link Store#count} answer (same filters, same order, same
 * ties), and it is never older than the database: each call first asks the given store which reports were committed
 * since the index last looked (one indexed range read, usually empty) and re-reads those incidents. Reports are
 * never rewritten and every add that touches an incident writes a report of it, so that is every change. The
 * full-text filter still asks the database's text index which incidents match, then filters in memory.
 *
 * <p>Thread-safe: readers share an immutable snapshot; one refresh runs at a time. The stores passed in must be on the
 * database the index was loaded from. Memory grows with the database (about the size of the summaries: 5–10 MB for
 * 10,000 incidents), and loading reads every incident once.
 */
public final class IncidentIndex {
  /** A page of a query's matches, how many there are in all, and the row ids of the items' tolls' latest documents. */
  public record Page(List<IncidentSummary> items, long total, Map<String, Long> documentIds) {
    public Page {
      items = List.copyOf(items);
      documentIds = Map.copyOf(documentIds);
    }
  }

  private final Object refreshing = new Object();
  private volatile Snapshot snapshot;

  private IncidentIndex(Snapshot snapshot) {
    this.snapshot = snapshot;
  }

  /** Reads every incident of {@code store}'s database. */
  public static IncidentIndex load(Store store) {
    Objects.requireNonNull(store, "store");
    // The mark first: whatever is committed while the incidents are read is newer than it and is read again later.
    long lastReport = store.lastReport();
    return new IncidentIndex(Snapshot.of(lastReport, rows(store.indexEntries(store.incidentIds()))));
  }

  /**
   * The page {@code q} asks for and the number of all its matches, as {@link Store#incidents} and {@link Store#count}
   * would give them on {@code store} now.
   */
  public Page page(Store store, IncidentQuery q) {
    Objects.requireNonNull(q, "q");
    Filter filter = new Filter(q, q.text().map(store::textMatches));
    Snapshot s = current(store);
    Order o = s.order(q.sort());
    List<IncidentSummary> items = new ArrayList<>(Math.min(q.limit(), 256));
    Map<String, Long> documentIds = new LinkedHashMap<>();
    long total = 0;
    for (int i = 0; i < o.size(); i++) {
      if (!filter.test(o, i)) continue;
      if (total >= q.offset() && items.size() < q.limit()) {
        IndexEntry e = o.rows[i].entry;
        items.add(e.summary());
        documentIds.putAll(e.documentIds());
      }
      total++;
    }
    return new Page(items, total, documentIds);
  }

  /** Every incident {@code q} selects, in its order, ignoring its limit and offset; one snapshot, for exports. */
  public List<IncidentSummary> matches(Store store, IncidentQuery q) {
    Objects.requireNonNull(q, "q");
    Filter filter = new Filter(q, q.text().map(store::textMatches));
    Order o = current(store).order(q.sort());
    List<IncidentSummary> out = new ArrayList<>();
    for (int i = 0; i < o.size(); i++) if (filter.test(o, i)) out.add(o.rows[i].entry.summary());
    return out;
  }

  /** How many incidents the index holds now, without looking for changes. */
  public int size() { return snapshot.size(); }

  /**
   * One incident with what the sorts compare, unboxed. {@link #NONE} stands for a NULL day or toll (it never passes a
   * date filter, and sorts last).
   */
  private static final class Row {
    static final long NONE = Long.MIN_VALUE;

    final IndexEntry entry;
    final long id;
    final long startDay;
    final long lastDay;
    final String country;   // "" for none: a country filter is never empty
    final IncidentType type;
    final IncidentStatus status;
    final long fatalities;
    final long injured;
    final int reports;
    final String[] searchNames;

    Row(IndexEntry e) {
      entry = e;
      id = e.id();
      startDay = e.dateStart().map(LocalDate::toEpochDay).orElse(NONE);
      lastDay = e.dateLast().map(LocalDate::toEpochDay).orElse(NONE);
      country = e.country().orElse("");
      type = e.summary().type();
      status = e.summary().status();
      fatalities = e.fatalities().map(Integer::longValue).orElse(NONE);
      injured = e.injured().map(Integer::longValue).orElse(NONE);
      reports = e.summary().reports();
      searchNames = e.searchNames().toArray(String[]::new);
    }
  }

  private static List<Row> rows(List<IndexEntry> entries) {
    return entries.stream().map(Row::new).toList();
  }

  /**
   * The query's filters as one test; the SQL's semantics (IncidentReader.where): a NULL never passes a comparison.
   * The full-text matches are read from the database before the snapshot is brought up to date, so every incident they
   * name is in the snapshot.
   */
  private static final class Filter {
    private final long since;
    private final long until;
    private final String country;
    private final int countryCode;
    private final IncidentType type;
    private final IncidentStatus status;
    private final String actor;
    private final Set<Long> text;

    Filter(IncidentQuery q, Optional<Set<Long>> textMatches) {
      since = q.since().map(LocalDate::toEpochDay).orElse(Row.NONE);
      until = q.until().map(LocalDate::toEpochDay).orElse(Row.NONE);
      country = q.country().orElse(null);
      countryCode = country == null ? Order.NO_COUNTRY : Order.countryCode(country);
      type = q.type().orElse(null);
      status = q.status().orElse(null);
      actor = q.actor().map(a -> a.toLowerCase(Locale.ROOT)).orElse(null);
      text = textMatches.orElse(null);
    }

    /** Whether the {@code i}th incident of {@code o} passes. */
    boolean test(Order o, int i) {
      if (since != Row.NONE && (o.lastDay[i] == Row.NONE || o.lastDay[i] < since)) return false;
      if (until != Row.NONE && (o.startDay[i] == Row.NONE || o.startDay[i] > until)) return false;
      if (country != null) {
        if (countryCode != Order.OTHER_COUNTRY ? countryCode != o.country[i]
            : !country.equals(o.rows[i].country)) {
          return false;
        }
      }
      if (type != null && type.ordinal() != o.type[i]) return false;
      if (status != null && status.ordinal() != o.status[i]) return false;
      if (actor != null && !anyContains(o.rows[i].searchNames, actor)) return false;
      return text == null || text.contains(o.ids[i]);
    }

    private static boolean anyContains(String[] names, String part) {
      for (String n : names) if (n.contains(part)) return true;
      return false;
    }
  }

  /** The snapshot with every report {@code store} sees: unchanged (one cheap read) when nothing was committed. */
  private Snapshot current(Store store) {
    Snapshot seen = snapshot;
    IndexChanges changes = store.indexChangesSince(seen.lastReport());
    if (changes.lastReport() == seen.lastReport()) return snapshot;
    synchronized (refreshing) {
      Snapshot s = snapshot;
      if (s.lastReport() >= changes.lastReport()) return s;
      IndexChanges since = s.lastReport() == seen.lastReport() ? changes : store.indexChangesSince(s.lastReport());
      Snapshot next = s.with(since.lastReport(), since.incidents(), rows(store.indexEntries(since.incidents())));
      snapshot = next;
      return next;
    }
  }

  /**
   * The incidents in one order, with the columns the filters read as arrays: a request scans every incident (it needs
   * the total), and reading arrays in a row costs a few microseconds where visiting 10,000 objects costs a hundred.
   */
  private static final class Order {
    /** A row's country code when it has no country; a query's when it asks for none. */
    static final int NO_COUNTRY = -1;
    /** A country that is not two characters: compared as text. */
    static final int OTHER_COUNTRY = -2;

    final Row[] rows;
    final long[] ids;
    final long[] startDay;
    final long[] lastDay;
    final int[] country;
    final byte[] type;
    final byte[] status;

    Order(Row[] rows) {
      this(rows.length);
      for (int i = 0; i < rows.length; i++) set(i, rows[i]);
    }

    private Order(int n) {
      rows = new Row[n];
      ids = new long[n];
      startDay = new long[n];
      lastDay = new long[n];
      country = new int[n];
      type = new byte[n];
      status = new byte[n];
    }

    private void set(int i, Row r) {
      rows[i] = r;
      ids[i] = r.id;
      startDay[i] = r.startDay;
      lastDay[i] = r.lastDay;
      country[i] = r.country.isEmpty() ? NO_COUNTRY : countryCode(r.country);
      type[i] = (byte) r.type.ordinal();
      status[i] = (byte) r.status.ordinal();
    }

    /** {@code n} entries of {@code from} from {@code at} to {@code to}, all columns. */
    private void copy(Order from, int at, int to, int n) {
      System.arraycopy(from.rows, at, rows, to, n);
      System.arraycopy(from.ids, at, ids, to, n);
      System.arraycopy(from.startDay, at, startDay, to, n);
      System.arraycopy(from.lastDay, at, lastDay, to, n);
      System.arraycopy(from.country, at, country, to, n);
      System.arraycopy(from.type, at, type, to, n);
      System.arraycopy(from.status, at, status, to, n);
    }

    /**
     * This order without the incidents {@code gone} and with {@code add} (sorted by {@code order}) in their places:
     * each new row's place by binary search, the rest copied in blocks, so a refresh costs little more than a copy.
     */
    Order with(long[] gone, Row[] add, Comparator<Row> order) {
      int n = size();
      int[] drop = new int[gone.length];
      int drops = 0;
      for (int i = 0; i < n && drops < gone.length; i++) {
        for (long g : gone) {
          if (ids[i] == g) {
            drop[drops++] = i;
            break;
          }
        }
      }
      int[] at = new int[add.length];
      for (int k = 0; k < add.length; k++) {
        int lo = 0;
        int hi = n;
        while (lo < hi) {   // the first old row that sorts after add[k]
          int mid = (lo + hi) >>> 1;
          if (order.compare(rows[mid], add[k]) < 0) lo = mid + 1;
          else hi = mid;
        }
        at[k] = lo;
      }
      Order out = new Order(n - drops + add.length);
      int src = 0;
      int dst = 0;
      int k = 0;
      int d = 0;
      while (true) {
        int stop = Math.min(n, Math.min(k < add.length ? at[k] : n, d < drops ? drop[d] : n));
        out.copy(this, src, dst, stop - src);
        dst += stop - src;
        src = stop;
        if (k < add.length && at[k] == src) {
          out.set(dst++, add[k++]);
        } else if (d < drops && drop[d] == src) {
          src++;
          d++;
        } else if (src == n) {
          break;
        }
      }
      return out;
    }

    /** Two characters as one number (equal numbers: equal codes); anything else {@link #OTHER_COUNTRY}. */
    static int countryCode(String c) {
      return c.length() == 2 ? c.charAt(0) << 16 | c.charAt(1) : OTHER_COUNTRY;
    }

    int size() { return rows.length; }
  }

  /** An immutable state of the index: the last report it has seen, and every incident sorted each way. */
  private record Snapshot(long lastReport, Map<IncidentQuery.Sort, Order> orders) {
    static Snapshot of(long lastReport, List<Row> rows) {
      Map<IncidentQuery.Sort, Order> orders = new EnumMap<>(IncidentQuery.Sort.class);
      for (IncidentQuery.Sort sort : IncidentQuery.Sort.values()) {
        Row[] a = rows.toArray(Row[]::new);
        Arrays.sort(a, comparator(sort));
        orders.put(sort, new Order(a));
      }
      return new Snapshot(lastReport, orders);
    }

    Order order(IncidentQuery.Sort sort) { return orders.get(sort); }

    int size() { return orders.get(IncidentQuery.Sort.DATE_DESC).size(); }

    /** This snapshot with the {@code changed} incidents replaced by {@code fresh}. */
    Snapshot with(long lastReport, Set<Long> changed, List<Row> fresh) {
      long[] gone = changed.stream().mapToLong(Long::longValue).toArray();
      Map<IncidentQuery.Sort, Order> next = new EnumMap<>(IncidentQuery.Sort.class);
      for (IncidentQuery.Sort sort : IncidentQuery.Sort.values()) {
        Comparator<Row> order = comparator(sort);
        Row[] add = fresh.toArray(Row[]::new);
        Arrays.sort(add, order);
        next.put(sort, orders.get(sort).with(gone, add, order));
      }
      return new Snapshot(lastReport, next);
    }
  }

  /** The SQL's ORDER BY (IncidentReader.order): NULLs last, ties to the higher id. */
  private static Comparator<Row> comparator(IncidentQuery.Sort sort) {
    Comparator<Row> first = switch (sort) {
      case DATE_DESC -> (a, b) -> descNullsLast(a.startDay, b.startDay);
      case DATE_ASC -> (a, b) -> ascNullsLast(a.startDay, b.startDay);
      case TOLL_DESC -> (a, b) -> {
        int c = descNullsLast(a.fatalities, b.fatalities);
        if (c == 0) c = descNullsLast(a.injured, b.injured);
        return c != 0 ? c : descNullsLast(a.startDay, b.startDay);
      };
      case REPORTS_DESC -> (a, b) -> {
        int c = Integer.compare(b.reports, a.reports);
        return c != 0 ? c : descNullsLast(a.startDay, b.startDay);
      };
    };
    return first.thenComparing((a, b) -> Long.compare(b.id, a.id));
  }

  private static int descNullsLast(long a, long b) {
    if (a == Row.NONE || b == Row.NONE) return Boolean.compare(a == Row.NONE, b == Row.NONE);
    return Long.compare(b, a);
  }

  private static int ascNullsLast(long a, long b) {
    if (a == Row.NONE || b == Row.NONE) return Boolean.compare(a == Row.NONE, b == Row.NONE);
    return Long.compare(a, b);
  }
}
