package org.guwah.store.attachments;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/**
 * Builds synthetic test files byte by byte: images written by {@link ImageIO} with metadata
 * (EXIF with a GPS IFD, XMP, comments, text chunks) spliced in, hand-made WebP, Ogg, MP3, WAV,
 * M4A and PDF. Every metadata block carries a canary string so a test can prove it is gone.
 */
public final class TestFiles {
  /** Canary inside GPS data. */
  public static final String GPS_CANARY = "qanari-gps-41.2995N-69.2401E";
  /** Canary in XMP. */
  public static final String XMP_CANARY = "qanari-xmp-creator";
  /** Canary in comments and text chunks. */
  public static final String COMMENT_CANARY = "qanari-comment";
  /** Canary in bytes appended after an image's end. */
  public static final String TRAILER_CANARY = "qanari-trailer";

  /** A 1x1 lossless WebP (the widely used feature-detection image). */
  public static final byte[] WEBP_LOSSLESS =
      Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");
  /** A 1x1 lossy WebP. */
  public static final byte[] WEBP_LOSSY =
      Base64.getDecoder().decode("UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA");

  private TestFiles() {}

  public static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  public static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  public static String sha256Hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public static boolean contains(byte[] haystack, String needle) {
    return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
  }

  // ---- pictures -------------------------------------------------------------------------------

  /** A small picture with a pattern, so decoded pixels are not trivially equal. */
  public static BufferedImage picture(int width, int height, int type) {
    BufferedImage image = new BufferedImage(width, height, type);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        image.setRGB(x, y, ((x * 37) & 0xff) << 16 | ((y * 59) & 0xff) << 8 | ((x * y) & 0xff));
      }
    }
    return image;
  }

  public static byte[] encode(BufferedImage image, String format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(image, format, out)) {
        throw new IllegalStateException("no ImageIO writer for " + format);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The decoded pixels of an image file (ARGB), or fails. */
  public static int[] pixels(byte[] file) {
    try {
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(file));
      if (image == null) {
        throw new IllegalStateException("ImageIO cannot decode this");
      }
      return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---- EXIF / XMP -----------------------------------------------------------------------------

  /**
   * A little-endian TIFF structure as found in EXIF: IFD0 with a Make and a GPS IFD pointer; the
   * GPS IFD has latitude ref, latitude (rationals) and GPSAreaInformation holding {@link
   * #GPS_CANARY}.
   */
  public static byte[] exifTiffWithGps() {
    byte[] make = ascii("qanari-camera\0");
    byte[] area = concat(ascii("ASCII\0\0\0"), ascii(GPS_CANARY));
    ByteBuffer b = ByteBuffer.allocate(512).order(ByteOrder.LITTLE_ENDIAN);
    b.put(ascii("II")).putShort((short) 42).putInt(8);
    // IFD0 at 8: 2 entries, then next-IFD 0 -> ends at 8 + 2 + 24 + 4 = 38
    int makeAt = 38;
    int gpsAt = makeAt + make.length;
    b.putShort((short) 2);
    b.putShort((short) 0x010f).putShort((short) 2).putInt(make.length).putInt(makeAt);
    b.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(gpsAt);
    b.putInt(0);
    b.put(make);
    // GPS IFD: 3 entries -> 2 + 36 + 4 = 42 bytes, then data
    int latAt = gpsAt + 42;
    int areaAt = latAt + 24;
    b.putShort((short) 3);
    b.putShort((short) 0x0001).putShort((short) 2).putInt(2).put(ascii("N\0\0\0"));
    b.putShort((short) 0x0002).putShort((short) 5).putInt(3).putInt(latAt);
    b.putShort((short) 0x001c).putShort((short) 7).putInt(area.length).putInt(areaAt);
    b.putInt(0);
    b.putInt(41).putInt(1).putInt(17).putInt(1).putInt(5820).putInt(100);
    b.put(area);
    byte[] out = new byte[b.position()];
    b.flip().get(out);
    return out;
  }

  public static String xmpPacket() {
    return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?><x:xmpmeta xmlns:x=\"adobe:ns:meta/\">"
        + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description"
        + " xmlns:exif=\"http://ns.adobe.com/exif/1.0/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
        + " exif:GPSLatitude=\"41,17.92N\" exif:GPSLongitude=\"69,14.40E\" dc:creator=\"" + XMP_CANARY + "\"/>"
        + "</rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>";
  }

  // ---- JPEG -----------------------------------------------------------------------------------

  public static byte[] jpegSegment(int marker, byte[] payload) {
    int length = payload.length + 2;
    return concat(new byte[] {(byte) 0xff, (byte) marker, (byte) (length >> 8), (byte) length}, payload);
  }

  /** Inserts {@code segments} right after the SOI and APP0 (JFIF) segment of {@code jpeg}. */
  public static byte[] jpegInsert(byte[] jpeg, byte[]... segments) {
    int at = 2;
    if ((jpeg[2] & 0xff) == 0xff && (jpeg[3] & 0xff) == 0xe0) {
      at = 4 + (((jpeg[4] & 0xff) << 8) | (jpeg[5] & 0xff));
    }
    return concat(java.util.Arrays.copyOfRange(jpeg, 0, at), concat(segments),
        java.util.Arrays.copyOfRange(jpeg, at, jpeg.length));
  }

  /** A JPEG from ImageIO with EXIF (GPS), XMP, IPTC, a comment, an MPF segment and a trailer. */
  public static byte[] jpegWithMetadata() {
    byte[] plain = encode(picture(24, 16, BufferedImage.TYPE_INT_RGB), "jpg");
    byte[] withSegments = jpegInsert(plain,
        jpegSegment(0xe1, concat(ascii("Exif\0\0"), exifTiffWithGps())),
        jpegSegment(0xe1, concat(ascii("http://ns.adobe.com/xap/1.0/\0"), xmpPacket().getBytes(StandardCharsets.UTF_8))),
        jpegSegment(0xed, concat(ascii("Photoshop 3.0\08BIM"), ascii("qanari-iptc-byline"))),
        jpegSegment(0xfe, ascii(COMMENT_CANARY)),
        jpegSegment(0xe2, concat(ascii("MPF\0"), ascii("qanari-mpf"))),
        jpegSegment(0xe0, concat(ascii("JFXX\0\u0010"), ascii("qanari-thumbnail"))),
        jpegSegment(0xeb, ascii("qanari-app11")));
    return concat(withSegments, ascii(TRAILER_CANARY));
  }

  // ---- PNG ------------------------------------------------------------------------------------

  public static byte[] pngChunk(String type, byte[] data) {
    ByteBuffer b = ByteBuffer.allocate(12 + data.length);
    b.putInt(data.length).put(ascii(type)).put(data);
    CRC32 crc = new CRC32();
    crc.update(ascii(type));
    crc.update(data);
    b.putInt((int) crc.getValue());
    return b.array();
  }

  /** Inserts {@code chunks} right after the IHDR chunk of {@code png}. */
  public static byte[] pngInsert(byte[] png, byte[]... chunks) {
    int at = 8 + 12 + 13;
    return concat(java.util.Arrays.copyOfRange(png, 0, at), concat(chunks),
        java.util.Arrays.copyOfRange(png, at, png.length));
  }

  /** A PNG from ImageIO with tEXt, zTXt, iTXt (XMP), eXIf (GPS), tIME, a private chunk and a trailer. */
  public static byte[] pngWithMetadata() {
    byte[] plain = encode(picture(20, 12, BufferedImage.TYPE_INT_RGB), "png");
    byte[] with = pngInsert(plain,
        pngChunk("tEXt", concat(ascii("Comment\0"), ascii(COMMENT_CANARY))),
        pngChunk("zTXt", concat(ascii("Author\0\0"), new byte[] {0x78, (byte) 0x9c, 0x03, 0, 0, 0, 0, 1})),
        pngChunk("iTXt", concat(ascii("XML:com.adobe.xmp\0\0\0\0\0"), xmpPacket().getBytes(StandardCharsets.UTF_8))),
        pngChunk("eXIf", exifTiffWithGps()),
        pngChunk("tIME", new byte[] {0x07, (byte) 0xe8, 6, 1, 12, 0, 0}),
        pngChunk("caBX", ascii("qanari-c2pa-manifest")));
    return concat(with, ascii(TRAILER_CANARY));
  }

  // ---- GIF ------------------------------------------------------------------------------------

  /** Sub-blocks of at most 255 bytes and the terminator. */
  public static byte[] gifSubBlocks(byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < data.length; i += 255) {
      int n = Math.min(255, data.length - i);
      out.write(n);
      out.write(data, i, n);
    }
    out.write(0);
    return out.toByteArray();
  }

  public static byte[] gifApplication(String id11, byte[] data) {
    return concat(new byte[] {0x21, (byte) 0xff, 11}, ascii(id11), gifSubBlocks(data));
  }

  public static byte[] gifComment(String text) {
    return concat(new byte[] {0x21, (byte) 0xfe}, gifSubBlocks(ascii(text)));
  }

  /** Inserts {@code blocks} right after the header, screen descriptor and global colour table. */
  public static byte[] gifInsert(byte[] gif, byte[]... blocks) {
    int packed = gif[10] & 0xff;
    int at = 13 + ((packed & 0x80) != 0 ? 3 << ((packed & 7) + 1) : 0);
    return concat(java.util.Arrays.copyOfRange(gif, 0, at), concat(blocks),
        java.util.Arrays.copyOfRange(gif, at, gif.length));
  }

  /** A GIF from ImageIO with NETSCAPE2.0 looping, a comment, XMP and another application extension, and a trailer. */
  public static byte[] gifWithMetadata() {
    byte[] plain = encode(picture(16, 10, BufferedImage.TYPE_BYTE_INDEXED), "gif");
    byte[] with = gifInsert(plain,
        gifApplication("NETSCAPE2.0", new byte[] {1, 0, 0}),
        gifComment(COMMENT_CANARY),
        gifApplication("XMP DataXMP", xmpPacket().getBytes(StandardCharsets.UTF_8)),
        gifApplication("ICCRGBG1012", ascii("qanari-icc-app")));
    return concat(with, ascii(TRAILER_CANARY));
  }

  // ---- WebP -----------------------------------------------------------------------------------

  public static byte[] riffChunk(String type, byte[] data) {
    ByteBuffer b = ByteBuffer.allocate(8 + data.length + (data.length & 1)).order(ByteOrder.LITTLE_ENDIAN);
    b.put(ascii(type)).putInt(data.length).put(data);
    return b.array();
  }

  public static byte[] riff(String form, byte[]... chunks) {
    byte[] body = concat(chunks);
    ByteBuffer b = ByteBuffer.allocate(12 + body.length).order(ByteOrder.LITTLE_ENDIAN);
    b.put(ascii("RIFF")).putInt(4 + body.length).put(ascii(form)).put(body);
    return b.array();
  }

  /** The image chunk (VP8L) of {@link #WEBP_LOSSLESS}, header included. */
  public static byte[] webpImageChunk() {
    return java.util.Arrays.copyOfRange(WEBP_LOSSLESS, 12, WEBP_LOSSLESS.length);
  }

  /** VP8X payload: flags, reserved, canvas 1x1. */
  public static byte[] vp8x(int flags) {
    return new byte[] {(byte) flags, 0, 0, 0, 0, 0, 0, 0, 0, 0};
  }

  /**
   * An extended WebP: VP8X (EXIF and XMP flags), an ICC profile of {@code iccBytes} filler bytes,
   * the image, an EXIF chunk with GPS, an XMP chunk and an unknown chunk; then a trailer.
   */
  public static byte[] webpWithMetadata(int iccBytes) {
    byte[] icc = new byte[iccBytes];
    for (int i = 0; i < icc.length; i++) {
      icc[i] = (byte) (i * 31);
    }
    byte[] file = riff("WEBP",
        riffChunk("VP8X", vp8x(0x20 | 0x08 | 0x04)),
        riffChunk("ICCP", icc),
        webpImageChunk(),
        riffChunk("EXIF", concat(ascii("Exif\0\0"), exifTiffWithGps())),
        riffChunk("XMP ", xmpPacket().getBytes(StandardCharsets.UTF_8)),
        riffChunk("QANR", ascii("qanari-unknown-chunk")));
    return concat(file, ascii(TRAILER_CANARY));
  }

  // ---- audio and documents ---------------------------------------------------------------------

  /** An Ogg page beginning an Opus stream (OpusHead), then {@code extra} filler bytes. */
  public static byte[] oggOpus(int extra) {
    byte[] head = concat(ascii("OpusHead"), new byte[] {1, 1, 0x38, 1, (byte) 0x80, (byte) 0xbb, 0, 0, 0, 0, 0});
    ByteBuffer b = ByteBuffer.allocate(27 + 1 + head.length + extra).order(ByteOrder.LITTLE_ENDIAN);
    b.put(ascii("OggS")).put((byte) 0).put((byte) 2).putLong(0).putInt(0x51a7).putInt(0).putInt(0);
    b.put((byte) 1).put((byte) head.length).put(head);
    return b.array();
  }

  /** An ID3v2 tag holding a canary title, then MPEG-1 layer III frame headers. */
  public static byte[] mp3(String title) {
    byte[] frame = concat(ascii("TIT2"), new byte[] {0, 0, 0, (byte) (title.length() + 1), 0, 0, 3}, ascii(title));
    byte[] tag = concat(ascii("ID3"), new byte[] {3, 0, 0, 0, 0, 0, (byte) frame.length}, frame);
    byte[] frames = new byte[417 * 3];
    for (int i = 0; i < frames.length; i += 417) {
      frames[i] = (byte) 0xff;
      frames[i + 1] = (byte) 0xfb;
      frames[i + 2] = (byte) 0x90;
      frames[i + 3] = 0x64;
    }
    return concat(tag, frames);
  }

  /** A WAV with a fmt chunk, {@code samples} bytes of silence and a LIST/INFO canary. */
  public static byte[] wav(int samples) {
    ByteBuffer fmt = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
    fmt.putShort((short) 1).putShort((short) 1).putInt(8000).putInt(8000).putShort((short) 1).putShort((short) 8);
    return riff("WAVE", riffChunk("fmt ", fmt.array()), riffChunk("data", new byte[samples]),
        riffChunk("LIST", concat(ascii("INFOINAM"), new byte[] {14, 0, 0, 0}, ascii("qanari-title\0\0"))));
  }

  public static byte[] box(String type, byte[]... children) {
    byte[] body = concat(children);
    ByteBuffer b = ByteBuffer.allocate(8 + body.length);
    b.putInt(8 + body.length).put(ascii(type)).put(body);
    return b.array();
  }

  public static byte[] hdlr(String handler) {
    return box("hdlr", concat(new byte[8], ascii(handler), new byte[12], ascii("qanari\0")));
  }

  /** An M4A: ftyp, moov with one track per handler ({@code soun}, {@code vide}, ...), udta, mdat. */
  public static byte[] m4a(String majorBrand, String... handlers) {
    byte[][] tracks = new byte[handlers.length][];
    for (int i = 0; i < handlers.length; i++) {
      tracks[i] = box("trak", box("tkhd", new byte[84]), box("mdia", box("mdhd", new byte[24]), hdlr(handlers[i]),
          box("minf", new byte[16])));
    }
    return concat(
        box("ftyp", ascii(majorBrand), new byte[4], ascii("isomiso2")),
        box("moov", box("mvhd", new byte[100]), concat(tracks), box("udta", box("\u00a9xyz", ascii("+41.29+069.24/")))),
        box("mdat", new byte[2000]));
  }

  /** A small PDF with an /Author canary in its info dictionary. */
  public static byte[] pdf() {
    String body = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
        + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
        + "3 0 obj << /Author (qanari-pdf-author) >> endobj\n"
        + "trailer << /Root 1 0 R /Info 3 0 R >>\n%%EOF\n";
    return ascii(body);
  }
}
