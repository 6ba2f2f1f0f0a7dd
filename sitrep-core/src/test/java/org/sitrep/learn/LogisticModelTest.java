package org.sitrep.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LogisticModelTest {
  /** "bomb" marks positives, "lecture" negatives, "the" both; plus noise words drawn from a fixed seed. */
  private static List<LogisticModel.Example> examples(long seed) {
    Random r = new Random(seed);
    List<LogisticModel.Example> out = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      boolean positive = i % 2 == 0;
      Map<String, Double> f = new java.util.HashMap<>();
      f.put(positive ? "bomb" : "lecture", 1.0);
      f.put("the", 1.0);
      f.put("noise" + r.nextInt(20), 1.0);
      out.add(new LogisticModel.Example(f, positive));
    }
    return out;
  }

  @Test
  void learnsWhichFeatureMarksPositives() {
    LogisticModel m = LogisticModel.train(examples(1), LogisticModel.Settings.DEFAULT);
    assertThat(m.probability(Map.of("bomb", 1.0, "the", 1.0))).isGreaterThan(0.9);
    assertThat(m.probability(Map.of("lecture", 1.0, "the", 1.0))).isLessThan(0.1);
    assertThat(m.weights().get("bomb")).isGreaterThan(Math.abs(m.weights().getOrDefault("the", 0.0)));
  }

  @Test
  void sameExamplesGiveTheSameModel() throws IOException {
    String a = text(LogisticModel.train(examples(7), LogisticModel.Settings.DEFAULT));
    String b = text(LogisticModel.train(examples(7), LogisticModel.Settings.DEFAULT));
    assertThat(a).isEqualTo(b);
    LogisticModel.Settings otherSeed = new LogisticModel.Settings(30, 0.1, 1e-4, 99);
    assertThat(text(LogisticModel.train(examples(7), otherSeed))).isNotEqualTo(a);
  }

  @Test
  void writtenModelReadsBackWithTheSameScores() throws IOException {
    LogisticModel m = LogisticModel.train(examples(3), LogisticModel.Settings.DEFAULT);
    LogisticModel back = LogisticModel.read(new BufferedReader(new StringReader(text(m))));
    assertThat(back).isEqualTo(m);
    Map<String, Double> doc = Map.of("bomb", 1.0, "noise3", 1.0);
    assertThat(back.probability(doc)).isEqualTo(m.probability(doc));
  }

  @Test
  void aSlowerDecayLearnsMoreFromManyRareExamples() {
    // 1 positive in 50, as for a role among candidate phrases: with the default decay the rate is gone before the
    // rare positives have moved their feature far
    List<LogisticModel.Example> examples = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      boolean positive = i % 50 == 0;
      examples.add(new LogisticModel.Example(Map.of(positive ? "h:bomb" : "h:word" + (i % 97), 1.0), positive));
    }
    LogisticModel fast = LogisticModel.train(examples, new LogisticModel.Settings(3, 0.05, 1e-6, 1L));
    LogisticModel slow = LogisticModel.train(examples, new LogisticModel.Settings(3, 0.05, 1e-6, 1L, 2e-6));
    assertThat(slow.probability(Map.of("h:bomb", 1.0))).isGreaterThan(0.9)
        .isGreaterThan(fast.probability(Map.of("h:bomb", 1.0)));
    assertThat(slow.probability(Map.of("h:word5", 1.0))).isLessThan(0.1);
  }

  @Test
  void pruningDropsOnlySmallWeightsAndKeepsTheBias() {
    LogisticModel m = new LogisticModel(0.5, Map.of("big", 2.0, "neg", -0.01, "tiny", 5e-4, "tinyNeg", -9e-4));
    LogisticModel p = m.pruned(1e-3);
    assertThat(p.weights()).containsOnlyKeys("big", "neg");
    assertThat(p.bias()).isEqualTo(0.5);
    assertThat(p.probability(Map.of("big", 1.0, "neg", 1.0))).isEqualTo(m.probability(Map.of("big", 1.0, "neg", 1.0)));
    assertThat(m.pruned(0).weights()).hasSize(4);
  }

  @Test
  void malformedLineNamesItsNumber() {
    assertThatThrownBy(() -> LogisticModel.read(new BufferedReader(new StringReader("#bias\t0.1\nw:bomb\tlots\n"))))
        .isInstanceOf(IOException.class).hasMessageContaining("line 2");
    assertThatThrownBy(() -> LogisticModel.read(new BufferedReader(new StringReader("no tab here\n"))))
        .isInstanceOf(IOException.class).hasMessageContaining("line 1");
  }

  private static String text(LogisticModel m) throws IOException {
    StringWriter w = new StringWriter();
    m.write(w);
    return w.toString();
  }
}
