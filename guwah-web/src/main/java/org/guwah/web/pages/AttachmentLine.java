package org.guwah.web.pages;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One attachment as the case page lists it. {@code originalSha256}, {@code fileName} and {@code
 * caption} are set only for readers who see the record in full; {@link #toString()} leaves them out.
 *
 * @param id the attachment's id
 * @param mediaType the type detected from its bytes, e.g. {@code image/jpeg}
 * @param size bytes stored (after metadata was removed)
 * @param originalSha256 SHA-256 of the file as uploaded (provenance), or null
 * @param treatment what was done about embedded metadata: {@code stripped}, {@code not_stripped},
 *     {@code not_applicable}
 * @param stripped the kinds of metadata found and removed ({@code EXIF}, {@code GPS}, ...)
 * @param fileName the uploaded file's name, or null
 * @param caption the caption, or null
 */
public record AttachmentLine(UUID id, String mediaType, long size, @Nullable String originalSha256,
    String treatment, List<String> stripped, @Nullable String fileName, @Nullable String caption) {
  public AttachmentLine {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(treatment, "treatment");
    stripped = List.copyOf(stripped);
  }

  /** The size for people: {@code 812 B}, {@code 14.2 KiB}, {@code 3.0 MiB}. */
  public String sizeText() {
    if (size < 1024) {
      return size + " B";
    }
    if (size < 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f KiB", size / 1024.0);
    }
    return String.format(Locale.ROOT, "%.1f MiB", size / (1024.0 * 1024.0));
  }

  /** The message key naming {@link #treatment()}. */
  public String treatmentKey() {
    return "attach.treatment." + treatment;
  }

  /** Whether embedded metadata was removed from this file. */
  public boolean isStripped() {
    return treatment.equals("stripped");
  }

  @Override
  public String toString() {
    return "AttachmentLine[id=" + id + ", mediaType=" + mediaType + ", size=" + size + "]";
  }
}
