package org.guwah.web.lists;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.guwah.analysis.linkage.Link;
import org.guwah.analysis.linkage.LinkOptions;
import org.guwah.analysis.linkage.LinkOutcome;
import org.guwah.analysis.linkage.LinkProgress;
import org.guwah.analysis.linkage.LinkRecord;
import org.guwah.analysis.linkage.LinkResult;
import org.guwah.analysis.linkage.Linker;
import org.guwah.analysis.linkage.ReviewDecision;
import org.guwah.core.people.Person;
import org.guwah.core.people.PersonName;
import org.guwah.core.time.FuzzyDate;
import org.guwah.store.cases.CaseStore;
import org.guwah.store.cases.ListQuery;
import org.guwah.store.cases.Slice;
import org.guwah.store.lists.LinkStatus;
import org.guwah.store.lists.ListInfo;
import org.guwah.store.lists.ListNotFoundException;
import org.guwah.store.lists.ListRow;
import org.guwah.store.lists.ListStore;
import org.guwah.store.lists.NewProposal;
import org.jspecify.annotations.Nullable;

/**
 * Links the rows of a stored list against every recorded person (issue 5, point 5; ADR 0016) with
 * the linkage engine of guwah-analysis, and saves what it finds as proposals for reviewers.
 *
 * <p>Each person becomes one linkage record per name (all with the person's id as their known
 * cluster, so a person's names are never compared with each other); each row becomes one record
 * per name column it fills (a father's-name column is added to a name that lacks it), tied together
 * as confirmed pairs. Earlier reviewer decisions on the same row content are passed to the engine
 * (a confirmed pair always links and a rejected pair never does, and both teach the weights).
 *
 * <p>A proposal is kept for every row–person pair the engine reports (probability from the report
 * threshold up), linked or not, except when a hard guard blocked it: the two carry different valid
 * resident IDs, different sexes or birth years, or a reviewer rejected the pair. The engine's
 * per-field evidence (levels and weights, no values) goes with each proposal.
 *
 * <p>Runs in the calling thread; memory about 1 KB per record. Logs nothing.
 */
public final class ListLinking {
  /** Field codes of list columns that the linkage reads (the list reader's field codes). */
  static final List<String> NAME_FIELDS = List.of("name", "name_latin", "name_chinese");
  private static final Set<String> HARD_GUARDS = Set.of("valid_id_conflict", "sex_conflict", "birth_year_conflict",
      "birth_date_conflict");
  private static final int PAGE = 500;

  private final CaseStore cases;
  private final ListStore lists;
  private final Clock clock;

  public ListLinking(CaseStore cases, ListStore lists, Clock clock) {
    this.cases = Objects.requireNonNull(cases, "cases");
    this.lists = Objects.requireNonNull(lists, "lists");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * What a run found.
   *
   * @param rows rows of the list
   * @param persons recorded persons compared against
   * @param likely row–person pairs the engine linked
   * @param possible pairs reported below the link threshold, or held back by a soft guard
   * @param saved what saving the proposals did (waiting, reused decisions, kept, dropped)
   */
  public record Outcome(int rows, int persons, int likely, int possible, ListStore.Saved saved) {}

  /**
   * Links the list {@code listId} against every recorded person and saves the proposals.
   *
   * @throws ListNotFoundException if there is no such list
   */
  public Outcome link(UUID listId, LinkProgress progress) {
    ListInfo list = lists.get(listId).orElseThrow(() -> new ListNotFoundException("list"));
    List<ListRow> rows = lists.allRows(listId);
    List<LinkRecord> records = new ArrayList<>();
    List<ReviewDecision> decisions = new ArrayList<>();
    Map<UUID, String> firstOfRow = new HashMap<>();
    for (ListRow row : rows) {
      List<LinkRecord> mine = rowRecords(list, row);
      records.addAll(mine);
      firstOfRow.put(row.id(), mine.get(0).id());
      for (int i = 1; i < mine.size(); i++) {
        decisions.add(ReviewDecision.confirmed(mine.get(0).id(), mine.get(i).id()));
      }
    }
    Map<UUID, String> firstOfPerson = new HashMap<>();
    int persons = 0;
    UUID after = null;
    do {
      Slice<Person> page = cases.persons().list(new ListQuery(Map.of(), PAGE, after));
      for (Person p : page.items()) {
        List<LinkRecord> mine = personRecords(p);
        if (!mine.isEmpty()) {
          records.addAll(mine);
          firstOfPerson.put(p.id(), mine.get(0).id());
          persons++;
        }
      }
      after = page.after();
    } while (after != null);
    for (var d : lists.pastDecisions(listId)) {
      String row = firstOfRow.get(d.rowId());
      String person = firstOfPerson.get(d.personId());
      if (row != null && person != null && d.verdict() != LinkStatus.UNSURE) {
        decisions.add(new ReviewDecision(row, person, d.verdict() == LinkStatus.CONFIRMED
            ? ReviewDecision.Verdict.CONFIRMED : ReviewDecision.Verdict.REJECTED));
      }
    }
    LinkOptions options = LinkOptions.builder().decisions(decisions).today(LocalDate.now(clock))
        .parallelism(Math.max(1, Runtime.getRuntime().availableProcessors())).progress(progress).build();
    LinkResult result = Linker.link(records, options);

    Map<List<UUID>, Link> best = new LinkedHashMap<>();
    for (Link link : result.links()) {
      UUID[] pair = rowAndPerson(link);
      if (pair == null || (link.outcome() == LinkOutcome.BLOCKED && HARD_GUARDS.contains(link.guard()))) {
        continue;
      }
      best.merge(List.of(pair[0], pair[1]), link, (a, b) -> b.probability() > a.probability() ? b : a);
    }
    List<NewProposal> proposals = new ArrayList<>(best.size());
    int likely = 0;
    for (Map.Entry<List<UUID>, Link> e : best.entrySet()) {
      Link link = e.getValue();
      String outcome = outcome(link.outcome());
      if (outcome.equals("linked")) {
        likely++;
      }
      String guard = link.outcome() == LinkOutcome.REJECTED ? "rejected_by_reviewer" : link.guard();
      proposals.add(new NewProposal(e.getKey().get(0), e.getKey().get(1), clamp(link.probability()),
          finite(link.matchWeight()), outcome, guard, evidence(link)));
    }
    ListStore.Saved saved = lists.saveProposals(listId, proposals);
    return new Outcome(rows.size(), persons, likely, proposals.size() - likely, saved);
  }

  /**
   * What a proposal records of the engine's outcome: {@code linked} (the pair ended in one cluster,
   * on its own, through its clusters, or by a reviewer's confirmation), {@code blocked} (a guard or a
   * reviewer's rejection kept them apart) or {@code below_threshold}.
   */
  static String outcome(LinkOutcome o) {
    return switch (o) {
      case LINKED, LINKED_BY_CLUSTER, SAME_CLUSTER, CONFIRMED -> "linked";
      case BLOCKED, REJECTED -> "blocked";
      case BELOW_THRESHOLD -> "below_threshold";
    };
  }

  /** The row id and person id of a link between a row record and a person record, else null. */
  private static UUID @Nullable [] rowAndPerson(Link link) {
    String a = link.recordA();
    String b = link.recordB();
    if (a.startsWith("r:") && b.startsWith("p:")) {
      return new UUID[] {idIn(a), idIn(b)};
    }
    if (a.startsWith("p:") && b.startsWith("r:")) {
      return new UUID[] {idIn(b), idIn(a)};
    }
    return null;
  }

  private static UUID idIn(String recordId) {
    return UUID.fromString(recordId.substring(2, recordId.lastIndexOf(':')));
  }

  private static String evidence(Link link) {
    StringBuilder b = new StringBuilder();
    link.evidence().forEach(e -> b.append(b.length() == 0 ? "" : " ").append(e));
    return b.toString();
  }

  private static double clamp(double p) {
    return Double.isNaN(p) ? 0 : Math.max(0, Math.min(1, p));
  }

  private static double finite(double w) {
    return Double.isFinite(w) ? w : Math.copySign(1000, w);
  }

  /** One record per name column the row fills (at least one, possibly nameless). */
  static List<LinkRecord> rowRecords(ListInfo list, ListRow row) {
    String father = row.cell(list.column("father_name"));
    String sex = row.cell(list.column("sex"));
    String birthDate = row.cell(list.column("birth_date"));
    String birthYear = row.cell(list.column("birth_year"));
    String place = row.cell(list.column("county_code"));
    if (place.isEmpty()) {
      place = row.cell(list.column("place"));
    }
    String id = row.cell(list.column("id_number"));
    List<String> names = namesOf(list, row);
    List<LinkRecord> out = new ArrayList<>();
    String source = "list:" + list.id();
    if (names.isEmpty()) {
      names = List.of("");
    }
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      if (!father.isEmpty() && !name.isEmpty() && !name.contains(father)) {
        name = name + " " + father;
      }
      out.add(LinkRecord.of("r:" + row.id() + ":" + i, source, name, sex, birthDate, birthYear, place, id));
    }
    return out;
  }

  /** The names a row gives, in name-column order, without blanks or repeats. */
  static List<String> namesOf(ListInfo list, ListRow row) {
    return namesIn(list.fields(), row.cells());
  }

  /**
   * The names in {@code cells} whose column's field code (from {@code fields}) is a name field, in
   * column order, without blanks or repeats: what a row is linked by and looked up by.
   */
  static List<String> namesIn(List<String> fields, List<String> cells) {
    List<String> names = new ArrayList<>();
    for (int c = 0; c < Math.min(fields.size(), cells.size()); c++) {
      if (NAME_FIELDS.contains(fields.get(c))) {
        String v = cells.get(c).strip();
        if (!v.isEmpty() && !names.contains(v)) {
          names.add(v);
        }
      }
    }
    return names;
  }

  /** One record per name of a person; none for a person with neither a name nor an ID number. */
  static List<LinkRecord> personRecords(Person p) {
    String sex = p.sex().equals("UNKNOWN") ? "" : p.sex();
    String birthDate = "";
    String birthYear = "";
    FuzzyDate birth = p.birth();
    if (birth != null) {
      switch (birth.precision()) {
        case DAY -> birthDate = birth.earliest().toString();
        case MONTH -> birthDate = birth.earliest().toString().substring(0, 7);
        default -> {
          if (birth.earliest().getYear() == birth.latest().getYear()) {
            birthYear = Integer.toString(birth.earliest().getYear());
          }
        }
      }
    }
    String place = "";
    if (p.home() != null) {
      place = p.home().countyCode() != null ? p.home().countyCode()
          : Objects.requireNonNullElse(p.home().locality(), "");
    }
    String id = Objects.requireNonNullElse(p.idNumber(), "");
    List<String> names = p.names().stream().map(PersonName::value).distinct().toList();
    if (names.isEmpty() && id.isEmpty()) {
      return List.of();
    }
    if (names.isEmpty()) {
      names = List.of("");
    }
    List<LinkRecord> out = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      out.add(new LinkRecord("p:" + p.id() + ":" + i, "case", names.get(i), sex, birthDate, birthYear, place, id,
          p.id().toString()));
    }
    return out;
  }

  @Override
  public String toString() {
    return "ListLinking";
  }
}
