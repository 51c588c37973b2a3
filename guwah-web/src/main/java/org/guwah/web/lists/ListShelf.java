package org.guwah.web.lists;

import java.util.ArrayList;
import java.util.List;
import org.guwah.core.people.Person;
import org.guwah.store.accounts.Role;
import org.guwah.store.accounts.Session;
import org.guwah.store.audit.AuditAction;
import org.guwah.store.cases.Shown;
import org.guwah.store.lists.LinkStatus;
import org.guwah.store.lists.ListInfo;
import org.guwah.store.lists.ListRow;
import org.guwah.store.lists.ListStore;
import org.guwah.store.lists.Proposal;
import org.guwah.web.cases.CaseDesk;
import org.guwah.web.pages.CorroborationShelf;
import org.jspecify.annotations.Nullable;

/**
 * The case page's "corroborated by" from lists: for a documenter who reads the person in full, the
 * rows a reviewer confirmed as them (audited as a read of those rows) and how many proposals about
 * them wait. Others see nothing from lists.
 */
final class ListShelf implements CorroborationShelf {
  private final ListStore lists;
  private final CaseDesk desk;

  ListShelf(ListStore lists, CaseDesk desk) {
    this.lists = lists;
    this.desk = desk;
  }

  @Override
  public Corroboration of(Session session, Shown<Person> person) {
    if (!person.full() || !session.roles().contains(Role.DOCUMENTER)) {
      return Corroboration.NONE;
    }
    List<Proposal> proposals = lists.proposalsFor(person.id());
    List<org.guwah.store.lists.Corroboration> confirmed = lists.confirmedAmong(proposals);
    long waiting = proposals.stream()
        .filter(p -> p.status() == LinkStatus.PROPOSED || p.status() == LinkStatus.UNSURE).count();
    if (!confirmed.isEmpty()) {
      desk.audit().append(CaseDesk.entry(session, AuditAction.READ_IDENTITY, ListStore.ROWS)
          .withRecords(confirmed.stream().map(c -> c.row().id()).toList()));
    }
    List<RowLine> rows = new ArrayList<>();
    for (var c : confirmed) {
      rows.add(new RowLine(c.listId().toString(), c.listTitle(), c.kind().code(), c.row().rowNumber(),
          cells(c.headers(), c.row())));
    }
    return new Corroboration(rows, waiting);
  }

  /** The non-empty cells of {@code row} under the headers of {@code list}. */
  static List<Cell> cells(@Nullable ListInfo list, @Nullable ListRow row) {
    return list == null || row == null ? List.of() : cells(list.headers(), row);
  }

  private static List<Cell> cells(List<String> headers, ListRow row) {
    List<Cell> out = new ArrayList<>();
    for (int c = 0; c < row.cells().size(); c++) {
      String v = row.cells().get(c);
      if (!v.isBlank()) {
        out.add(new Cell(ListView.headerOf(headers, c), v));
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return "ListShelf";
  }
}
