package org.guwah.store.attachments.internal;

import java.io.IOException;
import java.util.EnumSet;
import java.util.Set;
import org.guwah.store.attachments.StrippedMetadata;

/**
 * Removes metadata from a GIF by copying its blocks and leaving some out; image data is copied
 * byte for byte.
 *
 * <p><b>Kept:</b> header, screen descriptor, colour tables, images, graphic control extensions,
 * plain-text extensions (text drawn into the picture is picture content) and the {@code
 * NETSCAPE2.0} application extension (animation looping). <b>Removed:</b> comment extensions, every
 * other application extension (XMP, ICC, vendor data), unknown extensions, and anything after the
 * trailer.
 *
 * <p>Refused as malformed: a block that is neither image, extension nor trailer, sub-blocks cut
 * short, no trailer. Stateless; thread-safe.
 */
public final class GifStripper implements ContentFilter {
  private static final int EXTENSION = 0x21;
  private static final int IMAGE = 0x2c;
  private static final int TRAILER = 0x3b;

  @Override
  public Set<StrippedMetadata> transfer(UploadInput in, ContentSink out) throws IOException {
    Set<StrippedMetadata> stripped = EnumSet.noneOf(StrippedMetadata.class);
    in.copy(6, out, "GIF header");
    byte[] screen = in.readBytes(7, "logical screen descriptor");
    out.write(screen);
    copyColourTable(in, out, screen[4], "global colour table");
    byte[] block = new byte[256];
    while (true) {
      long at = in.position();
      int kind = in.read();
      if (kind < 0) {
        throw ContentRefusedException.malformed("no trailer (cut short at byte " + at + ")");
      }
      if (kind == TRAILER) {
        out.write(TRAILER);
        if (in.skipToEnd() > 0) {
          stripped.add(StrippedMetadata.TRAILING_DATA);
        }
        return stripped;
      }
      if (kind == IMAGE) {
        out.write(IMAGE);
        byte[] descriptor = in.readBytes(9, "image descriptor at byte " + at);
        out.write(descriptor);
        copyColourTable(in, out, descriptor[8], "local colour table at byte " + at);
        out.write(in.readByte("image data at byte " + at));
        copySubBlocks(in, out, block, "image data at byte " + at);
      } else if (kind == EXTENSION) {
        int label = in.readByte("extension at byte " + at);
        String what = "extension at byte " + at;
        if (label == 0xf9 || label == 0x01) {
          out.write(EXTENSION);
          out.write(label);
          copySubBlocks(in, out, block, what);
        } else if (label == 0xff) {
          int length = in.readByte(what);
          in.readFully(block, 0, length, what);
          if (length == 11 && Sniffer.ascii(block, 0, "NETSCAPE2.0")) {
            out.write(EXTENSION);
            out.write(label);
            out.write(length);
            out.write(block, 0, length);
            copySubBlocks(in, out, block, what);
          } else {
            stripped.add(length == 11 && Sniffer.ascii(block, 0, "XMP DataXMP")
                ? StrippedMetadata.XMP : StrippedMetadata.EXTENSION);
            skipSubBlocks(in, block, what);
          }
        } else {
          stripped.add(label == 0xfe ? StrippedMetadata.COMMENT : StrippedMetadata.EXTENSION);
          skipSubBlocks(in, block, what);
        }
      } else {
        throw ContentRefusedException.malformed("unexpected block at byte " + at);
      }
    }
  }

  private static void copyColourTable(UploadInput in, ContentSink out, byte packed, String what)
      throws IOException {
    if ((packed & 0x80) != 0) {
      in.copy(3L << ((packed & 0x07) + 1), out, what);
    }
  }

  private static void copySubBlocks(UploadInput in, ContentSink out, byte[] block, String what)
      throws IOException {
    while (true) {
      int length = in.readByte(what);
      out.write(length);
      if (length == 0) {
        return;
      }
      in.readFully(block, 0, length, what);
      out.write(block, 0, length);
    }
  }

  private static void skipSubBlocks(UploadInput in, byte[] block, String what) throws IOException {
    while (true) {
      int length = in.readByte(what);
      if (length == 0) {
        return;
      }
      in.skip(length, what);
    }
  }
}
