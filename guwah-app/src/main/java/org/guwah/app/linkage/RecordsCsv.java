package org.guwah.app.linkage;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongConsumer;
import org.guwah.analysis.linkage.LinkRecord;

/**
 * Reads a record file for {@code guwah link}: UTF-8 CSV with a header row; columns {@code
 * record_id} (required), {@code source}, {@code name}, {@code sex}, {@code birth_date}, {@code
 * birth_year}, {@code place}, {@code id_number} in any order and case, each optional; other
 * columns are ignored and reported by name.
 *
 * <p>Bounded: a cell of more than {@value #MAX_CELL_CHARS} characters (a pasted document, a
 * broken quote swallowing the file) stops reading with an error naming its line, after at most
 * twice that much memory. Strict: the first byte that is not UTF-8 stops reading with its line
 * ({@link Utf8Guard}). Every row problem (empty or repeated record_id, wrong number of fields) is
 * collected, up to {@value #MAX_PROBLEMS}, and reported together; then nothing is linked.
 */
public final class RecordsCsv {
  /** Longest cell accepted, in characters. */
  public static final int MAX_CELL_CHARS = 64 * 1024;

  /** Row problems reported at most. */
  public static final int MAX_PROBLEMS = 20;

  /** The columns {@code guwah link} reads. */
  public static final List<String> COLUMNS =
      List.of("record_id", "source", "name", "sex", "birth_date", "birth_year", "place", "id_number");

  private RecordsCsv() {}

  /**
   * What a file held.
   *
   * @param records the records, in file order
   * @param lines the line each record starts on
   * @param ignoredColumns header names that are not {@link #COLUMNS}
   */
  public record Contents(List<LinkRecord> records, long[] lines, Set<String> ignoredColumns) {}

  /**
   * Reads {@code file}.
   *
   * @param progress told the number of records read so far, now and then
   * @throws LinkInputException if the file cannot be linked as given; the message says why and
   *     where
   * @throws IOException if the file cannot be read
   */
  public static Contents read(Path file, LongConsumer progress) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new LinkInputException("no such file: " + file);
    }
    if (Files.size(file) == 0) {
      throw new LinkInputException(
          "the file is empty: it needs a header row (record_id, name, ...) and at least one record");
    }
    List<LinkRecord> records = new ArrayList<>();
    long[] lines = new long[1024];
    Set<String> ignored = new TreeSet<>();
    List<String> problems = new ArrayList<>();
    int problemCount = 0;
    Map<String, Long> seen = new HashMap<>();
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      Utf8Guard guard = new Utf8Guard(raw);
      Reader reader =
          new InputStreamReader(
              guard,
              StandardCharsets.UTF_8
                  .newDecoder()
                  .onMalformedInput(CodingErrorAction.REPORT)
                  .onUnmappableCharacter(CodingErrorAction.REPORT));
      try (CsvReader<CsvRecord> csv =
          CsvReader.builder()
              .skipEmptyLines(true)
              .allowExtraFields(true)
              .allowMissingFields(true)
              .detectBomHeader(true)
              .maxBufferSize(MAX_CELL_CHARS * 2)
              .ofCsvRecord(reader)) {
        int[] column = null;
        int width = 0;
        for (CsvRecord row : csv) {
          long line = row.getStartingLineNumber();
          if (column == null) {
            column = header(row, ignored);
            width = row.getFieldCount();
            continue;
          }
          String problem = null;
          if (row.getFieldCount() != width) {
            problem = "line " + line + " has " + row.getFieldCount() + " fields, the header has " + width;
          } else if (tooLong(row)) {
            problem = "line " + line + " has a cell over " + MAX_CELL_CHARS / 1024 + " K characters";
          }
          String id = problem == null ? cell(row, column[0]) : "";
          if (problem == null && id.isEmpty()) {
            problem = "line " + line + ": record_id is empty";
          }
          if (problem == null) {
            Long before = seen.putIfAbsent(id, line);
            if (before != null) {
              problem = "line " + line + ": record_id " + shown(id) + " is also on line " + before;
            }
          }
          if (problem != null) {
            if (problemCount++ < MAX_PROBLEMS) {
              problems.add(problem);
            }
            continue;
          }
          if (records.size() == lines.length) {
            lines = java.util.Arrays.copyOf(lines, lines.length * 2);
          }
          lines[records.size()] = line;
          records.add(
              LinkRecord.of(
                  id, cell(row, column[1]), cell(row, column[2]), cell(row, column[3]),
                  cell(row, column[4]), cell(row, column[5]), cell(row, column[6]),
                  cell(row, column[7])));
          if ((records.size() & 0x3FFF) == 0) {
            progress.accept(records.size());
          }
        }
        if (column == null) {
          throw new LinkInputException("the file has no header row");
        }
      } catch (CsvParseException e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
          if (t instanceof LinkInputException) {
            throw (LinkInputException) t; // the UTF-8 guard's error, wrapped by the parser
          }
        }
        throw new LinkInputException(
            "line " + guard.line() + ": a cell is larger than " + MAX_CELL_CHARS / 1024
                + " K characters, or a quote is never closed; nothing was linked");
      } catch (UncheckedIOException e) {
        throw new LinkInputException(
            "cannot read the file near line " + guard.line() + " (" + e.getCause().getClass().getSimpleName() + ")");
      }
    }
    if (!problems.isEmpty()) {
      StringBuilder b =
          new StringBuilder(problemCount + " row problem(s); nothing was linked:");
      for (String p : problems) {
        b.append("\n  ").append(p);
      }
      if (problemCount > problems.size()) {
        b.append("\n  ... and ").append(problemCount - problems.size()).append(" more");
      }
      throw new LinkInputException(b.toString());
    }
    if (records.isEmpty()) {
      throw new LinkInputException("the file has a header but no records");
    }
    progress.accept(records.size());
    return new Contents(records, java.util.Arrays.copyOf(lines, records.size()), ignored);
  }

  /** Column index of each of {@link #COLUMNS} (-1 when absent). */
  private static int[] header(CsvRecord row, Set<String> ignored) {
    int[] column = new int[COLUMNS.size()];
    java.util.Arrays.fill(column, -1);
    for (int i = 0; i < row.getFieldCount(); i++) {
      String h = row.getField(i).strip().toLowerCase(Locale.ROOT);
      if (h.length() > 64) {
        throw new LinkInputException("line 1 is not a header: a column name is over 64 characters");
      }
      int known = COLUMNS.indexOf(h);
      if (known < 0) {
        if (!h.isEmpty()) {
          ignored.add(h);
        }
      } else if (column[known] >= 0) {
        throw new LinkInputException("the header names column " + h + " twice");
      } else {
        column[known] = i;
      }
    }
    if (column[0] < 0) {
      throw new LinkInputException(
          "the header has no record_id column (expected columns: " + String.join(", ", COLUMNS) + ")");
    }
    return column;
  }

  private static boolean tooLong(CsvRecord row) {
    for (int i = 0; i < row.getFieldCount(); i++) {
      if (row.getField(i).length() > MAX_CELL_CHARS) {
        return true;
      }
    }
    return false;
  }

  private static String cell(CsvRecord row, int column) {
    return column < 0 ? "" : row.getField(column).strip();
  }

  /** A record id for a message: ids are not identity data, but a pasted cell may be long. */
  private static String shown(String id) {
    return id.length() > 40 ? id.substring(0, 40) + "…" : id;
  }
}
