package org.guwah.app;

import java.io.PrintStream;
import java.time.Duration;

/**
 * Progress of a long operation on standard error: on a terminal one line rewritten in place, else
 * a line every few seconds. Shows counts, rate and time left; never record content.
 */
public final class Progress {
  private final PrintStream out;
  private final String what;
  private final long total;
  private final boolean terminal;
  private final long start = System.nanoTime();
  private long lastPrint;
  private long done;

  public Progress(PrintStream out, String what, long total, boolean terminal) {
    this.out = out;
    this.what = what;
    this.total = total;
    this.terminal = terminal;
  }

  /** A progress line on stderr, rewritten in place when stderr is a terminal. */
  public static Progress onStderr(String what, long total) {
    return new Progress(System.err, what, total, System.console() != null);
  }

  public synchronized void advance(long n) {
    done += n;
    long now = System.nanoTime();
    long every = terminal ? 200_000_000L : 2_000_000_000L;
    if (now - lastPrint >= every || done == total) {
      lastPrint = now;
      print(now);
    }
  }

  public synchronized void finish() {
    print(System.nanoTime());
    if (terminal) {
      out.println();
    }
  }

  private void print(long now) {
    double seconds = Math.max((now - start) / 1e9, 1e-3);
    double rate = done / seconds;
    String eta = rate > 0 && total > done ? ", ETA " + format(Duration.ofSeconds((long) ((total - done) / rate))) : "";
    String line = String.format("%s %,d/%,d (%,.0f rows/s%s)", what, done, total, rate, eta);
    if (terminal) {
      out.print("\r" + line + "   ");
    } else {
      out.println(line);
    }
    out.flush();
  }

  private static String format(Duration d) {
    return d.toMinutes() > 0 ? d.toMinutes() + " min " + d.toSecondsPart() + " s" : d.toSeconds() + " s";
  }
}
