package org.guwah.app;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.guwah.analysis.linkage.LinkRecord;
import org.guwah.analysis.linkage.eval.PairwiseScore;
import org.guwah.analysis.linkage.eval.SyntheticLinkage;
import org.guwah.app.linkage.CsvFiles;
import org.guwah.app.linkage.LinkInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code guwah link-eval generate|score}: synthetic records with known truth, and pairwise scores. */
@Command(name = "link-eval", mixinStandardHelpOptions = true,
    description = "Evaluate linkage on synthetic records (no real person's data).",
    subcommands = {LinkEvalCommand.Generate.class, LinkEvalCommand.Score.class})
final class LinkEvalCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /** {@code guwah link-eval generate}. */
  @Command(name = "generate", mixinStandardHelpOptions = true,
      description = {"Write synthetic multi-source, multi-script person records and their truth.",
          "Sources: a leaked police spreadsheet (Chinese characters, resident IDs), a diaspora NGO list (Latin),"
              + " a Kazakhstan register (Cyrillic), testimonies (Uyghur Arabic script); with typing errors,"
              + " spelling variants, legacy and standard Chinese renderings, patronymic endings, swapped and"
              + " missing father's names, years off by one, ID digit errors, Excel-truncated IDs and namesakes."})
  static final class Generate implements Callable<Integer> {
    @Option(names = "--records", paramLabel = "N", description = "Number of records (default: ${DEFAULT-VALUE})")
    int records = 5000;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE})")
    long seed = 1;

    @Option(names = "--profile", paramLabel = "NAME", description = "standard (default) or hard")
    String profile = "standard";

    @Option(names = "--out", required = true, paramLabel = "RECORDS.csv")
    Path out = Path.of("");

    @Option(names = "--truth", required = true, paramLabel = "TRUTH.csv", description = "record_id, person_id")
    Path truth = Path.of("");

    @Override
    public Integer call() throws IOException {
      if (records < 1) {
        throw new IllegalArgumentException("--records must be positive");
      }
      SyntheticLinkage.Dataset d =
          SyntheticLinkage.generate(records, seed, SyntheticLinkage.Profile.named(profile));
      CsvFiles.write(out, csv -> {
        csv.writeRecord("record_id", "source", "name", "sex", "birth_date", "birth_year", "place", "id_number");
        for (LinkRecord r : d.records()) {
          csv.writeRecord(r.id(), r.source(), r.name(), r.sex(), r.birthDate(), r.birthYear(), r.place(),
              r.idNumber());
        }
      });
      CsvFiles.write(truth, csv -> {
        csv.writeRecord("record_id", "person_id");
        for (LinkRecord r : d.records()) {
          csv.writeRecord(r.id(), d.truth().get(r.id()));
        }
      });
      System.out.println(d.summary());
      return 0;
    }
  }

  /** {@code guwah link-eval score}. */
  @Command(name = "score", mixinStandardHelpOptions = true,
      description = "Pairwise precision, recall and F1 of CLUSTERS.csv (record_id, cluster_id) against TRUTH.csv"
          + " (record_id, person_id).")
  static final class Score implements Callable<Integer> {
    @Option(names = "--truth", required = true, paramLabel = "TRUTH.csv")
    Path truth = Path.of("");

    @Option(names = "--clusters", required = true, paramLabel = "CLUSTERS.csv")
    Path clusters = Path.of("");

    @Override
    public Integer call() throws IOException {
      Map<String, String> t = twoColumns(truth, "record_id", "person_id");
      Map<String, String> c = twoColumns(clusters, "record_id", "cluster_id");
      PairwiseScore score = PairwiseScore.of(t, c);
      System.out.println(score);
      System.out.printf(Locale.ROOT, "{\"precision\": %.4f, \"recall\": %.4f, \"f1\": %.4f}%n",
          score.precision(), score.recall(), score.f1());
      return 0;
    }

    private static Map<String, String> twoColumns(Path file, String key, String value) throws IOException {
      if (!Files.isRegularFile(file)) {
        throw new LinkInputException("no such file: " + file);
      }
      Map<String, String> out = new HashMap<>();
      try (CsvReader<CsvRecord> csv = CsvReader.builder().skipEmptyLines(true).allowMissingFields(true)
          .allowExtraFields(true).maxBufferSize(1 << 20).ofCsvRecord(file, StandardCharsets.UTF_8)) {
        int k = -1;
        int v = -1;
        for (CsvRecord row : csv) {
          if (k < 0) {
            List<String> header = row.getFields().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
            k = header.indexOf(key);
            v = header.indexOf(value);
            if (k < 0 || v < 0) {
              throw new LinkInputException(file + ": the header needs columns " + key + " and " + value);
            }
            continue;
          }
          if (row.getFieldCount() > Math.max(k, v)) {
            out.put(unquote(row.getField(k)), unquote(row.getField(v)));
          }
        }
      } catch (CsvParseException e) {
        throw new LinkInputException(file + " is not a readable CSV file");
      }
      return out;
    }

    /** Undoes {@link CsvFiles#safe}. */
    private static String unquote(String s) {
      return s.length() > 1 && s.charAt(0) == '\'' && "=+-@\t\r".indexOf(s.charAt(1)) >= 0 ? s.substring(1) : s;
    }
  }
}
