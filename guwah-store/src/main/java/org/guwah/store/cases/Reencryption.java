package org.guwah.store.cases;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.guwah.core.ids.Ids;
import org.guwah.store.attachments.AttachmentResealing;
import org.guwah.store.attachments.AttachmentStore;
import org.guwah.store.questionnaires.QuestionnaireStore;
import org.guwah.store.crypto.FieldCipher;
import org.guwah.store.cases.internal.Envelope;
import org.guwah.store.crypto.KeyRing;
import org.guwah.store.crypto.UnableToDecryptFieldException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jspecify.annotations.Nullable;

/**
 * Seals every stored identity envelope again under the key ring's current primary key, after
 * {@link KeyRing#rotate()}: the job that makes a rotation complete without downtime.
 *
 * <p>For each table (person, source, incident, detention, relationship, source_list, list_row) it reads {@code id, version,
 * identity} in batches ordered by id (keyset pagination, no long-lived cursor), leaves rows already
 * sealed under the primary key alone, opens the others with whichever key of the ring made them
 * and seals the same plaintext again with the primary key (same associated data {@code
 * guwah:<kind>:<id>}). A batch is written in one short transaction with {@code update ... set
 * identity = ? where id = ? and version = ? and identity = ?}: a row written meanwhile is skipped
 * (its writer already sealed it under the primary key), and neither {@code version} nor {@code
 * updated_at} changes, since the content did not. No table lock is taken; readers and writers go on
 * as usual (a reader that read the old ciphertext still opens it: old keys stay in the ring until a
 * later retirement step). Rows no key of the ring opens are counted as unreadable and left alone.
 *
 * <p>Then the attachments (counted as table {@value #ATTACHMENTS}): their sealed chunks, provenance
 * and label, one attachment per short transaction ({@link AttachmentStore#resealUnderPrimary}).
 * After a finished run nothing stored needs an older key, so old keys can be retired.
 *
 * <p>Use the key ring the running server holds (a rotation in another process is unknown to it).
 * Nothing is logged; progress carries counts only. Thread-safe: each {@link #start}/{@link #run}
 * is independent (running two at once is harmless but wasteful).
 */
public final class Reencryption {
  /** Rows per batch unless {@link #withBatchSize} says otherwise. */
  public static final int DEFAULT_BATCH_SIZE = 500;

  /** The name the attachments (ADR 0011) are counted under, after the record tables. */
  public static final String ATTACHMENTS = "attachment";

  /** The name questionnaire submissions (answers and messages, ADR 0015) are counted under, last. */
  public static final String SUBMISSIONS = "questionnaire_submission";

  private final Jdbi jdbi;
  private final FieldCipher cipher;
  private final Clock clock;
  private final List<String> kinds;
  private final int batchSize;
  private final AttachmentStore attachments;
  private final QuestionnaireStore questionnaires;

  private Reencryption(Jdbi jdbi, FieldCipher cipher, Clock clock, List<String> kinds, int batchSize,
      AttachmentStore attachments, QuestionnaireStore questionnaires) {
    this.jdbi = jdbi;
    this.cipher = cipher;
    this.clock = clock;
    this.kinds = List.copyOf(kinds);
    this.batchSize = batchSize;
    this.attachments = attachments;
    this.questionnaires = questionnaires;
  }

  /**
   * The job over every table of {@code cases}, sealing with {@code keys}' primary key; {@code keys}
   * must be the key ring {@code cases} was created with.
   */
  public static Reencryption of(CaseStore cases, KeyRing keys, Clock clock) {
    Objects.requireNonNull(keys, "keys");
    List<String> kinds = List.of(cases.persons().kind(), cases.sources().kind(), cases.incidents().kind(),
        cases.detentions().kind(), cases.relationships().kind(), org.guwah.store.lists.ListStore.LISTS,
        org.guwah.store.lists.ListStore.ROWS);
    return new Reencryption(cases.jdbi(), keys.fieldCipher(), Objects.requireNonNull(clock, "clock"), kinds,
        DEFAULT_BATCH_SIZE, AttachmentStore.create(cases.jdbi(), keys, clock, Ids.system()),
        QuestionnaireStore.create(cases.jdbi(), keys, clock, new java.security.SecureRandom()));
  }

  /** This job with {@code rows} rows per batch (1 to 10,000). */
  public Reencryption withBatchSize(int rows) {
    if (rows < 1 || rows > 10_000) {
      throw new IllegalArgumentException("batch size must be 1 to 10000");
    }
    return new Reencryption(jdbi, cipher, clock, kinds, rows, attachments, questionnaires);
  }

  /**
   * Runs the job on the calling thread. Interrupting the thread cancels it after the current batch.
   *
   * <p>If the database fails, JDBI's runtime exception is thrown; rows re-sealed so far stay so,
   * and running again only visits them to skip them.
   */
  public ReencryptionSummary run(ReencryptionListener listener) {
    ReencryptionRun run = begin();
    try {
      return execute(run, listener);
    } catch (RuntimeException | Error e) {
      run.fail(e);
      throw e;
    }
  }

  /**
   * Starts the job on a new background (daemon) thread and returns at once; the run's {@link
   * ReencryptionRun#result()} completes when it ends, exceptionally if the database failed.
   */
  public ReencryptionRun start(ReencryptionListener listener) {
    ReencryptionRun run = begin();
    Thread worker = new Thread(() -> {
      try {
        execute(run, listener);
      } catch (RuntimeException | Error e) {
        run.fail(e);
      }
    }, "guwah-reencryption");
    worker.setDaemon(true);
    worker.start();
    return run;
  }

  private ReencryptionRun begin() {
    List<TableReencryption> start = new ArrayList<>();
    jdbi.useHandle(h -> {
      for (String kind : kinds) {
        start.add(TableReencryption.of(kind,
            h.createQuery("select count(*) from " + kind).mapTo(Long.class).one()));
      }
    });
    start.add(TableReencryption.of(ATTACHMENTS, attachments.count()));
    start.add(TableReencryption.of(SUBMISSIONS, questionnaires.count()));
    return new ReencryptionRun(clock, start);
  }

  private ReencryptionSummary execute(ReencryptionRun run, ReencryptionListener listener) {
    for (TableReencryption table : run.tables()) {
      if (run.cancelRequested()) {
        return run.finish(true);
      }
      listener.progressed(table);
      TableReencryption done = table.kind().equals(ATTACHMENTS) ? attachments(table, run, listener)
          : table.kind().equals(SUBMISSIONS) ? submissions(table) : table(table, run, listener);
      if (run.cancelRequested()) {
        return run.finish(true);
      }
      run.update(done.finished());
      listener.progressed(done.finished());
    }
    return run.finish(false);
  }

  private TableReencryption table(TableReencryption start, ReencryptionRun run, ReencryptionListener listener) {
    String kind = start.kind();
    TableReencryption counts = start;
    @Nullable UUID after = null;
    while (!run.cancelRequested()) {
      List<Stored> batch = read(kind, after);
      if (batch.isEmpty()) {
        break;
      }
      after = batch.get(batch.size() - 1).id();
      counts = reseal(kind, batch, counts);
      run.update(counts);
      listener.progressed(counts);
    }
    return counts;
  }

  /** Re-seals the attachments' chunks and sealed columns ({@link AttachmentStore#resealUnderPrimary}). */
  private TableReencryption attachments(TableReencryption start, ReencryptionRun run, ReencryptionListener listener) {
    AttachmentResealing done = attachments.resealUnderPrimary(progress -> {
      TableReencryption counts = counts(start, progress);
      run.update(counts);
      listener.progressed(counts);
    }, run::cancelRequested);
    return counts(start, done);
  }

  /** Re-seals questionnaire answers and messages ({@link QuestionnaireStore#resealUnderPrimary}). */
  private TableReencryption submissions(TableReencryption start) {
    long[] c = questionnaires.resealUnderPrimary();
    return new TableReencryption(start.kind(), Math.max(start.total(), c[0]), c[0], c[1], c[2], 0, c[3]);
  }

  private static TableReencryption counts(TableReencryption start, AttachmentResealing r) {
    return new TableReencryption(start.kind(), Math.max(start.total(), r.attachments()), r.attachments(),
        r.resealed(), r.alreadyCurrent(), 0, r.unreadable());
  }

  private List<Stored> read(String kind, @Nullable UUID after) {
    String sql = "select id, version, identity from " + kind + (after == null ? "" : " where id > :after")
        + " order by id limit :n";
    return jdbi.withHandle(h -> {
      var query = h.createQuery(sql).bind("n", batchSize);
      if (after != null) {
        query.bind("after", after);
      }
      return query.map((rs, ctx) -> new Stored(rs.getObject(1, UUID.class), rs.getLong(2), rs.getBytes(3))).list();
    });
  }

  private TableReencryption reseal(String kind, List<Stored> batch, TableReencryption counts) {
    long current = 0;
    long unreadable = 0;
    List<Resealed> writes = new ArrayList<>();
    for (Stored row : batch) {
      if (cipher.sealedWithPrimary(row.identity())) {
        current++;
        continue;
      }
      byte[] aad = Envelope.associatedData(kind, row.id());
      byte[] plain;
      try {
        plain = cipher.decrypt(row.identity(), aad);
      } catch (UnableToDecryptFieldException e) {
        unreadable++;
        continue;
      }
      try {
        writes.add(new Resealed(row, cipher.encrypt(plain, aad)));
      } finally {
        Arrays.fill(plain, (byte) 0);
      }
    }
    long resealed = write(kind, writes);
    return counts.plus(resealed, current, writes.size() - resealed, unreadable);
  }

  /** Writes the batch in one transaction; on a conflict (e.g. deadlock) row by row instead. */
  private long write(String kind, List<Resealed> writes) {
    if (writes.isEmpty()) {
      return 0;
    }
    String sql = "update " + kind + " set identity = ? where id = ? and version = ? and identity = ?";
    try {
      return jdbi.inTransaction(h -> {
        PreparedBatch batch = h.prepareBatch(sql);
        for (Resealed w : writes) {
          bind(batch, w).add();
        }
        return Arrays.stream(batch.execute()).filter(n -> n == 1).count();
      });
    } catch (RuntimeException batchFailed) {
      long written = 0;
      for (Resealed w : writes) {
        written += jdbi.withHandle((Handle h) -> bind(h.createUpdate(sql), w).execute());
      }
      return written;
    }
  }

  private static <S extends org.jdbi.v3.core.statement.SqlStatement<S>> S bind(S statement, Resealed w) {
    return statement.bind(0, w.identity()).bind(1, w.row().id()).bind(2, w.row().version())
        .bind(3, w.row().identity());
  }

  private record Stored(UUID id, long version, byte[] identity) {
    @Override
    public String toString() {
      return "Stored[" + id + " v" + version + "]";
    }
  }

  private record Resealed(Stored row, byte[] identity) {
    @Override
    public String toString() {
      return "Resealed[" + row + "]";
    }
  }

  @Override
  public String toString() {
    return "Reencryption[" + String.join(", ", kinds) + ", " + ATTACHMENTS + ", batch " + batchSize + "]";
  }
}
