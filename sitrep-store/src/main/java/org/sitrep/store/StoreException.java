package org.sitrep.store;

/**
 * The database could not do what the store asked: unreachable, locked past the busy timeout, a constraint violated,
 * or a schema this version of sitrep cannot use. Whatever the call was writing has been rolled back.
 */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message, Throwable cause) { super(message, cause); }

  public StoreException(String message) { super(message); }
}
