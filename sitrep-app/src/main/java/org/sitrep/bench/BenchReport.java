package org.sitrep.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/**
 * {@code --report FILE}: every benchmark appends a dated section with the exact command and the machine it ran on,
 * so a number in docs/benchmarks.md can always be reproduced and never stands without its conditions.
 */
final class BenchReport {
  @Option(names = "--report", description = "Markdown file the results are appended to (default: ${DEFAULT-VALUE}).",
      defaultValue = "docs/benchmarks.md")
  Path report;

  /**
   * Appends "## bench NAME — date", then "Command: `COMMAND`; CONDITIONS, N cores, max heap M MB." and the table.
   */
  void append(String name, String command, String conditions, String table) throws IOException {
    if (report.getParent() != null) Files.createDirectories(report.getParent());
    String section = String.format("%n## bench %s — %s%n%nCommand: `%s`; %s, %d cores, max heap %d MB.%n%n%s", name,
        LocalDate.now(), command, conditions, Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() / (1024 * 1024), table);
    Files.writeString(report, section, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    System.err.println("bench: results appended to " + report);
  }
}
