package org.sitrep.eval;

import java.util.Arrays;

/** The two matchings the scorers need: maximum bipartite matching for 0/1 similarity, and maximum-weight assignment. */
final class Matching {
  private Matching() {}

  /**
   * Size of a maximum matching between rows and columns where {@code edge[i][j]} allows pairing i with j (Kuhn's
   * augmenting paths; sizes here are a handful of entities). With 0/1 similarity this equals what GRIT's
   * {@code linear_sum_assignment} over the similarity matrix sums to.
   */
  static int maximumMatching(boolean[][] edge, int columns) {
    int[] rowOfColumn = new int[columns];
    Arrays.fill(rowOfColumn, -1);
    int size = 0;
    for (int row = 0; row < edge.length; row++) {
      if (augment(edge, row, new boolean[columns], rowOfColumn)) size++;
    }
    return size;
  }

  private static boolean augment(boolean[][] edge, int row, boolean[] seen, int[] rowOfColumn) {
    for (int col = 0; col < seen.length; col++) {
      if (!edge[row][col] || seen[col]) continue;
      seen[col] = true;
      if (rowOfColumn[col] < 0 || augment(edge, rowOfColumn[col], seen, rowOfColumn)) {
        rowOfColumn[col] = row;
        return true;
      }
    }
    return false;
  }

  /**
   * A maximum-weight assignment of rows to columns for non-negative weights (Hungarian algorithm, O(n^3) on the
   * matrix padded to square). Returns, per row, its column or -1; pairs of weight 0 are reported as -1.
   */
  static int[] maximumWeightAssignment(long[][] weight, int columns) {
    int rows = weight.length;
    int n = Math.max(rows, columns);
    long max = 0;
    for (long[] line : weight) for (long w : line) max = Math.max(max, w);
    // Minimise cost = max - weight on the padded square matrix (padding has weight 0).
    long[] u = new long[n + 1];
    long[] v = new long[n + 1];
    int[] p = new int[n + 1];
    int[] way = new int[n + 1];
    for (int i = 1; i <= n; i++) {
      p[0] = i;
      int j0 = 0;
      long[] minv = new long[n + 1];
      Arrays.fill(minv, Long.MAX_VALUE);
      boolean[] used = new boolean[n + 1];
      do {
        used[j0] = true;
        int i0 = p[j0];
        long delta = Long.MAX_VALUE;
        int j1 = 0;
        for (int j = 1; j <= n; j++) {
          if (used[j]) continue;
          long w = (i0 <= rows && j <= columns) ? weight[i0 - 1][j - 1] : 0;
          long cur = (max - w) - u[i0] - v[j];
          if (cur < minv[j]) { minv[j] = cur; way[j] = j0; }
          if (minv[j] < delta) { delta = minv[j]; j1 = j; }
        }
        for (int j = 0; j <= n; j++) {
          if (used[j]) { u[p[j]] += delta; v[j] -= delta; } else { minv[j] -= delta; }
        }
        j0 = j1;
      } while (p[j0] != 0);
      do {
        int j1 = way[j0];
        p[j0] = p[j1];
        j0 = j1;
      } while (j0 != 0);
    }
    int[] columnOfRow = new int[rows];
    Arrays.fill(columnOfRow, -1);
    for (int j = 1; j <= columns; j++) {
      int i = p[j];
      if (i >= 1 && i <= rows && weight[i - 1][j - 1] > 0) columnOfRow[i - 1] = j - 1;
    }
    return columnOfRow;
  }
}
