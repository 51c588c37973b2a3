package org.guwah.web.multipart;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One part of a {@code multipart/form-data} body, as {@link MultipartReader#next()} found it: its
 * field name, the file name the client sent (file parts only), its declared content type, and its
 * body as a stream that ends at the part's boundary. The body can be read only until the reader
 * moves on. {@link #toString()} leaves out the file name (identity data).
 */
public final class MultipartPart {
  private final String name;
  private final @Nullable String fileName;
  private final @Nullable String contentType;
  private @Nullable InputStream body;

  MultipartPart(String name, @Nullable String fileName, @Nullable String contentType) {
    this.name = Objects.requireNonNull(name, "name");
    this.fileName = fileName;
    this.contentType = contentType;
  }

  void attach(InputStream stream) {
    this.body = stream;
  }

  /** The form field's name ({@code name=} of its Content-Disposition). */
  public String name() {
    return name;
  }

  /**
   * The file name the client sent ({@code filename=}, or the decoded {@code filename*=}), exactly as
   * sent (it may hold a path or be empty); null for a text field.
   */
  public @Nullable String fileName() {
    return fileName;
  }

  /** Whether this is a file part (it has a {@code filename} parameter, perhaps empty). */
  public boolean isFile() {
    return fileName != null;
  }

  /** The part's declared {@code Content-Type}, or null. Never trusted for what the bytes are. */
  public @Nullable String contentType() {
    return contentType;
  }

  /** The part's body, ending at its boundary; throws the reader's exceptions while it is read. */
  public InputStream body() {
    return Objects.requireNonNull(body, "body");
  }

  /**
   * The whole body as UTF-8 text.
   *
   * @throws MultipartTooLargeException if it is longer than {@code maxBytes}
   * @throws MalformedMultipartException if it is not UTF-8, or the multipart body is malformed
   */
  public String text(int maxBytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(maxBytes, 1024));
    byte[] chunk = new byte[4096];
    InputStream in = body();
    int n;
    while ((n = in.read(chunk)) >= 0) {
      if (out.size() + n > maxBytes) {
        throw new MultipartTooLargeException("a form field is longer than " + maxBytes + " bytes", maxBytes);
      }
      out.write(chunk, 0, n);
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(out.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      throw new MalformedMultipartException("a form field is not UTF-8");
    }
  }

  @Override
  public String toString() {
    return "MultipartPart[name=" + (name.matches("[A-Za-z0-9_.-]{1,64}") ? name : "*")
        + (fileName == null ? "" : ", fileName=<redacted>") + "]";
  }
}
