package org.guwah.web.lists;

import java.util.ArrayList;
import java.util.List;
import org.guwah.core.people.Person;
import org.guwah.store.cases.Shown;
import org.guwah.store.lists.ListInfo;
import org.guwah.store.lists.ListRow;
import org.guwah.store.lists.Proposal;
import org.guwah.web.pages.CorroborationShelf;
import org.jspecify.annotations.Nullable;

/**
 * One proposed match in the review queue: the list row and the person side by side, with the
 * linkage evidence. Identity data: never log it.
 */
public record ReviewItem(Proposal proposal, Shown<Person> person, @Nullable ListRow row, @Nullable ListInfo list) {
  /** The row's non-empty cells under their headers. */
  public List<CorroborationShelf.Cell> cells() {
    return ListShelf.cells(list, row);
  }

  /** The probability as a whole percentage. */
  public long percent() {
    return Math.round(proposal.probability() * 100);
  }

  /** The evidence as (field, level, weight) parts, e.g. {@code NAME}, {@code exact}, {@code +5.2}. */
  public List<String[]> evidence() {
    List<String[]> out = new ArrayList<>();
    for (String part : proposal.evidence().split(" ")) {
      int eq = part.indexOf('=');
      int paren = part.indexOf('(');
      if (eq > 0 && paren > eq && part.endsWith(")")) {
        out.add(new String[] {part.substring(0, eq), part.substring(eq + 1, paren),
            part.substring(paren + 1, part.length() - 1)});
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return "ReviewItem[" + proposal.id() + "]";
  }
}
