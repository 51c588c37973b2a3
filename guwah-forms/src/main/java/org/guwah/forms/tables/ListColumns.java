package org.guwah.forms.tables;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.guwah.forms.xlsx.CellReference;
import org.jspecify.annotations.Nullable;

/**
 * Which {@link ListField} each column of a list holds, recognised from its header. Headers are
 * compared case-insensitively after NFKC (full-width and half-width forms alike), ignoring spaces,
 * punctuation around or inside them ({@code "姓名："}, {@code "Name*"}, {@code "birth_date"},
 * {@code "Ф.И.О."}) and, if the whole header is not known, a bracketed part ({@code
 * "身份证号（18位）"}). Names are known in English, Uyghur (Arabic and Latin script), Kazakh, Russian,
 * Turkish and Chinese, plus the column names of {@code guwah link}.
 *
 * <p>Unknown columns stay in place with no field. Several columns may carry one field (two 姓名
 * columns, or 户籍地址 and 村 both {@link ListField#PLACE}); {@link #indexesOf} lists them all.
 * Immutable and thread-safe. {@link #toString()} leaves unrecognised headers out, since in a file
 * without a header row they are data.
 */
public final class ListColumns {
  private final List<String> headers;
  private final List<@Nullable ListField> fields;
  private final Map<ListField, List<Integer>> byField;

  private ListColumns(List<String> headers, List<@Nullable ListField> fields) {
    this.headers = List.copyOf(headers);
    this.fields = Collections.unmodifiableList(new ArrayList<>(fields));
    Map<ListField, List<Integer>> map = new EnumMap<>(ListField.class);
    for (int i = 0; i < fields.size(); i++) {
      ListField f = fields.get(i);
      if (f != null) {
        map.computeIfAbsent(f, k -> new ArrayList<>()).add(i);
      }
    }
    map.replaceAll((k, v) -> List.copyOf(v));
    this.byField = Collections.unmodifiableMap(map);
  }

  /** Recognises the fields of a header row (cells as read; they are compared by their key). */
  public static ListColumns recognise(List<String> headers) {
    List<@Nullable ListField> fields = new ArrayList<>(headers.size());
    for (String h : headers) {
      fields.add(HeaderSynonyms.match(h));
    }
    return new ListColumns(headers, fields);
  }

  /** The field one header names, if it is a known column name. */
  public static Optional<ListField> fieldOf(String header) {
    return Optional.ofNullable(HeaderSynonyms.match(header));
  }

  /** Number of header columns. */
  public int size() {
    return headers.size();
  }

  /** The header cells as read (trimmed, NFC); unknown and empty headers included. */
  public List<String> headers() {
    return headers;
  }

  /** The field of the column at a 0-based index, {@code null} if its header is unknown or out of range. */
  public @Nullable ListField field(int index) {
    return index >= 0 && index < fields.size() ? fields.get(index) : null;
  }

  /** Whether the column at {@code index} has a recognised header. */
  public boolean isRecognised(int index) {
    return field(index) != null;
  }

  /** The 0-based indexes of the columns carrying {@code field}, in column order; empty if none. */
  public List<Integer> indexesOf(ListField field) {
    return byField.getOrDefault(field, List.of());
  }

  /** The first column carrying {@code field}. */
  public OptionalInt indexOf(ListField field) {
    List<Integer> l = indexesOf(field);
    return l.isEmpty() ? OptionalInt.empty() : OptionalInt.of(l.get(0));
  }

  /** The fields recognised, in enum order. */
  public Set<ListField> fields() {
    return byField.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(byField.keySet()));
  }

  /** How many columns have a recognised header. */
  public int recognisedCount() {
    int n = 0;
    for (ListField f : fields) {
      if (f != null) {
        n++;
      }
    }
    return n;
  }

  /** The first non-empty value of {@code field} in {@code row}, or {@code ""}. */
  public String value(ListRow row, ListField field) {
    for (int i : indexesOf(field)) {
      String v = row.cell(i);
      if (!v.isEmpty()) {
        return v;
      }
    }
    return "";
  }

  /**
   * How problems name a column: its spreadsheet letter, with the header in parentheses when it is a
   * recognised column name ({@code "E (身份证号)"}), or the field's name when only part of the header
   * was recognised; an unrecognised header is never quoted.
   */
  public String label(int index) {
    String letters = CellReference.columnLetters(index + 1);
    ListField f = field(index);
    if (f == null) {
      return letters;
    }
    String h = headers.get(index);
    // A header known only without its bracketed part may carry anything in the brackets.
    return letters + " (" + (HeaderSynonyms.isKnownName(h) ? h : f.name().toLowerCase(Locale.ROOT)) + ")";
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("ListColumns[").append(headers.size()).append(" columns");
    for (int i = 0; i < fields.size(); i++) {
      ListField f = fields.get(i);
      if (f != null) {
        sb.append(", ").append(CellReference.columnLetters(i + 1)).append('=').append(f);
      }
    }
    return sb.append(']').toString();
  }
}
