package org.guwah.store.attachments.internal;

/**
 * Looks into metadata blocks that are being removed, only to report what they held (GPS or not).
 * Bounded and forgiving: a malformed block simply reports no GPS. Stateless; thread-safe.
 */
final class MetadataScan {
  private static final int GPS_IFD_TAG = 0x8825;

  private MetadataScan() {}

  /**
   * Whether a TIFF structure (the body of EXIF) at {@code bytes[offset..offset+length)} has a
   * GPS IFD pointer in its first IFD.
   */
  static boolean exifHasGps(byte[] bytes, int offset, int length) {
    if (length < 8) {
      return false;
    }
    boolean little;
    if (bytes[offset] == 'I' && bytes[offset + 1] == 'I') {
      little = true;
    } else if (bytes[offset] == 'M' && bytes[offset + 1] == 'M') {
      little = false;
    } else {
      return false;
    }
    long ifd = u32(bytes, offset + 4, little);
    if (ifd < 8 || ifd + 2 > length) {
      return false;
    }
    int entries = u16(bytes, offset + (int) ifd, little);
    for (int i = 0; i < entries; i++) {
      long at = ifd + 2 + 12L * i;
      if (at + 12 > length) {
        return false;
      }
      if (u16(bytes, offset + (int) at, little) == GPS_IFD_TAG) {
        return true;
      }
    }
    return false;
  }

  /** Whether an XMP packet (or any text) names GPS coordinates. */
  static boolean xmpHasGps(byte[] bytes, int offset, int length) {
    return contains(bytes, offset, length, "GPSLatitude") || contains(bytes, offset, length, "GPSLongitude");
  }

  static boolean contains(byte[] bytes, int offset, int length, String ascii) {
    int n = ascii.length();
    outer:
    for (int i = offset; i + n <= offset + length; i++) {
      for (int j = 0; j < n; j++) {
        if (bytes[i + j] != (byte) ascii.charAt(j)) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  private static int u16(byte[] b, int at, boolean little) {
    return little
        ? (b[at] & 0xff) | (b[at + 1] & 0xff) << 8
        : (b[at] & 0xff) << 8 | (b[at + 1] & 0xff);
  }

  private static long u32(byte[] b, int at, boolean little) {
    return little
        ? (b[at] & 0xffL) | (b[at + 1] & 0xffL) << 8 | (b[at + 2] & 0xffL) << 16 | (b[at + 3] & 0xffL) << 24
        : (b[at] & 0xffL) << 24 | (b[at + 1] & 0xffL) << 16 | (b[at + 2] & 0xffL) << 8 | (b[at + 3] & 0xffL);
  }
}
