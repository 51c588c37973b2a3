package org.guwah.web.multipart;

import java.io.IOException;

/**
 * A {@code multipart/form-data} body does not follow RFC 7578: no boundary, a part without
 * {@code Content-Disposition: form-data; name=...}, headers too long or not UTF-8, the body cut
 * off before its closing boundary, too many parts. The message says what is wrong in general terms,
 * never a header value, field value or file name. An {@link IOException}, because it can be thrown
 * while a part's body is being read as a stream.
 */
public final class MalformedMultipartException extends IOException {
  private static final long serialVersionUID = 1L;

  public MalformedMultipartException(String safeMessage) {
    super(safeMessage);
  }
}
