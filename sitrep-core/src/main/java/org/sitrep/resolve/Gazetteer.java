package org.sitrep.resolve;

import java.util.List;

/** Place names to candidate places. (Skeleton: the bundled GeoNames-derived index replaces this.) */
public final class Gazetteer {
  public static Gazetteer bundled() { return new Gazetteer(); }

  public List<Object> lookup(String name) { return List.of(); }
}
