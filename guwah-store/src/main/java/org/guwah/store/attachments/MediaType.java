package org.guwah.store.attachments;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of file an attachment may be: a closed set, each detected from the content's own bytes
 * (magic numbers and structure), never from the file name or a type the client declares.
 *
 * <p>Images are stored with their embedded metadata removed ({@link MetadataTreatment#STRIPPED});
 * PDFs and audio are stored byte for byte as uploaded, so their metadata (PDF author, producer,
 * XMP; ID3 tags; MP4 {@code udta}/{@code meta} boxes, which may carry a recording location) is
 * <b>not</b> removed ({@link MetadataTreatment#NOT_STRIPPED}); text has no embedded metadata
 * ({@link MetadataTreatment#NOT_APPLICABLE}).
 */
public enum MediaType {
  /** JPEG (JFIF or Exif) image. */
  JPEG("image/jpeg", MetadataTreatment.STRIPPED, "image/jpg", "image/pjpeg"),
  /** PNG image (also APNG). */
  PNG("image/png", MetadataTreatment.STRIPPED, "image/x-png", "image/apng"),
  /** WebP image (lossy, lossless or extended). */
  WEBP("image/webp", MetadataTreatment.STRIPPED),
  /** GIF image (87a or 89a, also animated). */
  GIF("image/gif", MetadataTreatment.STRIPPED),
  /** PDF document (stored as uploaded). */
  PDF("application/pdf", MetadataTreatment.NOT_STRIPPED, "application/x-pdf"),
  /** UTF-8 plain text, e.g. a chat export (a BOM is allowed and kept). */
  TEXT("text/plain", MetadataTreatment.NOT_APPLICABLE),
  /** Ogg audio with Opus or Vorbis (voice messages; stored as uploaded). */
  OGG_AUDIO("audio/ogg", MetadataTreatment.NOT_STRIPPED, "audio/opus", "audio/vorbis", "application/ogg",
      "audio/x-opus+ogg"),
  /** MPEG layer III audio, with or without an ID3 tag (stored as uploaded). */
  MP3("audio/mpeg", MetadataTreatment.NOT_STRIPPED, "audio/mp3", "audio/mpeg3", "audio/x-mpeg", "audio/x-mp3"),
  /** MP4 audio (M4A): an ISO media file with at least one sound track and no video track (stored as uploaded). */
  M4A("audio/mp4", MetadataTreatment.NOT_STRIPPED, "audio/x-m4a", "audio/m4a", "audio/aac-mp4"),
  /** RIFF WAVE audio (stored as uploaded). */
  WAV("audio/wav", MetadataTreatment.NOT_STRIPPED, "audio/x-wav", "audio/wave", "audio/vnd.wave");

  private final String mime;
  private final MetadataTreatment treatment;
  private final Set<String> aliases;

  MediaType(String mime, MetadataTreatment treatment, String... aliases) {
    this.mime = mime;
    this.treatment = treatment;
    this.aliases = Set.of(aliases);
  }

  /** The canonical media type, e.g. {@code image/jpeg}; also the stored code. */
  public String mime() {
    return mime;
  }

  /**
   * The value for an HTTP {@code Content-Type} header: {@link #mime()}, with {@code ;
   * charset=utf-8} for text.
   */
  public String contentType() {
    return this == TEXT ? mime + "; charset=utf-8" : mime;
  }

  /** What storing does to metadata embedded in files of this type. */
  public MetadataTreatment treatment() {
    return treatment;
  }

  /**
   * The type a client's declared media type names: the canonical type or a common alias, compared
   * after {@link #normalise}. Empty for anything else (an unknown or unsupported type).
   */
  public static Optional<MediaType> forDeclared(String declared) {
    String normal = normalise(declared);
    for (MediaType type : values()) {
      if (type.mime.equals(normal) || type.aliases.contains(normal)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  /** The type with this canonical {@link #mime()}, as stored. */
  public static MediaType ofMime(String mime) {
    for (MediaType type : values()) {
      if (type.mime.equals(mime)) {
        return type;
      }
    }
    throw new IllegalArgumentException("not a stored media type code");
  }

  /** A declared type without parameters and surrounding space, in lower case: {@code Text/Plain; charset=UTF-8} gives {@code text/plain}. */
  public static String normalise(String declared) {
    int semicolon = declared.indexOf(';');
    String bare = semicolon < 0 ? declared : declared.substring(0, semicolon);
    return bare.strip().toLowerCase(Locale.ROOT);
  }
}
