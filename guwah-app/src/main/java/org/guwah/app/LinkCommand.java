package org.guwah.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.guwah.analysis.linkage.Field;
import org.guwah.analysis.linkage.FieldEvidence;
import org.guwah.analysis.linkage.FsModel;
import org.guwah.analysis.linkage.Link;
import org.guwah.analysis.linkage.LinkOptions;
import org.guwah.analysis.linkage.LinkProgress;
import org.guwah.analysis.linkage.LinkResult;
import org.guwah.analysis.linkage.LinkStats;
import org.guwah.analysis.linkage.Linker;
import org.guwah.analysis.linkage.ReviewDecision;
import org.guwah.app.linkage.CsvFiles;
import org.guwah.app.linkage.LinkInputException;
import org.guwah.app.linkage.RecordsCsv;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code guwah link RECORDS.csv --out CLUSTERS.csv}: finds the records that describe one person. */
@Command(name = "link", mixinStandardHelpOptions = true,
    description = {"Find the records that describe the same person, across lists and scripts (ADR 0013).",
        "RECORDS.csv: UTF-8 with a header; columns (any order, all but record_id optional, others ignored):"
            + " record_id, source, name, sex, birth_date, birth_year, place, id_number. Names in any script.",
        "Writes CLUSTERS.csv: record_id, cluster_id, cluster_size (cluster_id = the smallest record_id of"
            + " the cluster). Nothing is written when the input has a problem."})
final class LinkCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "RECORDS.csv")
  Path records = Path.of("");

  @Option(names = "--out", required = true, paramLabel = "CLUSTERS.csv", description = "Where to write the clusters")
  Path out = Path.of("");

  @Option(names = "--explain", paramLabel = "EVIDENCE.csv",
      description = "Also write every link at or above the report probability (0.5) with its per-field"
          + " evidence: levels, weights in bits, outcome, guard (no names or other values)")
  @Nullable Path explain;

  @Option(names = "--threshold", paramLabel = "P",
      description = "Posterior probability from which a pair links (default: ${DEFAULT-VALUE})")
  double threshold = LinkOptions.DEFAULT_THRESHOLD;

  @Option(names = "--model", paramLabel = "MODEL.tsv",
      description = "Score with these weights (written by --save-model) instead of learning them")
  @Nullable Path model;

  @Option(names = "--save-model", paramLabel = "MODEL.tsv", description = "Write the weights used")
  @Nullable Path saveModel;

  @Option(names = "--decisions", paramLabel = "DECISIONS.csv",
      description = "Reviewer decisions to re-use: columns record_a, record_b, decision (confirmed or rejected)")
  @Nullable Path decisions;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores)")
  int threads = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() throws IOException {
    long start = System.nanoTime();
    if (!(threshold > 0 && threshold < 1)) {
      throw new IllegalArgumentException("--threshold must lie strictly between 0 and 1");
    }
    Progress reading = Progress.onStderr("reading records", lineCount(records));
    long[] read = {0};
    RecordsCsv.Contents contents = RecordsCsv.read(records, n -> {
      reading.advance(n - read[0]);
      read[0] = n;
    });
    reading.finish();
    if (!contents.ignoredColumns().isEmpty()) {
      System.err.println("ignored columns: " + String.join(", ", contents.ignoredColumns()));
    }
    LinkOptions.Builder options =
        LinkOptions.builder().threshold(threshold).parallelism(Math.max(1, threads)).progress(new PhaseProgress());
    if (model != null) {
      options.model(readModel(model));
    }
    if (decisions != null) {
      options.decisions(readDecisions(decisions));
    }
    LinkResult result = Linker.link(contents.records(), options.build());
    writeClusters(result);
    if (explain != null) {
      writeEvidence(result, explain);
    }
    if (saveModel != null) {
      Files.writeString(saveModel, result.model().toTsv(), StandardCharsets.UTF_8);
    }
    summary(result, (System.nanoTime() - start) / 1e9);
    return 0;
  }

  /** Lines of the file (for the progress total); a byte scan, no decoding. */
  private static long lineCount(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new LinkInputException("no such file: " + file);
    }
    long lines = 0;
    byte[] buffer = new byte[1 << 16];
    try (var in = Files.newInputStream(file)) {
      int n;
      while ((n = in.read(buffer)) > 0) {
        for (int i = 0; i < n; i++) {
          if (buffer[i] == '\n') {
            lines++;
          }
        }
      }
    }
    return Math.max(1, lines - 1);
  }

  private void writeClusters(LinkResult result) throws IOException {
    Map<String, Integer> sizes = new HashMap<>();
    for (LinkResult.Assignment a : result.assignments()) {
      sizes.merge(a.clusterId(), 1, Integer::sum);
    }
    CsvFiles.write(out, csv -> {
      csv.writeRecord("record_id", "cluster_id", "cluster_size");
      for (LinkResult.Assignment a : result.assignments()) {
        csv.writeRecord(CsvFiles.safe(a.recordId()), CsvFiles.safe(a.clusterId()),
            Integer.toString(sizes.get(a.clusterId())));
      }
    });
  }

  static void writeEvidence(LinkResult result, Path file) throws IOException {
    CsvFiles.write(file, csv -> {
      List<String> header = new ArrayList<>(List.of("record_a", "record_b", "probability", "match_weight",
          "prior_weight", "outcome", "guard"));
      for (Field f : Field.values()) {
        String name = f.name().toLowerCase(Locale.ROOT);
        header.add(name + "_level");
        header.add(name + "_weight");
        if (f == Field.NAME) {
          header.add("name_detail");
        }
      }
      csv.writeRecord(header);
      for (Link link : result.links()) {
        List<String> row = new ArrayList<>(header.size());
        row.add(CsvFiles.safe(link.recordA()));
        row.add(CsvFiles.safe(link.recordB()));
        row.add(String.format(Locale.ROOT, "%.6f", link.probability()));
        row.add(String.format(Locale.ROOT, "%.2f", link.matchWeight()));
        row.add(String.format(Locale.ROOT, "%.2f", link.priorWeight()));
        row.add(link.outcome().name().toLowerCase(Locale.ROOT));
        row.add(link.guard());
        for (FieldEvidence e : link.evidence()) {
          row.add(e.level());
          row.add(String.format(Locale.ROOT, "%.2f", e.weight()));
          if (e.field() == Field.NAME) {
            row.add(e.detail());
          }
        }
        csv.writeRecord(row);
      }
    });
  }

  private static FsModel readModel(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new LinkInputException("no such model file: " + file);
    }
    return FsModel.parse(Files.readString(file, StandardCharsets.UTF_8));
  }

  private static List<ReviewDecision> readDecisions(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new LinkInputException("no such decisions file: " + file);
    }
    List<ReviewDecision> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty()) {
        continue;
      }
      String[] c = line.split(",", -1);
      if (c.length != 3 || c[0].isBlank() || c[1].isBlank() || c[0].strip().equals(c[1].strip())) {
        throw new LinkInputException("decisions line " + (i + 1) + ": expected record_a,record_b,decision");
      }
      String decision = c[2].strip().toLowerCase(Locale.ROOT);
      if (!decision.equals("confirmed") && !decision.equals("rejected")) {
        throw new LinkInputException("decisions line " + (i + 1) + ": decision must be confirmed or rejected");
      }
      out.add(decision.equals("confirmed")
          ? ReviewDecision.confirmed(c[0].strip(), c[1].strip())
          : ReviewDecision.rejected(c[0].strip(), c[1].strip()));
    }
    return out;
  }

  private void summary(LinkResult result, double seconds) {
    LinkStats s = result.stats();
    System.out.printf(Locale.ROOT, "linked %,d records in %.1f s: %,d clusters (%,d with two or more records),"
        + " %,d links joined clusters%n", s.records(), seconds, s.clusters(), s.multiRecordClusters(), s.joins());
    System.out.printf(Locale.ROOT, "  %,d candidate pairs compared, %,d at or above p %.2f; prior %.3g;"
        + " links refused by guards: %s%n", s.candidatePairs(), s.pairsAboveThreshold(), threshold, s.lambda(),
        refused(s.refusedByGuard()));
    System.out.printf(Locale.ROOT, "  records with a name only: %,d; names without letters of any script: %,d;"
        + " places not resolved to a county: %,d; unusable ID numbers: %,d; sex not understood: %,d%n",
        s.nameOnly(), s.unreadableNames(), s.unresolvedPlaces(), s.unusableIds(), s.unreadableSex());
    System.out.println("wrote " + out + (explain != null ? " and " + explain + " (" + s.reportedLinks() + " links)" : "")
        + (saveModel != null ? " and " + saveModel : ""));
  }

  private static String refused(Map<String, Long> byGuard) {
    StringBuilder b = new StringBuilder();
    byGuard.entrySet().stream().filter(e -> e.getValue() > 0).sorted(Map.Entry.comparingByKey())
        .forEach(e -> b.append(b.length() == 0 ? "" : ", ").append(e.getKey()).append(' ').append(e.getValue()));
    return b.length() == 0 ? "none" : b.toString();
  }

  /** Shows the engine's phases on standard error: counted phases as progress lines, others when done. */
  static final class PhaseProgress implements LinkProgress {
    private @Nullable String phase;
    private @Nullable Progress current;
    private long shown;

    @Override
    public synchronized void update(String name, long done, long total) {
      if (!name.equals(phase)) {
        Progress previous = current;
        if (previous != null) {
          previous.finish();
        }
        phase = name;
        shown = 0;
        current = total > 1 ? Progress.onStderr(name, total) : null;
      }
      Progress p = current;
      if (p != null) {
        p.advance(done - shown);
        shown = done;
      } else if (done >= total) {
        System.err.println(name + " done");
      }
    }
  }
}
