package org.guwah.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.guwah.store.audit.AuditEntry;
import org.guwah.store.audit.AuditKeys;
import org.guwah.store.audit.AuditLog;
import org.guwah.store.audit.AuditProblem;
import org.guwah.store.audit.AuditRecord;
import org.guwah.store.audit.AuditVerification;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code guwah audit verify|tail}: check and view the hash-chained audit log. */
@Command(name = "audit", mixinStandardHelpOptions = true,
    description = {"Check and view the audit log (who did what, when, for which purpose; never identity values).",
        "verify: check every entry's MAC, the order, the head and the anchor file DATA/audit.anchor;",
        "  exit 0 if intact, " + AuditCommand.TAMPERED + " if entries were edited, removed, reordered or inserted.",
        "tail [-n N]: show the last N entries."},
    subcommands = {AuditCommand.Verify.class, AuditCommand.Tail.class})
final class AuditCommand implements Runnable {
  /** Exit code of {@code audit verify} when the chain is not intact. */
  static final int TAMPERED = 4;

  /** Problems printed by {@code audit verify}. */
  static final int SHOWN_PROBLEMS = 20;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /** The anchor file of a data folder. */
  static Path anchorFile(GlobalOptions options) {
    return options.dataDir().resolve("audit.anchor");
  }

  /** The installation, with keys opened from custody shares when {@code shareFiles} are given. */
  static Installation installation(GlobalOptions options, List<Path> shareFiles) {
    return Installation.open(options, false, 2, shareFiles.stream().map(KeysCommand::readShareFile).toList());
  }

  static AuditLog open(Installation inst, GlobalOptions options) {
    return AuditLog.open(inst.database(), AuditKeys.chainKey(inst.keys()), Clock.systemUTC(),
        anchorFile(options));
  }

  @Command(name = "verify", mixinStandardHelpOptions = true,
      description = {"Check the whole audit chain. Exit 0 if intact, " + TAMPERED + " if not (the first"
          + " problems are listed by seq and kind, never with values), 1 if it could not be checked."})
  static final class Verify implements Callable<Integer> {
    @Mixin GlobalOptions options = new GlobalOptions();

    @Option(names = "--share", paramLabel = "FILE",
        description = "Sealed keys: a custody share file (repeat until enough shares open the keys)")
    List<Path> shareFiles = new ArrayList<>();

    @Override
    public Integer call() {
      try (Installation inst = installation(options, shareFiles)) {
        Path anchor = anchorFile(options);
        AuditVerification result = open(inst, options).verify();
        String anchorNote = Files.exists(anchor) ? "anchor " + anchor : "no anchor file yet (" + anchor + ")";
        if (result.ok()) {
          System.out.printf("audit intact: %,d entries checked, last seq %d; %s%n",
              result.entriesChecked(), result.lastSeq(), anchorNote);
          return 0;
        }
        for (AuditProblem p : result.problems().subList(0, Math.min(SHOWN_PROBLEMS, result.problems().size()))) {
          System.out.println(p.describe());
        }
        if (result.problemCount() > SHOWN_PROBLEMS) {
          System.out.printf("... and %,d more%n", result.problemCount() - SHOWN_PROBLEMS);
        }
        System.err.printf("guwah: audit NOT intact: %,d problem%s in %,d entries checked; first at seq %s%n",
            result.problemCount(), result.problemCount() == 1 ? "" : "s", result.entriesChecked(),
            result.firstProblems(5));
        return TAMPERED;
      }
    }
  }

  @Command(name = "tail", mixinStandardHelpOptions = true,
      description = {"Show the last entries as stored (run `guwah audit verify` to check them)."})
  static final class Tail implements Callable<Integer> {
    @Mixin GlobalOptions options = new GlobalOptions();

    @Option(names = "--share", paramLabel = "FILE",
        description = "Sealed keys: a custody share file (repeat until enough shares open the keys)")
    List<Path> shareFiles = new ArrayList<>();

    @Option(names = "-n", paramLabel = "N", description = "How many entries (1 to " + AuditLog.MAX_LIST + "). Default: 20")
    int count = 20;

    @Override
    public Integer call() {
      if (count < 1 || count > AuditLog.MAX_LIST) {
        throw new IllegalArgumentException("-n must be between 1 and " + AuditLog.MAX_LIST);
      }
      try (Installation inst = installation(options, shareFiles)) {
        List<AuditRecord> records = open(inst, options).tail(count);
        if (records.isEmpty()) {
          System.out.println("the audit log is empty");
        }
        records.forEach(r -> System.out.println(line(r)));
      }
      return 0;
    }
  }

  /** One line per entry: seq, time, actor, action, kind, purpose, records, detail. */
  static String line(AuditRecord r) {
    AuditEntry e = r.entry();
    if (!r.readable() || e == null) {
      return r.seq() + "  (not a valid entry: run `guwah audit verify`)";
    }
    StringBuilder s = new StringBuilder()
        .append(r.seq()).append("  ").append(r.at()).append("  ").append(e.actor()).append("  ")
        .append(e.action().code());
    if (e.kind() != null) {
      s.append("  kind=").append(e.kind());
    }
    if (e.purpose() != null) {
      s.append("  purpose=").append(e.purpose());
    }
    if (!e.recordIds().isEmpty()) {
      s.append("  records=").append(records(e.recordIds()));
    }
    if (!e.detail().isEmpty()) {
      s.append("  ").append(e.detail().entrySet().stream()
          .map(d -> d.getKey() + "=" + d.getValue()).collect(Collectors.joining(" ")));
    }
    return s.toString();
  }

  private static String records(List<UUID> ids) {
    return ids.size() <= 3
        ? ids.stream().map(UUID::toString).collect(Collectors.joining(","))
        : ids.size() + " (" + ids.get(0) + ",...)";
  }
}
