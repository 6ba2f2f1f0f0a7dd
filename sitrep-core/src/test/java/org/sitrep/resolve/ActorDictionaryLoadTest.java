package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.sitrep.domain.ActorKind;

/** Reports the bundled dictionary's size and load time; asserts its contents, never its speed. */
class ActorDictionaryLoadTest {
  @Test
  void bundledDictionaryIsCompleteAndSmall() throws IOException {
    long t0 = System.nanoTime();
    ActorDictionary dict = ActorDictionary.bundled();
    long ms = (System.nanoTime() - t0) / 1_000_000;
    long t1 = System.nanoTime();
    ActorDictionary.bundled();
    long warmMs = (System.nanoTime() - t1) / 1_000_000;
    long bytes;
    try (InputStream in = ActorDictionary.class.getResourceAsStream(ActorDictionary.PHOENIX)) {
      bytes = in.readAllBytes().length;
    }
    long curated = dict.actors().stream().filter(a -> !a.generic()).filter(a -> a.aliases().size() > 0).count();
    System.out.printf("actor dictionary: %d actors, %d names, %d bytes gzipped, loaded in %d ms (%d ms again)%n",
        dict.actors().size(), dict.nameCount(), bytes, ms, warmMs);
    assertThat(bytes).isLessThan(2_000_000);
    assertThat(dict.actors()).hasSizeGreaterThan(1000);
    assertThat(curated).isGreaterThan(300);
    assertThat(dict.actors()).filteredOn(a -> a.kind() == ActorKind.STATE_FORCES && !a.generic()).isNotEmpty();
    assertThat(dict.actors()).filteredOn(Actor::generic).hasSizeGreaterThan(100);
  }
}
