package org.sitrep.corenlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LazyTest {
  @Test
  void buildsOnceThoughManyThreadsAskAtOnce() throws Exception {
    AtomicInteger builds = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    Lazy<Object> lazy = new Lazy<>(() -> {
      builds.incrementAndGet();
      sleep(50); // keep the build open while the other threads arrive
      return new Object();
    });
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Object>> results = new ArrayList<>();
      for (int i = 0; i < 8; i++) results.add(pool.submit(() -> { start.await(); return lazy.get(); }));
      start.countDown();
      Object first = results.get(0).get();
      for (Future<Object> f : results) assertThat(f.get()).isSameAs(first);
    } finally {
      pool.shutdownNow();
    }
    assertThat(builds).hasValue(1);
  }

  @Test
  void doesNotBuildUntilAsked() {
    AtomicInteger builds = new AtomicInteger();
    Lazy<String> lazy = new Lazy<>(() -> "v" + builds.incrementAndGet());
    assertThat(builds).hasValue(0);
    assertThat(lazy.get()).isEqualTo("v1");
    assertThat(lazy.get()).isEqualTo("v1");
  }

  @Test
  void aFailedBuildIsTriedAgain() {
    AtomicInteger calls = new AtomicInteger();
    Lazy<String> lazy = new Lazy<>(() -> {
      if (calls.incrementAndGet() == 1) throw new IllegalStateException("model missing");
      return "loaded";
    });
    assertThatThrownBy(lazy::get).isInstanceOf(IllegalStateException.class);
    assertThat(lazy.get()).isEqualTo("loaded");
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
