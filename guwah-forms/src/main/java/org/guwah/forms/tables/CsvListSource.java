package org.guwah.forms.tables;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.guwah.forms.tables.ListFileException.Reason;
import org.jspecify.annotations.Nullable;

/**
 * Reads a CSV (or TSV) list with FastCSV in strict RFC 4180 mode: the encoding is decided by
 * {@link TextDecoding}, the separator (comma, semicolon, tab or vertical bar) guessed from the
 * first lines, and every record streamed to a {@link ListAssembler}. Parser errors are reported
 * by line only: FastCSV's own messages may quote a character of the file and are dropped.
 */
final class CsvListSource {
  static final String FORMAT = "csv";
  private static final char[] SEPARATORS = {',', '\t', ';', '|'};
  private static final Pattern LINE = Pattern.compile("line (\\d+)");
  private static final int SNIFF_CHARS = 1 << 16;
  private static final int SNIFF_LINES = 30;

  /** The outcome that the summary reports. */
  record Result(String encoding, char separator) {}

  private CsvListSource() {}

  static Result read(byte[] bytes, ListLimits limits, ListAssembler assembler, Warnings warnings)
      throws ListFileException {
    TextDecoding.Decoded d = TextDecoding.decode(bytes, FORMAT);
    if (d.charset().name().equals("GB18030")) {
      warnings.file("the file is not UTF-8; it was read as Chinese text in GB18030 (GBK) — check that names read"
          + " correctly");
    }
    String text = d.text();
    String head = text != null ? text.substring(0, Math.min(text.length(), SNIFF_CHARS))
        : new String(bytes, d.offset(), Math.min(bytes.length - d.offset(), SNIFF_CHARS), d.charset());
    char separator = separator(head);
    Reader reader = text != null ? new StringReader(text)
        : new InputStreamReader(new ByteArrayInputStream(bytes, d.offset(), bytes.length - d.offset()), d.charset());
    parse(reader, separator, limits, assembler);
    return new Result(d.name(), separator);
  }

  private static void parse(Reader reader, char separator, ListLimits limits, ListAssembler assembler)
      throws ListFileException {
    int buffer = (int) Math.min(Integer.MAX_VALUE / 4, Math.max(1L << 20, limits.maxCellChars() * 4L + (1 << 16)));
    Records handler = new Records(limits);
    try (CsvReader<Record> csv = CsvReader.builder()
        .fieldSeparator(separator)
        .quoteCharacter('"')
        .commentStrategy(CommentStrategy.NONE)
        .skipEmptyLines(true)
        .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
        .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
        .allowUnclosedQuote(false)
        .detectBomHeader(false)
        .maxBufferSize(buffer)
        .build(handler, reader)) {
      CloseableIterator<Record> it = csv.iterator();
      while (true) {
        Record r;
        try {
          if (!it.hasNext()) {
            break;
          }
          r = it.next();
        } catch (CsvParseException e) {
          throw translate(e, assembler, limits);
        } catch (UncheckedIOException e) {
          throw unreadable();
        }
        // Outside the try: what the consumer throws passes through unchanged.
        assembler.offer(r.line(), Arrays.asList(r.fields()), List.of());
      }
    } catch (IOException e) {
      throw unreadable();
    }
  }

  private static ListFileException unreadable() {
    return new ListFileException(Reason.IO, FORMAT, ListFileProblem.ofFile("the file could not be read"));
  }

  private static ListFileException translate(CsvParseException e, ListAssembler assembler, ListLimits limits) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof CellLimit) {
        CellLimit c = (CellLimit) t;
        if (c.tooMany) {
          return new ListFileException(Reason.TOO_MANY_CELLS, FORMAT, new ListFileProblem(c.line, "",
              "the row has more than " + limits.maxCellsPerRow() + " cells, the limit"));
        }
        return new ListFileException(Reason.CELL_TOO_LONG, FORMAT, new ListFileProblem(c.line,
            assembler.label(c.index), "the cell is longer than the limit of " + limits.maxCellChars() + " characters"));
      }
    }
    String m = e.getMessage() == null ? "" : e.getMessage();
    Matcher lm = LINE.matcher(m);
    int line = lm.find() ? Integer.parseInt(lm.group(1)) : 0;
    String what;
    Reason reason = Reason.MALFORMED;
    if (m.contains("Unclosed quoted field")) {
      what = "a quoted cell starting here is never closed (a stray \" character?)";
    } else if (m.contains("after closing quote")) {
      what = "characters follow the closing quote of a quoted cell (a stray \" character?)";
    } else if (m.contains("maximum buffer size")) {
      reason = Reason.CELL_TOO_LONG;
      what = "a cell is longer than the limit of " + limits.maxCellChars() + " characters (or a quote is never closed)";
    } else {
      what = "the CSV is malformed";
    }
    return new ListFileException(reason, FORMAT, new ListFileProblem(line, "", what), null);
  }

  /**
   * The separator whose count per line is the same on the most lines among the first lines
   * (quoted parts skipped); comma when none occurs. Title lines above the header do not decide it.
   */
  static char separator(String head) {
    List<int[]> counts = new ArrayList<>();
    int[] current = new int[SEPARATORS.length];
    boolean quoted = false;
    boolean any = false;
    for (int i = 0; i < head.length() && counts.size() < SNIFF_LINES; i++) {
      char c = head.charAt(i);
      if (c == '"') {
        quoted = !quoted;
        any = true;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        if (any) {
          counts.add(current);
        }
        current = new int[SEPARATORS.length];
        any = false;
      } else if (!quoted) {
        any = true;
        for (int s = 0; s < SEPARATORS.length; s++) {
          if (c == SEPARATORS[s]) {
            current[s]++;
          }
        }
      }
    }
    if (any && counts.size() < SNIFF_LINES) {
      counts.add(current);
    }
    int best = 0;
    int bestScore = 0;
    for (int s = 0; s < SEPARATORS.length; s++) {
      int score = consistentLines(counts, s);
      if (score > bestScore) {
        best = s;
        bestScore = score;
      }
    }
    return SEPARATORS[best];
  }

  /** How many lines share the most common non-zero count of separator {@code s}. */
  private static int consistentLines(List<int[]> counts, int s) {
    Map<Integer, Integer> freq = new HashMap<>();
    int best = 0;
    for (int[] line : counts) {
      if (line[s] > 0) {
        best = Math.max(best, freq.merge(line[s], 1, Integer::sum));
      }
    }
    return best;
  }

  /** One CSV record: the line it starts on and its fields as read. */
  record Record(int line, String[] fields) {
    @Override
    public String toString() {
      return "Record[line " + line + ", " + fields.length + " fields]";
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Record && ((Record) o).line == line && Arrays.equals(((Record) o).fields, fields);
    }

    @Override
    public int hashCode() {
      return 31 * line + Arrays.hashCode(fields);
    }
  }

  /** A cell limit broken while FastCSV reads a record; carries no value. */
  static final class CellLimit extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int line;
    final int index;
    final boolean tooMany;

    CellLimit(int line, int index, boolean tooMany) {
      super("cell limit at line " + line, null, false, false);
      this.line = line;
      this.index = index;
      this.tooMany = tooMany;
    }
  }

  /** Builds {@link Record}s, checking the cell limits as each field ends. */
  private static final class Records extends AbstractBaseCsvCallbackHandler<Record> {
    private final ListLimits limits;
    private final List<String> fields = new ArrayList<>();

    Records(ListLimits limits) {
      this.limits = limits;
    }

    @Override
    protected void handleBegin(long startingLineNumber) {
      fields.clear();
    }

    @Override
    protected void handleField(int fieldIdx, char[] buf, int offset, int len, boolean quoted) {
      int line = (int) Math.min(Integer.MAX_VALUE, getStartingLineNumber());
      if (fieldIdx >= limits.maxCellsPerRow()) {
        throw new CellLimit(line, fieldIdx, true);
      }
      if (len > limits.maxCellChars()) {
        throw new CellLimit(line, fieldIdx, false);
      }
      fields.add(new String(buf, offset, len));
    }

    @Override
    protected Record buildRecord() {
      int line = (int) Math.min(Integer.MAX_VALUE, getStartingLineNumber());
      return new Record(line, fields.toArray(new String[0]));
    }
  }
}
