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
import org.guwah.store.cases.RecordStore;
import org.guwah.store.cases.Slice;
import org.guwah.web.json.CaseJson;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code guwah export json [--out FILE]}: every record, decrypted, in the import format. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Export every record as JSON (the format `guwah import json` reads).",
        "The file holds identity data in clear: keep it encrypted and delete it after use."})
final class ExportCommand implements Callable<Integer> {
  @Mixin GlobalOptions options = new GlobalOptions();

  @Parameters(index = "0", paramLabel = "FORMAT", description = "json")
  String format = "";

  @Option(names = "--out", paramLabel = "FILE", description = "Output file (created with owner-only permissions). Default: standard output")
  @Nullable Path out;

  @Override
  public Integer call() throws IOException {
    if (!format.equals("json")) {
      throw new IllegalArgumentException("unknown format " + format + " (json)");
    }
    try (Installation inst = Installation.open(options, false, 2)) {
      var s = inst.store();
      CaseBundle bundle = new CaseBundle(all(s.persons()), all(s.sources()), all(s.incidents()), all(s.detentions()),
          all(s.relationships()));
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

  private static <T> List<T> all(RecordStore<T, ?> store) {
    List<T> out = new ArrayList<>();
    Slice<T> slice = store.list(ListQuery.first(ListQuery.MAX_LIMIT));
    out.addAll(slice.items());
    while (slice.after() != null) {
      slice = store.list(new ListQuery(java.util.Map.of(), ListQuery.MAX_LIMIT, slice.after()));
      out.addAll(slice.items());
    }
    return out;
  }
}
