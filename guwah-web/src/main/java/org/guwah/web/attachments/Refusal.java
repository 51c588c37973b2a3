package org.guwah.web.attachments;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.guwah.core.validation.ValidationException;
import org.guwah.store.attachments.AttachmentTooLargeException;
import org.guwah.store.attachments.EmptyAttachmentException;
import org.guwah.store.attachments.MalformedAttachmentException;
import org.guwah.store.attachments.MediaTypeMismatchException;
import org.guwah.store.attachments.UnsupportedAttachmentTypeException;
import org.guwah.web.api.ApiException;
import org.guwah.web.api.ErrorCode;
import org.guwah.web.multipart.MalformedMultipartException;
import org.guwah.web.multipart.MultipartTooLargeException;

/**
 * Why an upload was refused, for both the API (an {@link ApiException}) and the pages (a translated
 * message with the same detail). Details come from the store's and the multipart reader's
 * exceptions, whose messages name types, structures and byte offsets, never content, file names or
 * captions.
 *
 * @param code the API error code (and so the HTTP status)
 * @param messageKey the page message (a {@code messages.tsv} key)
 * @param detail what exactly was wrong, in English
 * @param fields the form fields concerned, each with what was wrong
 */
record Refusal(ErrorCode code, String messageKey, String detail, Map<String, String> fields) {
  Refusal {
    fields = Map.copyOf(fields);
  }

  /** A refusal for a form larger than {@code limit} bytes. */
  static Refusal tooLarge(long limit) {
    return new Refusal(ErrorCode.TOO_LARGE, "attach.tooLarge",
        "The file is larger than the limit of " + limit + " bytes (" + limit / (1024 * 1024) + " MiB); nothing was stored.",
        Map.of(AttachmentDesk.FILE, "is larger than " + limit + " bytes"));
  }

  /** A refusal for a request that is not a multipart form. */
  static Refusal notMultipart() {
    return new Refusal(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "attach.notMultipart",
        "Send the file as multipart/form-data (with a boundary), in a part named file; nothing was stored.", Map.of());
  }

  /**
   * The refusal {@code e} stands for, or empty if it is not a refusal of the upload (then it is a
   * failure of the server).
   *
   * @param fileLimit the store's size limit for files
   */
  static Optional<Refusal> of(Exception e, long fileLimit) {
    if (e instanceof AttachmentTooLargeException) {
      return Optional.of(tooLarge(((AttachmentTooLargeException) e).limit()));
    }
    if (e instanceof MultipartTooLargeException) {
      return Optional.of(tooLarge(fileLimit));
    }
    if (e instanceof UnsupportedAttachmentTypeException) {
      return Optional.of(file(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "attach.unsupported", e.getMessage()));
    }
    if (e instanceof MediaTypeMismatchException) {
      return Optional.of(file(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "attach.mismatch", e.getMessage()));
    }
    if (e instanceof EmptyAttachmentException) {
      return Optional.of(file(ErrorCode.VALIDATION_FAILED, "attach.empty", e.getMessage()));
    }
    if (e instanceof MalformedAttachmentException) {
      return Optional.of(file(ErrorCode.VALIDATION_FAILED, "attach.malformed", e.getMessage()));
    }
    if (e instanceof ValidationException) {
      Map<String, String> fields = new LinkedHashMap<>(((ValidationException) e).fieldErrors());
      StringBuilder detail = new StringBuilder();
      fields.forEach((k, v) -> detail.append(detail.length() == 0 ? "" : "; ").append(k).append(' ').append(v));
      return Optional.of(new Refusal(ErrorCode.VALIDATION_FAILED, "form.errors", detail + ".", fields));
    }
    if (e instanceof MalformedMultipartException) {
      return Optional.of(new Refusal(ErrorCode.BAD_REQUEST, "attach.badForm",
          "The form is not valid multipart/form-data: " + e.getMessage() + "; nothing was stored.", Map.of()));
    }
    if (e instanceof IOException) {
      return Optional.of(new Refusal(ErrorCode.BAD_REQUEST, "attach.cutOff",
          "The upload stopped before the whole form arrived; nothing was stored.", Map.of()));
    }
    return Optional.empty();
  }

  private static Refusal file(ErrorCode code, String key, String message) {
    return new Refusal(code, key, message + "; nothing was stored.", Map.of(AttachmentDesk.FILE, message));
  }

  /** The HTTP status. */
  int status() {
    return code.status();
  }

  /** The API error. */
  ApiException toApi() {
    return new ApiException(code, detail, fields);
  }
}
