package org.guwah.store.attachments.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.guwah.store.attachments.StrippedMetadata;

/**
 * Stores an MP4 (M4A) file exactly as uploaded — its {@code udta}/{@code meta} boxes, which may
 * hold a recording location, are kept — after walking its box structure to check that it is
 * audio: boxes nest within their parents and the file, {@code moov} is present, at least one track
 * ({@code moov/trak/mdia/hdlr}) is a sound track and none is a video track. Nothing is decoded.
 * Stateless; thread-safe.
 */
public final class Mp4AudioCheck implements ContentFilter {
  private static final int MAX_DEPTH = 3;

  @Override
  public Set<StrippedMetadata> transfer(UploadInput in, ContentSink out) throws IOException {
    Tracks tracks = new Tracks();
    walk(in, out, -1, 0, "", tracks);
    if (!tracks.movie) {
      throw ContentRefusedException.malformed("no movie box (moov): cut short, or not an M4A file");
    }
    if (tracks.video > 0) {
      throw ContentRefusedException.unsupported("this MP4 holds a video track; only audio (M4A) is accepted; "
          + Sniffer.ACCEPTED);
    }
    if (tracks.sound == 0) {
      throw ContentRefusedException.unsupported("this MP4 holds no sound track; " + Sniffer.ACCEPTED);
    }
    return Set.of();
  }

  private static final class Tracks {
    boolean movie;
    int sound;
    int video;
  }

  /** Walks the boxes up to {@code end} (-1: the end of the upload). */
  private static void walk(UploadInput in, ContentSink out, long end, int depth, String parent, Tracks tracks)
      throws IOException {
    boolean first = depth == 0;
    while (end < 0 ? !in.atEnd() : in.position() < end) {
      long at = in.position();
      String what = "box at byte " + at;
      byte[] header = in.readBytes(8, what);
      out.write(header);
      long size = u32(header, 0);
      String type = new String(header, 4, 4, StandardCharsets.ISO_8859_1);
      int headerLength = 8;
      if (size == 1) {
        byte[] large = in.readBytes(8, what);
        out.write(large);
        size = u32(large, 0) << 32 | u32(large, 4);
        headerLength = 16;
        if (size < 0) {
          throw ContentRefusedException.malformed(what + " declares an impossible size");
        }
      }
      if (first && !type.equals("ftyp")) {
        throw ContentRefusedException.malformed("the file does not start with a file type box (ftyp)");
      }
      first = false;
      if (size == 0) {
        if (depth != 0) {
          throw ContentRefusedException.malformed(what + " is open-ended inside another box");
        }
        in.copyToEnd(out);
        return;
      }
      if (size < headerLength || (end >= 0 && at + size > end)) {
        throw ContentRefusedException.malformed(what + " has a size that does not fit its container");
      }
      long body = size - headerLength;
      boolean container = depth < MAX_DEPTH
          && (depth == 0 && type.equals("moov") || depth == 1 && type.equals("trak")
              || depth == 2 && type.equals("mdia"));
      if (type.equals("moov") && depth == 0) {
        tracks.movie = true;
      }
      if (container) {
        walk(in, out, at + size, depth + 1, type, tracks);
      } else if (type.equals("hdlr") && parent.equals("mdia") && body >= 12) {
        byte[] handler = in.readBytes(12, what);
        out.write(handler);
        String kind = new String(handler, 8, 4, StandardCharsets.ISO_8859_1);
        if (kind.equals("soun")) {
          tracks.sound++;
        } else if (kind.equals("vide")) {
          tracks.video++;
        }
        in.copy(body - 12, out, what);
      } else {
        in.copy(body, out, what);
      }
    }
  }

  private static long u32(byte[] b, int at) {
    return (b[at] & 0xffL) << 24 | (b[at + 1] & 0xffL) << 16 | (b[at + 2] & 0xffL) << 8 | (b[at + 3] & 0xffL);
  }
}
