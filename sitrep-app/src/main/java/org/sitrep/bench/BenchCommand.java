package org.sitrep.bench;

import picocli.CommandLine.Command;

/** {@code sitrep bench ...}: speed benchmarks, each measured against a baseline in the same run. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks (throughput against a baseline).",
    subcommands = {ExtractBench.class, IngestBench.class, ServeBench.class})
public final class BenchCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() { spec.commandLine().usage(System.err); }
}
