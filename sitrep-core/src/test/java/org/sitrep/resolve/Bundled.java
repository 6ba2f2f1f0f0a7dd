package org.sitrep.resolve;

/** The bundled gazetteer, loaded once for all resolve tests (it is immutable; loading takes about a second). */
final class Bundled {
  static final Gazetteer GAZETTEER = Gazetteer.bundled();

  private Bundled() {}
}
