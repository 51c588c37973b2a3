package org.guwah.web.attachments;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.guwah.web.api.ApiDoc;
import org.jspecify.annotations.Nullable;

/**
 * An attachment as the API shows it. The hashes, the file name and the caption are given only to
 * readers who see the attachment's record in full (giving them is an audited identity read); for
 * others they are null. {@link #toString()} leaves them out.
 *
 * @param id the attachment's id
 * @param recordKind the kind of record it belongs to
 * @param recordId the record's id
 * @param mediaType the type detected from the content
 * @param size bytes stored (and downloaded), after metadata was removed
 * @param originalSize bytes of the file as uploaded
 * @param originalSha256 SHA-256 of the file as uploaded (provenance), or null
 * @param storedSha256 SHA-256 of the stored content (what a download gives), or null
 * @param metadataTreatment {@code stripped}, {@code not_stripped} (PDF, audio) or {@code
 *     not_applicable} (text)
 * @param strippedMetadata the kinds of embedded metadata found and removed
 * @param createdAt when it was stored
 * @param fileName the uploaded file's name, or null
 * @param caption the caption, or null
 */
public record AttachmentView(
    UUID id,
    String recordKind,
    UUID recordId,
    @ApiDoc(description = "Detected from the bytes, never from the name or the declared type.") String mediaType,
    long size,
    long originalSize,
    @ApiDoc(description = "Only for readers who see the record in full.") @Nullable String originalSha256,
    @ApiDoc(description = "Only for readers who see the record in full.") @Nullable String storedSha256,
    String metadataTreatment,
    List<String> strippedMetadata,
    Instant createdAt,
    @ApiDoc(description = "Only for readers who see the record in full.") @Nullable String fileName,
    @ApiDoc(description = "Only for readers who see the record in full.") @Nullable String caption) {
  public AttachmentView {
    strippedMetadata = List.copyOf(strippedMetadata);
  }

  @Override
  public String toString() {
    return "AttachmentView[id=" + id + ", recordKind=" + recordKind + ", recordId=" + recordId + ", mediaType="
        + mediaType + ", size=" + size + "]";
  }
}
