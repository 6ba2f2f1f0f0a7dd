package org.sitrep.store;

import java.util.Locale;

/** Enum columns hold the enum's {@code wire()} name (its name, lower-cased); this reads them back. */
final class Wire {
  private Wire() {}

  static String of(Enum<?> e) { return e.name().toLowerCase(Locale.ROOT); }

  /** The constant a column names; a value no constant has means the row was not written by this store: a bug. */
  static <E extends Enum<E>> E parse(Class<E> type, String wire) {
    try {
      return Enum.valueOf(type, wire.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("no " + type.getSimpleName() + " is called '" + wire + "' in the database", e);
    }
  }
}
