package org.sitrep.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command: one subcommand class per verb. */
@Command(name = "sitrep", mixinStandardHelpOptions = true, version = "sitrep 0.1.0",
    description = "Turns news reports of political violence into structured, source-attributed incidents.",
    subcommands = {RunCommand.class, IngestCommand.class, IncidentsCommand.class, ServeCommand.class,
        ExtractCommand.class, AnalyzeCommand.class, Muc4Command.class, EvalCommand.class, TrainCommand.class,
        org.sitrep.bench.BenchCommand.class})
public final class SitrepCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() { spec.commandLine().usage(System.err); }

  public static void main(String[] args) {
    System.exit(new CommandLine(new SitrepCommand()).execute(args));
  }
}
