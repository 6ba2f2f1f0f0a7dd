package org.sitrep.learn;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;

/**
 * A binary logistic regression over named sparse features. {@link #train} is plain stochastic gradient descent with L2
 * regularisation, a shuffled order drawn from a fixed seed and a decaying rate: the same examples in the same order
 * always give the same weights. The text form ({@link #write}) is one {@code feature<TAB>weight} line per feature,
 * sorted, after a {@code #bias} line, so that a retrained model diffs cleanly.
 */
public record LogisticModel(double bias, Map<String, Double> weights) {
  /** One training example: its features (name → value) and whether it is positive. */
  public record Example(Map<String, Double> features, boolean positive) {
    public Example {
      features = Map.copyOf(features);
    }
  }

  /** How {@link #train} runs; {@link #DEFAULT} is what {@code sitrep train} uses. */
  public record Settings(int epochs, double rate, double l2, long seed, double decay) {
    public static final Settings DEFAULT = new Settings(30, 0.1, 1e-4, 20261125L);

    /**
     * The step {@code n} runs at {@code rate / (1 + decay * n)}. The default 0.01 suits a thousand examples; a
     * hundred thousand need a slower decay or the model stops learning within the first pass.
     */
    public Settings(int epochs, double rate, double l2, long seed) {
      this(epochs, rate, l2, seed, 0.01);
    }
  }

  public LogisticModel {
    // A hash map, not a sorted one: scoring looks up every feature of every candidate, and a sorted map's string
    // comparisons were most of the MUC-4 role filler's time. {@link #write} sorts.
    weights = Map.copyOf(weights);
  }

  public double probability(Map<String, Double> features) {
    double z = bias;
    for (Map.Entry<String, Double> f : features.entrySet()) {
      Double w = weights.get(f.getKey());
      if (w != null) z += w * f.getValue();
    }
    return 1 / (1 + Math.exp(-z));
  }

  public static LogisticModel train(List<Example> examples, Settings settings) {
    Objects.requireNonNull(settings, "settings");
    // Features are numbered once and each example kept as sorted index/value arrays: the same updates in the same
    // order as a map-per-step version (names in sorted order within an example), at a fraction of the cost, which
    // matters for the role models' hundreds of thousands of candidates.
    Map<String, Integer> ids = new HashMap<>();
    List<String> names = new ArrayList<>();
    int[][] index = new int[examples.size()][];
    double[][] value = new double[examples.size()][];
    for (int i = 0; i < examples.size(); i++) {
      Map<String, Double> features = examples.get(i).features();
      List<String> sorted = new ArrayList<>(features.keySet());
      Collections.sort(sorted);
      index[i] = new int[sorted.size()];
      value[i] = new double[sorted.size()];
      for (int k = 0; k < sorted.size(); k++) {
        String n = sorted.get(k);
        Integer id = ids.get(n);
        if (id == null) {
          id = names.size();
          ids.put(n, id);
          names.add(n);
        }
        index[i][k] = id;
        value[i][k] = features.get(n);
      }
    }
    double[] w = new double[names.size()];
    double b = 0;
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < examples.size(); i++) order.add(i);
    Random random = new Random(settings.seed());
    int step = 0;
    for (int epoch = 0; epoch < settings.epochs(); epoch++) {
      Collections.shuffle(order, random);
      for (int i : order) {
        double rate = settings.rate() / (1 + settings.decay() * step++);
        int[] idx = index[i];
        double[] val = value[i];
        double z = b;
        for (int k = 0; k < idx.length; k++) z += w[idx[k]] * val[k];
        double gradient = 1 / (1 + Math.exp(-z)) - (examples.get(i).positive() ? 1 : 0);
        for (int k = 0; k < idx.length; k++) {
          double old = w[idx[k]];
          w[idx[k]] = old - rate * (gradient * val[k] + settings.l2() * old);
        }
        b -= rate * gradient;
      }
    }
    Map<String, Double> weights = new HashMap<>();
    for (int j = 0; j < w.length; j++) weights.put(names.get(j), w[j]);
    return new LogisticModel(b, weights).pruned(1e-6);
  }

  /**
   * This model without the weights smaller than {@code minAbs} in magnitude. The role models learn a weight for every
   * word and pattern seen once; most end near zero and only swell the committed file, so they are dropped before
   * writing (and before cross-validating, so that the numbers reported are the pruned models').
   */
  public LogisticModel pruned(double minAbs) {
    Map<String, Double> kept = new HashMap<>();
    for (Map.Entry<String, Double> e : weights.entrySet()) {
      if (Math.abs(e.getValue()) >= minAbs) kept.put(e.getKey(), e.getValue());
    }
    return new LogisticModel(bias, kept);
  }

  public void write(Writer out) throws IOException {
    out.write("#bias\t" + bias + "\n");
    for (Map.Entry<String, Double> e : new TreeMap<>(weights).entrySet()) {
      out.write(e.getKey() + "\t" + e.getValue() + "\n");
    }
  }

  /** Reads {@link #write}'s format; a malformed line names its line number. */
  public static LogisticModel read(BufferedReader in) throws IOException {
    double bias = 0;
    Map<String, Double> weights = new HashMap<>();
    String line;
    int n = 0;
    while ((line = in.readLine()) != null) {
      n++;
      if (line.isBlank()) continue;
      int tab = line.lastIndexOf('\t');
      if (tab < 0) throw new IOException("line " + n + ": expected feature<TAB>weight");
      double value;
      try {
        value = Double.parseDouble(line.substring(tab + 1));
      } catch (NumberFormatException e) {
        throw new IOException("line " + n + ": not a number: " + line.substring(tab + 1), e);
      }
      String name = line.substring(0, tab);
      if (name.equals("#bias")) bias = value;
      else weights.put(name, value);
    }
    return new LogisticModel(bias, weights);
  }
}
