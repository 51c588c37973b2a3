package org.guwah.store.attachments;

import java.util.Locale;

/** What storing an attachment did about the metadata embedded in it; stored as {@link #code()}. */
public enum MetadataTreatment {
  /**
   * Embedded metadata was removed before storing (images); {@link Attachment#strippedMetadata()}
   * says what was found and removed (empty if the file carried none). The original's SHA-256 is
   * kept as provenance.
   */
  STRIPPED,
  /**
   * Stored exactly as uploaded (PDF, audio): any metadata in the file (author, software, device,
   * recording time or place) is still in it. Treat the content as identity data accordingly.
   */
  NOT_STRIPPED,
  /** The format carries no embedded metadata (plain text). */
  NOT_APPLICABLE;

  private final String code = name().toLowerCase(Locale.ROOT);

  /** The stored code, e.g. {@code not_stripped}. */
  public String code() {
    return code;
  }

  /** The treatment with this {@link #code()}. */
  public static MetadataTreatment ofCode(String code) {
    for (MetadataTreatment t : values()) {
      if (t.code.equals(code)) {
        return t;
      }
    }
    throw new IllegalArgumentException("not a metadata treatment code");
  }
}
