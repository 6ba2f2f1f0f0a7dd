package org.sitrep.eval;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The MUC-4 splits kept in shared/data/muc4 (GRIT/GTT's train and dev). There is deliberately no test split: it is
 * held out, and nothing here looks for it.
 */
public enum Muc4Split {
  TRAIN("train.jsonl"),
  DEV("dev.jsonl");

  /** Where the splits live relative to a directory above the repository (the repo sits next to shared/). */
  public static final Path DATA_DIR = Path.of("shared", "data", "muc4");

  private final String fileName;

  Muc4Split(String fileName) { this.fileName = fileName; }

  public String fileName() { return fileName; }

  /** {@code shared/data/muc4/<split>.jsonl} in {@code start} or the nearest directory above it. */
  public Optional<Path> locate(Path start) {
    return SharedData.locate(start, Path.of("data", "muc4", fileName));
  }
}
