package org.sitrep.stream;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts analysed articles back in their partition's order: an article is released once the article it links to (its
 * {@code previousOffset}) has been released, and each release may free others that were waiting for it. Partitions are
 * independent. Its state is the last position released per partition plus the articles waiting; a resequencer rebuilt
 * from that state carries on exactly where the old one was. Not thread-safe: the store writer owns one.
 */
final class Resequencer {
  private final Map<String, Position> released = new HashMap<>();
  private final Map<String, Map<Long, Analysed>> waiting = new HashMap<>();

  Resequencer(Collection<Position> released, Collection<Analysed> waiting) {
    for (Position p : released) this.released.put(p.partitionKey(), p);
    for (Analysed a : waiting) park(a);
  }

  /** The articles {@code a} makes ready, in order: none while it waits for its predecessor, else it and followers. */
  List<Analysed> offer(Analysed a) {
    String partition = a.at().partitionKey();
    long expected = last(partition);
    if (a.previousOffset() != expected) {
      if (a.previousOffset() < expected) {
        throw new IllegalStateException(a.at() + " follows offset " + a.previousOffset() + ", but offset " + expected
            + " was released already: the order chain is broken");
      }
      park(a);
      return List.of();
    }
    List<Analysed> ready = new ArrayList<>();
    ready.add(a);
    released.put(partition, a.at());
    Map<Long, Analysed> queue = waiting.get(partition);
    while (queue != null) {
      Analysed next = queue.remove(last(partition));
      if (next == null) break;
      ready.add(next);
      released.put(partition, next.at());
    }
    if (queue != null && queue.isEmpty()) waiting.remove(partition);
    return ready;
  }

  /** The last position released in each partition, for a checkpoint. */
  List<Position> released() { return List.copyOf(released.values()); }

  /** The articles still waiting for their predecessors, for a checkpoint. */
  List<Analysed> waiting() {
    List<Analysed> all = new ArrayList<>();
    waiting.values().forEach(m -> all.addAll(m.values()));
    return all;
  }

  private long last(String partition) {
    Position p = released.get(partition);
    return p == null ? LinkedArticle.FIRST : p.offset();
  }

  private void park(Analysed a) {
    Analysed clash = waiting.computeIfAbsent(a.at().partitionKey(), k -> new HashMap<>()).put(a.previousOffset(), a);
    if (clash != null && !clash.at().equals(a.at())) {
      throw new IllegalStateException(a.at() + " and " + clash.at() + " both follow offset " + a.previousOffset());
    }
  }
}
