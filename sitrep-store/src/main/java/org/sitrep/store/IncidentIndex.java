package org.sitrep.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

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
 * database the index was loaded from. Memory grows with the database (about the size of the summaries: a few
 * megabytes for 10,000 incidents).
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
    return new IncidentIndex(Snapshot.of(lastReport, store.indexEntries(store.incidentIds())));
  }

  /**
   * The page {@code q} asks for and the number of all its matches, as {@link Store#incidents} and {@link Store#count}
   * would give them on {@code store} now.
   */
  public Page page(Store store, IncidentQuery q) {
    Objects.requireNonNull(q, "q");
    Predicate<IndexEntry> filter = filter(store, q);
    Snapshot s = current(store);
    List<IndexEntry> items = new ArrayList<>(Math.min(q.limit(), 256));
    long total = 0;
    for (IndexEntry e : s.sorted(q.sort())) {
      if (!filter.test(e)) continue;
      if (total >= q.offset() && items.size() < q.limit()) items.add(e);
      total++;
    }
    Map<String, Long> documentIds = new LinkedHashMap<>();
    items.forEach(e -> documentIds.putAll(e.documentIds()));
    return new Page(items.stream().map(IndexEntry::summary).toList(), total, documentIds);
  }

  /** Every incident {@code q} selects, in its order, ignoring its limit and offset; one snapshot, for exports. */
  public List<IncidentSummary> matches(Store store, IncidentQuery q) {
    Objects.requireNonNull(q, "q");
    Predicate<IndexEntry> filter = filter(store, q);
    return Arrays.stream(current(store).sorted(q.sort())).filter(filter).map(IndexEntry::summary).toList();
  }

  /** How many incidents the index holds now, without looking for changes. */
  public int size() { return snapshot.size(); }

  /**
   * The filters as one test. The full-text filter is read from the database before the snapshot is brought up to date,
   * so every incident it finds is in the snapshot.
   */
  private static Predicate<IndexEntry> filter(Store store, IncidentQuery q) {
    Optional<Set<Long>> text = q.text().map(store::textMatches);
    Optional<String> actor = q.actor().map(a -> a.toLowerCase(Locale.ROOT));
    return e -> {
      if (q.since().isPresent() && (e.dateLast().isEmpty() || e.dateLast().get().isBefore(q.since().get()))) {
        return false;
      }
      if (q.until().isPresent() && (e.dateStart().isEmpty() || e.dateStart().get().isAfter(q.until().get()))) {
        return false;
      }
      if (q.country().isPresent() && !q.country().equals(e.country())) return false;
      if (q.type().isPresent() && q.type().get() != e.summary().type()) return false;
      if (q.status().isPresent() && q.status().get() != e.summary().status()) return false;
      if (actor.isPresent() && !anyContains(e.searchNames(), actor.get())) return false;
      return text.isEmpty() || text.get().contains(e.id());
    };
  }

  private static boolean anyContains(List<String> names, String part) {
    for (String n : names) if (n.contains(part)) return true;
    return false;
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
      Snapshot next = s.with(since.lastReport(), since.incidents(), store.indexEntries(since.incidents()));
      snapshot = next;
      return next;
    }
  }

  /** An immutable state of the index: the last report it has seen, and every entry sorted each way. */
  private record Snapshot(long lastReport, Map<IncidentQuery.Sort, IndexEntry[]> orders) {
    static Snapshot of(long lastReport, Collection<IndexEntry> entries) {
      Map<IncidentQuery.Sort, IndexEntry[]> orders = new EnumMap<>(IncidentQuery.Sort.class);
      for (IncidentQuery.Sort sort : IncidentQuery.Sort.values()) {
        IndexEntry[] a = entries.toArray(IndexEntry[]::new);
        Arrays.sort(a, order(sort));
        orders.put(sort, a);
      }
      return new Snapshot(lastReport, orders);
    }

    IndexEntry[] sorted(IncidentQuery.Sort sort) { return orders.get(sort); }

    int size() { return orders.get(IncidentQuery.Sort.DATE_DESC).length; }

    /** This snapshot with the {@code changed} incidents replaced by {@code fresh} (one merge per order). */
    Snapshot with(long lastReport, Set<Long> changed, List<IndexEntry> fresh) {
      Map<IncidentQuery.Sort, IndexEntry[]> next = new EnumMap<>(IncidentQuery.Sort.class);
      for (IncidentQuery.Sort sort : IncidentQuery.Sort.values()) {
        Comparator<IndexEntry> order = order(sort);
        IndexEntry[] add = fresh.toArray(IndexEntry[]::new);
        Arrays.sort(add, order);
        IndexEntry[] old = orders.get(sort);
        IndexEntry[] out = new IndexEntry[old.length + add.length];
        int n = 0;
        int j = 0;
        for (IndexEntry e : old) {
          if (changed.contains(e.id())) continue;
          while (j < add.length && order.compare(add[j], e) < 0) out[n++] = add[j++];
          out[n++] = e;
        }
        while (j < add.length) out[n++] = add[j++];
        next.put(sort, Arrays.copyOf(out, n));
      }
      return new Snapshot(lastReport, next);
    }
  }

  /** The SQL's ORDER BY (IncidentReader): NULLs last, ties to the higher id. */
  static Comparator<IndexEntry> order(IncidentQuery.Sort sort) {
    Comparator<IndexEntry> first = switch (sort) {
      case DATE_DESC -> (a, b) -> descNullsLast(a.dateStart(), b.dateStart());
      case DATE_ASC -> (a, b) -> ascNullsLast(a.dateStart(), b.dateStart());
      case TOLL_DESC -> (a, b) -> {
        int c = descNullsLast(a.fatalities(), b.fatalities());
        if (c == 0) c = descNullsLast(a.injured(), b.injured());
        return c != 0 ? c : descNullsLast(a.dateStart(), b.dateStart());
      };
      case REPORTS_DESC -> (a, b) -> {
        int c = Integer.compare(b.summary().reports(), a.summary().reports());
        return c != 0 ? c : descNullsLast(a.dateStart(), b.dateStart());
      };
    };
    return first.thenComparing((a, b) -> Long.compare(b.id(), a.id()));
  }

  private static <T extends Comparable<? super T>> int descNullsLast(Optional<T> a, Optional<T> b) {
    if (a.isEmpty() || b.isEmpty()) return Boolean.compare(a.isEmpty(), b.isEmpty());
    return b.get().compareTo(a.get());
  }

  private static <T extends Comparable<? super T>> int ascNullsLast(Optional<T> a, Optional<T> b) {
    if (a.isEmpty() || b.isEmpty()) return Boolean.compare(a.isEmpty(), b.isEmpty());
    return a.get().compareTo(b.get());
  }
}
