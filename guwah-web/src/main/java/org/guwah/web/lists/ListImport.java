package org.guwah.web.lists;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.guwah.analysis.linkage.LinkProgress;
import org.guwah.forms.tables.ListField;
import org.guwah.forms.tables.ListFileException;
import org.guwah.forms.tables.ListFileProblem;
import org.guwah.forms.tables.ListFileReader;
import org.guwah.forms.tables.ListFileSummary;
import org.guwah.forms.tables.ListLimits;
import org.guwah.forms.tables.ListRow;
import org.guwah.store.audit.AuditAction;
import org.guwah.store.audit.AuditEntry;
import org.guwah.store.audit.AuditLog;
import org.guwah.store.lists.ListInfo;
import org.guwah.store.lists.ListKind;
import org.guwah.store.lists.ListStore;
import org.guwah.store.lists.NewList;
import org.guwah.store.lists.NewListRow;
import org.jspecify.annotations.Nullable;

/**
 * Imports a list file (CSV or XLSX, read by {@link ListFileReader}) whole or not at all, audited,
 * then links its rows against the people already recorded ({@link ListLinking}). Used by the list
 * upload page and by {@code guwah import list}.
 *
 * <p>A file is refused, and nothing stored, when the reader refuses it (the problems name rows and
 * columns, never values) or when no column is recognised as a name or a resident ID number (a
 * list without either cannot corroborate anything). Linking runs after the list is committed: if
 * it fails, the list stays and can be linked again.
 */
public final class ListImport {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ListImport.class);
  /** Fields that make a row linkable: at least one column must be recognised as one of them. */
  private static final Set<ListField> LINKABLE = Set.of(ListField.NAME, ListField.NAME_LATIN,
      ListField.NAME_CHINESE, ListField.ID_NUMBER);

  private final ListStore lists;
  private final ListLinking linking;
  private final AuditLog audit;
  private final ListLimits limits;

  public ListImport(ListStore lists, ListLinking linking, AuditLog audit, ListLimits limits) {
    this.lists = Objects.requireNonNull(lists, "lists");
    this.linking = Objects.requireNonNull(linking, "linking");
    this.audit = Objects.requireNonNull(audit, "audit");
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /** The limits files are read under. */
  public ListLimits limits() {
    return limits;
  }

  /**
   * What an import did.
   *
   * @param warnings what the reader noticed without refusing the file (e.g. IDs a spreadsheet
   *     truncated, repeated headers), by row and column
   * @param linked what linking found, or null if linking failed (the list is stored)
   */
  public record Imported(ListInfo list, String format, List<ListFileProblem> warnings,
      ListLinking.@Nullable Outcome linked) {
    public Imported {
      warnings = List.copyOf(warnings);
    }
  }

  /** The file has no column recognised as a name or an ID number. */
  public static final class NoLinkableColumnException extends Exception {
    private static final long serialVersionUID = 1L;

    NoLinkableColumnException() {
      super("no column was recognised as a name or a resident ID number");
    }
  }

  /**
   * Reads, stores (one transaction, audited as {@code import} of {@code list_row} records by
   * {@code actor}) and links a list.
   *
   * @param createdBy the importing account, or null (command line)
   * @throws ListFileException if the reader refuses the file
   * @throws NoLinkableColumnException if no column is a name or an ID number
   */
  public Imported importFile(InputStream in, String fileName, String title, ListKind kind, java.util.@Nullable UUID createdBy,
      String actor, LinkProgress progress) throws ListFileException, NoLinkableColumnException {
    List<ListRow> read = new ArrayList<>();
    ListFileSummary summary = ListFileReader.withLimits(limits).read(in, fileName, read::add);
    List<String> fields = new ArrayList<>();
    boolean linkable = false;
    for (int c = 0; c < summary.headers().size(); c++) {
      ListField f = summary.columns().field(c);
      fields.add(f == null ? "" : f.name().toLowerCase(Locale.ROOT));
      linkable |= f != null && LINKABLE.contains(f);
    }
    if (!linkable) {
      throw new NoLinkableColumnException();
    }
    List<NewListRow> rows = new ArrayList<>(read.size());
    int idColumn = fields.indexOf("id_number");
    for (ListRow r : read) {
      rows.add(new NewListRow(r.rowNumber(), r.cells(), ListLinking.namesIn(fields, r.cells()),
          idColumn < 0 ? null : r.cell(idColumn)));
    }
    read.clear();
    NewList list = new NewList(title, kind, fileName, summary.headers(), fields, createdBy);
    ListInfo stored = lists.jdbi().inTransaction(h -> {
      ListInfo info = lists.add(h, list, rows);
      audit.appendWithin(h, AuditEntry.of(actor, AuditAction.IMPORT).withKind(ListStore.ROWS)
          .withRecord(info.id()).withDetail("rows", (long) rows.size()));
      return info;
    });
    ListLinking.Outcome linked = link(stored, actor, progress);
    return new Imported(lists.get(stored.id()).orElse(stored), summary.format(), summary.warnings(), linked);
  }

  /**
   * Links a stored list again (after new people were recorded, or after a failed first run), audited
   * as a {@code link_run} of the list by {@code actor}.
   */
  public ListLinking.Outcome relink(ListInfo list, String actor, LinkProgress progress) {
    ListLinking.Outcome outcome = linking.link(list.id(), progress);
    auditRun(list, actor, outcome);
    return outcome;
  }

  private ListLinking.@Nullable Outcome link(ListInfo list, String actor, LinkProgress progress) {
    try {
      return relink(list, actor, progress);
    } catch (RuntimeException e) {
      LOG.warn("linking list {} failed: {}", list.id(), e.getClass().getName());
      return null;
    }
  }

  private void auditRun(ListInfo list, String actor, ListLinking.Outcome o) {
    audit.append(AuditEntry.of(actor, AuditAction.LINK_RUN).withKind(ListStore.LISTS).withRecord(list.id())
        .withDetail("rows", (long) o.rows()).withDetail("persons", (long) o.persons())
        .withDetail("likely", (long) o.likely()).withDetail("possible", (long) o.possible())
        .withDetail("waiting", (long) o.saved().waiting()).withDetail("reused", (long) o.saved().reused()));
  }

  @Override
  public String toString() {
    return "ListImport";
  }
}
