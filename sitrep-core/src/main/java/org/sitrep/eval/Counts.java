package org.sitrep.eval;

/**
 * Precision and recall counts: {@code pNum} of {@code pDen} predicted items were right and {@code rNum} of
 * {@code rDen} gold items were found. The two numerators differ under GTT's original counting, so both are kept.
 */
public record Counts(int pNum, int pDen, int rNum, int rDen) {
  public static final Counts ZERO = new Counts(0, 0, 0, 0);

  public Counts {
    if (pNum < 0 || pNum > pDen || rNum < 0 || rNum > rDen) {
      throw new IllegalArgumentException("bad counts " + pNum + "/" + pDen + ", " + rNum + "/" + rDen);
    }
  }

  public Counts plus(Counts other) {
    return new Counts(pNum + other.pNum, pDen + other.pDen, rNum + other.rNum, rDen + other.rDen);
  }

  /** 0 when nothing was predicted, as in both reference scripts. */
  public double precision() { return pDen == 0 ? 0 : pNum / (double) pDen; }

  /** 0 when there is nothing to find, as in both reference scripts. */
  public double recall() { return rDen == 0 ? 0 : rNum / (double) rDen; }

  public double f1() { return f1(precision(), recall()); }

  /** The reference scripts' {@code f1} with beta 1; the same double arithmetic keeps GTT's tie-breaking exact. */
  static double f1(double p, double r) { return p + r == 0 ? 0 : 2 * p * r / (p + r); }
}
