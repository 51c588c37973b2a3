package org.guwah.store.cases;

import java.util.List;

/**
 * The outcome of a {@link Reencryption}: counts per table in job order.
 *
 * @param tables one entry per table visited
 * @param cancelled whether the job stopped early because it was cancelled (the rest of the rows
 *     keep their old key and still decrypt)
 */
public record ReencryptionSummary(List<TableReencryption> tables, boolean cancelled) {
  public ReencryptionSummary {
    tables = List.copyOf(tables);
  }

  public long done() {
    return tables.stream().mapToLong(TableReencryption::done).sum();
  }

  public long resealed() {
    return tables.stream().mapToLong(TableReencryption::resealed).sum();
  }

  public long alreadyCurrent() {
    return tables.stream().mapToLong(TableReencryption::alreadyCurrent).sum();
  }

  public long changedMeanwhile() {
    return tables.stream().mapToLong(TableReencryption::changedMeanwhile).sum();
  }

  public long unreadable() {
    return tables.stream().mapToLong(TableReencryption::unreadable).sum();
  }

  /** One line of counts, e.g. for a command's output. */
  public String render() {
    return String.format("%,d rows: %,d re-sealed, %,d already under the primary key, %,d changed meanwhile"
        + " (sealed by their writer), %,d unreadable%s", done(), resealed(), alreadyCurrent(), changedMeanwhile(),
        unreadable(), cancelled ? " (cancelled)" : "");
  }
}
