package org.guwah.forms.tables;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Test helpers: read a file into memory, build text and zip files. */
final class Lists {
  /** A file read: its summary and every row delivered. */
  record Read(ListFileSummary summary, List<ListRow> rows) {
    ListRow row(int i) {
      return rows.get(i);
    }

    String cell(int row, ListField field) {
      return summary.columns().value(rows.get(row), field);
    }
  }

  private Lists() {}

  static Read read(byte[] bytes, String fileName) throws ListFileException {
    return read(ListFileReader.withDefaults(), bytes, fileName);
  }

  static Read read(ListFileReader reader, byte[] bytes, String fileName) throws ListFileException {
    List<ListRow> rows = new ArrayList<>();
    ListFileSummary s = reader.read(new ByteArrayInputStream(bytes), fileName, rows::add);
    return new Read(s, rows);
  }

  static byte[] text(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] text(String s, Charset cs) {
    return s.getBytes(cs);
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  static byte[] zip(Map<String, byte[]> entries) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        z.putNextEntry(new ZipEntry(e.getKey()));
        z.write(e.getValue());
        z.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
