package org.guwah.store.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.guwah.core.ids.Ids;
import org.guwah.core.people.Person;
import org.guwah.core.people.PersonName;
import org.guwah.store.cases.CaseStore;
import org.guwah.store.cases.Reencryption;
import org.guwah.store.cases.ReencryptionSummary;
import org.guwah.store.crypto.KeyRing;
import org.guwah.store.db.Database;
import org.guwah.store.testing.FreshDatabase;
import org.guwah.store.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lists, rows, proposals and decisions on a real PostgreSQL (embedded and external). */
class ListStoreIT {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-01T08:00:00Z"), ZoneOffset.UTC);
  /** Synthetic canaries: a Hanzi name, a Latin name, an 18-digit ID and a list title. */
  private static final String HANZI = "库尔班·吐洪提";
  private static final String LATIN = "Qurbanjan Tohtiqanari";
  private static final String ID = "653101198503150417";
  private static final String TITLE = "Kanari county facility sheet";

  @TempDir Path keysDir;
  FreshDatabase fresh;
  Database db;
  KeyRing keys;
  CaseStore cases;
  ListStore lists;
  UUID person;

  @BeforeEach
  void open() {
    fresh = TestDatabases.create();
    db = fresh.open();
    keys = KeyRing.create(keysDir);
    cases = CaseStore.create(db.jdbi(), keys, CLOCK, new Ids(CLOCK, new Random(3)));
    lists = ListStore.create(db.jdbi(), keys, CLOCK);
    person = cases.persons().create(new Person(null, 0, List.of(new PersonName(LATIN, "ULY", null)), "MALE", null,
        null, "UYGHUR", null, null, List.of(), null, null, true, null, null, List.of())).id();
  }

  @AfterEach
  void close() {
    db.close();
    fresh.close();
  }

  private static NewList list(String title) {
    return new NewList(title, ListKind.LEAKED_OFFICIAL, "sheet.xlsx", List.of("序号", "姓名", "身份证号", "原因"),
        List.of("record_id", "name", "id_number", "reason"), null);
  }

  private static List<NewListRow> rows() {
    return List.of(
        new NewListRow(3, List.of("1", HANZI, ID, "外出"), List.of(HANZI), ID),
        new NewListRow(4, List.of("2", "阿依古丽·买买提", "", "宗教"), List.of("阿依古丽·买买提"), null),
        new NewListRow(5, List.of("3", LATIN, "", "<script>alert(1)</script>"), List.of(LATIN), ""));
  }

  @Test
  void storesAListSealedAndOpensItAgain() {
    ListInfo stored = lists.add(list(TITLE), rows());

    ListInfo read = lists.get(stored.id()).orElseThrow();
    assertThat(read.title()).isEqualTo(TITLE);
    assertThat(read.headers()).containsExactly("序号", "姓名", "身份证号", "原因");
    assertThat(read.column("id_number")).isEqualTo(2);
    assertThat(read.rowCount()).isEqualTo(3);
    assertThat(lists.lists()).extracting(ListInfo::id).containsExactly(stored.id());
    List<ListRow> rows = lists.rows(stored.id(), 0, 10);
    assertThat(rows).extracting(ListRow::rowNumber).containsExactly(3, 4, 5);
    assertThat(rows.get(0).cells()).containsExactly("1", HANZI, ID, "外出");
    assertThat(rows.get(2).cell(3)).isEqualTo("<script>alert(1)</script>");
    assertThat(lists.allRows(stored.id())).hasSize(3);
    assertThat(lists.rows(stored.id(), 1, 1)).extracting(ListRow::rowNumber).containsExactly(4);
    assertThat(read.toString()).doesNotContain(TITLE);
    assertThat(rows.get(0).toString()).doesNotContain(HANZI).doesNotContain(ID);

    for (String canary : List.of(HANZI, LATIN, ID, TITLE, "库尔班", "吐洪提")) {
      assertThat(rawText()).as("no canary in any column of the list tables").doesNotContain(canary);
    }
  }

  /** Every column of every list table as text, bytea as its bytes read as UTF-8 too. */
  private String rawText() {
    StringBuilder all = new StringBuilder();
    for (String table : List.of("source_list", "list_row", "link_proposal", "link_decision")) {
      db.jdbi().useHandle(h -> h.createQuery("select * from " + table).mapToMap().forEach(row -> {
        for (Object v : row.values()) {
          if (v instanceof byte[] b) {
            all.append(new String(b, StandardCharsets.UTF_8)).append(new String(b, StandardCharsets.UTF_16BE));
          } else if (v instanceof java.sql.Array a) {
            try {
              for (Object e : (Object[]) a.getArray()) {
                all.append(e instanceof byte[] b ? new String(b, StandardCharsets.UTF_8) : String.valueOf(e));
              }
            } catch (java.sql.SQLException e) {
              throw new IllegalStateException(e);
            }
          } else {
            all.append(v);
          }
          all.append('|');
        }
      }));
    }
    return all.toString();
  }

  @Test
  void findsRowsByIdNumberThroughTokensOnly() {
    ListInfo stored = lists.add(list(TITLE), rows());
    UUID first = lists.rows(stored.id(), 0, 1).get(0).id();
    assertThat(lists.rowsWithIdNumber(ID, 10)).containsExactly(first);
    assertThat(lists.rowsWithIdNumber("653101850315041", 10)).as("the legacy 15-digit form of the same ID")
        .containsExactly(first);
    assertThat(lists.rowsWithIdNumber("653101198503150425", 10)).isEmpty();
  }

  @Test
  void aListIsStoredWholeOrNotAtAll() {
    List<NewListRow> clash = new ArrayList<>(rows());
    clash.add(new NewListRow(4, List.of("9", "x"), List.of("x"), null));
    assertThatThrownBy(() -> lists.add(list(TITLE), clash)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("x");
    assertThat(lists.lists()).isEmpty();
    assertThat(lists.rowCount()).isZero();
    assertThatThrownBy(() -> new NewList(" ", ListKind.NGO, "", List.of(), List.of(), null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void decisionsAreKeptAndReusedForTheSameRowContent() {
    ListInfo first = lists.add(list(TITLE), rows());
    List<ListRow> rows = lists.allRows(first.id());
    UUID other = cases.persons().create(new Person(null, 0, List.of(new PersonName("Aygul Mamat", "ULY", null)),
        "FEMALE", null, null, "UYGHUR", null, null, List.of(), null, null, true, null, null, List.of())).id();
    ListStore.Saved saved = lists.saveProposals(first.id(), List.of(
        proposal(rows.get(0).id(), person, 0.97), proposal(rows.get(2).id(), person, 0.99),
        proposal(rows.get(1).id(), other, 0.62)));
    assertThat(saved).isEqualTo(new ListStore.Saved(3, 0, 0, 0));
    assertThat(lists.queue(0, 10)).extracting(Proposal::probability).containsExactly(0.99, 0.97, 0.62);
    assertThat(lists.get(first.id()).orElseThrow().waiting()).isEqualTo(3);

    Proposal confirm = lists.queue(0, 10).get(1);
    Proposal reject = lists.queue(0, 10).get(2);
    UUID reviewer = UUID.randomUUID();
    db.jdbi().useTransaction(h -> {
      assertThat(lists.decide(h, confirm.id(), LinkStatus.CONFIRMED, reviewer).status()).isEqualTo(LinkStatus.CONFIRMED);
      lists.decide(h, reject.id(), LinkStatus.REJECTED, reviewer);
    });
    assertThatThrownBy(() -> db.jdbi().useTransaction(h -> lists.decide(h, confirm.id(), LinkStatus.PROPOSED, reviewer)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> db.jdbi().useTransaction(h -> lists.decide(h, UUID.randomUUID(), LinkStatus.REJECTED, null)))
        .isInstanceOf(ListNotFoundException.class);
    assertThat(lists.queue(0, 10)).extracting(Proposal::probability).containsExactly(0.99);
    assertThat(lists.get(first.id()).orElseThrow().confirmed()).isEqualTo(1);

    List<Corroboration> corroborated = lists.confirmedFor(person);
    assertThat(corroborated).hasSize(1);
    assertThat(corroborated.get(0).listTitle()).isEqualTo(TITLE);
    assertThat(corroborated.get(0).row().rowNumber()).isEqualTo(3);
    assertThat(corroborated.get(0).row().cells()).contains(HANZI);

    // The same list imported again: the decided pairs are not asked about again.
    ListInfo again = lists.add(list(TITLE + " (copy)"), rows());
    List<ListRow> copy = lists.allRows(again.id());
    assertThat(lists.pastDecisions(again.id())).extracting(ListStore.PastDecision::verdict)
        .containsExactlyInAnyOrder(LinkStatus.CONFIRMED, LinkStatus.REJECTED);
    ListStore.Saved reused = lists.saveProposals(again.id(), List.of(
        proposal(copy.get(0).id(), person, 0.95), proposal(copy.get(1).id(), other, 0.6),
        proposal(copy.get(2).id(), person, 0.99)));
    assertThat(reused).isEqualTo(new ListStore.Saved(1, 2, 0, 0));
    assertThat(lists.proposalsOf(again.id(), 10)).filteredOn(Proposal::reused)
        .extracting(Proposal::status, Proposal::decidedBy)
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(LinkStatus.CONFIRMED, reviewer),
            org.assertj.core.groups.Tuple.tuple(LinkStatus.REJECTED, reviewer));
    assertThat(lists.confirmedFor(person)).hasSize(2);

    // Deciding one of two undecided copies settles the other.
    Proposal firstCopy = lists.proposalsOf(first.id(), 10).stream().filter(p -> p.status() == LinkStatus.PROPOSED)
        .findFirst().orElseThrow();
    db.jdbi().useTransaction(h -> lists.decide(h, firstCopy.id(), LinkStatus.UNSURE, reviewer));
    assertThat(lists.queue(0, 10)).extracting(Proposal::status).containsExactly(LinkStatus.UNSURE, LinkStatus.UNSURE);

    // A run that no longer proposes a pair drops it only if undecided; decided ones stay.
    ListStore.Saved rerun = lists.saveProposals(first.id(), List.of(proposal(rows.get(0).id(), person, 0.9)));
    assertThat(rerun.kept()).isEqualTo(1);
    assertThat(lists.proposalsOf(first.id(), 10)).hasSize(3);
    assertThat(lists.proposalsOf(first.id(), 10).stream().filter(p -> p.rowId().equals(rows.get(0).id())).findFirst()
        .orElseThrow().probability()).isEqualTo(0.9);
    assertThat(rawText()).doesNotContain(HANZI).doesNotContain(ID);
  }

  private static NewProposal proposal(UUID row, UUID person, double p) {
    return new NewProposal(row, person, p, 7.5, "linked", "", "NAME=exact(+5.2) ID=missing(+0.0)");
  }

  @Test
  void keyRotationResealsListsAndRows() {
    ListInfo stored = lists.add(list(TITLE), rows());
    keys.rotate();
    ReencryptionSummary summary = Reencryption.of(cases, keys, CLOCK).run(t -> { });
    assertThat(summary.tables()).filteredOn(t -> t.kind().equals(ListStore.ROWS)).singleElement()
        .satisfies(t -> assertThat(t.resealed()).isEqualTo(3));
    assertThat(summary.tables()).filteredOn(t -> t.kind().equals(ListStore.LISTS)).singleElement()
        .satisfies(t -> assertThat(t.resealed()).isEqualTo(1));
    ListStore fresh = ListStore.create(db.jdbi(), KeyRing.open(keysDir), CLOCK);
    assertThat(fresh.get(stored.id()).orElseThrow().title()).isEqualTo(TITLE);
    assertThat(fresh.allRows(stored.id()).get(0).cells()).contains(HANZI);
    Map<String, Object> row = db.jdbi().withHandle(h -> h.createQuery("select identity from list_row limit 1").mapToMap()
        .one());
    assertThat(keys.fieldCipher().sealedWithPrimary((byte[]) row.get("identity"))).isTrue();
  }
}
