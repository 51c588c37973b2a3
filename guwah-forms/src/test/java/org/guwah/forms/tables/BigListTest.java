package org.guwah.forms.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 200,000-row XLSX list is streamed in a child JVM limited to a 128 MiB heap, well below what a
 * spreadsheet object model needs for the same sheet. Speed is not asserted here (a timed unit test
 * fails on a busy machine and proves nothing on an idle one); the time is printed.
 */
class BigListTest {
  private static final int ROWS = 200_000;

  @Test
  void streamsTwoHundredThousandRowsWithinASmallHeap(@TempDir Path dir) throws Exception {
    long start = System.nanoTime();
    Path file = dir.resolve("big.xlsx");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
      BigXlsxWriter.write(out, ROWS, 42);
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "-Xmx128m", "-XX:+UseSerialGC", "-cp",
        System.getProperty("java.class.path"), BigListProbe.class.getName(), file.toString()));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    boolean done = p.waitFor(300, TimeUnit.SECONDS);
    if (!done) {
      p.destroyForcibly();
    }
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(done).as("the child JVM finished").isTrue();
    assertThat(p.exitValue()).as(output).isZero();
    assertThat(output).contains("rows=" + ROWS + " summaryRows=" + ROWS + " header=2 idColumn=5 ")
        .contains("dates=" + ROWS + " ").contains("lastRow=" + (ROWS + 2) + " ");
    int truncated = Integer.parseInt(output.replaceAll(".*truncated=(\\d+).*", "$1"));
    assertThat(truncated).as("every 7th ID was stored as a number").isBetween(ROWS / 7 - ROWS / 70, ROWS / 7);
    System.out.println("200,000 rows: " + output + " in " + took.toMillis() + " ms, file " + Files.size(file) + " bytes");
  }
}
