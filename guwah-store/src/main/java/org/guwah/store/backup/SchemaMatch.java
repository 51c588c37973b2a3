package org.guwah.store.backup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The restore target's tables, columns and sequences must be the archive's. */
final class SchemaMatch {
  private SchemaMatch() {}

  static void require(SchemaCatalog catalog, Manifest manifest) {
    Map<String, Manifest.Table> target = new HashMap<>();
    catalog.tables().forEach(table -> target.put(table.name(), table));
    Set<String> missing = new LinkedHashSet<>();
    Set<String> differing = new LinkedHashSet<>();
    for (Manifest.Table table : manifest.tables()) {
      Manifest.Table there = target.remove(table.name());
      if (there == null) {
        missing.add(table.name());
      } else if (!there.columns().equals(table.columns())) {
        differing.add(table.name());
      }
    }
    Set<String> sequencesMissing = new LinkedHashSet<>();
    manifest.sequences().forEach(sequence -> sequencesMissing.add(sequence.name()));
    sequencesMissing.removeAll(catalog.sequences());
    Set<String> sequencesExtra = new LinkedHashSet<>(catalog.sequences());
    manifest.sequences().forEach(sequence -> sequencesExtra.remove(sequence.name()));
    List<String> problems = new ArrayList<>();
    if (!missing.isEmpty()) {
      problems.add("it lacks tables " + String.join(", ", missing));
    }
    if (!target.isEmpty()) {
      problems.add("it has tables the archive does not hold: " + String.join(", ", new TreeSet<>(target.keySet())));
    }
    if (!differing.isEmpty()) {
      problems.add("the columns of tables " + String.join(", ", differing) + " differ");
    }
    if (!sequencesMissing.isEmpty() || !sequencesExtra.isEmpty()) {
      problems.add("its sequences differ");
    }
    if (!problems.isEmpty()) {
      throw new RestoreRefusedException("the target database's schema (schema version " + manifest.schemaVersion()
          + ") does not match the archive: " + String.join("; ", problems) + "; nothing was restored");
    }
  }
}
