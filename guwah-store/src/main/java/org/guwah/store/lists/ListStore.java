package org.guwah.store.lists;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.guwah.store.cases.internal.Envelope;
import org.guwah.store.cases.internal.PersonTokens;
import org.guwah.store.crypto.BlindIndex;
import org.guwah.store.crypto.FieldCipher;
import org.guwah.store.crypto.KeyRing;
import org.guwah.store.crypto.StringListsCodec;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jspecify.annotations.Nullable;

/**
 * Lists, their rows and the linkage proposals on PostgreSQL (tables from {@code
 * V9__lists_and_linkage.sql}).
 *
 * <p>A list is stored whole or not at all ({@link #add(Handle, NewList, List)} in one transaction).
 * Its title, file name and headers, and every row's cells, are sealed under the key ring's primary
 * field key, bound to their row ({@code guwah:source_list:<id>}, {@code guwah:list_row:<id>}); a
 * row also keeps blind-index tokens of its names and ID number (the same fields a person's tokens
 * use, so one look-up finds both) and a <em>fingerprint</em>, a keyed token of all its cells.
 *
 * <p>Reviewer decisions are kept per (fingerprint, person): a row with the same content — the same
 * list imported again, or a copy of the row in another list — takes the earlier decision instead of
 * asking again ({@link #saveProposals}), and deciding one proposal settles the undecided proposals
 * of the same content and person.
 *
 * <p>Thread-safe; logs nothing; exception messages name no value.
 */
public final class ListStore {
  /** The table (and record kind in sealed associated data and key rotation) of lists. */
  public static final String LISTS = "source_list";
  /** The table (and record kind) of list rows. */
  public static final String ROWS = "list_row";

  private static final int BATCH = 1000;
  private static final String FINGERPRINT_FIELD = "list_row.cells";
  private static final String PROPOSAL = "select p.id, r.list_id, p.list_row_id, r.row_number, p.person_id,"
      + " p.probability, p.match_weight, p.outcome, p.guard, p.evidence, p.status, p.reused, p.decided_by,"
      + " p.decided_at from link_proposal p join list_row r on r.id = p.list_row_id";
  private static final String LIST = "select l.id, l.kind, l.row_count, l.created_by, l.created_at, l.linked_at,"
      + " l.identity, (select count(*) from link_proposal p join list_row r on r.id = p.list_row_id"
      + " where r.list_id = l.id and p.status in ('proposed', 'unsure')) as waiting,"
      + " (select count(distinct p.list_row_id) from link_proposal p join list_row r on r.id = p.list_row_id"
      + " where r.list_id = l.id and p.status = 'confirmed') as confirmed from source_list l";

  private final Jdbi jdbi;
  private final KeyRing keys;
  private final Clock clock;

  private ListStore(Jdbi jdbi, KeyRing keys, Clock clock) {
    this.jdbi = jdbi;
    this.keys = keys;
    this.clock = clock;
  }

  /** A store on a migrated database, sealing under {@code keys}' current primary field key. */
  public static ListStore create(Jdbi jdbi, KeyRing keys, Clock clock) {
    return new ListStore(Objects.requireNonNull(jdbi, "jdbi"), Objects.requireNonNull(keys, "keys"),
        Objects.requireNonNull(clock, "clock"));
  }

  /** The database. */
  public Jdbi jdbi() {
    return jdbi;
  }

  // --- lists and rows --------------------------------------------------------------------------

  /** Stores a list and all its rows in one transaction of its own. */
  public ListInfo add(NewList list, List<NewListRow> rows) {
    return jdbi.inTransaction(h -> add(h, list, rows));
  }

  /**
   * Stores a list and all its rows within the caller's transaction.
   *
   * @throws IllegalArgumentException if two rows share a row number
   */
  public ListInfo add(Handle h, NewList list, List<NewListRow> rows) {
    Set<Integer> numbers = new HashSet<>();
    for (NewListRow row : rows) {
      if (!numbers.add(row.rowNumber())) {
        throw new IllegalArgumentException("two rows have the number " + row.rowNumber());
      }
    }
    UUID id = UUID.randomUUID();
    Instant now = clock.instant();
    FieldCipher cipher = keys.fieldCipher();
    BlindIndex index = keys.blindIndex();
    Map<String, List<String>> sealed = new LinkedHashMap<>();
    sealed.put("title", List.of(list.title()));
    sealed.put("file", List.of(list.fileName()));
    sealed.put("headers", list.headers());
    sealed.put("fields", list.fields());
    h.createUpdate("insert into source_list (id, kind, row_count, created_by, created_at, identity)"
            + " values (:id, :kind, :rows, cast(:by as uuid), :at, :identity)")
        .bind("id", id).bind("kind", list.kind().code()).bind("rows", rows.size()).bind("by", list.createdBy())
        .bind("at", Timestamp.from(now)).bind("identity", cipher.encrypt(StringListsCodec.encode(sealed), ad(LISTS, id)))
        .execute();
    PreparedBatch batch = null;
    int pending = 0;
    for (NewListRow row : rows) {
      if (batch == null) {
        batch = h.prepareBatch("insert into list_row (id, list_id, row_number, tokens, fingerprint, identity)"
            + " values (:id, :list, :n, :tokens, :fp, :identity)");
      }
      UUID rowId = UUID.randomUUID();
      batch.bind("id", rowId).bind("list", id).bind("n", row.rowNumber())
          .bind("tokens", byteaArray(tokens(index, row)))
          .bind("fp", fingerprint(index, row.cells()))
          .bind("identity", cipher.encrypt(StringListsCodec.encode(Map.of("cells", row.cells())), ad(ROWS, rowId)))
          .add();
      if (++pending == BATCH) {
        batch.execute();
        batch = null;
        pending = 0;
      }
    }
    if (batch != null && pending > 0) {
      batch.execute();
    }
    return new ListInfo(id, list.title(), list.kind(), list.fileName(), list.headers(), list.fields(), rows.size(), 0,
        0, list.createdBy(), now, null);
  }

  private static List<byte[]> tokens(BlindIndex index, NewListRow row) {
    Set<PersonTokens.Input> inputs = new LinkedHashSet<>();
    for (String name : row.names()) {
      inputs.addAll(PersonTokens.name(name));
    }
    if (row.idNumber() != null) {
      inputs.addAll(PersonTokens.idNumber(row.idNumber()));
    }
    return inputs.stream().map(t -> index.token(t.field(), t.value())).toList();
  }

  private static Argument byteaArray(List<byte[]> values) {
    byte[][] array = values.toArray(new byte[0][]);
    return (position, statement, ctx) -> statement.setArray(position,
        statement.getConnection().createArrayOf("bytea", array));
  }

  private static byte[] fingerprint(BlindIndex index, List<String> cells) {
    return index.token(FINGERPRINT_FIELD, String.join("\u001f", cells));
  }

  /** Every list, newest first. */
  public List<ListInfo> lists() {
    return jdbi.withHandle(h -> h.createQuery(LIST + " order by l.created_at desc, l.id")
        .map((rs, ctx) -> listInfo(rs)).list());
  }

  /** The list with this id. */
  public Optional<ListInfo> get(UUID id) {
    return jdbi.withHandle(h -> h.createQuery(LIST + " where l.id = :id").bind("id", id)
        .map((rs, ctx) -> listInfo(rs)).findOne());
  }

  private ListInfo listInfo(ResultSet rs) throws SQLException {
    UUID id = rs.getObject("id", UUID.class);
    Map<String, List<String>> sealed = StringListsCodec.decode(
        keys.fieldCipher().decrypt(rs.getBytes("identity"), ad(LISTS, id)));
    Timestamp linked = rs.getTimestamp("linked_at");
    return new ListInfo(id, sealed.get("title").get(0), ListKind.fromCode(rs.getString("kind")).orElse(ListKind.OTHER),
        sealed.get("file").get(0), sealed.get("headers"), sealed.get("fields"), rs.getInt("row_count"),
        rs.getLong("waiting"), rs.getLong("confirmed"), rs.getObject("created_by", UUID.class),
        rs.getTimestamp("created_at").toInstant(), linked == null ? null : linked.toInstant());
  }

  /** Up to {@code limit} rows of a list from the {@code offset}-th, in row-number order. */
  public List<ListRow> rows(UUID listId, int offset, int limit) {
    return jdbi.withHandle(h -> h.createQuery("select id, list_id, row_number, identity from list_row"
            + " where list_id = :list order by row_number offset :offset limit :limit")
        .bind("list", listId).bind("offset", Math.max(0, offset)).bind("limit", Math.max(0, limit))
        .map((rs, ctx) -> row(rs)).list());
  }

  /** Every row of a list, in row-number order. */
  public List<ListRow> allRows(UUID listId) {
    List<ListRow> out = new ArrayList<>();
    int after = 0;
    while (true) {
      int from = after;
      List<ListRow> page = jdbi.withHandle(h -> h.createQuery("select id, list_id, row_number, identity from list_row"
              + " where list_id = :list and row_number > :after order by row_number limit :n")
          .bind("list", listId).bind("after", from).bind("n", 5000).map((rs, ctx) -> row(rs)).list());
      if (page.isEmpty()) {
        return out;
      }
      out.addAll(page);
      after = page.get(page.size() - 1).rowNumber();
    }
  }

  /** The rows with these ids that exist, by id. */
  public Map<UUID, ListRow> rowsById(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    Map<UUID, ListRow> out = new HashMap<>();
    jdbi.useHandle(h -> h.createQuery("select id, list_id, row_number, identity from list_row where id = any(:ids)")
        .bind("ids", ids.toArray(new UUID[0])).map((rs, ctx) -> row(rs)).forEach(r -> out.put(r.id(), r)));
    return out;
  }

  private ListRow row(ResultSet rs) throws SQLException {
    UUID id = rs.getObject("id", UUID.class);
    List<String> cells = StringListsCodec.decode(keys.fieldCipher().decrypt(rs.getBytes("identity"), ad(ROWS, id)))
        .get("cells");
    return new ListRow(id, rs.getObject("list_id", UUID.class), rs.getInt("row_number"), cells);
  }

  /** Ids of the rows whose ID number is {@code idNumber} (any list), through its blind-index token. */
  public List<UUID> rowsWithIdNumber(String idNumber, int limit) {
    List<byte[]> tokens = PersonTokens.idNumber(idNumber).stream()
        .map(t -> keys.blindIndex().token(t.field(), t.value())).toList();
    return jdbi.withHandle(h -> h.createQuery("select id from list_row where tokens && :tokens order by id limit :n")
        .bind("tokens", byteaArray(tokens)).bind("n", limit).mapTo(UUID.class).list());
  }

  /** Number of rows of every list. */
  public long rowCount() {
    return jdbi.withHandle(h -> h.createQuery("select count(*) from list_row").mapTo(Long.class).one());
  }

  // --- proposals and decisions -----------------------------------------------------------------

  /** An earlier reviewer decision that applies to a row of a list (same cells, same person). */
  public record PastDecision(UUID rowId, UUID personId, LinkStatus verdict, @Nullable UUID decidedBy,
      Instant decidedAt) {}

  /** The earlier decisions that apply to the rows of {@code listId}. */
  public List<PastDecision> pastDecisions(UUID listId) {
    return jdbi.withHandle(h -> pastDecisions(h, listId));
  }

  private static List<PastDecision> pastDecisions(Handle h, UUID listId) {
    return h.createQuery("select r.id, d.person_id, d.verdict, d.decided_by, d.decided_at from list_row r"
            + " join link_decision d on d.fingerprint = r.fingerprint where r.list_id = :list")
        .bind("list", listId)
        .map((rs, ctx) -> new PastDecision(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
            LinkStatus.fromCode(rs.getString(3)).orElseThrow(), rs.getObject(4, UUID.class),
            rs.getTimestamp(5).toInstant()))
        .list();
  }

  /**
   * What saving a linkage run's proposals did.
   *
   * @param waiting proposals now waiting for a reviewer (new or still undecided)
   * @param reused proposals settled by an earlier decision on the same row content and person
   * @param kept proposals a reviewer had already decided, left as they were
   * @param dropped undecided proposals this run no longer makes
   */
  public record Saved(int waiting, int reused, int kept, int dropped) {}

  /**
   * Replaces the undecided proposals of a list by this run's, in one transaction: decided proposals
   * stay as they are (their figures are refreshed); a new proposal for a row content and person
   * decided before takes that decision; undecided proposals the run no longer makes are dropped.
   */
  public Saved saveProposals(UUID listId, List<NewProposal> proposals) {
    Instant now = clock.instant();
    return jdbi.inTransaction(h -> {
      h.createQuery("select id from source_list where id = :id for update").bind("id", listId).mapTo(UUID.class)
          .findOne().orElseThrow(() -> new ListNotFoundException("list"));
      Map<List<UUID>, PastDecision> past = new HashMap<>();
      for (PastDecision d : pastDecisions(h, listId)) {
        past.merge(List.of(d.rowId(), d.personId()), d, (a, b) -> a.decidedAt().isAfter(b.decidedAt()) ? a : b);
      }
      Set<List<UUID>> decided = new HashSet<>();
      h.createQuery("select p.list_row_id, p.person_id from link_proposal p join list_row r"
              + " on r.id = p.list_row_id where r.list_id = :list and p.status <> 'proposed'")
          .bind("list", listId).map((rs, ctx) -> List.of(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
          .forEach(decided::add);
      Set<List<UUID>> undecided = new HashSet<>();
      h.createQuery("select p.list_row_id, p.person_id from link_proposal p join list_row r on r.id = p.list_row_id"
              + " where r.list_id = :list and p.status = 'proposed'")
          .bind("list", listId).map((rs, ctx) -> List.of(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
          .forEach(undecided::add);
      h.createUpdate("delete from link_proposal p using list_row r where r.id = p.list_row_id"
          + " and r.list_id = :list and p.status = 'proposed'").bind("list", listId).execute();
      int waiting = 0;
      int reused = 0;
      int kept = 0;
      PreparedBatch insert = h.prepareBatch("insert into link_proposal (id, list_row_id, person_id, probability,"
          + " match_weight, outcome, guard, evidence, status, reused, decided_by, decided_at, created_at)"
          + " values (:id, :row, :person, :p, :w, :outcome, :guard, :evidence, :status, :reused, cast(:by as uuid),"
          + " :at, :now) on conflict (list_row_id, person_id) do update set probability = excluded.probability,"
          + " match_weight = excluded.match_weight, outcome = excluded.outcome, guard = excluded.guard,"
          + " evidence = excluded.evidence");
      Set<List<UUID>> seen = new HashSet<>();
      for (NewProposal p : proposals) {
        List<UUID> pair = List.of(p.rowId(), p.personId());
        if (!seen.add(pair)) {
          continue;
        }
        PastDecision earlier = past.get(pair);
        LinkStatus status = LinkStatus.PROPOSED;
        if (decided.contains(pair)) {
          kept++;
        } else if (earlier != null) {
          status = earlier.verdict();
          reused++;
          if (status == LinkStatus.UNSURE) {
            waiting++;
          }
        } else {
          waiting++;
        }
        boolean fromEarlier = earlier != null && !decided.contains(pair);
        insert.bind("id", UUID.randomUUID()).bind("row", p.rowId()).bind("person", p.personId())
            .bind("p", p.probability()).bind("w", p.matchWeight()).bind("outcome", p.outcome()).bind("guard", p.guard())
            .bind("evidence", p.evidence()).bind("status", status.code()).bind("reused", fromEarlier)
            .bind("by", fromEarlier ? earlier.decidedBy() : null)
            .bind("at", fromEarlier ? Timestamp.from(earlier.decidedAt()) : null)
            .bind("now", Timestamp.from(now)).add();
      }
      if (insert.size() > 0) {
        insert.execute();
      }
      h.createUpdate("update source_list set linked_at = :now where id = :id").bind("now", Timestamp.from(now))
          .bind("id", listId).execute();
      undecided.removeAll(seen);
      return new Saved(waiting, reused, kept, undecided.size());
    });
  }

  /**
   * Proposals waiting for a reviewer (proposed first, then unsure; most probable first), at most
   * {@code limit}, skipping the first {@code offset}.
   */
  public List<Proposal> queue(int offset, int limit) {
    return jdbi.withHandle(h -> h.createQuery(PROPOSAL + " where p.status in ('proposed', 'unsure')"
            + " order by case p.status when 'proposed' then 0 else 1 end, p.probability desc, p.id"
            + " offset :offset limit :limit")
        .bind("offset", Math.max(0, offset)).bind("limit", Math.max(0, limit)).map((rs, ctx) -> proposal(rs)).list());
  }

  /** The proposals of a list's rows (any status), most probable first, at most {@code limit}. */
  public List<Proposal> proposalsOf(UUID listId, int limit) {
    return jdbi.withHandle(h -> h.createQuery(PROPOSAL + " where r.list_id = :list order by p.probability desc, p.id"
        + " limit :limit").bind("list", listId).bind("limit", limit).map((rs, ctx) -> proposal(rs)).list());
  }

  /** The proposals naming a person (any status), most probable first. */
  public List<Proposal> proposalsFor(UUID personId) {
    return jdbi.withHandle(h -> h.createQuery(PROPOSAL + " where p.person_id = :person order by p.probability desc, p.id")
        .bind("person", personId).map((rs, ctx) -> proposal(rs)).list());
  }

  /** The proposal with this id. */
  public Optional<Proposal> proposal(UUID id) {
    return jdbi.withHandle(h -> h.createQuery(PROPOSAL + " where p.id = :id").bind("id", id)
        .map((rs, ctx) -> proposal(rs)).findOne());
  }

  private static Proposal proposal(ResultSet rs) throws SQLException {
    Timestamp at = rs.getTimestamp("decided_at");
    return new Proposal(rs.getObject("id", UUID.class), rs.getObject("list_id", UUID.class),
        rs.getObject("list_row_id", UUID.class), rs.getInt("row_number"), rs.getObject("person_id", UUID.class),
        rs.getDouble("probability"), rs.getDouble("match_weight"), rs.getString("outcome"), rs.getString("guard"),
        rs.getString("evidence"), LinkStatus.fromCode(rs.getString("status")).orElseThrow(), rs.getBoolean("reused"),
        rs.getObject("decided_by", UUID.class), at == null ? null : at.toInstant());
  }

  /**
   * Records a reviewer's decision on a proposal within the caller's transaction, remembers it for
   * the same row content and person, and settles the other undecided proposals of that content
   * and person (copies of the row in other lists).
   *
   * @return the proposal as decided
   * @throws ListNotFoundException if there is no such proposal
   * @throws IllegalArgumentException if {@code verdict} is {@link LinkStatus#PROPOSED}
   */
  public Proposal decide(Handle h, UUID proposalId, LinkStatus verdict, @Nullable UUID reviewer) {
    if (verdict == LinkStatus.PROPOSED) {
      throw new IllegalArgumentException("a decision confirms, rejects or leaves unsure");
    }
    Instant now = clock.instant();
    var row = h.createQuery("select p.person_id, r.fingerprint from link_proposal p join list_row r"
            + " on r.id = p.list_row_id where p.id = :id for update of p")
        .bind("id", proposalId).mapToMap().findOne().orElseThrow(() -> new ListNotFoundException("proposal"));
    UUID person = (UUID) row.get("person_id");
    byte[] fingerprint = (byte[]) row.get("fingerprint");
    h.createUpdate("update link_proposal set status = :s, reused = false, decided_by = cast(:by as uuid),"
            + " decided_at = :at where id = :id")
        .bind("s", verdict.code()).bind("by", reviewer).bind("at", Timestamp.from(now)).bind("id", proposalId).execute();
    h.createUpdate("insert into link_decision (fingerprint, person_id, verdict, decided_by, decided_at)"
            + " values (:fp, :person, :v, cast(:by as uuid), :at) on conflict (fingerprint, person_id) do update"
            + " set verdict = excluded.verdict, decided_by = excluded.decided_by, decided_at = excluded.decided_at")
        .bind("fp", fingerprint).bind("person", person).bind("v", verdict.code()).bind("by", reviewer)
        .bind("at", Timestamp.from(now)).execute();
    h.createUpdate("update link_proposal p set status = :s, reused = true, decided_by = cast(:by as uuid),"
            + " decided_at = :at from list_row r where r.id = p.list_row_id and r.fingerprint = :fp"
            + " and p.person_id = :person and p.status = 'proposed' and p.id <> :id")
        .bind("s", verdict.code()).bind("by", reviewer).bind("at", Timestamp.from(now)).bind("fp", fingerprint)
        .bind("person", person).bind("id", proposalId).execute();
    return h.createQuery(PROPOSAL + " where p.id = :id").bind("id", proposalId).map((rs, ctx) -> proposal(rs)).one();
  }

  /** The list rows confirmed as {@code personId}, with their lists' titles and headers (identity data). */
  public List<Corroboration> confirmedFor(UUID personId) {
    return confirmedAmong(proposalsFor(personId));
  }

  /**
   * The rows of the confirmed {@code proposals} (e.g. a person's {@link #proposalsFor}, already
   * read), with their lists' titles and headers (identity data).
   */
  public List<Corroboration> confirmedAmong(List<Proposal> proposals) {
    List<Proposal> confirmed = proposals.stream().filter(p -> p.status() == LinkStatus.CONFIRMED).toList();
    if (confirmed.isEmpty()) {
      return List.of();
    }
    Map<UUID, ListRow> rows = rowsById(confirmed.stream().map(Proposal::rowId).toList());
    Map<UUID, ListInfo> lists = new HashMap<>();
    List<Corroboration> out = new ArrayList<>();
    for (Proposal p : confirmed) {
      ListRow row = rows.get(p.rowId());
      ListInfo list = lists.computeIfAbsent(p.listId(), id -> get(id).orElse(null));
      if (row != null && list != null) {
        out.add(new Corroboration(list.id(), list.title(), list.kind(), row, p.probability(), list.headers()));
      }
    }
    return List.copyOf(out);
  }

  /** The associated data that binds a sealed value to its row (the one the key rotation job uses). */
  private static byte[] ad(String kind, UUID id) {
    return Envelope.associatedData(kind, id);
  }

  @Override
  public String toString() {
    return "ListStore";
  }
}
