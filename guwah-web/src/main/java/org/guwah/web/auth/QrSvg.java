package org.guwah.web.auth;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.NullMarked;

/**
 * Renders a QR code as a self-contained SVG document, on the server, so that an enrolment secret
 * never goes to a third-party QR service or a script.
 *
 * <p>The SVG has a {@code viewBox} in module units (the code plus a quiet zone of {@value
 * #QUIET_ZONE} modules each side), a white background {@code rect}, and every dark module in one
 * {@code path} (one rectangle per horizontal run). It holds no script, style sheet, link, text or
 * external reference; its default size is {@value #PIXELS_PER_MODULE} px per module and CSS may
 * scale it. Error correction level M (15%); content that is not ASCII is encoded as UTF-8 with an ECI
 * header.
 *
 * <p>The content (for TOTP enrolment an {@code otpauth://} URI with the secret) can be read back
 * from the SVG: serve it only to the account holder with {@code Cache-Control: no-store}. Errors
 * never contain the content. Stateless and thread-safe.
 */
@NullMarked
public final class QrSvg {
  /** Light modules around the code, as ISO/IEC 18004 requires. */
  public static final int QUIET_ZONE = 4;

  /** Default rendered size of one module, in CSS pixels. */
  public static final int PIXELS_PER_MODULE = 6;

  /** Longest content accepted, in UTF-8 bytes. */
  public static final int MAX_CONTENT_BYTES = 1024;

  private QrSvg() {}

  /**
   * The SVG document of a QR code holding {@code content}.
   *
   * @throws IllegalArgumentException if {@code content} is empty or longer than {@value
   *     #MAX_CONTENT_BYTES} bytes (the message does not contain it)
   */
  public static String render(String content) {
    BitMatrix modules = modules(content);
    int size = modules.getWidth() + 2 * QUIET_ZONE;
    StringBuilder path = new StringBuilder(modules.getWidth() * modules.getHeight());
    for (int y = 0; y < modules.getHeight(); y++) {
      int x = 0;
      while (x < modules.getWidth()) {
        if (!modules.get(x, y)) {
          x++;
          continue;
        }
        int start = x;
        while (x < modules.getWidth() && modules.get(x, y)) {
          x++;
        }
        path.append('M')
            .append(start + QUIET_ZONE)
            .append(' ')
            .append(y + QUIET_ZONE)
            .append('h')
            .append(x - start)
            .append("v1h-")
            .append(x - start)
            .append('z');
      }
    }
    int pixels = size * PIXELS_PER_MODULE;
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "
        + size
        + " "
        + size
        + "\" width=\""
        + pixels
        + "\" height=\""
        + pixels
        + "\" shape-rendering=\"crispEdges\">"
        + "<rect width=\""
        + size
        + "\" height=\""
        + size
        + "\" fill=\"#fff\"/>"
        + "<path fill=\"#000\" d=\""
        + path
        + "\"/></svg>";
  }

  /** The modules of the code, without quiet zone: {@code true} is dark. */
  static BitMatrix modules(String content) {
    Objects.requireNonNull(content, "content");
    int bytes = content.getBytes(StandardCharsets.UTF_8).length;
    if (bytes == 0 || bytes > MAX_CONTENT_BYTES) {
      throw new IllegalArgumentException(
          "QR content must be 1 to " + MAX_CONTENT_BYTES + " bytes");
    }
    Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
    hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
    if (!StandardCharsets.US_ASCII.newEncoder().canEncode(content)) {
      // Only then: an ECI header, which some older readers stumble on, announces UTF-8.
      hints.put(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
    }
    hints.put(EncodeHintType.MARGIN, 0);
    try {
      return new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0, hints);
    } catch (WriterException | IllegalArgumentException e) {
      // zxing's messages do not echo content, but drop them anyway.
      throw new IllegalArgumentException("content cannot be encoded as a QR code");
    }
  }
}
