package org.sitrep.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the project's evaluation data in {@code shared/} (which sits next to the repository): in the start directory
 * or the nearest one above it, so it works from the repository root, a module directory (where Maven runs tests) or
 * a worktree.
 */
public final class SharedData {
  private SharedData() {}

  /** {@code shared/<relative>} above {@code start}, if it exists. */
  public static Optional<Path> locate(Path start, Path relative) {
    Path wanted = Path.of("shared").resolve(relative);
    for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(wanted);
      if (Files.isRegularFile(candidate)) return Optional.of(candidate);
    }
    return Optional.empty();
  }
}
