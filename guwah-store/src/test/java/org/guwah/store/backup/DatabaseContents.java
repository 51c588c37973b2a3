package org.guwah.store.backup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.guwah.store.db.Database;

/**
 * Everything a restore must reproduce, read through SQL: every table of the schema (but Flyway's
 * history) as its rows' text in sorted order, every sequence's state, and the applied migration versions.
 */
record DatabaseContents(Map<String, List<String>> tables, Map<String, String> sequences, String schemaVersion) {

  static DatabaseContents of(Database db) {
    return db.jdbi().withHandle(h -> {
      h.execute("set time zone 'UTC'");
      Map<String, List<String>> tables = new TreeMap<>();
      for (String table : h.createQuery("select relname from pg_class where relkind = 'r'"
          + " and relnamespace = (select oid from pg_namespace where nspname = current_schema())"
          + " and relname <> 'flyway_schema_history'").mapTo(String.class).list()) {
        List<String> rows = new ArrayList<>(
            h.createQuery("select t::text from \"" + table + "\" t").mapTo(String.class).list());
        rows.sort(null);
        tables.put(table, rows);
      }
      Map<String, String> sequences = new TreeMap<>();
      for (String sequence : h.createQuery("select relname from pg_class where relkind = 'S'"
          + " and relnamespace = (select oid from pg_namespace where nspname = current_schema())")
          .mapTo(String.class).list()) {
        sequences.put(sequence, h.createQuery("select last_value || '/' || is_called from \"" + sequence + "\"")
            .mapTo(String.class).one());
      }
      String version = h.createQuery("select coalesce(string_agg(version, ',' order by installed_rank), '')"
          + " from flyway_schema_history where success and version is not null").mapTo(String.class).one();
      return new DatabaseContents(tables, sequences, version);
    });
  }

  long rows() {
    return tables.values().stream().mapToLong(List::size).sum();
  }

  long rows(String table) {
    return tables.getOrDefault(table, List.of()).size();
  }
}
