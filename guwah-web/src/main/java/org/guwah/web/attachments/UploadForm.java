package org.guwah.web.attachments;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.guwah.core.validation.ValidationException;
import org.guwah.store.attachments.AttachmentUpload;
import org.guwah.web.multipart.MultipartPart;
import org.guwah.web.multipart.MultipartReader;
import org.guwah.web.multipart.MultipartTooLargeException;
import org.jspecify.annotations.Nullable;

/**
 * The fields of an upload form up to its file part, which comes last: read field by field from the
 * stream; the file part is handed on unread. {@link #toString()} shows no values.
 *
 * @param fields the text fields, by name (blank values left out)
 * @param file the file part, its body not yet read
 */
record UploadForm(Map<String, String> fields, MultipartPart file) {
  /** Most bytes of one text field (a caption of {@value AttachmentUpload#MAX_CAPTION} characters). */
  static final int MAX_FIELD_BYTES = AttachmentUpload.MAX_CAPTION * 4;
  /** The file name used when the client sent none. */
  static final String UNNAMED = "file";

  UploadForm {
    fields = Map.copyOf(fields);
  }

  /**
   * Reads the text fields named in {@code allowed} until the part named {@code file}.
   *
   * @throws ValidationException for an unknown or repeated field, a field too long, or no file part
   * @throws IOException if the form is malformed, too large or cut off
   */
  static UploadForm read(MultipartReader form, Set<String> allowed) throws IOException {
    Map<String, String> fields = new LinkedHashMap<>();
    while (true) {
      MultipartPart part = form.next();
      if (part == null) {
        throw ValidationException.of(AttachmentDesk.FILE, "is required (choose a file)");
      }
      if (part.name().equals(AttachmentDesk.FILE)) {
        return new UploadForm(fields, part);
      }
      if (!allowed.contains(part.name()) || part.isFile()) {
        throw ValidationException.of(safeName(part.name()), "is not a field of this form");
      }
      String value;
      try {
        value = part.text(MAX_FIELD_BYTES);
      } catch (MultipartTooLargeException e) {
        throw ValidationException.of(part.name(), "is too long");
      }
      if (fields.containsKey(part.name())) {
        throw ValidationException.of(part.name(), "is sent twice");
      }
      if (!value.isBlank()) {
        fields.put(part.name(), value);
      }
    }
  }

  /** A field name fit to appear in an error: itself if it looks like a name, else {@code *}. */
  private static String safeName(String name) {
    return name.matches("[A-Za-z][A-Za-z0-9_]{0,63}") ? name : "*";
  }

  /**
   * The name to keep for the uploaded file: the last segment of what the client sent (some send a
   * path), stripped; {@value #UNNAMED} if it sent none.
   */
  static String fileName(MultipartPart file) {
    String sent = file.fileName();
    if (sent == null) {
      return UNNAMED;
    }
    int slash = Math.max(sent.lastIndexOf('/'), sent.lastIndexOf('\\'));
    String name = sent.substring(slash + 1).strip();
    return name.isEmpty() ? UNNAMED : name;
  }

  /** The part's declared media type, or null when it declared none. */
  static @Nullable String declaredType(MultipartPart file) {
    String type = file.contentType();
    return type == null || type.isBlank() ? null : type;
  }

  @Override
  public String toString() {
    return "UploadForm[fields=" + fields.keySet() + "]";
  }
}
