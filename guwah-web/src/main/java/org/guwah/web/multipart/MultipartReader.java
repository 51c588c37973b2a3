package org.guwah.web.multipart;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a {@code multipart/form-data} body (RFC 7578) from a stream, one part at a time: {@link
 * #next()} gives the next part's headers and a stream of its body, which reads straight from the
 * request until the part's boundary. Nothing is buffered beyond a fixed 64 KiB window, nothing is
 * written to disk, so a file part can flow into an encrypting store while it arrives.
 *
 * <p>Limits, each checked while reading: the whole body at most {@code maxBytes} (else {@link
 * MultipartTooLargeException} at the first byte past it), a part's headers at most {@value
 * #MAX_HEADER_BYTES} bytes, at most {@value #MAX_PARTS} parts. Malformed input (no boundary line, a
 * part without {@code Content-Disposition: form-data; name=...}, a transfer-encoded part, headers
 * that are not UTF-8, a body cut off before its closing boundary) throws {@link
 * MalformedMultipartException}. A preamble before the first boundary and an epilogue after the
 * last are ignored (the epilogue is not read).
 *
 * <p>Moving to the next part skips what is left of the current one. Not thread-safe; one reader
 * per request.
 */
public final class MultipartReader {
  /** Most bytes of one part's header block. */
  public static final int MAX_HEADER_BYTES = 8 * 1024;
  /** Most parts in one body. */
  public static final int MAX_PARTS = 32;

  private static final int WINDOW = 64 * 1024;
  private static final Pattern MULTIPART = Pattern.compile("\\s*multipart/form-data\\s*(;.*)?",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern BOUNDARY_CHARS = Pattern.compile("[0-9A-Za-z'()+_,\\-./:=? ]{0,69}[0-9A-Za-z'()+_,\\-./:=?]");

  private final InputStream in;
  private final byte[] delimiter;
  private long maxBytes;
  private final byte[] buf = new byte[WINDOW];
  private int pos;
  private int limit;
  private boolean eof;
  private long consumed;
  private int parts;
  private boolean finished;
  /** Positions before this one are known not to start a delimiter. */
  private int clearUntil;
  private @Nullable PartBody current;

  private MultipartReader(InputStream in, String boundary, long maxBytes) {
    this.in = in;
    this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.US_ASCII);
    this.maxBytes = maxBytes;
    // The first boundary line has no CRLF before it: read as if the body started with one, so
    // that every boundary is found the same way and anything before the first one is a preamble.
    buf[0] = '\r';
    buf[1] = '\n';
    limit = 2;
    current = new PartBody();
  }

  /**
   * A reader of {@code body}, whose parts are separated by {@code boundary} (from {@link
   * #boundary}), reading at most {@code maxBytes} bytes of it.
   */
  public static MultipartReader of(InputStream body, String boundary, long maxBytes) {
    Objects.requireNonNull(body, "body");
    if (!BOUNDARY_CHARS.matcher(Objects.requireNonNull(boundary, "boundary")).matches()) {
      throw new IllegalArgumentException("not a multipart boundary (1 to 70 characters of RFC 2046)");
    }
    if (maxBytes < 1) {
      throw new IllegalArgumentException("maxBytes must be positive");
    }
    return new MultipartReader(body, boundary, maxBytes);
  }

  /** Whether {@code contentType} is {@code multipart/form-data} (with or without parameters). */
  public static boolean isMultipart(@Nullable String contentType) {
    return contentType != null && MULTIPART.matcher(contentType).matches();
  }

  /**
   * The boundary of a {@code multipart/form-data} content type; empty if it is another type, or
   * has no boundary or one that RFC 2046 does not allow.
   */
  public static Optional<String> boundary(@Nullable String contentType) {
    if (!isMultipart(contentType)) {
      return Optional.empty();
    }
    int semicolon = contentType.indexOf(';');
    if (semicolon < 0) {
      return Optional.empty();
    }
    String boundary = HeaderParams.parse(contentType.substring(semicolon + 1)).get("boundary");
    if (boundary == null || !BOUNDARY_CHARS.matcher(boundary).matches()) {
      return Optional.empty();
    }
    return Optional.of(boundary);
  }

  /**
   * The next part, or null after the last one. What was not read of the previous part's body is
   * skipped.
   *
   * @throws MalformedMultipartException if the body does not follow RFC 7578
   * @throws MultipartTooLargeException if the body is longer than allowed
   * @throws IOException if reading the underlying stream fails
   */
  public @Nullable MultipartPart next() throws IOException {
    if (finished) {
      return null;
    }
    PartBody body = current;
    if (body != null) {
      body.skipRest();
    }
    current = null;
    // at a delimiter: "--" closes the body, otherwise optional padding and CRLF start a part
    pos += delimiter.length;
    if (!ensure(2)) {
      throw new MalformedMultipartException("the body ends after a boundary without its line end");
    }
    if (buf[pos] == '-' && buf[pos + 1] == '-') {
      finished = true;
      return null;
    }
    while (ensure(1) && (buf[pos] == ' ' || buf[pos] == '\t')) {
      pos++;
    }
    if (!ensure(2) || buf[pos] != '\r' || buf[pos + 1] != '\n') {
      throw new MalformedMultipartException("a boundary line is not followed by a line end");
    }
    pos += 2;
    if (++parts > MAX_PARTS) {
      throw new MalformedMultipartException("the body has more than " + MAX_PARTS + " parts");
    }
    Map<String, String> headers = readHeaders();
    MultipartPart part = part(headers);
    PartBody next = new PartBody();
    current = next;
    part.attach(next);
    return part;
  }

  /**
   * Reads the first part, which must be a text field named {@code name} (a field an upload form
   * always sends first, such as the CSRF token), and returns its value (UTF-8, at most {@code
   * maxBytes} bytes); null if the first part is something else, in which case the reader must not
   * be used further (the request is to be refused).
   *
   * @throws MalformedMultipartException if the body does not follow RFC 7578, or the value is too
   *     long or not UTF-8
   */
  public @Nullable String leadingField(String name, int maxBytes) throws IOException {
    if (parts > 0) {
      throw new IllegalStateException("leadingField reads the first part only");
    }
    MultipartPart part = next();
    if (part == null || !part.name().equals(name) || part.fileName() != null) {
      return null;
    }
    try {
      return part.text(maxBytes);
    } catch (MultipartTooLargeException e) {
      throw new MalformedMultipartException("the first form field is too long");
    }
  }

  /**
   * From now on the whole body (counted from its start) may be at most {@code total} bytes: for a
   * handler that learns its limit after the first fields were read.
   */
  public void maxBytes(long total) {
    if (total < 1) {
      throw new IllegalArgumentException("total must be positive");
    }
    this.maxBytes = total;
  }

  /** The current limit of the whole body, in bytes. */
  public long maxBytes() {
    return maxBytes;
  }

  /** Bytes of the body read so far. */
  public long bytesRead() {
    return Math.max(0, consumed);
  }

  private MultipartPart part(Map<String, String> headers) throws MalformedMultipartException {
    String disposition = headers.get("content-disposition");
    if (disposition == null) {
      throw new MalformedMultipartException("a part has no Content-Disposition header");
    }
    int semicolon = disposition.indexOf(';');
    String kind = (semicolon < 0 ? disposition : disposition.substring(0, semicolon)).strip();
    if (!kind.equalsIgnoreCase("form-data")) {
      throw new MalformedMultipartException("a part's Content-Disposition is not form-data");
    }
    Map<String, String> params = HeaderParams.parse(semicolon < 0 ? "" : disposition.substring(semicolon + 1));
    String name = params.get("name");
    if (name == null || name.isEmpty()) {
      throw new MalformedMultipartException("a part has no name");
    }
    String fileName = params.get("filename*");
    if (fileName == null) {
      fileName = params.get("filename");
    } else {
      fileName = HeaderParams.extValue(fileName);
      if (fileName == null) {
        throw new MalformedMultipartException("a part's filename* is not UTF-8''percent-encoded text");
      }
    }
    String encoding = headers.get("content-transfer-encoding");
    if (encoding != null && !Pattern.matches("(?i)\\s*(binary|8bit|7bit)\\s*", encoding)) {
      throw new MalformedMultipartException("transfer-encoded parts are not accepted (send the bytes as they are)");
    }
    return new MultipartPart(name, fileName, headers.get("content-type"));
  }

  private Map<String, String> readHeaders() throws IOException {
    Map<String, String> headers = new LinkedHashMap<>();
    int total = 0;
    while (true) {
      int end = lineEnd();
      int length = end - pos;
      total += length + 2;
      if (total > MAX_HEADER_BYTES) {
        throw new MalformedMultipartException("a part's headers are longer than " + MAX_HEADER_BYTES + " bytes");
      }
      if (length == 0) {
        pos += 2;
        return headers;
      }
      String line = utf8(buf, pos, length);
      pos = end + 2;
      int colon = line.indexOf(':');
      if (colon <= 0) {
        throw new MalformedMultipartException("a part header line has no name");
      }
      String headerName = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      if (headers.put(headerName, line.substring(colon + 1).strip()) != null) {
        throw new MalformedMultipartException("a part repeats a header");
      }
      if (headers.size() > 16) {
        throw new MalformedMultipartException("a part has more than 16 headers");
      }
    }
  }

  /** Where the CRLF ending the line at {@code pos} starts, reading more as needed. */
  private int lineEnd() throws IOException {
    int from = 0;
    while (true) {
      for (int i = pos + from; i + 1 < limit; i++) {
        if (buf[i] == '\r' && buf[i + 1] == '\n') {
          return i;
        }
      }
      if (limit - pos > MAX_HEADER_BYTES) {
        throw new MalformedMultipartException("a part's headers are longer than " + MAX_HEADER_BYTES + " bytes");
      }
      from = Math.max(0, limit - pos - 1);
      if (!fill()) {
        throw new MalformedMultipartException("the body ends inside a part's headers");
      }
    }
  }

  private static String utf8(byte[] bytes, int offset, int length) throws MalformedMultipartException {
    try {
      CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, length));
      String s = chars.toString();
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c < 0x20 && c != '\t' || c == 0x7f) {
          throw new MalformedMultipartException("a part header holds a control character");
        }
      }
      return s;
    } catch (CharacterCodingException e) {
      throw new MalformedMultipartException("a part header is not UTF-8");
    }
  }

  /** Makes at least {@code n} bytes available at {@code pos}; false if the body ends first. */
  private boolean ensure(int n) throws IOException {
    while (limit - pos < n) {
      if (!fill()) {
        return false;
      }
    }
    return true;
  }

  /** Reads more bytes into the window, moving what is left to its start; false at the end. */
  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    if (pos > 0 && (limit == buf.length || pos == limit)) {
      System.arraycopy(buf, pos, buf, 0, limit - pos);
      limit -= pos;
      clearUntil = Math.max(0, clearUntil - pos);
      pos = 0;
    }
    if (limit == buf.length) {
      throw new IllegalStateException("window full");
    }
    // never read past the limit; at the limit, one more byte tells whether the body goes on
    long room = maxBytes - consumed;
    int n = in.read(buf, limit, (int) Math.min(buf.length - limit, Math.max(room, 1)));
    if (n < 0) {
      eof = true;
      return false;
    }
    consumed += n;
    if (consumed > maxBytes) {
      throw new MultipartTooLargeException("the request body is larger than " + maxBytes + " bytes", maxBytes);
    }
    limit += n;
    return true;
  }

  /** Where the delimiter starts in {@code buf[from, limit)}, or -1. */
  private int find(int from) {
    int last = limit - delimiter.length;
    byte first = delimiter[0];
    outer:
    for (int i = from; i <= last; i++) {
      if (buf[i] != first) {
        continue;
      }
      for (int j = 1; j < delimiter.length; j++) {
        if (buf[i + j] != delimiter[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /** The body of the current part: bytes up to (not including) the next delimiter. */
  final class PartBody extends InputStream {
    private boolean done;

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      Objects.checkFromIndexSize(off, len, b.length);
      if (done || current != this) {
        return -1;
      }
      if (len == 0) {
        return 0;
      }
      while (true) {
        int found = find(Math.max(pos, clearUntil));
        int available;
        if (found >= 0) {
          available = found - pos;
          if (available == 0) {
            done = true;
            return -1;
          }
        } else {
          clearUntil = Math.max(clearUntil, limit - delimiter.length + 1);
          available = limit - pos - (delimiter.length - 1);
          if (available <= 0) {
            if (!fill()) {
              throw new MalformedMultipartException("the body ends before the closing boundary");
            }
            continue;
          }
        }
        int n = Math.min(len, available);
        System.arraycopy(buf, pos, b, off, n);
        pos += n;
        return n;
      }
    }

    void skipRest() throws IOException {
      byte[] sink = new byte[8192];
      while (read(sink, 0, sink.length) >= 0) {
        // skipping
      }
    }
  }

  /** Parameters of a header value ({@code ; name="value"; other=token}). */
  static final class HeaderParams {
    private static final Pattern PARAM = Pattern.compile(
        "\\s*([!#$%&'*+.^_`|~0-9A-Za-z-]+\\*?)\\s*=\\s*(\"((?:[^\"\\\\]|\\\\.)*)\"|[^;\\s\"]*)\\s*(;|$)", Pattern.DOTALL);

    private HeaderParams() {}

    /** Parameter names (lower case) to values; quoted values unquoted; malformed ones dropped. */
    static Map<String, String> parse(String params) {
      Map<String, String> out = new LinkedHashMap<>();
      Matcher m = PARAM.matcher(params);
      int at = 0;
      while (at < params.length() && m.find(at) && m.start() == at) {
        String value = m.group(3) != null ? m.group(3).replaceAll("\\\\(.)", "$1") : m.group(2);
        out.putIfAbsent(m.group(1).toLowerCase(Locale.ROOT), value);
        at = m.end();
        if (m.end() == m.start()) {
          break;
        }
      }
      return out;
    }

    /** An RFC 5987 / 8187 extended value ({@code UTF-8''%E2%82%AC.txt}), decoded; null if malformed. */
    static @Nullable String extValue(String value) {
      int quote = value.indexOf('\'');
      int second = quote < 0 ? -1 : value.indexOf('\'', quote + 1);
      if (second < 0 || !value.substring(0, quote).equalsIgnoreCase("utf-8")) {
        return null;
      }
      String encoded = value.substring(second + 1);
      byte[] out = new byte[encoded.length()];
      int n = 0;
      for (int i = 0; i < encoded.length(); i++) {
        char c = encoded.charAt(i);
        if (c == '%') {
          if (i + 2 >= encoded.length()) {
            return null;
          }
          int hi = Character.digit(encoded.charAt(i + 1), 16);
          int lo = Character.digit(encoded.charAt(i + 2), 16);
          if (hi < 0 || lo < 0) {
            return null;
          }
          out[n++] = (byte) (hi << 4 | lo);
          i += 2;
        } else if (c < 0x80) {
          out[n++] = (byte) c;
        } else {
          return null;
        }
      }
      try {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(out, 0, n)).toString();
      } catch (CharacterCodingException e) {
        return null;
      }
    }
  }

  @Override
  public String toString() {
    return "MultipartReader[" + parts + " parts, " + bytesRead() + " bytes]";
  }
}
