package org.guwah.store.attachments.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;
import java.util.zip.CRC32;
import org.guwah.store.attachments.StrippedMetadata;

/**
 * Removes metadata from a PNG (and APNG) by copying whole chunks and leaving some out; kept chunks
 * are copied byte for byte, CRC included, so the image is unchanged and nothing is recomputed.
 *
 * <p><b>Kept:</b> the critical chunks ({@code IHDR}, {@code PLTE}, {@code IDAT}, {@code IEND}) and
 * the ancillary chunks that affect rendering ({@code tRNS gAMA cHRM sRGB iCCP sBIT bKGD hIST pHYs
 * sPLT cICP mDCv cLLi} and the APNG chunks {@code acTL fcTL fdAT}). <b>Removed:</b> {@code tEXt},
 * {@code zTXt}, {@code iTXt} (including XMP and ImageMagick's "Raw profile" EXIF), {@code eXIf},
 * {@code tIME}, every other ancillary chunk (private chunks can carry anything, e.g. C2PA
 * manifests or previews), and anything after {@code IEND}.
 *
 * <p>Refused as malformed: a signature not followed by {@code IHDR}, a chunk length above 2^31−1
 * or past the end, a chunk type that is not four letters, a CRC that does not match, an unknown
 * critical chunk, no {@code IEND}. Stateless; thread-safe.
 */
public final class PngStripper implements ContentFilter {
  private static final long MAX_LENGTH = 0x7fffffffL;
  private static final int SCAN_LIMIT = 1 << 20;
  private static final Set<String> KEPT = Set.of("IHDR", "PLTE", "IDAT", "IEND", "tRNS", "gAMA", "cHRM", "sRGB",
      "iCCP", "sBIT", "bKGD", "hIST", "pHYs", "sPLT", "cICP", "mDCv", "cLLi", "acTL", "fcTL", "fdAT");

  @Override
  public Set<StrippedMetadata> transfer(UploadInput in, ContentSink out) throws IOException {
    Set<StrippedMetadata> stripped = EnumSet.noneOf(StrippedMetadata.class);
    in.copy(8, out, "PNG signature");
    boolean first = true;
    byte[] header = new byte[8];
    byte[] buffer = new byte[64 * 1024];
    while (true) {
      long at = in.position();
      in.readFully(header, 0, 8, "chunk header at byte " + at);
      long length = (header[0] & 0xffL) << 24 | (header[1] & 0xff) << 16 | (header[2] & 0xff) << 8 | (header[3] & 0xff);
      if (length > MAX_LENGTH) {
        throw ContentRefusedException.malformed("chunk at byte " + at + " declares a length above PNG's limit");
      }
      for (int i = 4; i < 8; i++) {
        int c = header[i];
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) {
          throw ContentRefusedException.malformed("chunk at byte " + at + " has an invalid type");
        }
      }
      String type = new String(header, 4, 4, StandardCharsets.US_ASCII);
      if (first && (!type.equals("IHDR") || length != 13)) {
        throw ContentRefusedException.malformed("the signature is not followed by an image header (IHDR)");
      }
      first = false;
      boolean critical = Character.isUpperCase(type.charAt(0));
      boolean keep = KEPT.contains(type);
      if (critical && !keep) {
        throw ContentRefusedException.malformed("chunk at byte " + at + " is an unknown critical chunk");
      }
      CRC32 crc = new CRC32();
      crc.update(header, 4, 4);
      String what = "chunk at byte " + at;
      if (keep) {
        out.write(header, 0, 8);
        copyWithCrc(in, out, length, crc, buffer, what);
        long stored = readCrc(in, what);
        checkCrc(crc, stored, what);
        writeCrc(out, stored);
      } else {
        int scanned = (int) Math.min(length, SCAN_LIMIT);
        byte[] data = new byte[scanned];
        in.readFully(data, 0, scanned, what);
        crc.update(data);
        skipWithCrc(in, length - scanned, crc, buffer, what);
        checkCrc(crc, readCrc(in, what), what);
        classify(type, data, stripped);
      }
      if (type.equals("IEND")) {
        if (in.skipToEnd() > 0) {
          stripped.add(StrippedMetadata.TRAILING_DATA);
        }
        return stripped;
      }
    }
  }

  private static void classify(String type, byte[] data, Set<StrippedMetadata> stripped) {
    switch (type) {
      case "eXIf":
        stripped.add(StrippedMetadata.EXIF);
        if (MetadataScan.exifHasGps(data, 0, data.length)) {
          stripped.add(StrippedMetadata.GPS);
        }
        return;
      case "tIME":
        stripped.add(StrippedMetadata.TIME);
        return;
      case "tEXt":
      case "zTXt":
      case "iTXt":
        stripped.add(StrippedMetadata.TEXT);
        String keyword = keyword(data);
        if (keyword.equals("XML:com.adobe.xmp") || keyword.equals("Raw profile type xmp")) {
          stripped.add(StrippedMetadata.XMP);
        } else if (keyword.equals("Raw profile type exif") || keyword.equals("Raw profile type APP1")) {
          stripped.add(StrippedMetadata.EXIF);
        } else if (keyword.equals("Raw profile type iptc")) {
          stripped.add(StrippedMetadata.IPTC);
        }
        if (!type.equals("zTXt") && MetadataScan.xmpHasGps(data, 0, data.length)) {
          stripped.add(StrippedMetadata.GPS);
        }
        return;
      default:
        stripped.add(StrippedMetadata.PRIVATE_CHUNK);
    }
  }

  private static String keyword(byte[] data) {
    int end = 0;
    while (end < data.length && end < 80 && data[end] != 0) {
      end++;
    }
    return new String(data, 0, end, StandardCharsets.ISO_8859_1);
  }

  private static void copyWithCrc(UploadInput in, ContentSink out, long length, CRC32 crc, byte[] buffer,
      String what) throws IOException {
    long left = length;
    while (left > 0) {
      int n = in.readSome(buffer, 0, (int) Math.min(left, buffer.length));
      if (n < 0) {
        throw in.cutShort(what);
      }
      crc.update(buffer, 0, n);
      out.write(buffer, 0, n);
      left -= n;
    }
  }

  private static void skipWithCrc(UploadInput in, long length, CRC32 crc, byte[] buffer, String what)
      throws IOException {
    long left = length;
    while (left > 0) {
      int n = in.readSome(buffer, 0, (int) Math.min(left, buffer.length));
      if (n < 0) {
        throw in.cutShort(what);
      }
      crc.update(buffer, 0, n);
      left -= n;
    }
  }

  private static long readCrc(UploadInput in, String what) throws IOException {
    byte[] b = in.readBytes(4, what + " (CRC)");
    return (b[0] & 0xffL) << 24 | (b[1] & 0xff) << 16 | (b[2] & 0xff) << 8 | (b[3] & 0xff);
  }

  private static void checkCrc(CRC32 crc, long stored, String what) {
    if (crc.getValue() != stored) {
      throw ContentRefusedException.malformed(what + " fails its CRC check");
    }
  }

  private static void writeCrc(ContentSink out, long crc) {
    out.write((int) (crc >>> 24) & 0xff);
    out.write((int) (crc >>> 16) & 0xff);
    out.write((int) (crc >>> 8) & 0xff);
    out.write((int) crc & 0xff);
  }
}
