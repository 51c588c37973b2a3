package org.guwah.store.attachments.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/** The SQL of tables {@code attachment} and {@code attachment_chunk} (migration V5). */
public final class AttachmentTable {
  private static final String COLUMNS = "id, record_kind, record_id, media_type, size, chunk_count,"
      + " metadata_treatment, stripped_metadata, created_by, created_at, provenance, label";

  private AttachmentTable() {}

  public static void insertChunk(Handle h, UUID id, int index, byte[] sealed) {
    h.createUpdate("insert into attachment_chunk (attachment_id, chunk_index, sealed) values (:id, :index, :sealed)")
        .bind("id", id)
        .bind("index", index)
        .bind("sealed", sealed)
        .execute();
  }

  public static void replaceChunk(Handle h, UUID id, int index, byte[] sealed) {
    int rows = h.createUpdate("update attachment_chunk set sealed = :sealed where attachment_id = :id and chunk_index = :index")
        .bind("id", id)
        .bind("index", index)
        .bind("sealed", sealed)
        .execute();
    if (rows != 1) {
      throw new IllegalStateException("chunk " + index + " of attachment " + id + " is not there to replace");
    }
  }

  /** Replaces a chunk only if it still holds {@code expected}; whether it did. */
  public static boolean replaceChunk(Handle h, UUID id, int index, byte[] expected, byte[] sealed) {
    return h.createUpdate("update attachment_chunk set sealed = :sealed"
            + " where attachment_id = :id and chunk_index = :index and sealed = :expected")
        .bind("id", id)
        .bind("index", index)
        .bind("expected", expected)
        .bind("sealed", sealed)
        .execute() == 1;
  }

  public static Optional<byte[]> chunk(Handle h, UUID id, int index) {
    return h.createQuery("select sealed from attachment_chunk where attachment_id = :id and chunk_index = :index")
        .bind("id", id)
        .bind("index", index)
        .mapTo(byte[].class)
        .findOne();
  }

  /** Indexes of an attachment's stored chunks, in order. */
  public static List<Integer> chunkIndexes(Handle h, UUID id) {
    return h.createQuery("select chunk_index from attachment_chunk where attachment_id = :id order by chunk_index")
        .bind("id", id)
        .mapTo(Integer.class)
        .list();
  }

  public static void insert(Handle h, StoredRow row) {
    h.createUpdate("insert into attachment (" + COLUMNS + ") values (:id, :kind, :recordId, :mediaType, :size,"
            + " :chunkCount, :treatment, :stripped, cast(:createdBy as uuid), :createdAt, :provenance, :label)")
        .bind("id", row.id())
        .bind("kind", row.recordKind())
        .bind("recordId", row.recordId())
        .bind("mediaType", row.mediaType())
        .bind("size", row.size())
        .bind("chunkCount", row.chunkCount())
        .bind("treatment", row.metadataTreatment())
        .bindArray("stripped", String.class, row.strippedMetadata())
        .bindByType("createdBy", row.createdBy(), UUID.class)
        .bind("createdAt", Timestamp.from(row.createdAt()))
        .bind("provenance", row.provenance())
        .bind("label", row.label())
        .execute();
  }

  public static Optional<StoredRow> find(Handle h, UUID id, boolean forUpdate) {
    return h.createQuery("select " + COLUMNS + " from attachment where id = :id" + (forUpdate ? " for update" : ""))
        .bind("id", id)
        .map((rs, ctx) -> row(rs))
        .findOne();
  }

  public static List<StoredRow> forRecord(Handle h, String kind, UUID recordId) {
    return h.createQuery("select " + COLUMNS + " from attachment where record_kind = :kind and record_id = :recordId"
            + " order by created_at, id")
        .bind("kind", kind)
        .bind("recordId", recordId)
        .map((rs, ctx) -> row(rs))
        .list();
  }

  /** How many attachments there are. */
  public static long count(Handle h) {
    return h.createQuery("select count(*) from attachment").mapTo(Long.class).one();
  }

  /** Ids after {@code after} (null: from the start), in id order, at most {@code limit}. */
  public static List<UUID> idsAfter(Handle h, UUID after, int limit) {
    return h.createQuery("select id from attachment where id > :after order by id limit :limit")
        .bind("after", after)
        .bind("limit", limit)
        .mapTo(UUID.class)
        .list();
  }

  public static void updateSealed(Handle h, UUID id, byte[] provenance, byte[] label) {
    h.createUpdate("update attachment set provenance = :provenance, label = :label where id = :id")
        .bind("id", id)
        .bind("provenance", provenance)
        .bind("label", label)
        .execute();
  }

  public static int chunkCount(Handle h, UUID id) {
    return h.createQuery("select count(*) from attachment_chunk where attachment_id = :id")
        .bind("id", id)
        .mapTo(Integer.class)
        .one();
  }

  public static boolean delete(Handle h, UUID id) {
    return h.createUpdate("delete from attachment where id = :id").bind("id", id).execute() > 0;
  }

  /** Whether a record of this kind (also its table's name; checked by the caller) exists; locks it against deletion. */
  public static boolean lockRecord(Handle h, String kind, UUID recordId) {
    return h.createQuery("select 1 from " + kind + " where id = :id for key share")
        .bind("id", recordId)
        .mapTo(Integer.class)
        .findOne()
        .isPresent();
  }

  private static StoredRow row(ResultSet rs) throws SQLException {
    Array stripped = rs.getArray("stripped_metadata");
    String[] names = (String[]) stripped.getArray();
    stripped.free();
    return new StoredRow(
        rs.getObject("id", UUID.class),
        rs.getString("record_kind"),
        rs.getObject("record_id", UUID.class),
        rs.getString("media_type"),
        rs.getLong("size"),
        rs.getInt("chunk_count"),
        rs.getString("metadata_treatment"),
        Arrays.asList(names),
        rs.getObject("created_by", UUID.class),
        rs.getTimestamp("created_at").toInstant(),
        rs.getBytes("provenance"),
        rs.getBytes("label"));
  }
}
