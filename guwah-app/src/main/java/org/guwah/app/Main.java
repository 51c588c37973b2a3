package org.guwah.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code guwah} command. */
@Command(name = "guwah", mixinStandardHelpOptions = true, version = "guwah 0.1.0",
    description = "Guwah: documenting transnational repression and arbitrary detention.",
    subcommands = {ServeCommand.class, ImportCommand.class, ExportCommand.class, KeysCommand.class, AuditCommand.class,
        BackupCommand.class, SearchCommand.class, LinkCommand.class, LinkEvalCommand.class})
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code (for tests). */
  public static int run(String... args) {
    CommandLine cli = new CommandLine(new Main());
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println("guwah: " + UserErrors.describe(e));
      return UserErrors.exitCode(e);
    });
    return cli.execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
