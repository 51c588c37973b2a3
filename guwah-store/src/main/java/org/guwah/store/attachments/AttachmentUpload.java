package org.guwah.store.attachments;

import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import org.guwah.core.validation.Problems;
import org.guwah.core.validation.ValidationException;
import org.jspecify.annotations.Nullable;

/**
 * What a client says about a file it uploads (the bytes travel separately, as a stream).
 *
 * <p>{@code fileName} and {@code caption} are identity data: they are stored sealed, never logged,
 * and {@link #toString()} redacts them. The file name is only kept as the uploader's label: it is
 * never used as a path and plays no part in deciding the file's type.
 *
 * @param recordKind the kind of record the file belongs to: one of {@link
 *     AttachmentStore#RECORD_KINDS} ({@code person}, {@code source}, {@code incident}, {@code
 *     detention}, {@code relationship})
 * @param recordId the record's id
 * @param fileName the original file name, 1 to {@value #MAX_FILE_NAME} characters, one line
 * @param caption an optional free caption, at most {@value #MAX_CAPTION} characters, may span lines
 * @param declaredMediaType the media type the client declares (e.g. the multipart part's {@code
 *     Content-Type}), or null; parameters are ignored. {@code application/octet-stream} counts as
 *     not declared. A declared type that disagrees with the content is refused ({@link
 *     MediaTypeMismatchException})
 * @param createdBy the uploading account, or null (command line, tests)
 * @throws ValidationException naming every bad field (never its value)
 */
public record AttachmentUpload(
    String recordKind,
    UUID recordId,
    String fileName,
    @Nullable String caption,
    @Nullable String declaredMediaType,
    @Nullable UUID createdBy) {
  /** Longest file name accepted. */
  public static final int MAX_FILE_NAME = 1000;
  /** Longest caption accepted. */
  public static final int MAX_CAPTION = 10_000;

  private static final Pattern MEDIA_TYPE =
      Pattern.compile("[a-z0-9][a-z0-9!#$&^_.+-]{0,63}/[a-z0-9][a-z0-9!#$&^_.+-]{0,63}");

  public AttachmentUpload {
    Problems problems = new Problems();
    if (recordKind == null || !AttachmentStore.RECORD_KINDS.contains(recordKind)) {
      problems.add("recordKind", "must be one of " + String.join(", ", AttachmentStore.RECORD_KINDS.stream().sorted().toList()));
    }
    problems.require("recordId", recordId);
    problems.requireText("fileName", fileName, MAX_FILE_NAME);
    problems.optionalLongText("caption", caption, MAX_CAPTION);
    if (declaredMediaType != null && !MEDIA_TYPE.matcher(MediaType.normalise(declaredMediaType)).matches()) {
      problems.add("declaredMediaType", "is not a media type (type/subtype)");
    }
    problems.throwIfAny();
  }

  /** An upload by nobody in particular, with no caption and no declared type. */
  public static AttachmentUpload of(String recordKind, UUID recordId, String fileName) {
    return new AttachmentUpload(recordKind, recordId, fileName, null, null, null);
  }

  /** This upload with another caption (null for none). */
  public AttachmentUpload withCaption(@Nullable String newCaption) {
    return new AttachmentUpload(recordKind, recordId, fileName, newCaption, declaredMediaType, createdBy);
  }

  /** This upload declaring {@code type} (null for none). */
  public AttachmentUpload withDeclaredMediaType(@Nullable String type) {
    return new AttachmentUpload(recordKind, recordId, fileName, caption, type, createdBy);
  }

  /** This upload by {@code account} (null for none). */
  public AttachmentUpload withCreatedBy(@Nullable UUID account) {
    return new AttachmentUpload(recordKind, recordId, fileName, caption, declaredMediaType, account);
  }

  /**
   * The declared type, normalised ({@link MediaType#normalise}), or null when none was declared or
   * it was {@code application/octet-stream} (what browsers send for "unknown").
   */
  public @Nullable String declaredType() {
    if (declaredMediaType == null) {
      return null;
    }
    String normal = MediaType.normalise(declaredMediaType);
    return normal.equals("application/octet-stream") ? null : normal;
  }

  @Override
  public String toString() {
    return "AttachmentUpload[recordKind=" + recordKind + ", recordId=" + recordId
        + ", fileName=<redacted>, caption=" + (caption == null ? "none" : "<redacted>")
        + ", declaredMediaType=" + Objects.requireNonNullElse(declaredType(), "none")
        + ", createdBy=" + createdBy + "]";
  }
}
