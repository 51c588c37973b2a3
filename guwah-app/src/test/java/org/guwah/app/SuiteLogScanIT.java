package org.guwah.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Scans everything the test suites of the modules built before this one wrote — test output (log
 * lines of the code under test, server logs), reports — for the canary identity values the tests
 * seed (every test canary contains one of {@link #CANARIES}). Identity data must never reach a log,
 * whatever the test did (errors, bad input, decryption, audit). This module's own server and CLI
 * runs are scanned by {@code ServeIT} and {@code DumpCanaryIT}.
 */
class SuiteLogScanIT {
  /** Stems contained in every identity canary of the test suites (compared ignoring case). */
  static final List<String> CANARIES = List.of("qanari", "canaryjan", "canarybek", "canaryvillage", "canarynote",
      "canarytestimony", "canary_wx", "canary st", "canary lane", "canarygrad");

  @Test
  void noTestSuiteOutputHoldsACanary() throws IOException {
    Path buildDir = Path.of(System.getProperty("guwah.build.dir", "target")).toAbsolutePath();
    Path root = buildDir.getParent().getParent();
    String folder = buildDir.getFileName().toString();
    List<Path> scanned = new ArrayList<>();
    List<String> found = new ArrayList<>();
    for (String module : List.of("guwah-core", "guwah-names", "guwah-store", "guwah-web")) {
      for (String reports : List.of("surefire-reports", "failsafe-reports")) {
        Path dir = root.resolve(module).resolve(folder).resolve(reports);
        if (!Files.isDirectory(dir)) {
          continue;
        }
        try (Stream<Path> files = Files.walk(dir)) {
          for (Path f : files.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".txt")).toList()) {
            scanned.add(f);
            String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
            for (String c : CANARIES) {
              if (text.contains(c)) {
                found.add(root.relativize(f) + " holds a canary (" + c.charAt(0) + "…)");
              }
            }
          }
        }
      }
    }
    assertThat(scanned).as("test outputs to scan").hasSizeGreaterThan(20);
    assertThat(found).isEmpty();
  }
}
