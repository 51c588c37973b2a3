package org.guwah.store.attachments.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One {@code attachment} row as stored: clear columns, and the two sealed ones. Nothing here is
 * verified yet. {@link #toString()} leaves out the sealed bytes.
 */
public record StoredRow(
    UUID id,
    String recordKind,
    UUID recordId,
    String mediaType,
    long size,
    int chunkCount,
    String metadataTreatment,
    List<String> strippedMetadata,
    @Nullable UUID createdBy,
    Instant createdAt,
    byte[] provenance,
    byte[] label) {
  public StoredRow {
    strippedMetadata = List.copyOf(strippedMetadata);
  }

  @Override
  public String toString() {
    return "StoredRow[id=" + id + "]";
  }
}
