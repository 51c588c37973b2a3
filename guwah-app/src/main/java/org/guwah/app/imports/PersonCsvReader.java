package org.guwah.app.imports;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.guwah.core.geo.Place;
import org.guwah.core.people.Contact;
import org.guwah.core.people.Person;
import org.guwah.core.people.PersonName;
import org.guwah.core.time.FuzzyDate;
import org.guwah.core.time.InvalidFuzzyDateException;
import org.guwah.core.validation.ValidationException;
import org.guwah.core.vocab.Vocabularies;
import org.guwah.names.ScriptDetector;
import org.jspecify.annotations.Nullable;

/**
 * Reads persons from a UTF-8 CSV file with a header row. Columns (any order, case-insensitive; all
 * optional; unknown columns are reported and ignored):
 *
 * <ul>
 *   <li>{@code name} (script from {@code name_script} or detected), {@code name_<script>} for a
 *       name in a given {@code name_script} code, e.g. {@code name_hanzi}, {@code name_uey}; {@code
 *       source}: who spelled the names so
 *   <li>{@code sex}, {@code ethnicity}, {@code identity_level}: codes or labels in any interface
 *       language (男/女 work)
 *   <li>{@code birth} or {@code birth_date} (fuzzy date), {@code birth_year}
 *   <li>{@code home_country}, {@code home_county}, {@code home_locality}, {@code home_detail}, {@code
 *       place} (same as home_locality), {@code residence_country}
 *   <li>{@code phone}, {@code wechat}, {@code whatsapp}, {@code telegram}, {@code signal}, {@code
 *       email}; {@code id_number}; {@code protected_third_party} (true/false); {@code notes}; {@code
 *       record_id} (used only in messages)
 * </ul>
 *
 * <p>Every row is checked; a bad row yields {@link Rejection}s naming its line and columns, never
 * the values. Nothing is written here.
 */
public final class PersonCsvReader {
  /** Largest field the parser buffers (a larger one makes the file unreadable). */
  static final int MAX_FIELD_CHARS = 64 * 1024 * 1024;

  private static final Set<String> CONTACT_COLUMNS = Set.of("phone", "wechat", "whatsapp", "telegram", "signal", "email");
  private static final Set<String> KNOWN = Set.of("record_id", "name", "name_script", "source", "sex", "ethnicity",
      "identity_level", "birth", "birth_date", "birth_year", "home_country", "home_county", "home_locality",
      "home_detail", "place", "residence_country", "phone", "wechat", "whatsapp", "telegram", "signal", "email",
      "id_number", "protected_third_party", "notes");

  private final CodeLookup codes = new CodeLookup();

  /** What a file held: the valid persons with their line numbers, the rejections, and the row count. */
  public record Result(List<Person> persons, List<Long> lines, List<Rejection> rejections, long rows,
      Set<String> ignoredColumns) {
    @Override
    public String toString() {
      return "Result[" + persons.size() + " valid of " + rows + " rows]";
    }
  }

  /**
   * Reads and checks the whole file.
   *
   * @throws ImportFileException if the file cannot be read as CSV at all (missing, UTF-16, no
   *     header, duplicate columns, unterminated quote, a field over 64 M characters)
   */
  public Result read(Path file) {
    Utf8Scan scan;
    try {
      scan = Utf8Scan.of(file);
    } catch (IOException e) {
      throw new ImportFileException("cannot read the file: " + e.getClass().getSimpleName());
    }
    if (scan.utf16) {
      throw new ImportFileException("the file is UTF-16: save it as UTF-8 (CSV UTF-8 in spreadsheet programs)");
    }
    if (scan.lines > 10 && scan.badLines.cardinality() > scan.lines / 2) {
      throw new ImportFileException("the file is not UTF-8 (most lines have invalid bytes; is it GBK, Windows-1251"
          + " or Latin-1?): save it as UTF-8");
    }
    List<Person> persons = new ArrayList<>();
    List<Long> lines = new ArrayList<>();
    List<Rejection> rejections = new ArrayList<>();
    long rows = 0;
    long lastLine = 0;
    Set<String> ignored = new TreeSet<>();
    try (Reader reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
        CsvReader<CsvRecord> csv = CsvReader.builder()
            .skipEmptyLines(true)
            .allowExtraFields(true)
            .allowMissingFields(true)
            .detectBomHeader(true)
            .maxBufferSize(MAX_FIELD_CHARS)
            .ofCsvRecord(reader)) {
      List<String> header = null;
      for (CsvRecord record : csv) {
        long line = record.getStartingLineNumber();
        lastLine = line;
        if (header == null) {
          header = header(record, ignored);
          continue;
        }
        rows++;
        if (!scan.clean() && hasReplacement(record)) {
          rejections.add(new Rejection(line, "", "not valid UTF-8 (save the file as UTF-8)"));
          continue;
        }
        if (record.getFieldCount() != header.size()) {
          rejections.add(new Rejection(line, "", "has " + record.getFieldCount() + " fields, the header has "
              + header.size()));
          continue;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
          String v = record.getField(i).strip();
          if (!v.isEmpty() && (KNOWN.contains(header.get(i)) || header.get(i).startsWith("name_"))) {
            fields.put(header.get(i), v);
          }
        }
        List<Rejection> problems = new ArrayList<>();
        Person p = person(fields, line, problems);
        if (p == null) {
          rejections.addAll(problems);
        } else {
          persons.add(p);
          lines.add(line);
        }
      }
      if (header == null) {
        throw new ImportFileException("the file is empty: it needs a header row and at least one data row");
      }
    } catch (CsvParseException e) {
      throw new ImportFileException("malformed CSV after line " + lastLine
          + " (an unterminated quote, or a field larger than " + MAX_FIELD_CHARS / (1024 * 1024) + " M characters)");
    } catch (UncheckedIOException | IOException e) {
      throw new ImportFileException("cannot read the file: " + e.getClass().getSimpleName());
    }
    return new Result(persons, lines, rejections, rows, ignored);
  }

  private static boolean hasReplacement(CsvRecord r) {
    for (String f : r.getFields()) {
      if (f.indexOf('\uFFFD') >= 0) {
        return true;
      }
    }
    return false;
  }

  private static List<String> header(CsvRecord record, Set<String> ignored) {
    List<String> header = new ArrayList<>();
    Set<String> seen = new TreeSet<>();
    for (String raw : record.getFields()) {
      String h = raw.strip().toLowerCase(Locale.ROOT);
      if (h.indexOf('\uFFFD') >= 0) {
        throw new ImportFileException("the header row is not valid UTF-8");
      }
      if (!h.isEmpty() && !seen.add(h)) {
        throw new ImportFileException("the header names column " + h + " twice");
      }
      if (h.startsWith("name_") && !h.equals("name_script")) {
        String script = h.substring(5).toUpperCase(Locale.ROOT);
        if (!Vocabularies.standard().vocabulary("name_script").contains(script)) {
          throw new ImportFileException("column " + h + ": " + script + " is not a name_script code (use e.g."
              + " name_hanzi, name_uey, name_uly, name_kazakh_cyrillic)");
        }
      } else if (!KNOWN.contains(h)) {
        ignored.add(h.length() > 60 ? h.substring(0, 60) + "…" : h);
      }
      header.add(h);
    }
    if (header.stream().noneMatch(h -> KNOWN.contains(h) || h.startsWith("name_"))) {
      throw new ImportFileException("the first row is not a header of known columns (see `guwah import --help`)");
    }
    return header;
  }

  /** Builds a person from one row, or returns null after adding its problems. */
  @Nullable Person person(Map<String, String> f, long line, List<Rejection> out) {
    List<PersonName> names = new ArrayList<>();
    String source = f.get("source");
    for (var e : f.entrySet()) {
      String column = e.getKey();
      if (!column.equals("name") && !(column.startsWith("name_") && !column.equals("name_script"))) {
        continue;
      }
      String script = column.equals("name")
          ? (f.containsKey("name_script") ? codeOrReject("name_script", f.get("name_script"), line, "name_script", out)
              : detected(e.getValue()))
          : column.substring(5).toUpperCase(Locale.ROOT);
      if (script == null) {
        continue;
      }
      try {
        names.add(new PersonName(e.getValue(), script, source));
      } catch (ValidationException ve) {
        ve.fieldErrors().forEach((k, v) -> out.add(new Rejection(line, k.equals("source") ? "source" : column, v)));
      }
    }
    FuzzyDate birth = null;
    String birthText = f.containsKey("birth") ? f.get("birth") : f.get("birth_date");
    String birthColumn = f.containsKey("birth") ? "birth" : "birth_date";
    try {
      if (birthText != null) {
        birth = FuzzyDate.parse(birthText);
      }
      if (f.containsKey("birth_year")) {
        FuzzyDate year = FuzzyDate.parse(f.get("birth_year"));
        if (birth != null && (birth.earliest().getYear() > year.latest().getYear()
            || birth.latest().getYear() < year.earliest().getYear())) {
          out.add(new Rejection(line, "birth_year", "does not agree with " + birthColumn));
        } else if (birth == null) {
          birth = year;
        }
      }
    } catch (InvalidFuzzyDateException e) {
      out.add(new Rejection(line, birthText != null && birth == null ? birthColumn : "birth_year", e.getMessage()));
    }
    List<Contact> contacts = new ArrayList<>();
    for (String c : CONTACT_COLUMNS) {
      String v = f.get(c);
      if (v != null) {
        try {
          contacts.add(new Contact(c.toUpperCase(Locale.ROOT), v));
        } catch (ValidationException ve) {
          out.add(new Rejection(line, c, ve.fieldErrors().values().iterator().next()));
        }
      }
    }
    Place home = null;
    String locality = f.containsKey("home_locality") ? f.get("home_locality") : f.get("place");
    if (f.containsKey("home_country") || f.containsKey("home_county") || locality != null || f.containsKey("home_detail")) {
      try {
        home = new Place(upper(f.get("home_country")), f.get("home_county"), locality, f.get("home_detail"));
      } catch (ValidationException ve) {
        ve.fieldErrors().forEach((k, v) -> out.add(new Rejection(line, "home_" + (k.equals("countyCode") ? "county" : k), v)));
      }
    }
    String sex = f.containsKey("sex") ? codeOrReject("sex", f.get("sex"), line, "sex", out) : null;
    String ethnicity = f.containsKey("ethnicity") ? codeOrReject("ethnicity", f.get("ethnicity"), line, "ethnicity", out) : null;
    String level = f.containsKey("identity_level")
        ? codeOrReject("identity_level", f.get("identity_level"), line, "identity_level", out) : null;
    boolean protectedParty = false;
    if (f.containsKey("protected_third_party")) {
      String v = f.get("protected_third_party").toLowerCase(Locale.ROOT);
      if (Set.of("true", "yes", "1", "y").contains(v)) {
        protectedParty = true;
      } else if (!Set.of("false", "no", "0", "n").contains(v)) {
        out.add(new Rejection(line, "protected_third_party", "must be true or false"));
      }
    }
    // Build the record even when a column already failed (that column left out), so the record's
    // own rules report every other bad column of the row too.
    Person person = null;
    try {
      person = new Person(null, 0, names, sex, birth, null, ethnicity, home, upper(f.get("residence_country")),
          contacts, f.get("id_number"), level, protectedParty, null, f.get("notes"), List.of());
    } catch (ValidationException ve) {
      ve.fieldErrors().forEach((k, v) -> out.add(new Rejection(line, column(k), v)));
    }
    return out.isEmpty() ? person : null;
  }

  private static @Nullable String upper(@Nullable String s) {
    return s == null ? null : s.toUpperCase(Locale.ROOT);
  }

  private static String column(String field) {
    switch (field) {
      case "residenceCountry":
        return "residence_country";
      case "idNumber":
        return "id_number";
      case "identityLevel":
        return "identity_level";
      default:
        return field;
    }
  }

  private @Nullable String codeOrReject(String vocabulary, String text, long line, String column, List<Rejection> out) {
    var code = codes.code(vocabulary, text);
    if (code.isEmpty()) {
      out.add(new Rejection(line, column, "is not a known " + vocabulary + " code or label"));
      return null;
    }
    return code.get();
  }

  private static String detected(String name) {
    return ScriptDetector.detect(name).nameScriptCode();
  }
}
