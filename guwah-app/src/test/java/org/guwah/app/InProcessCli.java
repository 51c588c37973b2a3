package org.guwah.app;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Runs {@code guwah} in this JVM through {@link Main#run}, with its standard streams captured. */
final class InProcessCli {
  private InProcessCli() {}

  /** What one run answered: exit code, standard output, standard error. */
  record Run(int exit, String out, String err) {
    String all() {
      return out + err;
    }
  }

  /** Runs {@code args}; with {@code stdin} non-null, the command reads it as standard input. */
  static Run run(@Nullable String stdin, List<String> args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    InputStream oldIn = System.in;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      if (stdin != null) {
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
      }
      int code = Main.run(args.toArray(String[]::new));
      return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
      System.setIn(oldIn);
    }
  }

  /** Runs {@code args} followed by {@code --db URL --data DIR}. */
  static Run run(String dbUrl, java.nio.file.Path data, String... args) {
    List<String> all = new java.util.ArrayList<>(List.of(args));
    all.addAll(List.of("--db", dbUrl, "--data", data.toString()));
    return run(null, all);
  }
}
