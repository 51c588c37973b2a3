package org.guwah.store.attachments.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.guwah.store.attachments.StrippedMetadata;

/**
 * Removes metadata from a JPEG while copying it segment by segment; the compressed image data is
 * copied byte for byte, so the pixels do not change (nothing is decoded or re-encoded).
 *
 * <p><b>Kept:</b> APP0 {@code JFIF}, APP2 {@code ICC_PROFILE} (colours), APP14 {@code Adobe}
 * (colour transform), and every non-APP segment (tables, frame and scan headers, restart markers).
 * <b>Removed:</b> APP1 (EXIF with its GPS data and thumbnail, XMP), APP13 (IPTC / Photoshop), COM
 * comments, APP0 {@code JFXX} thumbnails, APP2 {@code MPF} multi-picture data, every other APPn,
 * and anything after the end-of-image marker. <b>The EXIF orientation is lost with EXIF</b>: a
 * photo taken sideways may display rotated; the stored pixels are the camera's.
 *
 * <p>Refused as malformed: a segment length below 2 or pointing past the end, a missing
 * end-of-image marker, bytes that are not a marker where one must follow, a second
 * start-of-image. Stateless; thread-safe.
 */
public final class JpegStripper implements ContentFilter {
  private static final int SOI = 0xd8;
  private static final int EOI = 0xd9;
  private static final int SOS = 0xda;
  private static final int COM = 0xfe;

  @Override
  public Set<StrippedMetadata> transfer(UploadInput in, ContentSink out) throws IOException {
    Set<StrippedMetadata> stripped = EnumSet.noneOf(StrippedMetadata.class);
    if (in.readByte("start of image") != 0xff || in.readByte("start of image") != SOI) {
      throw ContentRefusedException.malformed("no start-of-image marker");
    }
    out.write(0xff);
    out.write(SOI);
    byte[] segment = new byte[65535];
    int marker = nextMarker(in);
    while (true) {
      if (marker == EOI) {
        out.write(0xff);
        out.write(EOI);
        if (in.skipToEnd() > 0) {
          stripped.add(StrippedMetadata.TRAILING_DATA);
        }
        return stripped;
      }
      if (marker == SOI) {
        throw ContentRefusedException.malformed("second start-of-image marker at byte " + (in.position() - 2));
      }
      if ((marker >= 0xd0 && marker <= 0xd7) || marker == 0x01) {
        out.write(0xff);
        out.write(marker);
        marker = nextMarker(in);
        continue;
      }
      long at = in.position() - 2;
      int length = (in.readByte("segment length") << 8) | in.readByte("segment length");
      if (length < 2) {
        throw ContentRefusedException.malformed("segment at byte " + at + " has an invalid length");
      }
      int payload = length - 2;
      if ((marker >= 0xe0 && marker <= 0xef) || marker == COM) {
        in.readFully(segment, 0, payload, "segment at byte " + at);
        StrippedMetadata removed = classify(marker, segment, payload);
        if (removed == null) {
          writeHeader(out, marker, length);
          out.write(segment, 0, payload);
        } else {
          stripped.add(removed);
          if (removed == StrippedMetadata.EXIF && MetadataScan.exifHasGps(segment, 6, payload - 6)
              || removed == StrippedMetadata.XMP && MetadataScan.xmpHasGps(segment, 0, payload)) {
            stripped.add(StrippedMetadata.GPS);
          }
        }
        marker = nextMarker(in);
      } else {
        writeHeader(out, marker, length);
        in.copy(payload, out, "segment at byte " + at);
        marker = marker == SOS ? copyScan(in, out) : nextMarker(in);
      }
    }
  }

  private static void writeHeader(ContentSink out, int marker, int length) {
    out.write(0xff);
    out.write(marker);
    out.write(length >> 8);
    out.write(length & 0xff);
  }

  /** What an APPn or COM segment is, or null if it is kept. */
  private static StrippedMetadata classify(int marker, byte[] s, int length) {
    byte[] h = Arrays.copyOf(s, Math.min(length, 64));
    switch (marker) {
      case 0xe0:
        if (Sniffer.ascii(h, 0, "JFIF\0")) {
          return null;
        }
        return Sniffer.ascii(h, 0, "JFXX\0") ? StrippedMetadata.THUMBNAIL : StrippedMetadata.APP_SEGMENT;
      case 0xe1:
        if (Sniffer.ascii(h, 0, "Exif\0")) {
          return StrippedMetadata.EXIF;
        }
        return Sniffer.ascii(h, 0, "http://ns.adobe.com/") ? StrippedMetadata.XMP : StrippedMetadata.APP_SEGMENT;
      case 0xe2:
        if (Sniffer.ascii(h, 0, "ICC_PROFILE\0")) {
          return null;
        }
        return Sniffer.ascii(h, 0, "MPF\0") ? StrippedMetadata.MULTI_PICTURE : StrippedMetadata.APP_SEGMENT;
      case 0xed:
        return Sniffer.ascii(h, 0, "Photoshop 3.0\0") ? StrippedMetadata.IPTC : StrippedMetadata.APP_SEGMENT;
      case 0xee:
        return Sniffer.ascii(h, 0, "Adobe") ? null : StrippedMetadata.APP_SEGMENT;
      case COM:
        return StrippedMetadata.COMMENT;
      default:
        return StrippedMetadata.APP_SEGMENT;
    }
  }

  /** Reads a marker: 0xFF, optional fill bytes 0xFF, then the marker code. */
  private static int nextMarker(UploadInput in) throws IOException {
    long at = in.position();
    int b = in.read();
    if (b < 0) {
      throw ContentRefusedException.malformed("no end-of-image marker (cut short at byte " + at + ")");
    }
    if (b != 0xff) {
      throw ContentRefusedException.malformed("expected a marker at byte " + at);
    }
    int code;
    do {
      code = in.readByte("marker");
    } while (code == 0xff);
    if (code == 0x00) {
      throw ContentRefusedException.malformed("expected a marker at byte " + at);
    }
    return code;
  }

  /**
   * Copies entropy-coded data after a start-of-scan header, with its byte stuffing and restart
   * markers; returns the marker that ends the scan.
   */
  private static int copyScan(UploadInput in, ContentSink out) throws IOException {
    while (true) {
      in.copyUntilFf(out);
      if (in.read() < 0) {
        throw ContentRefusedException.malformed("image data is cut short at byte " + in.position()
            + " (no end-of-image marker)");
      }
      int code;
      do {
        code = in.readByte("image data");
      } while (code == 0xff);
      if (code == 0x00 || (code >= 0xd0 && code <= 0xd7)) {
        out.write(0xff);
        out.write(code);
      } else {
        return code;
      }
    }
  }
}
