package org.guwah.store.attachments;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.guwah.core.ids.Ids;
import org.guwah.core.validation.ValidationException;
import org.guwah.store.attachments.internal.AttachmentTable;
import org.guwah.store.attachments.internal.ChunkDamagedException;
import org.guwah.store.attachments.internal.ChunkReader;
import org.guwah.store.attachments.internal.ChunkSink;
import org.guwah.store.attachments.internal.ContentFilters;
import org.guwah.store.attachments.internal.ContentRefusedException;
import org.guwah.store.attachments.internal.RowBinding;
import org.guwah.store.attachments.internal.SealedParts;
import org.guwah.store.attachments.internal.Sniffer;
import org.guwah.store.attachments.internal.StoredRow;
import org.guwah.store.attachments.internal.UploadInput;
import org.guwah.store.attachments.internal.UploadTooLargeException;
import org.guwah.store.crypto.ChunkCipher;
import org.guwah.store.crypto.FieldCipher;
import org.guwah.store.crypto.KeyRing;
import org.guwah.store.crypto.UnableToDecryptFieldException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * Files attached to case records — screenshots of threats, chat exports, voice messages,
 * documents — stored encrypted in PostgreSQL (so the encrypted backups carry them), with the
 * original's SHA-256 kept as provenance and image metadata (EXIF, GPS, XMP, ...) removed on upload.
 *
 * <p><b>Storing</b> ({@link #store}) streams: the upload is read once, in 64 KiB blocks; its type is
 * detected from its first bytes ({@link MediaType}: never from the file name or the declared type;
 * a declared type that disagrees is refused); it passes through its type's filter (images: metadata
 * removed; PDF, M4A, text: structure checked; see {@link MediaType} and {@link MetadataTreatment});
 * and the result is cut into chunks of {@link #chunkSize()} bytes, each sealed and inserted as soon
 * as it is complete. Memory holds about two chunks whatever the file's size. Bytes are counted while
 * they stream: past {@link #maxSize()} (default {@value #DEFAULT_MAX_SIZE} bytes) the upload is
 * refused. All chunks and the metadata row are written in one transaction: a refused, failed or
 * interrupted upload leaves nothing behind (with a caller's handle, the method rolls back to a
 * savepoint of its own before rethrowing). Nothing here decodes an image, so decompression bombs
 * cannot hurt storage (whoever later renders a stored image must still bound its pixel count).
 *
 * <p><b>What is in clear in the database:</b> the record the file belongs to, media type, stored
 * size, chunk count, metadata treatment and the kinds of metadata removed, creator and time.
 * <b>Sealed</b> (AES-256-GCM under the field key of the {@link KeyRing}): the content (chunks bound
 * to the attachment id, their index and the final flag, so chunks cannot be altered, swapped,
 * reordered, moved between attachments or cut off undetected); the provenance (original size, the
 * original's and the stored content's SHA-256 — sealed because a hash in clear would let anyone
 * holding a copy of a file confirm that it is stored here); the label (original file name and
 * caption: identity data). Both sealed columns are bound to the id and every clear column, and every
 * read opens the provenance, so a metadata row edited in the database (e.g. an attachment moved to
 * another record, or relabelled {@code text/html}) is reported as {@link
 * AttachmentDamagedException}, never returned.
 *
 * <p><b>Identity reads and audit.</b> The content ({@link #open}) and the label ({@link #openLabel})
 * are identity data. This store does not write to the audit log: <b>the caller must audit every
 * {@link #open} and {@link #openLabel}</b> (action {@code READ_IDENTITY}, the attachment id and
 * the record's id), and must only call them for readers entitled to the record in full. Listings
 * ({@link #listFor}, {@link #get}) decrypt only the provenance and reveal no identity data. Nothing
 * is logged; exception messages carry ids, media types, structure names and byte offsets, never
 * file names, captions or content.
 *
 * <p><b>Serving content</b> (for the web layer): send {@link MediaType#contentType()} with {@code
 * X-Content-Type-Options: nosniff}, {@code Content-Disposition: attachment} and a restrictive
 * {@code Content-Security-Policy} ({@code sandbox}); never derive the type from the file name.
 *
 * <p><b>Deletion</b> ({@link #delete}) removes the row and its chunks; deleting a record deletes its
 * attachments (database trigger). PostgreSQL keeps dead row versions until vacuum and in older
 * backups; they are ciphertext.
 *
 * <p><b>Key rotation.</b> Chunks and sealed columns carry the Tink key id. After {@link
 * KeyRing#rotate()}, old attachments still open; {@link #resealUnderPrimary()} seals them again
 * under the new primary key.
 *
 * <p>Thread-safe. Instances are immutable; the {@code with...} methods return copies.
 */
public final class AttachmentStore {
  /** Default largest upload: 25 MiB. */
  public static final long DEFAULT_MAX_SIZE = 25L * 1024 * 1024;
  /** Default chunk size: 1 MiB. */
  public static final int DEFAULT_CHUNK_SIZE = 1 << 20;
  /** Largest chunk size {@link #withChunkSize} accepts. */
  public static final int MAX_CHUNK_SIZE = 16 << 20;
  /** The kinds of record an attachment may belong to (also their tables' names). */
  public static final Set<String> RECORD_KINDS = Set.of("person", "source", "incident", "detention", "relationship");

  private static final String SAVEPOINT = "guwah_attachment_store";
  private static final String PROVENANCE = "provenance";
  private static final String LABEL = "label";

  private final Jdbi jdbi;
  private final KeyRing keys;
  private final FieldCipher fields;
  private final ChunkCipher chunks;
  private final Clock clock;
  private final Ids ids;
  private final long maxSize;
  private final int chunkSize;

  private AttachmentStore(Jdbi jdbi, KeyRing keys, Clock clock, Ids ids, long maxSize, int chunkSize) {
    this.jdbi = jdbi;
    this.fields = keys.fieldCipher();
    this.chunks = ChunkCipher.of(keys);
    this.clock = clock;
    this.ids = ids;
    this.maxSize = maxSize;
    this.chunkSize = chunkSize;
    this.keys = keys;
  }

  /**
   * An attachment store on a migrated database, sealing with {@code keys}' field key, with the
   * default size limit and chunk size.
   */
  public static AttachmentStore create(Jdbi jdbi, KeyRing keys, Clock clock, Ids ids) {
    return new AttachmentStore(Objects.requireNonNull(jdbi, "jdbi"), Objects.requireNonNull(keys, "keys"),
        Objects.requireNonNull(clock, "clock"), Objects.requireNonNull(ids, "ids"), DEFAULT_MAX_SIZE,
        DEFAULT_CHUNK_SIZE);
  }

  /** This store with another size limit for uploads, in bytes (at least 1). */
  public AttachmentStore withMaxSize(long bytes) {
    if (bytes < 1) {
      throw new IllegalArgumentException("the size limit must be at least 1 byte");
    }
    return new AttachmentStore(jdbi, keys, clock, ids, bytes, chunkSize);
  }

  /** This store writing chunks of {@code bytes} (1 KiB to 16 MiB); reading does not depend on it. */
  public AttachmentStore withChunkSize(int bytes) {
    if (bytes < ChunkSink.MIN_CHUNK_SIZE || bytes > MAX_CHUNK_SIZE) {
      throw new IllegalArgumentException("chunk size must be " + ChunkSink.MIN_CHUNK_SIZE + " to " + MAX_CHUNK_SIZE
          + " bytes");
    }
    return new AttachmentStore(jdbi, keys, clock, ids, maxSize, bytes);
  }

  /** The largest upload accepted, in bytes. */
  public long maxSize() {
    return maxSize;
  }

  /** The size of the chunks new attachments are cut into. */
  public int chunkSize() {
    return chunkSize;
  }

  /**
   * Stores {@code content} as a new attachment of {@code upload}'s record, in its own transaction.
   * Reads {@code content} to its end (does not close it).
   *
   * @return the stored attachment's metadata
   * @throws ValidationException if the record does not exist (field {@code recordId})
   * @throws AttachmentRejectedException if the content is refused: {@link
   *     AttachmentTooLargeException}, {@link EmptyAttachmentException}, {@link
   *     UnsupportedAttachmentTypeException}, {@link MediaTypeMismatchException}, {@link
   *     MalformedAttachmentException}; nothing is stored
   * @throws IOException if reading {@code content} fails; nothing is stored
   */
  public Attachment store(AttachmentUpload upload, InputStream content) throws IOException {
    Objects.requireNonNull(upload, "upload");
    Objects.requireNonNull(content, "content");
    return jdbi.inTransaction(h -> write(h, upload, content));
  }

  /**
   * {@link #store(AttachmentUpload, InputStream)} in the caller's transaction (e.g. together with
   * the record and its audit entry). On any exception, everything this call wrote is rolled back
   * (to a savepoint) before the exception is rethrown; the caller's transaction stays usable.
   *
   * @throws IllegalArgumentException if {@code handle} is not inside a transaction
   */
  public Attachment store(Handle handle, AttachmentUpload upload, InputStream content) throws IOException {
    Objects.requireNonNull(handle, "handle");
    Objects.requireNonNull(upload, "upload");
    Objects.requireNonNull(content, "content");
    if (!handle.isInTransaction()) {
      throw new IllegalArgumentException("store(handle, ...) needs a handle inside a transaction");
    }
    handle.savepoint(SAVEPOINT);
    try {
      Attachment stored = write(handle, upload, content);
      handle.releaseSavepoint(SAVEPOINT);
      return stored;
    } catch (IOException | RuntimeException | Error e) {
      try {
        handle.rollbackToSavepoint(SAVEPOINT);
      } catch (RuntimeException rollback) {
        e.addSuppressed(rollback);
      }
      throw e;
    }
  }

  private Attachment write(Handle h, AttachmentUpload upload, InputStream content) throws IOException {
    if (!AttachmentTable.lockRecord(h, upload.recordKind(), upload.recordId())) {
      throw ValidationException.of("recordId", "no " + upload.recordKind() + " with this id");
    }
    UploadInput in = new UploadInput(content, maxSize);
    MediaType type = null;
    try {
      byte[] head = new byte[UploadInput.SNIFF_LENGTH];
      int length = in.peek(head, head.length);
      if (length == 0) {
        throw new EmptyAttachmentException();
      }
      type = Sniffer.sniff(head, length, length < head.length);
      String declared = upload.declaredType();
      if (declared != null && MediaType.forDeclared(declared).orElse(null) != type) {
        throw new MediaTypeMismatchException(declared, type);
      }
      UUID id = ids.next();
      ChunkSink sink = new ChunkSink(h, chunks, id, chunkSize, type == MediaType.WEBP);
      Set<StrippedMetadata> stripped = ContentFilters.of(type).transfer(in, sink);
      long originalSize = in.position();
      byte[] originalSha = in.sha256();
      ChunkSink.Result result = sink.finish();
      List<String> strippedNames = stripped.stream().map(Enum::name).sorted().toList();
      StoredRow unsealed = new StoredRow(id, upload.recordKind(), upload.recordId(), type.mime(), result.size(),
          result.chunkCount(), type.treatment().code(), strippedNames, upload.createdBy(),
          clock.instant().truncatedTo(ChronoUnit.MICROS), new byte[0], new byte[0]);
      byte[] provenance = fields.encrypt(
          SealedParts.provenance(new SealedParts.Provenance(originalSize, originalSha, result.sha256())),
          RowBinding.of(unsealed, PROVENANCE));
      byte[] label = fields.encrypt(SealedParts.label(upload.fileName(), upload.caption()),
          RowBinding.of(unsealed, LABEL));
      StoredRow row = withSealed(unsealed, provenance, label);
      AttachmentTable.insert(h, row);
      return attachment(row, SealedParts.provenance(fields.decrypt(provenance, RowBinding.of(row, PROVENANCE))));
    } catch (UploadTooLargeException e) {
      throw new AttachmentTooLargeException(e.limit());
    } catch (ContentRefusedException e) {
      if (e.reason() == ContentRefusedException.Reason.MALFORMED && type != null) {
        throw new MalformedAttachmentException(type, e.getMessage());
      }
      throw new UnsupportedAttachmentTypeException(e.getMessage());
    }
  }

  private static StoredRow withSealed(StoredRow r, byte[] provenance, byte[] label) {
    return new StoredRow(r.id(), r.recordKind(), r.recordId(), r.mediaType(), r.size(), r.chunkCount(),
        r.metadataTreatment(), r.strippedMetadata(), r.createdBy(), r.createdAt(), provenance, label);
  }

  /**
   * The attachment with this id, verified against its sealed provenance; empty if there is none.
   *
   * @throws AttachmentDamagedException if its metadata row was altered or its key is unknown
   */
  public Optional<Attachment> get(UUID id) {
    Objects.requireNonNull(id, "id");
    return jdbi.withHandle(h -> AttachmentTable.find(h, id, false)).map(this::verified);
  }

  /**
   * The attachments of one record, oldest first, each verified against its sealed provenance. No
   * identity data is decrypted (labels stay sealed).
   *
   * @throws IllegalArgumentException if {@code recordKind} is not one of {@link #RECORD_KINDS}
   * @throws AttachmentDamagedException if a metadata row was altered or its key is unknown
   */
  public List<Attachment> listFor(String recordKind, UUID recordId) {
    if (!RECORD_KINDS.contains(Objects.requireNonNull(recordKind, "recordKind"))) {
      throw new IllegalArgumentException("not a record kind that takes attachments");
    }
    Objects.requireNonNull(recordId, "recordId");
    List<StoredRow> rows = jdbi.withHandle(h -> AttachmentTable.forRecord(h, recordKind, recordId));
    List<Attachment> out = new ArrayList<>(rows.size());
    rows.forEach(row -> out.add(verified(row)));
    return List.copyOf(out);
  }

  /**
   * Decrypts the file name and caption of {@code attachment}: an identity read the caller must
   * audit.
   *
   * @throws AttachmentDamagedException if the label does not open for this attachment's metadata
   *     (altered, or sealed with a key not in the key ring)
   */
  public AttachmentLabel openLabel(Attachment attachment) {
    Objects.requireNonNull(attachment, "attachment");
    StoredRow row = rowOf(attachment);
    byte[] plaintext;
    try {
      plaintext = fields.decrypt(attachment.label().ciphertext(), RowBinding.of(row, LABEL));
    } catch (UnableToDecryptFieldException e) {
      throw new AttachmentDamagedException(attachment.id(), "its label does not open", e);
    }
    try {
      return SealedParts.label(plaintext);
    } finally {
      Arrays.fill(plaintext, (byte) 0);
    }
  }

  /**
   * Writes the stored content of attachment {@code id} to {@code out} (not closed), chunk by chunk:
   * an identity read the caller must audit. Before anything is written, the metadata row is
   * verified and the number of stored chunks checked; each chunk is authenticated as it is opened;
   * at the end the size and SHA-256 of what was written are compared with the sealed provenance.
   * Runs in one read-only, repeatable-read transaction, holding one connection while {@code out}
   * is written.
   *
   * @return the attachment's metadata
   * @throws AttachmentNotFoundException if there is no such attachment
   * @throws AttachmentDamagedException if anything fails to verify; what was written to {@code out}
   *     until then must be discarded (e.g. abort the HTTP response)
   * @throws IOException if writing to {@code out} fails
   */
  public Attachment open(UUID id, OutputStream out) throws IOException {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(out, "out");
    return jdbi.inTransaction(TransactionIsolationLevel.REPEATABLE_READ, h -> {
      h.execute("set transaction read only");
      return openIn(h, id, out);
    });
  }

  /**
   * {@link #open}, but nothing is written to {@code out} unless the whole attachment verifies: the
   * content is read, opened and checked (size, SHA-256) once without output, then written, both
   * passes in one read-only repeatable-read snapshot, so the second sees exactly what the first
   * checked. For serving over HTTP: a damaged attachment is refused before the first byte leaves.
   * Costs a second read and decryption of the chunks. An identity read the caller must audit.
   *
   * @return the attachment's metadata
   * @throws AttachmentNotFoundException if there is no such attachment
   * @throws AttachmentDamagedException if anything fails to verify; nothing was written to {@code out}
   * @throws IOException if writing to {@code out} fails
   */
  public Attachment openVerified(UUID id, OutputStream out) throws IOException {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(out, "out");
    return jdbi.inTransaction(TransactionIsolationLevel.REPEATABLE_READ, h -> {
      h.execute("set transaction read only");
      openIn(h, id, OutputStream.nullOutputStream());
      return openIn(h, id, out);
    });
  }

  private Attachment openIn(Handle h, UUID id, OutputStream out) throws IOException {
    StoredRow row = AttachmentTable.find(h, id, false).orElseThrow(() -> new AttachmentNotFoundException(id));
    Attachment attachment = verified(row);
    int stored = AttachmentTable.chunkCount(h, id);
    if (stored != row.chunkCount()) {
      throw new AttachmentDamagedException(id, stored + " chunks stored where " + row.chunkCount() + " were written",
          null);
    }
    MessageDigest digest = sha256();
    long[] written = {0};
    try {
      ChunkReader.read(h, chunks, id, 0, row.chunkCount(), (index, plaintext) -> {
        digest.update(plaintext);
        written[0] += plaintext.length;
        out.write(plaintext);
        Arrays.fill(plaintext, (byte) 0);
      });
    } catch (ChunkDamagedException e) {
      throw new AttachmentDamagedException(id, e.getMessage(), e);
    }
    if (written[0] != row.size()) {
      throw new AttachmentDamagedException(id, "its content has " + written[0] + " bytes where " + row.size()
          + " were stored", null);
    }
    if (!MessageDigest.isEqual(digest.digest(), attachment.storedSha256Bytes())) {
      throw new AttachmentDamagedException(id, "its content does not match its recorded SHA-256", null);
    }
    return attachment;
  }

  /**
   * Deletes an attachment and its content, in its own transaction.
   *
   * @return whether there was one
   */
  public boolean delete(UUID id) {
    Objects.requireNonNull(id, "id");
    return jdbi.inTransaction(h -> AttachmentTable.delete(h, id));
  }

  /** {@link #delete(UUID)} in the caller's transaction. */
  public boolean delete(Handle handle, UUID id) {
    return AttachmentTable.delete(Objects.requireNonNull(handle, "handle"), Objects.requireNonNull(id, "id"));
  }

  /**
   * Seals every attachment that still has a chunk, provenance or label under an older key again
   * under the key ring's current primary key (after {@link KeyRing#rotate()}), one attachment per
   * short transaction (its row locked meanwhile; readers are not blocked). Values already under the
   * primary key are left alone, so running it again is cheap; attachments with a value no ring key
   * opens are counted as unreadable and left as they were. Use the key ring the running server holds.
   *
   * @return counts of what was done
   */
  public AttachmentResealing resealUnderPrimary() {
    return resealUnderPrimary(progress -> { }, () -> false);
  }

  /**
   * {@link #resealUnderPrimary()} reporting its counts to {@code progress} after every batch of
   * (up to 100) attachments, and stopping after the current attachment once {@code cancelled}
   * says so (the rest keep their old key and still open).
   *
   * @return counts of what was done until it finished or stopped
   */
  public AttachmentResealing resealUnderPrimary(Consumer<AttachmentResealing> progress, BooleanSupplier cancelled) {
    Objects.requireNonNull(progress, "progress");
    Objects.requireNonNull(cancelled, "cancelled");
    long visited = 0;
    long resealed = 0;
    long current = 0;
    long unreadable = 0;
    UUID after = new UUID(0, 0);
    while (!cancelled.getAsBoolean()) {
      UUID from = after;
      List<UUID> batch = jdbi.withHandle(h -> AttachmentTable.idsAfter(h, from, 100));
      if (batch.isEmpty()) {
        break;
      }
      for (UUID id : batch) {
        if (cancelled.getAsBoolean()) {
          break;
        }
        Reseal outcome = jdbi.inTransaction(h -> reseal(h, id));
        visited += outcome == Reseal.GONE ? 0 : 1;
        resealed += outcome == Reseal.RESEALED ? 1 : 0;
        current += outcome == Reseal.CURRENT ? 1 : 0;
        unreadable += outcome == Reseal.UNREADABLE ? 1 : 0;
      }
      after = batch.get(batch.size() - 1);
      progress.accept(new AttachmentResealing(visited, resealed, current, unreadable));
    }
    return new AttachmentResealing(visited, resealed, current, unreadable);
  }

  /** How many attachments are stored (all records). */
  public long count() {
    return jdbi.withHandle(AttachmentTable::count);
  }

  private enum Reseal { RESEALED, CURRENT, UNREADABLE, GONE }

  private Reseal reseal(Handle h, UUID id) {
    Optional<StoredRow> found = AttachmentTable.find(h, id, true);
    if (found.isEmpty()) {
      return Reseal.GONE;
    }
    StoredRow row = found.get();
    String stream = ChunkReader.streamId(id);
    boolean changed = false;
    try {
      if (!fields.sealedWithPrimary(row.provenance()) || !fields.sealedWithPrimary(row.label())) {
        byte[] provenance = reseal(row.provenance(), RowBinding.of(row, PROVENANCE));
        byte[] label = reseal(row.label(), RowBinding.of(row, LABEL));
        AttachmentTable.updateSealed(h, id, provenance, label);
        changed = true;
      }
      for (int index : AttachmentTable.chunkIndexes(h, id)) {
        byte[] sealed = AttachmentTable.chunk(h, id, index).orElseThrow();
        if (!chunks.sealedWithPrimary(sealed)) {
          boolean last = index == row.chunkCount() - 1;
          byte[] plaintext = chunks.open(stream, index, last, sealed);
          byte[] again = chunks.seal(stream, index, last, plaintext);
          Arrays.fill(plaintext, (byte) 0);
          AttachmentTable.replaceChunk(h, id, index, sealed, again);
          changed = true;
        }
      }
    } catch (UnableToDecryptFieldException e) {
      h.rollback();
      return Reseal.UNREADABLE;
    }
    return changed ? Reseal.RESEALED : Reseal.CURRENT;
  }

  private byte[] reseal(byte[] sealed, byte[] associatedData) {
    if (fields.sealedWithPrimary(sealed)) {
      return sealed;
    }
    byte[] plaintext = fields.decrypt(sealed, associatedData);
    try {
      return fields.encrypt(plaintext, associatedData);
    } finally {
      Arrays.fill(plaintext, (byte) 0);
    }
  }

  private Attachment verified(StoredRow row) {
    SealedParts.Provenance provenance;
    try {
      provenance = SealedParts.provenance(fields.decrypt(row.provenance(), RowBinding.of(row, PROVENANCE)));
    } catch (UnableToDecryptFieldException | IllegalArgumentException e) {
      throw new AttachmentDamagedException(row.id(), "its metadata row does not verify (altered, or sealed with a"
          + " key not in the key ring)", e);
    }
    return attachment(row, provenance);
  }

  private static Attachment attachment(StoredRow row, SealedParts.Provenance provenance) {
    Set<StrippedMetadata> stripped = EnumSet.noneOf(StrippedMetadata.class);
    row.strippedMetadata().forEach(name -> stripped.add(StrippedMetadata.valueOf(name)));
    HexFormat hex = HexFormat.of();
    return new Attachment(row.id(), row.recordKind(), row.recordId(), MediaType.ofMime(row.mediaType()), row.size(),
        provenance.originalSize(), hex.formatHex(provenance.originalSha256()),
        hex.formatHex(provenance.storedSha256()), MetadataTreatment.ofCode(row.metadataTreatment()), stripped,
        row.chunkCount(), row.createdBy(), row.createdAt(), new SealedLabel(row.label()));
  }

  private static StoredRow rowOf(Attachment a) {
    return new StoredRow(a.id(), a.recordKind(), a.recordId(), a.mediaType().mime(), a.size(), a.chunkCount(),
        a.metadataTreatment().code(), a.strippedMetadata().stream().map(Enum::name).sorted().toList(), a.createdBy(),
        a.createdAt(), new byte[0], a.label().ciphertext());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }

  @Override
  public String toString() {
    return "AttachmentStore[maxSize=" + maxSize + ", chunkSize=" + chunkSize + "]";
  }
}
