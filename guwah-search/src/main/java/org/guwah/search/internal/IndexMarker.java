package org.guwah.search.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.guwah.search.ReindexReason;
import org.guwah.search.TermSealer;
import org.guwah.search.analysis.SearchAnalyzer;

/**
 * What built an index generation, written beside it ({@value #FILE}) before the generation is made
 * current: the index format, the analyzer fingerprint, the sealer's key id (not secret) and the
 * origin the caller named (e.g. the id of the database the index mirrors; empty if none).
 *
 * @param format the index format ({@value #FORMAT}: field names, token length, sealing domain)
 * @param analyzer {@link SearchAnalyzer#fingerprint()}
 * @param keyId {@link TermSealer#keyId()}
 * @param origin what the documents came from, as the caller names it; empty when not named
 */
public record IndexMarker(int format, String analyzer, String keyId, String origin) {
  /** File name inside a generation directory. */
  public static final String FILE = "guwah-search.properties";
  /** Current index format. */
  public static final int FORMAT = 1;

  public IndexMarker {
    java.util.Objects.requireNonNull(analyzer, "analyzer");
    java.util.Objects.requireNonNull(keyId, "keyId");
    java.util.Objects.requireNonNull(origin, "origin");
  }

  /** The marker this code would write for {@code sealer}, without an origin. */
  public static IndexMarker expected(TermSealer sealer) {
    return expected(sealer, "");
  }

  /**
   * The marker this code would write for {@code sealer} and {@code origin}.
   *
   * @throws IllegalArgumentException if the key id is not 1-128 printable ASCII characters or the
   *     origin is longer than 128 or not printable ASCII
   */
  public static IndexMarker expected(TermSealer sealer, String origin) {
    if (origin.length() > 128 || origin.chars().anyMatch(c -> c < 0x20 || c > 0x7E)) {
      throw new IllegalArgumentException("index origin must be at most 128 printable ASCII characters");
    }
    String keyId = sealer.keyId();
    if (keyId.isEmpty() || keyId.length() > 128 || keyId.chars().anyMatch(c -> c < 0x20 || c > 0x7E)) {
      throw new IllegalArgumentException("term sealer key id must be 1-128 printable ASCII characters");
    }
    return new IndexMarker(FORMAT, SearchAnalyzer.fingerprint(), keyId, origin);
  }

  /** The marker in {@code generation}; empty if missing or unreadable. */
  public static Optional<IndexMarker> read(Path generation) throws IOException {
    String text;
    try {
      text = Files.readString(generation.resolve(FILE), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
    Properties p = new Properties();
    p.load(new StringReader(text));
    String format = p.getProperty("format");
    String analyzer = p.getProperty("analyzer");
    String keyId = p.getProperty("keyId");
    if (format == null || analyzer == null || keyId == null || !format.matches("[0-9]{1,6}")) {
      return Optional.empty();
    }
    return Optional.of(new IndexMarker(Integer.parseInt(format), analyzer, keyId, p.getProperty("origin", "")));
  }

  /** Writes this marker into {@code generation}, atomically and durably. */
  public void write(Path generation) throws IOException {
    Properties p = new Properties();
    p.setProperty("format", Integer.toString(format));
    p.setProperty("analyzer", analyzer);
    p.setProperty("keyId", keyId);
    if (!origin.isEmpty()) {
      p.setProperty("origin", origin);
    }
    StringWriter w = new StringWriter();
    p.store(w, "guwah search index; delete the index directory to force a rebuild");
    DurableFiles.replace(generation.resolve(FILE), w.toString());
  }

  /** Why an index with this marker cannot serve {@code expected}; empty if it can. */
  public Optional<ReindexReason> mismatch(IndexMarker expected) {
    if (format != expected.format) {
      return Optional.of(ReindexReason.UNREADABLE);
    }
    if (!analyzer.equals(expected.analyzer)) {
      return Optional.of(ReindexReason.ANALYZER_CHANGED);
    }
    if (!keyId.equals(expected.keyId)) {
      return Optional.of(ReindexReason.KEY_CHANGED);
    }
    if (!origin.equals(expected.origin)) {
      return Optional.of(ReindexReason.ORIGIN_CHANGED);
    }
    return Optional.empty();
  }
}
