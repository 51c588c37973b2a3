package org.guwah.store.attachments.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;
import org.guwah.store.attachments.StrippedMetadata;

/**
 * Removes metadata from a WebP by copying whole RIFF chunks and leaving some out; the image chunks
 * are copied byte for byte.
 *
 * <p><b>Kept:</b> {@code VP8X} (with its EXIF and XMP flags cleared), {@code ICCP}, {@code ANIM},
 * {@code ANMF} (whole frames), {@code ALPH}, {@code VP8 }, {@code VP8L}. <b>Removed:</b> {@code
 * EXIF}, {@code XMP }, every other chunk (unknown chunks are ignored by decoders and can carry
 * anything), and anything after the RIFF container. The RIFF size is fixed afterwards through
 * {@link ContentSink#patch}, since it precedes the chunks it counts.
 *
 * <p>Refused as malformed: a RIFF size past the end of the upload or below 4, a chunk that
 * overruns the container, a first chunk that is not {@code VP8 }, {@code VP8L} or {@code VP8X}, a
 * {@code VP8X} shorter than 10 bytes. Stateless; thread-safe.
 */
public final class WebpStripper implements ContentFilter {
  private static final int SCAN_LIMIT = 1 << 20;
  private static final int FLAG_EXIF = 0x08;
  private static final int FLAG_XMP = 0x04;
  private static final Set<String> KEPT = Set.of("VP8X", "ICCP", "ANIM", "ANMF", "ALPH", "VP8 ", "VP8L");

  @Override
  public Set<StrippedMetadata> transfer(UploadInput in, ContentSink out) throws IOException {
    Set<StrippedMetadata> stripped = EnumSet.noneOf(StrippedMetadata.class);
    long start = out.position();
    byte[] header = in.readBytes(12, "RIFF header");
    long riffSize = le32(header, 4);
    if (riffSize < 4) {
      throw ContentRefusedException.malformed("RIFF size is too small");
    }
    long riffEnd = 8 + riffSize;
    out.write(header, 0, 12);
    boolean first = true;
    byte[] chunk = new byte[8];
    while (in.position() < riffEnd) {
      long at = in.position();
      if (at + 8 > riffEnd) {
        throw ContentRefusedException.malformed("chunk header at byte " + at + " overruns the RIFF container");
      }
      in.readFully(chunk, 0, 8, "chunk header at byte " + at);
      String type = new String(chunk, 0, 4, StandardCharsets.ISO_8859_1);
      long size = le32(chunk, 4);
      long padded = size + (size & 1);
      String what = "chunk at byte " + at;
      if (at + 8 + padded > riffEnd) {
        throw ContentRefusedException.malformed(what + " overruns the RIFF container");
      }
      if (first && !(type.equals("VP8 ") || type.equals("VP8L") || type.equals("VP8X"))) {
        throw ContentRefusedException.malformed("the first chunk is not an image or VP8X chunk");
      }
      if (type.equals("VP8X")) {
        if (!first || size < 10) {
          throw ContentRefusedException.malformed(what + " is a misplaced or short VP8X chunk");
        }
        out.write(chunk, 0, 8);
        int flags = in.readByte(what);
        out.write(flags & ~(FLAG_EXIF | FLAG_XMP));
        in.copy(padded - 1, out, what);
      } else if (KEPT.contains(type)) {
        out.write(chunk, 0, 8);
        in.copy(padded, out, what);
      } else {
        int scanned = (int) Math.min(size, SCAN_LIMIT);
        byte[] data = in.readBytes(scanned, what);
        in.skip(padded - scanned, what);
        classify(type, data, stripped);
      }
      first = false;
    }
    if (first) {
      throw ContentRefusedException.malformed("the RIFF container holds no image chunk");
    }
    if (in.skipToEnd() > 0) {
      stripped.add(StrippedMetadata.TRAILING_DATA);
    }
    long newSize = out.position() - start - 8;
    if (newSize != riffSize) {
      out.patch(start + 4, new byte[] {(byte) newSize, (byte) (newSize >>> 8), (byte) (newSize >>> 16),
          (byte) (newSize >>> 24)});
    }
    return stripped;
  }

  private static void classify(String type, byte[] data, Set<StrippedMetadata> stripped) {
    if (type.equals("EXIF")) {
      stripped.add(StrippedMetadata.EXIF);
      int tiff = Sniffer.ascii(data, 0, "Exif\0\0") ? 6 : 0;
      if (MetadataScan.exifHasGps(data, tiff, data.length - tiff)) {
        stripped.add(StrippedMetadata.GPS);
      }
    } else if (type.equals("XMP ")) {
      stripped.add(StrippedMetadata.XMP);
      if (MetadataScan.xmpHasGps(data, 0, data.length)) {
        stripped.add(StrippedMetadata.GPS);
      }
    } else {
      stripped.add(StrippedMetadata.PRIVATE_CHUNK);
    }
  }

  private static long le32(byte[] b, int at) {
    return (b[at] & 0xffL) | (b[at + 1] & 0xffL) << 8 | (b[at + 2] & 0xffL) << 16 | (b[at + 3] & 0xffL) << 24;
  }
}
