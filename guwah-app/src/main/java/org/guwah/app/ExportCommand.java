package org.guwah.app;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.guwah.app.imports.CaseBundle;
import org.guwah.store.cases.ListQuery;
import org.guwah.store.audit.AuditAction;
import org.guwah.store.audit.AuditEntry;
import org.guwah.store.cases.Reading;
import org.guwah.store.cases.RecordStore;
import org.guwah.store.cases.Shown;
import org.guwah.store.cases.Slice;
import org.guwah.web.json.CaseJson;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code guwah export json --purpose P [--out FILE]}: the records whose consent allows purpose P,
 * decrypted, in the import format; {@code --all} exports every record (moving an installation).
 */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Export records as JSON (the format `guwah import json` reads).",
        "--purpose P exports only what the consent of every person and source involved allows for P",
        "(INTERNAL_ANALYSIS, AGGREGATE_STATISTICS, PUBLIC_PROFILE, UN_SUBMISSION, PARTNER_SHARING);",
        "--all exports everything, whatever the consent (only to move an installation).",
        "The file holds identity data in clear: keep it encrypted and delete it after use."})
final class ExportCommand implements Callable<Integer> {
  @Mixin GlobalOptions options = new GlobalOptions();

  @Parameters(index = "0", paramLabel = "FORMAT", description = "json")
  String format = "";

  @Option(names = "--out", paramLabel = "FILE", description = "Output file (created with owner-only permissions). Default: standard output")
  @Nullable Path out;

  @Option(names = "--purpose", paramLabel = "P", description = "Export only records whose consent allows this purpose")
  @Nullable String purpose;

  @Option(names = "--all", description = "Export every record whatever its consent (to move an installation)")
  boolean everything;

  @Override
  public Integer call() throws IOException {
    if (!format.equals("json")) {
      throw new IllegalArgumentException("unknown format " + format + " (json)");
    }
    if ((purpose == null) == !everything) {
      throw new IllegalArgumentException("choose what to export: --purpose P (records whose consent allows P) or --all");
    }
    Reading reading = everything ? Reading.everything() : Reading.forPurpose(purpose);
    try (Installation inst = Installation.open(options, false, 2)) {
      var s = inst.store();
      CaseBundle bundle = new CaseBundle(all(s.persons(), reading), all(s.sources(), reading),
          all(s.incidents(), reading), all(s.detentions(), reading), all(s.relationships(), reading));
      AuditCommand.open(inst, options).append(AuditEntry.of(AuditEntry.CLI, AuditAction.EXPORT).withPurpose(everything ? null : purpose)
          .withDetail("scope", everything ? "all" : "purpose")
          .withDetail("persons", bundle.persons().size()).withDetail("sources", bundle.sources().size())
          .withDetail("incidents", bundle.incidents().size()).withDetail("detentions", bundle.detentions().size())
          .withDetail("relationships", bundle.relationships().size()));
      if (out == null) {
        CaseJson.mapper().writerWithDefaultPrettyPrinter().writeValue(System.out, bundle);
        System.out.println();
      } else {
        Files.deleteIfExists(out);
        Files.createFile(out, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
            java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(out))) {
          CaseJson.mapper().writerWithDefaultPrettyPrinter().writeValue(o, bundle);
        }
        System.err.println("exported " + bundle + " to " + out);
      }
    }
    return 0;
  }

  private static <T> List<T> all(RecordStore<T, ?> store, Reading reading) {
    List<T> out = new ArrayList<>();
    Slice<Shown<T>> slice = store.list(ListQuery.first(ListQuery.MAX_LIMIT), reading);
    slice.items().forEach(x -> out.add(x.record()));
    while (slice.after() != null) {
      slice = store.list(new ListQuery(java.util.Map.of(), ListQuery.MAX_LIMIT, slice.after()), reading);
      slice.items().forEach(x -> out.add(x.record()));
    }
    return out;
  }
}
