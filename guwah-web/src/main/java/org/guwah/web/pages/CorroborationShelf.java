package org.guwah.web.pages;

import java.util.List;
import org.guwah.core.people.Person;
import org.guwah.store.accounts.Session;
import org.guwah.store.cases.Shown;

/**
 * What the case page shows under "corroborated by" from lists (supplied by {@code
 * org.guwah.web.lists}): the list rows a reviewer confirmed as the person, and how many proposed
 * matches wait for review. Implementations apply the list reading rules and audit the rows they
 * decrypt.
 */
@FunctionalInterface
public interface CorroborationShelf {
  /** What {@code session} may see of the lists that mention {@code person}. */
  Corroboration of(Session session, Shown<Person> person);

  /** A shelf that shows nothing. */
  static CorroborationShelf none() {
    return (session, person) -> Corroboration.NONE;
  }

  /**
   * @param rows the confirmed rows, each with its list's title and the row's cells (identity data)
   * @param waiting proposed matches of the person no reviewer has settled
   */
  record Corroboration(List<RowLine> rows, long waiting) {
    public static final Corroboration NONE = new Corroboration(List.of(), 0);

    public Corroboration {
      rows = List.copyOf(rows);
    }

    @Override
    public String toString() {
      return "Corroboration[" + rows.size() + " rows]";
    }
  }

  /** A confirmed list row: the list, the row number, and the row's cells under their headers. */
  record RowLine(String listId, String listTitle, String listKind, int rowNumber, List<Cell> cells) {
    public RowLine {
      cells = List.copyOf(cells);
    }

    @Override
    public String toString() {
      return "RowLine[" + listId + " #" + rowNumber + "]";
    }
  }

  /** One cell of a row and its column's header. */
  record Cell(String header, String value) {
    @Override
    public String toString() {
      return "Cell[<redacted>]";
    }
  }
}
