package org.guwah.store.backup;

/**
 * The {@code COPY} format of one table's data in an archive.
 *
 * <p>{@link #BINARY} is the default: exact, fast, and readable by every supported PostgreSQL
 * version (15 and newer) since the binary forms of the built-in types do not change between
 * versions. {@link #TEXT} is used for a table with a column whose binary form embeds type OIDs
 * that differ between databases (arrays of user-defined types such as enums, composite types) or
 * whose type has no binary form; text input parses such values by name.
 */
enum CopyFormat {
  BINARY("binary"),
  TEXT("text");

  private final String sqlName;

  CopyFormat(String sqlName) {
    this.sqlName = sqlName;
  }

  /** The name in {@code COPY ... (FORMAT name)} and in the manifest. */
  String sqlName() {
    return sqlName;
  }

  /** A splitter of a stream in this format into rows. */
  CopyRows rows(CopyRows.RowSink sink) {
    return this == BINARY ? new BinaryCopyRows(sink) : new TextCopyRows(sink);
  }

  /**
   * The format named {@code name} in a manifest.
   *
   * @throws IllegalArgumentException if unknown
   */
  static CopyFormat named(String name) {
    for (CopyFormat format : values()) {
      if (format.sqlName.equals(name)) {
        return format;
      }
    }
    throw new IllegalArgumentException("unknown COPY format " + name);
  }
}
