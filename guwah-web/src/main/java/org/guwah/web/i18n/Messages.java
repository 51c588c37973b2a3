package org.guwah.web.i18n;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.guwah.core.vocab.Language;

/**
 * The interface texts of every language, read once from {@code messages.tsv} (a key column and one
 * column per {@link Language}, in the enum's order). Immutable and thread-safe.
 *
 * <p>A key missing from the table is a programming error: {@link Translation#get} answers the key
 * itself in brackets (so a page still renders) and {@code MessagesTest} fails the build for any key
 * a template uses that the table lacks, and for any empty cell.
 */
public final class Messages {
  private static final Messages STANDARD = load("messages.tsv");

  private final Map<String, Map<Language, String>> texts;

  private Messages(Map<String, Map<Language, String>> texts) {
    this.texts = texts;
  }

  /** The messages shipped with Guwah. */
  public static Messages standard() {
    return STANDARD;
  }

  /** The texts in {@code language}. */
  public Translation in(Language language) {
    return new Translation(this, language);
  }

  /** Every key. */
  public Set<String> keys() {
    return texts.keySet();
  }

  /** The text of {@code key} in {@code language}, or null when the key or the cell is missing. */
  public String text(String key, Language language) {
    Map<Language, String> row = texts.get(key);
    return row == null ? null : row.get(language);
  }

  static Messages load(String resource) {
    try (InputStream in = Objects.requireNonNull(Messages.class.getResourceAsStream(resource), resource);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      Map<String, Map<Language, String>> texts = new LinkedHashMap<>();
      Language[] order = Language.values();
      String line;
      boolean header = true;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (header) {
          header = false;
          continue;
        }
        Map<Language, String> row = new EnumMap<>(Language.class);
        for (int i = 0; i < order.length && i + 1 < cells.length; i++) {
          if (!cells[i + 1].isBlank()) {
            row.put(order[i], cells[i + 1].strip());
          }
        }
        if (texts.put(cells[0].strip(), Collections.unmodifiableMap(row)) != null) {
          throw new IllegalStateException(resource + ": key " + cells[0] + " appears twice");
        }
      }
      return new Messages(Collections.unmodifiableMap(texts));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return "Messages[" + texts.size() + " keys]";
  }
}
