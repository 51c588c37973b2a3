package org.guwah.store.attachments.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import org.guwah.store.attachments.MediaType;

/**
 * Tells a file's type from its leading bytes (magic numbers), never from a name or a declared
 * type. Structure beyond the first bytes is checked later, while the content streams through the
 * type's filter: a PNG signature followed by anything but PNG chunks is refused there.
 *
 * <p>Text is what is left: bytes that start as well-formed UTF-8 without control characters. Text
 * whose first non-blank character is {@code <} (HTML, SVG, XML: markup can carry script when a
 * browser renders it) or that starts with {@code #!} (a script) is refused. Stateless; thread-safe.
 */
public final class Sniffer {
  static final String ACCEPTED =
      "accepted: JPEG, PNG, WebP, GIF, PDF, UTF-8 plain text, Ogg Opus/Vorbis, MP3, M4A, WAV";

  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final Set<String> AUDIO_BRANDS = Set.of("M4A ", "M4B ");
  private static final Set<String> GENERIC_BRANDS =
      Set.of("isom", "iso2", "iso3", "iso4", "iso5", "iso6", "mp41", "mp42", "3gp4", "3gp5", "3gp6", "dash");
  private static final Set<String> IMAGE_BRANDS =
      Set.of("heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1", "avif", "avis");

  private Sniffer() {}

  /**
   * The type of content starting with {@code head[0..length)}.
   *
   * @param whole whether {@code head} is the whole content (shorter than a sniff window)
   * @throws ContentRefusedException (unsupported) naming what was recognised, if anything
   * @throws IllegalArgumentException if {@code length} is 0
   */
  public static MediaType sniff(byte[] head, int length, boolean whole) {
    if (length <= 0) {
      throw new IllegalArgumentException("nothing to sniff");
    }
    byte[] h = Arrays.copyOf(head, length);
    if (starts(h, 0, 0xff, 0xd8, 0xff)) {
      return MediaType.JPEG;
    }
    if (length >= 8 && Arrays.equals(h, 0, 8, PNG, 0, 8)) {
      return MediaType.PNG;
    }
    if (ascii(h, 0, "GIF87a") || ascii(h, 0, "GIF89a")) {
      return MediaType.GIF;
    }
    if (ascii(h, 0, "RIFF") && length >= 12) {
      if (ascii(h, 8, "WEBP")) {
        return MediaType.WEBP;
      }
      if (ascii(h, 8, "WAVE")) {
        return MediaType.WAV;
      }
      throw ContentRefusedException.unsupported("RIFF files other than WebP and WAV (e.g. AVI) are not supported; "
          + ACCEPTED);
    }
    if (ascii(h, 0, "%PDF-")) {
      return MediaType.PDF;
    }
    if (ascii(h, 0, "OggS")) {
      return ogg(h);
    }
    if (length >= 12 && ascii(h, 4, "ftyp")) {
      return isoMedia(h);
    }
    if (ascii(h, 0, "ID3") && length >= 4 && h[3] >= 2 && h[3] <= 4) {
      return MediaType.MP3;
    }
    if (mp3Frame(h)) {
      return MediaType.MP3;
    }
    refuseKnownOthers(h);
    return text(h, whole);
  }

  private static MediaType ogg(byte[] h) {
    if (h.length < 27) {
      throw ContentRefusedException.unsupported("Ogg page header is cut short; " + ACCEPTED);
    }
    int segments = h[26] & 0xff;
    int payload = 27 + segments;
    if (ascii(h, payload, "OpusHead") || (h.length > payload && h[payload] == 1 && ascii(h, payload + 1, "vorbis"))) {
      return MediaType.OGG_AUDIO;
    }
    throw ContentRefusedException.unsupported("Ogg streams other than Opus or Vorbis audio (e.g. video) are not"
        + " supported; " + ACCEPTED);
  }

  private static MediaType isoMedia(byte[] h) {
    long boxSize = ((h[0] & 0xffL) << 24) | ((h[1] & 0xff) << 16) | ((h[2] & 0xff) << 8) | (h[3] & 0xff);
    int end = (int) Math.min(Math.max(boxSize, 16), h.length);
    String major = new String(h, 8, 4, StandardCharsets.ISO_8859_1);
    boolean audio = AUDIO_BRANDS.contains(major);
    boolean generic = GENERIC_BRANDS.contains(major);
    boolean image = IMAGE_BRANDS.contains(major);
    for (int i = 16; i + 4 <= end; i += 4) {
      String brand = new String(h, i, 4, StandardCharsets.ISO_8859_1);
      audio |= AUDIO_BRANDS.contains(brand);
      image |= IMAGE_BRANDS.contains(brand);
    }
    if (image) {
      throw ContentRefusedException.unsupported(
          "HEIC/HEIF/AVIF images are not supported: convert to JPEG or PNG; " + ACCEPTED);
    }
    if (audio || generic) {
      return MediaType.M4A;
    }
    throw ContentRefusedException.unsupported(
        "this ISO media / QuickTime file is not M4A audio; " + ACCEPTED);
  }

  /** An MPEG audio layer III frame header (sync, valid version, bitrate and sample rate). */
  private static boolean mp3Frame(byte[] h) {
    if (h.length < 4 || (h[0] & 0xff) != 0xff || (h[1] & 0xe0) != 0xe0) {
      return false;
    }
    int version = (h[1] >> 3) & 3;
    int layer = (h[1] >> 1) & 3;
    int bitrate = (h[2] >> 4) & 0xf;
    int rate = (h[2] >> 2) & 3;
    return version != 1 && layer == 1 && bitrate != 0xf && bitrate != 0 && rate != 3;
  }

  private static void refuseKnownOthers(byte[] h) {
    if (ascii(h, 0, "MZ") || starts(h, 0, 0x7f, 'E', 'L', 'F') || starts(h, 0, 0xcf, 0xfa, 0xed, 0xfe)
        || starts(h, 0, 0xfe, 0xed, 0xfa, 0xcf) || starts(h, 0, 0xca, 0xfe, 0xba, 0xbe)) {
      throw ContentRefusedException.unsupported("executables are not accepted; " + ACCEPTED);
    }
    if (starts(h, 0, 'P', 'K', 3, 4) || starts(h, 0, 'P', 'K', 5, 6) || starts(h, 0, 0x1f, 0x8b)
        || ascii(h, 0, "7z") && starts(h, 2, 0xbc, 0xaf) || ascii(h, 0, "Rar!")) {
      throw ContentRefusedException.unsupported(
          "archives (ZIP, DOCX, gzip, 7z, RAR) are not accepted; " + ACCEPTED);
    }
    if (starts(h, 0, 0xff, 0xfe) || starts(h, 0, 0xfe, 0xff)) {
      throw ContentRefusedException.unsupported("text must be UTF-8; this is UTF-16; " + ACCEPTED);
    }
    if (ascii(h, 0, "II*\0") || ascii(h, 0, "MM\0*") || ascii(h, 0, "BM") && h.length > 14 && h[6] == 0 && h[7] == 0) {
      throw ContentRefusedException.unsupported("TIFF and BMP images are not supported; " + ACCEPTED);
    }
  }

  private static MediaType text(byte[] h, boolean whole) {
    Utf8Validator utf8 = new Utf8Validator();
    String problem = utf8.check(h, 0, h.length);
    if (problem != null || (whole && utf8.inSequence())) {
      throw ContentRefusedException.unsupported("unrecognised file type (not UTF-8 text either); " + ACCEPTED);
    }
    int i = starts(h, 0, 0xef, 0xbb, 0xbf) ? 3 : 0;
    while (i < h.length && (h[i] == ' ' || h[i] == '\t' || h[i] == '\n' || h[i] == '\r' || h[i] == '\f')) {
      i++;
    }
    if (i == h.length && whole) {
      return MediaType.TEXT;
    }
    if (i < h.length && h[i] == '<') {
      throw ContentRefusedException.unsupported(
          "HTML, SVG and other markup are refused (a browser could run script in them); " + ACCEPTED);
    }
    if (ascii(h, i, "#!")) {
      throw ContentRefusedException.unsupported("scripts are refused; " + ACCEPTED);
    }
    return MediaType.TEXT;
  }

  private static boolean starts(byte[] h, int at, int... bytes) {
    if (at + bytes.length > h.length) {
      return false;
    }
    for (int i = 0; i < bytes.length; i++) {
      if ((h[at + i] & 0xff) != bytes[i]) {
        return false;
      }
    }
    return true;
  }

  static boolean ascii(byte[] h, int at, String text) {
    if (at < 0 || at + text.length() > h.length) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (h[at + i] != (byte) text.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
