package org.guwah.core.vocab;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The controlled vocabularies shipped with Guwah, loaded from UTF-8 TSV files under {@code
 * org/guwah/core/vocab/}: a header {@code code en ug kk ru tr zh [extra...]}, one term a line,
 * comment lines starting with {@code #} before the header. Loaded once; immutable and thread-safe.
 */
public final class Vocabularies {
  /** The vocabularies every installation has. */
  public static final List<String> NAMES =
      List.of(
          "tactic", "channel", "perpetrator", "detention_status", "detention_reason", "relationship",
          "verification", "consent_purpose", "consent_method", "source_kind", "ethnicity", "sex",
          "contact_kind", "language", "identity_level", "name_script");

  private static final String[] LABEL_COLUMNS = {"code", "en", "ug", "kk", "ru", "tr", "zh"};

  private final Map<String, Vocabulary> byName;

  private Vocabularies(Map<String, Vocabulary> byName) {
    this.byName = Map.copyOf(byName);
  }

  private static final class Holder {
    static final Vocabularies STANDARD = loadStandard();
  }

  /** The shipped vocabularies. Fails at first use if a file is missing or malformed. */
  public static Vocabularies standard() {
    return Holder.STANDARD;
  }

  private static Vocabularies loadStandard() {
    Map<String, Vocabulary> all = new LinkedHashMap<>();
    for (String name : NAMES) {
      String resource = "/org/guwah/core/vocab/" + name + ".tsv";
      try (InputStream in = Vocabularies.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("vocabulary file missing: " + resource);
        }
        all.put(name, parse(name, in));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + resource, e);
      }
    }
    return new Vocabularies(all);
  }

  /** Parses one vocabulary file; errors name the line. */
  public static Vocabulary parse(String name, InputStream in) throws IOException {
    var decoder =
        StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    List<Term> terms = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, decoder))) {
      String[] header = null;
      String line;
      int lineNo = 0;
      while ((line = r.readLine()) != null) {
        lineNo++;
        if (header == null) {
          if (line.startsWith("#")) {
            continue;
          }
          header = line.split("\t", -1);
          for (int i = 0; i < LABEL_COLUMNS.length; i++) {
            if (header.length <= i || !header[i].equals(LABEL_COLUMNS[i])) {
              throw new IllegalStateException(name + ".tsv: header must start with code en ug kk ru tr zh");
            }
          }
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (cells.length != header.length) {
          throw new IllegalStateException(
              name + ".tsv line " + lineNo + ": " + cells.length + " cells, header has " + header.length);
        }
        Map<Language, String> labels = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
          labels.put(l, cells[1 + l.ordinal()].strip());
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = LABEL_COLUMNS.length; i < header.length; i++) {
          attributes.put(header[i], cells[i].strip());
        }
        try {
          terms.add(new Term(cells[0].strip(), labels, attributes));
        } catch (IllegalArgumentException e) {
          throw new IllegalStateException(name + ".tsv line " + lineNo + ": " + e.getMessage(), e);
        }
      }
    }
    return Vocabulary.of(name, terms);
  }

  /** The named vocabulary; {@link IllegalArgumentException} for an unknown name. */
  public Vocabulary vocabulary(String name) {
    Vocabulary v = byName.get(name);
    if (v == null) {
      throw new IllegalArgumentException("no vocabulary named " + name);
    }
    return v;
  }

  public Set<String> names() {
    return byName.keySet();
  }
}
