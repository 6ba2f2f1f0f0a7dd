package org.sitrep.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;

/**
 * A few {@link Store}s on one database for the server's reads. A store serialises its calls on its one connection, so
 * one store would make every request wait for the one before it, and for any write; with several, reads run side by
 * side (SQLite in WAL mode lets readers go on while a writer commits). Writes go through a store of their own, outside
 * the pool. Closing the pool closes its stores.
 */
public final class StorePool implements AutoCloseable {
  private final List<Store> all;
  private final BlockingQueue<Store> idle;

  private StorePool(List<Store> stores) {
    this.all = List.copyOf(stores);
    this.idle = new ArrayBlockingQueue<>(all.size(), false, all);
  }

  /** Opens {@code size} stores on {@code jdbcUrl} (each migrates it if needed, one after the other). */
  public static StorePool open(String jdbcUrl, int size) {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    if (size < 1) throw new IllegalArgumentException("a pool needs at least one store: " + size);
    List<Store> stores = new ArrayList<>();
    try {
      for (int i = 0; i < size; i++) stores.add(Store.open(jdbcUrl));
    } catch (StoreException e) {
      stores.forEach(Store::close);
      throw e;
    }
    return new StorePool(stores);
  }

  public int size() { return all.size(); }

  /** Runs {@code work} on an idle store, waiting for one if all are busy, and gives it back. */
  public <T> T read(Function<Store, T> work) {
    Store store;
    try {
      store = idle.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a database connection", e);
    }
    try {
      return work.apply(store);
    } finally {
      idle.add(store);
    }
  }

  @Override
  public void close() {
    StoreException first = null;
    for (Store s : all) {
      try {
        s.close();
      } catch (StoreException e) {
        if (first == null) first = e;
        else first.addSuppressed(e);
      }
    }
    if (first != null) throw first;
  }
}
