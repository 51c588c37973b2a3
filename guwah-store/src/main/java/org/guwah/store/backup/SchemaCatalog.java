package org.guwah.store.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The application schema as the catalog describes it, read on one connection (inside the dump's
 * snapshot, or the restore's transaction): the connection's current schema (where Flyway
 * migrates), its ordinary tables in dependency order with their copied columns, and its
 * sequences and materialized views.
 *
 * <p>Not part of it: Flyway's {@value #SCHEMA_HISTORY} (re-created by migrating the target to the
 * archive's version), generated columns (recomputed on insert), views and foreign tables (no data
 * of their own), materialized views (refreshed after a restore). A partitioned table, or a cycle
 * of foreign keys between tables, is refused rather than dumped in a way that cannot be restored.
 */
final class SchemaCatalog {
  static final String SCHEMA_HISTORY = "flyway_schema_history";

  /** SQL for the OID of the connection's current schema. */
  static final String NAMESPACE = "(select n.oid from pg_namespace n where n.nspname = current_schema())";

  /** PostgreSQL's first OID for user-defined objects ({@code FirstNormalObjectId}). */
  private static final int FIRST_USER_OID = 16384;

  private final String schema;
  private final List<Manifest.Table> tables;
  private final List<String> sequences;
  private final List<String> materializedViews;

  private SchemaCatalog(
      String schema, List<Manifest.Table> tables, List<String> sequences, List<String> materializedViews) {
    this.schema = schema;
    this.tables = List.copyOf(tables);
    this.sequences = List.copyOf(sequences);
    this.materializedViews = List.copyOf(materializedViews);
  }

  /**
   * Reads the catalog; row counts of the returned tables are 0 (they are counted by the dump).
   *
   * @throws BackupFailedException if there is no current schema, a table is partitioned, or
   *     foreign keys form a cycle
   */
  static SchemaCatalog read(Connection connection) throws SQLException {
    String schema = currentSchema(connection);
    Map<String, List<Manifest.Column>> columns = new TreeMap<>();
    Map<String, CopyFormat> formats = new TreeMap<>();
    List<String> sequences = new ArrayList<>();
    List<String> materializedViews = new ArrayList<>();
    try (PreparedStatement relations = connection.prepareStatement(
            "select c.relname, c.relkind from pg_class c where c.relnamespace = " + NAMESPACE
                + " and c.relkind in ('r', 'p', 'S', 'm') order by c.oid");
        ResultSet rs = relations.executeQuery()) {
      while (rs.next()) {
        String name = rs.getString(1);
        switch (rs.getString(2)) {
          case "r" -> {
            if (!name.equals(SCHEMA_HISTORY)) {
              columns.put(name, new ArrayList<>());
              formats.put(name, CopyFormat.BINARY);
            }
          }
          case "p" -> throw new BackupFailedException(
              "table " + name + " is partitioned; backups do not support partitioned tables", null);
          case "S" -> sequences.add(name);
          default -> materializedViews.add(name);
        }
      }
    }
    readColumns(connection, columns, formats);
    List<Manifest.Table> tables = new ArrayList<>();
    for (String name : dependencyOrder(columns.keySet(), references(connection))) {
      tables.add(new Manifest.Table(name, columns.get(name), formats.get(name).sqlName(), 0));
    }
    sequences.sort(null);
    return new SchemaCatalog(schema, tables, sequences, materializedViews);
  }

  private static String currentSchema(Connection connection) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement("select current_schema()");
        ResultSet rs = statement.executeQuery()) {
      String schema = rs.next() ? rs.getString(1) : null;
      if (schema == null) {
        throw new BackupFailedException(
            "the database connection has no current schema (check the search_path setting)", null);
      }
      return schema;
    }
  }

  private static void readColumns(
      Connection connection, Map<String, List<Manifest.Column>> columns, Map<String, CopyFormat> formats)
      throws SQLException {
    // A column needs text COPY when its binary form carries type OIDs that differ between
    // databases (arrays of user-defined or domain types, composites) or its type has no binary form.
    String sql = "select c.relname, a.attname, format_type(a.atttypid, a.atttypmod),"
        + " (b.typtype in ('c', 'd') or b.typsend::oid = 0 or b.typreceive::oid = 0"
        + "  or (e.oid is not null and (e.oid >= " + FIRST_USER_OID + " or e.typtype in ('c', 'd')"
        + "      or e.typsend::oid = 0 or e.typreceive::oid = 0))) as text_only"
        + " from pg_attribute a"
        + " join pg_class c on c.oid = a.attrelid"
        + " join pg_type t on t.oid = a.atttypid"
        + " join pg_type b on b.oid = case when t.typtype = 'd' then t.typbasetype else t.oid end"
        + " left join pg_type e on e.oid = b.typelem and b.typcategory = 'A'"
        + " where c.relnamespace = " + NAMESPACE + " and c.relkind = 'r'"
        + " and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''"
        + " order by c.relname, a.attnum";
    try (PreparedStatement statement = connection.prepareStatement(sql);
        ResultSet rs = statement.executeQuery()) {
      while (rs.next()) {
        List<Manifest.Column> tableColumns = columns.get(rs.getString(1));
        if (tableColumns == null) {
          continue; // the schema history
        }
        tableColumns.add(new Manifest.Column(rs.getString(2), rs.getString(3)));
        if (rs.getBoolean(4)) {
          formats.put(rs.getString(1), CopyFormat.TEXT);
        }
      }
    }
  }

  /** Referencing table → tables it references (foreign keys inside the schema, self-references excluded). */
  private static Map<String, Set<String>> references(Connection connection) throws SQLException {
    Map<String, Set<String>> references = new TreeMap<>();
    try (PreparedStatement statement = connection.prepareStatement(
            "select c.relname, r.relname from pg_constraint k"
                + " join pg_class c on c.oid = k.conrelid join pg_class r on r.oid = k.confrelid"
                + " where k.contype = 'f' and c.relnamespace = " + NAMESPACE
                + " and r.relnamespace = " + NAMESPACE + " and c.oid <> r.oid");
        ResultSet rs = statement.executeQuery()) {
      while (rs.next()) {
        references.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(rs.getString(2));
      }
    }
    return references;
  }

  /** Tables with every referenced table before its referencing tables; ties by name. */
  static List<String> dependencyOrder(Set<String> tables, Map<String, Set<String>> references) {
    Map<String, Set<String>> waiting = new LinkedHashMap<>();
    for (String table : new TreeSet<>(tables)) {
      Set<String> needs = new TreeSet<>(references.getOrDefault(table, Set.of()));
      needs.retainAll(tables);
      waiting.put(table, needs);
    }
    List<String> order = new ArrayList<>();
    Deque<String> ready = new ArrayDeque<>();
    while (!waiting.isEmpty()) {
      waiting.forEach((table, needs) -> {
        if (needs.isEmpty()) {
          ready.add(table);
        }
      });
      if (ready.isEmpty()) {
        throw new BackupFailedException(
            "the foreign keys of tables " + String.join(", ", waiting.keySet())
                + " form a cycle; backups cannot order them for restoring",
            null);
      }
      while (!ready.isEmpty()) {
        String table = ready.poll();
        waiting.remove(table);
        order.add(table);
        waiting.values().forEach(needs -> needs.remove(table));
      }
    }
    return order;
  }

  String schema() {
    return schema;
  }

  /** Tables in dependency order. */
  List<Manifest.Table> tables() {
    return tables;
  }

  List<String> sequences() {
    return sequences;
  }

  List<String> materializedViews() {
    return materializedViews;
  }

  String qualified(String name) {
    return Identifiers.qualified(schema, name);
  }
}
