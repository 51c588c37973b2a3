package org.guwah.store.attachments.internal;

import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.TreeSet;

/**
 * The associated data that binds an attachment's sealed columns to its row: the id and every clear
 * column, so that changing any of them (moving the attachment to another record, claiming another
 * media type, size, chunk count or metadata treatment) makes both sealed columns fail to open.
 * Each sealed column adds its own name, so they cannot be swapped.
 */
public final class RowBinding {
  private RowBinding() {}

  /** The associated data of the sealed column {@code part} ({@code provenance} or {@code label}). */
  public static byte[] of(StoredRow row, String part) {
    StringBuilder s = new StringBuilder("guwah:attachment:v1:").append(part);
    s.append('\n').append(row.id());
    s.append('\n').append(row.recordKind());
    s.append('\n').append(row.recordId());
    s.append('\n').append(row.mediaType());
    s.append('\n').append(row.size());
    s.append('\n').append(row.chunkCount());
    s.append('\n').append(row.metadataTreatment());
    s.append('\n').append(String.join(",", new TreeSet<>(row.strippedMetadata())));
    s.append('\n').append(row.createdBy() == null ? "-" : row.createdBy().toString());
    s.append('\n').append(ChronoUnit.MICROS.between(java.time.Instant.EPOCH, row.createdAt()));
    return s.toString().getBytes(StandardCharsets.UTF_8);
  }
}
