package org.guwah.store.attachments;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A stored attachment's metadata. Holds no identity data in clear: the file name and caption stay
 * in {@link #label()}, sealed, until {@link AttachmentStore#openLabel} is asked for them.
 *
 * <p>{@link #toString()} leaves out the two hashes. Every attachment the store returns has been checked against its sealed provenance (which is
 * bound to all of these fields), so a metadata row changed in the database is reported as {@link
 * AttachmentDamagedException}, not returned.
 *
 * @param id the attachment's id (UUIDv7)
 * @param recordKind the kind of record it belongs to ({@code person}, {@code incident}, ...)
 * @param recordId the record's id
 * @param mediaType the type detected from the content
 * @param size bytes of the stored content (after metadata was stripped)
 * @param originalSize bytes of the upload as received
 * @param originalSha256 SHA-256 of the upload as received, 64 lower-case hex digits: provenance
 *     that survives stripping (a copy of the original file can be matched to it)
 * @param storedSha256 SHA-256 of the stored content, checked by every {@link AttachmentStore#open}
 * @param metadataTreatment whether embedded metadata was removed (images), kept (PDF, audio) or
 *     does not exist (text)
 * @param strippedMetadata what was found and removed (empty unless {@link
 *     MetadataTreatment#STRIPPED} and something was found)
 * @param chunkCount how many sealed chunks hold the content
 * @param createdBy the uploading account, or null
 * @param createdAt when it was stored (microsecond precision)
 * @param label the sealed file name and caption
 */
public record Attachment(
    UUID id,
    String recordKind,
    UUID recordId,
    MediaType mediaType,
    long size,
    long originalSize,
    String originalSha256,
    String storedSha256,
    MetadataTreatment metadataTreatment,
    Set<StrippedMetadata> strippedMetadata,
    int chunkCount,
    @Nullable UUID createdBy,
    Instant createdAt,
    SealedLabel label) {
  public Attachment {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(recordKind, "recordKind");
    Objects.requireNonNull(recordId, "recordId");
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(metadataTreatment, "metadataTreatment");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(label, "label");
    requireSha256(originalSha256, "originalSha256");
    requireSha256(storedSha256, "storedSha256");
    if (size <= 0 || originalSize <= 0 || chunkCount <= 0) {
      throw new IllegalArgumentException("size, originalSize and chunkCount must be positive");
    }
    strippedMetadata = strippedMetadata.isEmpty()
        ? Set.of()
        : Collections.unmodifiableSet(EnumSet.copyOf(strippedMetadata));
    if (metadataTreatment != MetadataTreatment.STRIPPED && !strippedMetadata.isEmpty()) {
      throw new IllegalArgumentException("only a stripped attachment lists stripped metadata");
    }
  }

  private static void requireSha256(String hex, String what) {
    Objects.requireNonNull(hex, what);
    if (hex.length() != 64 || !hex.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
      throw new IllegalArgumentException(what + " must be 64 lower-case hex digits");
    }
  }

  /**
   * Names the attachment and its coded facts, but not its hashes: a content hash lets anyone who
   * holds a copy of the file confirm that it is stored here, so it stays out of logs (in the
   * database it is sealed, see {@link AttachmentStore}).
   */
  @Override
  public String toString() {
    return "Attachment[id=" + id + ", recordKind=" + recordKind + ", recordId=" + recordId + ", mediaType="
        + mediaType.mime() + ", size=" + size + ", metadataTreatment=" + metadataTreatment.code()
        + ", strippedMetadata=" + strippedMetadata + ", chunkCount=" + chunkCount + ", createdBy=" + createdBy
        + ", createdAt=" + createdAt + ", label=" + label + "]";
  }

  /** {@link #originalSha256()} as bytes. */
  public byte[] originalSha256Bytes() {
    return HexFormat.of().parseHex(originalSha256);
  }

  /** {@link #storedSha256()} as bytes. */
  public byte[] storedSha256Bytes() {
    return HexFormat.of().parseHex(storedSha256);
  }
}
