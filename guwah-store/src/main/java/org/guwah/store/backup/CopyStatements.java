package org.guwah.store.backup;

import java.util.stream.Collectors;

/** The {@code COPY} statements of a table, with its archived column list and format. */
final class CopyStatements {
  private CopyStatements() {}

  static String out(SchemaCatalog catalog, Manifest.Table table) {
    return "COPY " + target(catalog, table) + " TO STDOUT (FORMAT " + table.format().sqlName() + ")";
  }

  static String in(SchemaCatalog catalog, Manifest.Table table) {
    return "COPY " + target(catalog, table) + " FROM STDIN (FORMAT " + table.format().sqlName() + ")";
  }

  private static String target(SchemaCatalog catalog, Manifest.Table table) {
    if (table.columns().isEmpty()) {
      return catalog.qualified(table.name());
    }
    return catalog.qualified(table.name())
        + table.columns().stream().map(column -> Identifiers.quote(column.name()))
            .collect(Collectors.joining(", ", " (", ")"));
  }
}
