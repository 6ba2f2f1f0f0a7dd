package org.sitrep.eval;

import java.nio.file.Files;
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

  /**
   * Finds {@code shared/data/muc4/<split>.jsonl} in {@code start} or the nearest directory above it, so the
   * default works from the repository root, from a module directory (where Maven runs tests) or from a worktree.
   */
  public Optional<Path> locate(Path start) {
    for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(DATA_DIR).resolve(fileName);
      if (Files.isRegularFile(candidate)) return Optional.of(candidate);
    }
    return Optional.empty();
  }
}
