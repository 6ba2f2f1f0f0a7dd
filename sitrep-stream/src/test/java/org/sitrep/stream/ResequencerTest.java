package org.sitrep.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ResequencerTest {
  /** A partition's records as the sequencer links them: increasing offsets with gaps, each linked to the one before. */
  static List<Analysed> chain(String topic, int partition, int length, Random random) {
    List<Analysed> out = new ArrayList<>();
    long previous = LinkedArticle.FIRST;
    long offset = random.nextInt(3);
    for (int i = 0; i < length; i++) {
      out.add(new Analysed(new Position(topic, partition, offset), previous, "r" + offset, Analysed.Kind.REJECTED, "",
          new byte[0]));
      previous = offset;
      offset += 1 + random.nextInt(3);   // gaps: transaction markers, compacted records
    }
    return out;
  }

  /** Arrival order after parallel analysis: any interleaving of any permutation. */
  static List<Analysed> shuffled(List<List<Analysed>> partitions, Random random) {
    List<Analysed> all = new ArrayList<>();
    partitions.forEach(all::addAll);
    Collections.shuffle(all, random);
    return all;
  }

  @Property(tries = 200)
  void every_partition_comes_out_in_offset_order_once(@ForAll long seed, @ForAll @IntRange(min = 1, max = 3) int parts,
                                                      @ForAll @IntRange(min = 0, max = 60) int length) {
    Random random = new Random(seed);
    List<List<Analysed>> partitions = new ArrayList<>();
    for (int p = 0; p < parts; p++) partitions.add(chain("t", p, length, random));
    Resequencer r = new Resequencer(List.of(), List.of());
    List<Analysed> released = new ArrayList<>();
    for (Analysed a : shuffled(partitions, random)) released.addAll(r.offer(a));

    for (int p = 0; p < parts; p++) {
      int partition = p;
      assertThat(released.stream().filter(a -> a.at().partition() == partition).toList())
          .isEqualTo(partitions.get(p));
    }
    assertThat(r.waiting()).isEmpty();
  }

  @Property(tries = 200)
  void a_resequencer_rebuilt_from_its_state_carries_on_as_the_old_one_would(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 3) int parts, @ForAll @IntRange(min = 1, max = 40) int length,
      @ForAll @IntRange(min = 0, max = 100) int cutPercent) {
    Random random = new Random(seed);
    List<List<Analysed>> partitions = new ArrayList<>();
    for (int p = 0; p < parts; p++) partitions.add(chain("t", p, length, random));
    List<Analysed> arrivals = shuffled(partitions, random);
    int cut = arrivals.size() * cutPercent / 100;

    Resequencer whole = new Resequencer(List.of(), List.of());
    List<Analysed> expected = new ArrayList<>();
    for (Analysed a : arrivals) expected.addAll(whole.offer(a));

    Resequencer before = new Resequencer(List.of(), List.of());
    List<Analysed> actual = new ArrayList<>();
    for (Analysed a : arrivals.subList(0, cut)) actual.addAll(before.offer(a));
    Resequencer after = new Resequencer(before.released(), before.waiting());   // a checkpoint and a restore
    for (Analysed a : arrivals.subList(cut, arrivals.size())) actual.addAll(after.offer(a));

    assertThat(actual).isEqualTo(expected);
  }

  @Test
  void a_record_linked_behind_what_was_released_is_a_broken_chain() {
    List<Analysed> c = chain("t", 0, 3, new Random(1));
    Resequencer r = new Resequencer(List.of(), List.of());
    r.offer(c.get(0));
    r.offer(c.get(1));
    assertThatThrownBy(() -> r.offer(c.get(1))).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("order chain is broken");
  }

  @Test
  void a_record_waits_for_its_predecessor_and_then_both_go() {
    List<Analysed> c = chain("t", 0, 3, new Random(2));
    Resequencer r = new Resequencer(List.of(), List.of());
    assertThat(r.offer(c.get(2))).isEmpty();
    assertThat(r.offer(c.get(1))).isEmpty();
    assertThat(r.waiting()).containsExactlyInAnyOrder(c.get(1), c.get(2));
    assertThat(r.offer(c.get(0))).containsExactly(c.get(0), c.get(1), c.get(2));
    assertThat(r.released()).containsExactly(c.get(2).at());
  }
}
