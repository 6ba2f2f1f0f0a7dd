package org.sitrep.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Matches a partial, order-insensitive JSON pattern against actual JSON, so a specification-by-example test states
 * only what an analyst insists on and survives new output fields and reordering.
 *
 * <p>Semantics:
 * <ul>
 *   <li>object pattern: every key in the pattern must match the actual value under that key; actual keys the pattern
 *       does not name are ignored;</li>
 *   <li>array pattern: unordered containment: each pattern element must match a <em>distinct</em> actual element
 *       (a maximum bipartite matching is searched, so the order of pattern elements never matters). An empty array
 *       pattern therefore matches any array;</li>
 *   <li>{@code {"$exactly": [...]}}: as an array pattern, and the actual array must have exactly as many elements
 *       ({@code {"$exactly": []}} is how to say "empty");</li>
 *   <li>a string starting with {@code ~}: the rest must be a case-insensitive substring of the actual string;</li>
 *   <li>null: matches JSON null or an absent key;</li>
 *   <li>other scalars: equal, numbers by value ({@code 27} matches {@code 27.0}).</li>
 * </ul>
 * A malformed pattern (an {@code $exactly} that is not alone or not an array) is a bug in the test and throws.
 */
public final class JsonPattern {
  /** The key of the one operator: an array pattern that also fixes the length. */
  public static final String EXACTLY = "$exactly";

  private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final int SHOWN_CHARS = 160;

  private JsonPattern() {}

  /**
   * Every mismatch between {@code pattern} and {@code actual}, each as {@code "<path>: <what differs>"} with paths
   * like {@code $.incidents[#0→2].tolls[#1]}: {@code #0→2} reads "pattern element 0, compared with its closest
   * actual element 2". Empty when the actual JSON matches.
   */
  public static List<String> mismatches(JsonNode pattern, JsonNode actual) {
    if (pattern == null) throw new IllegalArgumentException("null pattern: use NullNode for JSON null");
    List<String> out = new ArrayList<>();
    match(pattern, actual == null ? MissingNode.getInstance() : actual, "$", out);
    return List.copyOf(out);
  }

  /** Whether {@code actual} matches {@code pattern}; see {@link #mismatches}. */
  public static boolean matches(JsonNode pattern, JsonNode actual) {
    return mismatches(pattern, actual).isEmpty();
  }

  private static void match(JsonNode p, JsonNode a, String path, List<String> out) {
    if (p.isObject() && p.has(EXACTLY)) {
      if (p.size() != 1) throw new IllegalArgumentException(path + ": " + EXACTLY + " must be the only key");
      JsonNode elements = p.get(EXACTLY);
      if (!elements.isArray()) throw new IllegalArgumentException(path + ": " + EXACTLY + " takes an array");
      matchArray(elements, a, path, true, out);
    } else if (p.isObject()) {
      matchObject(p, a, path, out);
    } else if (p.isArray()) {
      matchArray(p, a, path, false, out);
    } else {
      matchScalar(p, a, path, out);
    }
  }

  private static void matchObject(JsonNode p, JsonNode a, String path, List<String> out) {
    if (!a.isObject()) {
      out.add(path + ": expected an object, got " + show(a));
      return;
    }
    Iterator<Map.Entry<String, JsonNode>> fields = p.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> f = fields.next();
      JsonNode child = a.get(f.getKey());
      match(f.getValue(), child == null ? MissingNode.getInstance() : child, path + key(f.getKey()), out);
    }
  }

  private static void matchArray(JsonNode p, JsonNode a, String path, boolean exactly, List<String> out) {
    if (!a.isArray()) {
      out.add(path + ": expected an array, got " + show(a));
      return;
    }
    int n = p.size();
    int m = a.size();
    if (exactly && n != m) {
      out.add(path + ": expected exactly " + n + " element" + (n == 1 ? "" : "s") + ", got " + m);
    }
    // The mismatches of every (pattern element, actual element) pair: the matching needs them, and the report
    // reuses them to show how the closest candidate differs.
    List<List<List<String>>> pair = new ArrayList<>(n);
    boolean[][] fits = new boolean[n][m];
    for (int i = 0; i < n; i++) {
      List<List<String>> row = new ArrayList<>(m);
      for (int j = 0; j < m; j++) {
        List<String> diff = new ArrayList<>();
        match(p.get(i), a.get(j), path + "[#" + i + "→" + j + "]", diff);
        row.add(diff);
        fits[i][j] = diff.isEmpty();
      }
      pair.add(row);
    }
    int[] actualFor = maximumMatching(fits, n, m);
    boolean[] used = new boolean[m];
    for (int j : actualFor) if (j >= 0) used[j] = true;
    for (int i = 0; i < n; i++) {
      if (actualFor[i] >= 0) continue;
      if (m == 0) {
        out.add(path + "[#" + i + "]: the array is empty; nothing to match " + show(p.get(i)));
        continue;
      }
      List<Integer> candidates = new ArrayList<>();
      for (int j = 0; j < m; j++) if (fits[i][j]) candidates.add(j);
      if (!candidates.isEmpty()) {
        out.add(path + "[#" + i + "]: matches only element(s) " + candidates
            + ", each needed by another pattern element: " + show(p.get(i)));
        continue;
      }
      int closest = 0;
      for (int j = 1; j < m; j++) if (pair.get(i).get(j).size() < pair.get(i).get(closest).size()) closest = j;
      out.add(path + "[#" + i + "]: no element matches " + show(p.get(i)) + "; closest is [" + closest + "]:");
      out.addAll(pair.get(i).get(closest));
    }
    if (exactly && m > n) {
      for (int j = 0; j < m; j++) if (!used[j]) out.add(path + "[" + j + "]: unexpected element " + show(a.get(j)));
    }
  }

  /**
   * Kuhn's augmenting-path matching: for each pattern element, the index of its actual element, or -1. Maximum, so
   * an element is reported unmatched only when no assignment at all could place it.
   */
  private static int[] maximumMatching(boolean[][] fits, int n, int m) {
    int[] patternFor = new int[m];
    Arrays.fill(patternFor, -1);
    for (int i = 0; i < n; i++) augment(i, fits, patternFor, new boolean[m]);
    int[] actualFor = new int[n];
    Arrays.fill(actualFor, -1);
    for (int j = 0; j < m; j++) if (patternFor[j] >= 0) actualFor[patternFor[j]] = j;
    return actualFor;
  }

  private static boolean augment(int i, boolean[][] fits, int[] patternFor, boolean[] seen) {
    for (int j = 0; j < patternFor.length; j++) {
      if (!fits[i][j] || seen[j]) continue;
      seen[j] = true;
      if (patternFor[j] < 0 || augment(patternFor[j], fits, patternFor, seen)) {
        patternFor[j] = i;
        return true;
      }
    }
    return false;
  }

  private static void matchScalar(JsonNode p, JsonNode a, String path, List<String> out) {
    if (p.isNull()) {
      if (!a.isNull() && !a.isMissingNode()) out.add(path + ": expected null, got " + show(a));
    } else if (p.isTextual() && p.asText().startsWith("~")) {
      String needle = p.asText().substring(1);
      boolean found = a.isTextual()
          && a.asText().toLowerCase(Locale.ROOT).contains(needle.toLowerCase(Locale.ROOT));
      if (!found) out.add(path + ": expected text containing " + show(p.textValue().substring(1)) + ", got " + show(a));
    } else if (p.isNumber()) {
      if (!a.isNumber() || p.decimalValue().compareTo(a.decimalValue()) != 0) {
        out.add(path + ": expected " + p + ", got " + show(a));
      }
    } else if (!p.equals(a)) {
      out.add(path + ": expected " + p + ", got " + show(a));
    }
  }

  private static String key(String name) {
    return PLAIN_KEY.matcher(name).matches() ? "." + name : "[\"" + name.replace("\"", "\\\"") + "\"]";
  }

  private static String show(String text) {
    return show(TextNode.valueOf(text));
  }

  private static String show(JsonNode node) {
    if (node.isMissingNode()) return "nothing (no such key)";
    String s = node.toString();
    return s.length() <= SHOWN_CHARS ? s : s.substring(0, SHOWN_CHARS) + "…";
  }
}
