package org.guwah.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.guwah.app.imports.BundleImport;
import org.guwah.store.audit.AuditAction;
import org.guwah.store.audit.AuditEntry;
import org.guwah.store.audit.AuditLog;
import org.guwah.app.imports.ImportFileException;
import org.guwah.app.imports.PersonCsvReader;
import org.guwah.app.imports.Rejection;
import org.guwah.core.people.Person;
import org.guwah.forms.tables.ListFileException;
import org.guwah.forms.tables.ListLimits;
import org.guwah.store.lists.ListKind;
import org.guwah.store.lists.ListStore;
import org.guwah.store.lists.NewList;
import org.guwah.web.lists.ListImport;
import org.guwah.web.lists.ListLinking;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code guwah import json|csv|list FILE}. */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = {"Import records from a file, in one transaction.",
        "list: a list of people (CSV or XLSX with a header row; NGO lists, community registers, leaked official"
            + " spreadsheets with Chinese headers) stored sealed, then matched against the recorded people;"
            + " proposed matches wait for review on the /review page. Options --title and --kind.",
        "json: a file written by `guwah export json` (persons, sources, incidents, detentions, relationships).",
        "csv: persons, one a row, UTF-8 with a header; columns: record_id, name, name_script, name_<script>"
            + " (e.g. name_hanzi, name_uey), source, sex, ethnicity, identity_level, birth, birth_date, birth_year,"
            + " home_country, home_county, home_locality, home_detail, place, residence_country, phone, wechat,"
            + " whatsapp, telegram, signal, email, id_number, protected_third_party, notes.",
        "By default a file with any bad row is rejected whole and nothing is written."})
final class ImportCommand implements Callable<Integer> {
  @Mixin GlobalOptions options = new GlobalOptions();

  @Parameters(index = "0", paramLabel = "FORMAT", description = "json, csv or list")
  String format = "";

  @Parameters(index = "1", paramLabel = "FILE")
  Path file = Path.of("");

  @Option(names = "--keep-valid", description = "Write the valid rows and report the rejected ones")
  boolean keepValid;

  @Option(names = "--report", paramLabel = "FILE",
      description = "Where to write the rejected rows (line, field, reason; no values). Default: FILE.rejected.csv")
  @Nullable Path report;

  @Option(names = "--title", paramLabel = "TEXT", description = "list: what to call the list (default: the file name)")
  @Nullable String title;

  @Option(names = "--kind", paramLabel = "KIND",
      description = "list: leaked_official, ngo, community, media or other (default: other)")
  String kind = "other";

  @Override
  public Integer call() throws IOException {
    if (!format.equals("json") && !format.equals("csv") && !format.equals("list")) {
      throw new IllegalArgumentException("unknown format " + format + " (json, csv or list)");
    }
    if (!Files.isRegularFile(file)) {
      throw new ImportFileException("no such file: " + file);
    }
    if (format.equals("list")) {
      return importList();
    }
    if (format.equals("csv")) {
      PersonCsvReader.Result parsed = new PersonCsvReader().read(file);
      if (!parsed.ignoredColumns().isEmpty()) {
        System.err.println("ignored columns (not part of a person record): " + String.join(", ", parsed.ignoredColumns()));
      }
      if (parsed.rows() == 0) {
        throw new ImportFileException("the file has a header but no data rows");
      }
      if (!parsed.rejections().isEmpty() && !keepValid) {
        return rejected(parsed.rejections(), parsed.rows());
      }
      try (Installation inst = Installation.open(options, true, 2)) {
        List<Person> persons = parsed.persons();
        Progress progress = Progress.onStderr("importing", persons.size());
        AuditLog audit = AuditCommand.open(inst, options);
        inst.store().inTransaction(h -> {
          List<java.util.UUID> ids = new java.util.ArrayList<>(persons.size());
          for (int from = 0; from < persons.size(); from += 1000) {
            List<Person> chunk = persons.subList(from, Math.min(persons.size(), from + 1000));
            inst.store().persons().createAll(h, chunk).forEach(p -> ids.add(p.id()));
            progress.advance(chunk.size());
          }
          // the audit entries commit with the records (last in the transaction: it locks the chain head)
          List<AuditEntry> entries = new java.util.ArrayList<>();
          for (int from = 0; from < ids.size(); from += AuditEntry.MAX_RECORD_IDS) {
            entries.add(AuditEntry.of(AuditEntry.CLI, AuditAction.IMPORT).withKind("person")
                .withRecords(ids.subList(from, Math.min(ids.size(), from + AuditEntry.MAX_RECORD_IDS)))
                .withDetail("format", "csv").withDetail("rows", ids.size()));
          }
          audit.appendWithin(h, entries);
          return null;
        });
        progress.finish();
      }
      System.out.printf("imported %,d persons from %,d rows%n", parsed.persons().size(), parsed.rows());
      return finish(parsed.rejections());
    }
    try (Installation inst = Installation.open(options, true, 2)) {
      BundleImport.Outcome outcome = new BundleImport(inst.store()).run(file, keepValid);
      if (outcome.written().isEmpty() && !outcome.rejections().isEmpty()) {
        return rejected(outcome.rejections(), -1);
      }
      AuditEntry entry = AuditEntry.of(AuditEntry.CLI, AuditAction.IMPORT).withDetail("format", "json");
      for (var e : outcome.written().entrySet()) {
        entry = entry.withDetail(e.getKey(), e.getValue());
      }
      AuditCommand.open(inst, options).append(entry);
      System.out.println("imported " + outcome.written());
      return finish(outcome.rejections());
    }
  }

  private int importList() throws IOException {
    ListKind listKind = ListKind.fromCode(kind).orElseThrow(() -> new IllegalArgumentException(
        "unknown list kind (leaked_official, ngo, community, media or other)"));
    String name = file.getFileName().toString();
    String listTitle = title == null || title.isBlank() ? name : title.strip();
    if (listTitle.length() > NewList.MAX_TITLE) {
      throw new IllegalArgumentException("the title is longer than " + NewList.MAX_TITLE + " characters");
    }
    try (Installation inst = Installation.open(options, true, 2)) {
      Clock clock = Clock.systemUTC();
      ListStore lists = ListStore.create(inst.store().jdbi(), inst.keys(), clock);
      ListImport imports = new ListImport(lists, new ListLinking(inst.store(), lists, clock),
          AuditCommand.open(inst, options), ListLimits.defaults());
      ListImport.Imported done;
      try (InputStream in = Files.newInputStream(file)) {
        done = imports.importFile(in, name, listTitle, listKind, null, AuditEntry.CLI, new LinkCommand.PhaseProgress());
      } catch (ListFileException e) {
        System.err.println("nothing imported: " + e.getMessage());
        e.problems().stream().limit(20).forEach(p -> System.err.println("  " + p));
        return 1;
      } catch (ListImport.NoLinkableColumnException e) {
        System.err.println("nothing imported: " + e.getMessage()
            + "; name the columns in the header row, e.g. name, 姓名, id_number, 身份证号");
        return 1;
      }
      done.warnings().stream().limit(20).forEach(p -> System.err.println("note: " + p));
      System.out.printf("imported list %s: %,d rows (%s)%n", done.list().id(), done.list().rowCount(), done.format());
      ListLinking.Outcome o = done.linked();
      if (o == null) {
        System.err.println("matching failed; the list is stored: run the import's matching again from the list page");
        return 3;
      }
      System.out.printf("matched against %,d recorded people: %,d likely, %,d possible; %,d waiting for review,"
          + " %,d settled by earlier decisions%n", o.persons(), o.likely(), o.possible(), o.saved().waiting(),
          o.saved().reused());
      return 0;
    }
  }

  private int rejected(List<Rejection> rejections, long rows) throws IOException {
    System.err.println("nothing imported: " + rejections.size() + " problem(s)" + (rows >= 0 ? " in " + rows + " rows" : "")
        + "; fix them, or use --keep-valid to import the valid rows");
    printSome(rejections);
    writeReport(rejections);
    return 1;
  }

  private int finish(List<Rejection> rejections) throws IOException {
    if (!rejections.isEmpty()) {
      System.err.println(rejections.size() + " problem(s); those rows were not imported:");
      printSome(rejections);
      writeReport(rejections);
      return 3;
    }
    return 0;
  }

  private static void printSome(List<Rejection> rejections) {
    rejections.stream().limit(20).forEach(r -> System.err.println("  " + r));
    if (rejections.size() > 20) {
      System.err.println("  … and " + (rejections.size() - 20) + " more (see the report)");
    }
  }

  private void writeReport(List<Rejection> rejections) throws IOException {
    Path out = report != null ? report : file.resolveSibling(file.getFileName() + ".rejected.csv");
    try (PrintStream ps = new PrintStream(Files.newOutputStream(out), false, StandardCharsets.UTF_8)) {
      ps.println("line,field,reason");
      for (Rejection r : rejections) {
        ps.println(r.line() + "," + csv(r.field()) + "," + csv(r.reason()));
      }
    }
    System.err.println("report: " + out);
  }

  private static String csv(String s) {
    String safe = s.isEmpty() || "=+-@\t\r".indexOf(s.charAt(0)) < 0 ? s : "'" + s;
    return "\"" + safe.replace("\"", "\"\"") + "\"";
  }
}
