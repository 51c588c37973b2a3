package org.guwah.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.guwah.store.testing.FreshDatabase;

/** The built guwah.jar run as a separate process, as a user runs it. Output goes to a file. */
final class GuwahProcess implements AutoCloseable {
  final Process process;
  final Path output;

  private GuwahProcess(Process process, Path output) {
    this.process = process;
    this.output = output;
  }

  static Path jar() {
    Path jar = Path.of(System.getProperty("guwah.jar", "target/guwah.jar"));
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException("no " + jar.toAbsolutePath() + ": run `mvn verify` (package builds it)");
    }
    return jar;
  }

  /** The --db argument for a test database (with credentials in the URL). */
  static String dbUrl(FreshDatabase db) {
    String url = db.jdbcUrl();
    String sep = url.contains("?") ? "&" : "?";
    if (!url.contains("user=")) {
      url += sep + "user=" + db.user();
      sep = "&";
    }
    if (db.password() != null && !db.password().isEmpty() && !url.contains("password=")) {
      url += sep + "password=" + db.password();
    }
    return url;
  }

  static GuwahProcess start(Path workDir, String... args) throws IOException {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx1g", "-jar", jar().toAbsolutePath().toString()));
    cmd.addAll(List.of(args));
    Path out = Files.createTempFile(workDir, "guwah-", ".out");
    Process p = new ProcessBuilder(cmd).directory(workDir.toFile()).redirectErrorStream(true)
        .redirectOutput(out.toFile()).start();
    return new GuwahProcess(p, out);
  }

  /** Runs to completion (at most {@code seconds}) and returns the exit code. */
  static Result run(Path workDir, int seconds, String... args) throws Exception {
    try (GuwahProcess p = start(workDir, args)) {
      if (!p.process.waitFor(seconds, TimeUnit.SECONDS)) {
        throw new AssertionError("guwah " + String.join(" ", args) + " did not finish in " + seconds + " s:\n" + p.text());
      }
      return new Result(p.process.exitValue(), p.text());
    }
  }

  String text() throws IOException {
    return Files.readString(output, StandardCharsets.UTF_8);
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroy();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    }
  }

  record Result(int exitCode, String output) {}
}
