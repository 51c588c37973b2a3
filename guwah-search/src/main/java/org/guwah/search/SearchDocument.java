package org.guwah.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One record as the index sees it: an opaque id, a kind, text to search (sealed before it reaches
 * disk), coded facet values (in clear) and who may find it.
 *
 * <p>Facet values must be codes (vocabulary codes, ISO country codes, years), never identity
 * values: they are kept in clear. The patterns enforce ASCII codes without spaces, which keeps
 * names in other scripts out by construction. The dimension {@value #KIND_DIMENSION} is reserved:
 * the index fills it from {@link #kind()}.
 *
 * <p>{@link #toString()} shows the id, kind, facets and access but never the text.
 *
 * @param recordId opaque id (e.g. a UUID), unique per record
 * @param kind what the record is
 * @param text text values per field; values of one field are separate (a phrase never spans two)
 * @param facets coded values per facet dimension
 * @param access who may find the record
 */
public record SearchDocument(
    String recordId,
    RecordKind kind,
    Map<SearchField, List<String>> text,
    Map<String, Set<String>> facets,
    DocumentAccess access) {
  /** The facet dimension filled from {@link #kind()}. */
  public static final String KIND_DIMENSION = "kind";

  /**
   * @throws IllegalArgumentException if the id, a facet dimension or value is not a code, or the
   *     dimension {@value #KIND_DIMENSION} is given (messages never contain values)
   * @throws NullPointerException if anything is null
   */
  public SearchDocument {
    Codes.checked(recordId, Codes.ID, "recordId");
    java.util.Objects.requireNonNull(kind, "kind");
    java.util.Objects.requireNonNull(access, "access");
    EnumMap<SearchField, List<String>> t = new EnumMap<>(SearchField.class);
    for (Map.Entry<SearchField, List<String>> e : text.entrySet()) {
      t.put(java.util.Objects.requireNonNull(e.getKey(), "text field"), List.copyOf(e.getValue()));
    }
    text = Map.copyOf(t);
    TreeMap<String, Set<String>> f = new TreeMap<>();
    for (Map.Entry<String, Set<String>> e : facets.entrySet()) {
      String dim = Codes.checked(e.getKey(), Codes.DIMENSION, "facet dimension");
      if (dim.equals(KIND_DIMENSION)) {
        throw new IllegalArgumentException("facet dimension 'kind' is reserved; it is filled from the record kind");
      }
      f.put(dim, Codes.checkedSet(e.getValue(), Codes.CODE, "facet '" + dim + "'"));
    }
    facets = Map.copyOf(f);
  }

  /** A builder for the record {@code recordId} of kind {@code kind}, readable by nobody until told. */
  public static Builder builder(String recordId, RecordKind kind) {
    return new Builder(recordId, kind);
  }

  /** The values of {@code field}, empty if none. */
  public List<String> text(SearchField field) {
    return text.getOrDefault(field, List.of());
  }

  @Override
  public String toString() {
    int values = 0;
    for (List<String> v : text.values()) {
      values += v.size();
    }
    return "SearchDocument[recordId=" + recordId + ", kind=" + kind.code() + ", text=<redacted, " + values
        + " values>, facets=" + new TreeMap<>(facets) + ", access=" + access + "]";
  }

  /** Collects the parts of a {@link SearchDocument}; not thread-safe. */
  public static final class Builder {
    private final String recordId;
    private final RecordKind kind;
    private final EnumMap<SearchField, List<String>> text = new EnumMap<>(SearchField.class);
    private final TreeMap<String, Set<String>> facets = new TreeMap<>();
    private DocumentAccess access = DocumentAccess.nobody();

    private Builder(String recordId, RecordKind kind) {
      this.recordId = recordId;
      this.kind = kind;
    }

    /** Adds free text (testimony, note). */
    public Builder text(String value) {
      return add(SearchField.TEXT, value);
    }

    /** Adds an identity value (a name in any script, a place, an ID number). */
    public Builder identity(String value) {
      return add(SearchField.IDENTITY, value);
    }

    /** Adds {@code value} to {@code field}. */
    public Builder add(SearchField field, String value) {
      text.computeIfAbsent(field, k -> new ArrayList<>()).add(java.util.Objects.requireNonNull(value, "text value"));
      return this;
    }

    /** Adds coded values to the facet {@code dimension}. */
    public Builder facet(String dimension, String... values) {
      return facet(dimension, Arrays.asList(values));
    }

    /** Adds coded values to the facet {@code dimension}. */
    public Builder facet(String dimension, Collection<String> values) {
      facets.computeIfAbsent(dimension, k -> new LinkedHashSet<>()).addAll(values);
      return this;
    }

    /** Sets who may find the document (default: nobody). */
    public Builder access(DocumentAccess value) {
      this.access = java.util.Objects.requireNonNull(value, "access");
      return this;
    }

    /**
     * The document.
     *
     * @throws IllegalArgumentException as {@link SearchDocument#SearchDocument}
     */
    public SearchDocument build() {
      Map<String, Set<String>> f = new TreeMap<>();
      facets.forEach((k, v) -> f.put(k, Set.copyOf(v)));
      return new SearchDocument(recordId, kind, text, f, access);
    }
  }
}
