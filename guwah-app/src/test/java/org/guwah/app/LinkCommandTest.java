package org.guwah.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code guwah link} and {@code guwah link-eval} through the command line, in this JVM: a generated
 * file end to end, and every kind of bad input (clear error naming lines, exit code 2, nothing
 * written, no identity value in the message). Names, dates and IDs are synthetic; {@code
 * Qanarykbay} is a canary that must never appear in output meant for logs.
 */
class LinkCommandTest {
  private static final String HEADER = "record_id,source,name,sex,birth_date,birth_year,place,id_number\n";
  private static final String CANARY = "Qanarykbay";

  @TempDir Path dir;

  private InProcessCli.Run link(Path records, String... more) {
    List<String> args = new java.util.ArrayList<>(List.of("link", records.toString(), "--out", dir.resolve("clusters.csv").toString()));
    args.addAll(List.of(more));
    return InProcessCli.run(null, args);
  }

  private Path file(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  private void assertRefused(InProcessCli.Run run, String... fragments) {
    assertThat(run.exit()).as(run.all()).isEqualTo(2);
    assertThat(run.err()).contains(fragments);
    assertThat(run.all()).doesNotContain(CANARY).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(dir.resolve("clusters.csv")).doesNotExist();
  }

  @Test
  void linksAGeneratedFileAndScoresIt() throws IOException {
    Path records = dir.resolve("records.csv");
    Path truth = dir.resolve("truth.csv");
    InProcessCli.Run gen = InProcessCli.run(null, List.of("link-eval", "generate", "--records", "1500", "--seed", "3",
        "--out", records.toString(), "--truth", truth.toString()));
    assertThat(gen.exit()).as(gen.all()).isZero();
    Path evidence = dir.resolve("evidence.csv");
    Path model = dir.resolve("model.tsv");
    InProcessCli.Run run = link(records, "--explain", evidence.toString(), "--save-model", model.toString(), "--threads", "2");
    assertThat(run.exit()).as(run.all()).isZero();
    assertThat(run.out()).contains("linked 1,500 records").contains("clusters").contains("wrote");
    assertThat(run.err()).contains("reading records").contains("comparing");
    List<String> clusters = Files.readAllLines(dir.resolve("clusters.csv"));
    assertThat(clusters.get(0)).isEqualTo("record_id,cluster_id,cluster_size");
    assertThat(clusters).hasSize(1501);
    InProcessCli.Run score = InProcessCli.run(null, List.of("link-eval", "score", "--truth", truth.toString(),
        "--clusters", dir.resolve("clusters.csv").toString()));
    assertThat(score.exit()).isZero();
    double f1 = Double.parseDouble(score.out().replaceAll("(?s).*\"f1\": ([0-9.]+).*", "$1"));
    assertThat(f1).as(score.out()).isGreaterThan(0.9);
    // the evidence holds record ids, levels and numbers, never a name, date, place or ID
    String explained = Files.readString(evidence);
    assertThat(explained.lines().findFirst().orElseThrow()).startsWith("record_a,record_b,probability,match_weight");
    for (String line : Files.readAllLines(records).subList(1, 200)) {
      String[] cells = line.split(",", -1);
      for (int c : new int[] {2, 4, 6, 7}) {
        if (cells[c].length() >= 6) {
          assertThat(explained).doesNotContain(cells[c]);
        }
      }
    }
    // the saved weights score a second run alike
    InProcessCli.Run again = link(records, "--model", model.toString());
    assertThat(again.exit()).isZero();
  }

  @Test
  void recordsWithOnlyANameOrAnUnknownScriptAreLinkedNotRefused() throws IOException {
    Path records = file("r.csv", HEADER
        + "1,,Memet Tursun,,,,,\n"
        + "2,,ᲛᲔᲛᲔᲢ ᲢᲣᲠᲡᲣᲜ,,,,,\n"
        + "3,,🙂🙂,,,,,\n"
        + "4,,,,,,,\n");
    InProcessCli.Run run = link(records);
    assertThat(run.exit()).as(run.all()).isZero();
    assertThat(run.out()).contains("records with a name only: 2").contains("names without letters of any script: 1");
    assertThat(Files.readAllLines(dir.resolve("clusters.csv"))).hasSize(5);
  }

  @Test
  void emptyAndHeaderOnlyFiles() throws IOException {
    assertRefused(link(file("empty.csv", "")), "the file is empty");
    assertRefused(link(file("header.csv", HEADER)), "no records");
    assertRefused(link(file("noid.csv", "name,sex\n" + CANARY + ",M\n")), "no record_id column");
    assertRefused(link(dir.resolve("missing.csv")), "no such file");
  }

  @Test
  void repeatedEmptyAndMisalignedRowsAreReportedTogether() throws IOException {
    Path records = file("r.csv", HEADER
        + "a,," + CANARY + " Tursun,,,,,\n"
        + "b,,Memet,,,,,\n"
        + "a,," + CANARY + ",,,,,\n"
        + ",,Tursun,,,,,\n"
        + "c,,Memet,too,many,fields,,,,\n");
    assertRefused(link(records), "3 row problem(s)", "line 4: record_id a is also on line 2", "line 5: record_id is empty",
        "line 6 has 10 fields, the header has 8");
  }

  @Test
  void aFiftyMegabyteCellIsRefusedWithItsLine() throws IOException {
    Path records = dir.resolve("big.csv");
    try (BufferedWriter w = Files.newBufferedWriter(records, StandardCharsets.UTF_8)) {
      w.write(HEADER);
      w.write("1,,Memet Tursun,,,,,\n");
      w.write("2,,\"");
      char[] chunk = new char[1 << 20];
      java.util.Arrays.fill(chunk, 'a');
      for (int i = 0; i < 50; i++) {
        w.write(chunk);
      }
      w.write("\",,,,,\n");
    }
    long before = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
    InProcessCli.Run run = link(records);
    assertRefused(run, "line 3", "larger than 64 K characters");
    assertThat(Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory() - before)
        .as("reading stopped early").isLessThan(400L << 20);
  }

  @Test
  void invalidUtf8IsRefusedWithItsLine() throws IOException {
    Path records = dir.resolve("bad.csv");
    try (OutputStream out = Files.newOutputStream(records)) {
      out.write((HEADER + "1,,Memet Tursun,,,,,\n2,,").getBytes(StandardCharsets.UTF_8));
      out.write(new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF});
      out.write(",,,,,\n".getBytes(StandardCharsets.UTF_8));
    }
    assertRefused(link(records), "line 3 is not valid UTF-8");
  }

  @Test
  void aRowPastedFromAnotherEncodingIsRefusedWithItsLine() throws IOException {
    Path records = dir.resolve("mixed.csv");
    try (OutputStream out = Files.newOutputStream(records)) {
      out.write((HEADER + "1,,麦麦提·吐尔逊,,,,,\n2,,Memet,,,,,\n3,,").getBytes(StandardCharsets.UTF_8));
      out.write("麦麦提·吐尔逊".getBytes(Charset.forName("GBK")));
      out.write(",,,,,\n4,,Tursun,,,,,\n".getBytes(StandardCharsets.UTF_8));
    }
    assertRefused(link(records), "line 4 is not valid UTF-8", "GBK");
  }

  @Test
  void utf16IsRefused() throws IOException {
    Path records = dir.resolve("utf16.csv");
    Files.write(records, (HEADER + "1,,Memet,,,,,\n").getBytes(StandardCharsets.UTF_16LE));
    byte[] body = Files.readAllBytes(records);
    byte[] withBom = new byte[body.length + 2];
    withBom[0] = (byte) 0xFF;
    withBom[1] = (byte) 0xFE;
    System.arraycopy(body, 0, withBom, 2, body.length);
    Files.write(records, withBom);
    assertRefused(link(records), "UTF-16");
  }

  @Test
  void anExistingOutputIsLeftAloneWhenTheInputIsBad() throws IOException {
    Path out = dir.resolve("clusters.csv");
    Files.writeString(out, "previous run\n");
    InProcessCli.Run run = link(file("header.csv", HEADER));
    assertThat(run.exit()).isEqualTo(2);
    assertThat(Files.readString(out)).isEqualTo("previous run\n");
  }

  @Test
  void reviewerDecisionsAreReused() throws IOException {
    Path records = file("r.csv", HEADER
        + "a,,Abdulla Tursun,M,,1960,Hotan,\n"
        + "b,,Abdulla Tursun,M,,1960,Hotan,\n"
        + "c,,Rahile Dawut,F,,1970,Aksu,\n");
    Path decisions = file("d.csv", "record_a,record_b,decision\na,b,rejected\nb,c,confirmed\n");
    InProcessCli.Run run = link(records, "--decisions", decisions.toString());
    assertThat(run.exit()).as(run.all()).isZero();
    List<String> rows = Files.readAllLines(dir.resolve("clusters.csv"));
    assertThat(rows).contains("a,a,1", "b,b,2", "c,b,2");
    Files.delete(dir.resolve("clusters.csv"));
    assertRefused(link(records, "--decisions", file("bad.csv", "record_a,record_b,decision\na,b,maybe\n").toString()),
        "decisions line 2");
  }

  @Test
  void formulaLikeRecordIdsAreWrittenSafelyAndScoredBack() throws IOException {
    Path records = file("r.csv", HEADER + "=1+1,,Memet Tursun,M,,1980,Aksu,\n@2,,Memet Tursun,M,,1980,Aksu,\n");
    assertThat(link(records).exit()).isZero();
    assertThat(Files.readAllLines(dir.resolve("clusters.csv"))).contains("'=1+1,'=1+1,2", "'@2,'=1+1,2");
    Path truth = file("t.csv", "record_id,person_id\n=1+1,P1\n@2,P1\n");
    InProcessCli.Run score = InProcessCli.run(null, List.of("link-eval", "score", "--truth", truth.toString(),
        "--clusters", dir.resolve("clusters.csv").toString()));
    assertThat(score.out()).contains("\"f1\": 1.0000");
  }
}
