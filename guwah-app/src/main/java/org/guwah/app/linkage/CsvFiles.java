package org.guwah.app.linkage;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes CSV files whole or not at all: into a temporary file beside the target, moved over it
 * only when complete. Cells that a spreadsheet would run as a formula (starting with = + - @, tab
 * or carriage return) are written with a leading apostrophe.
 */
public final class CsvFiles {
  private CsvFiles() {}

  /** Writes rows to a CSV file. */
  @FunctionalInterface
  public interface Body {
    void write(CsvWriter csv) throws IOException;
  }

  /**
   * Writes {@code file} through {@code body}; on any failure the target is left as it was.
   *
   * @throws IOException if writing or moving fails
   */
  public static void write(Path file, Body body) throws IOException {
    Path target = file.toAbsolutePath();
    Path dir = target.getParent();
    Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
    boolean done = false;
    try {
      try (BufferedWriter w =
              new BufferedWriter(
                  new OutputStreamWriter(Files.newOutputStream(tmp), StandardCharsets.UTF_8), 1 << 16);
          CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(w)) {
        body.write(csv);
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      try {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      done = true;
    } finally {
      if (!done) {
        Files.deleteIfExists(tmp);
      }
    }
  }

  /** {@code value}, with a leading apostrophe if a spreadsheet would read it as a formula. */
  public static String safe(String value) {
    return value.isEmpty() || "=+-@\t\r".indexOf(value.charAt(0)) < 0 ? value : "'" + value;
  }
}
