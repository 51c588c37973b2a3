package org.guwah.web.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class QrSvgTest {
  private static final String URI =
      "otpauth://totp/Guwah:gulnar.a?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
          + "&issuer=Guwah&algorithm=SHA1&digits=6&period=30";
  private static final Pattern DOCUMENT =
      Pattern.compile(
          "<svg xmlns=\"http://www\\.w3\\.org/2000/svg\" viewBox=\"0 0 (\\d+) \\1\""
              + " width=\"(\\d+)\" height=\"\\2\" shape-rendering=\"crispEdges\">"
              + "<rect width=\"\\1\" height=\"\\1\" fill=\"#fff\"/>"
              + "<path fill=\"#000\" d=\"((?:M\\d+ \\d+h\\d+v1h-\\d+z)+)\"/></svg>");
  private static final Pattern RUN = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-(\\d+)z");

  @Test
  void svgDecodesBackToTheOtpauthUri() throws Exception {
    String svg = QrSvg.render(URI);

    boolean[][] modules = parse(svg);
    assertThat(decode(image(modules, 4))).isEqualTo(URI);
  }

  @Test
  void bitMatrixRenderedAsAnImageDecodesBack() throws Exception {
    BitMatrix matrix = QrSvg.modules(URI);
    int size = matrix.getWidth() + 2 * QrSvg.QUIET_ZONE;
    boolean[][] modules = new boolean[size][size];
    for (int y = 0; y < matrix.getHeight(); y++) {
      for (int x = 0; x < matrix.getWidth(); x++) {
        modules[y + QrSvg.QUIET_ZONE][x + QrSvg.QUIET_ZONE] = matrix.get(x, y);
      }
    }
    assertThat(decode(image(modules, 3))).isEqualTo(URI);
    // and the SVG draws exactly these modules
    assertThat(parse(QrSvg.render(URI))).isDeepEqualTo(modules);
  }

  @Test
  void nonAsciiContentRoundTripsAsUtf8() throws Exception {
    String text = "otpauth://totp/Guwah:%D8%A6?x=ئۇيغۇر-قازاق-中文";
    assertThat(decode(image(parse(QrSvg.render(text)), 4))).isEqualTo(text);
  }

  @Test
  void documentIsOnlyARectAndOnePathWithAQuietZone() {
    String svg = QrSvg.render(URI);

    Matcher m = DOCUMENT.matcher(svg);
    assertThat(m.matches()).as(svg).isTrue();
    int size = Integer.parseInt(m.group(1));
    assertThat(size).isEqualTo(QrSvg.modules(URI).getWidth() + 8);
    assertThat(Integer.parseInt(m.group(2))).isEqualTo(size * QrSvg.PIXELS_PER_MODULE);
    assertThat(svg).doesNotContainIgnoringCase("script").doesNotContain("href").doesNotContain("url(")
        .doesNotContain("style").doesNotContain(" on").doesNotContain("<!").doesNotContain("<?");
    // quiet zone: no dark module within four modules of the border
    boolean[][] modules = parse(svg);
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        if (x < 4 || y < 4 || x >= size - 4 || y >= size - 4) {
          assertThat(modules[y][x]).isFalse();
        }
      }
    }
  }

  @Test
  void refusesEmptyAndOverlongContentWithoutEchoingIt() {
    assertThatThrownBy(() -> QrSvg.render("")).isInstanceOf(IllegalArgumentException.class);
    String secret = "SECRETSECRET".repeat(100);
    assertThatThrownBy(() -> QrSvg.render(secret))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("SECRET");
    // the longest content allowed still makes a readable code (version 40 holds 2331 bytes at M)
    String longest = "\u4e2d".repeat(341) + "x"; // 1024 bytes of UTF-8
    assertThat(QrSvg.modules(longest).getWidth()).isLessThanOrEqualTo(177);
    assertThatThrownBy(() -> QrSvg.render(longest + "y")).isInstanceOf(IllegalArgumentException.class);
  }

  /** Modules of the SVG: the viewBox square, dark where the path draws. */
  private static boolean[][] parse(String svg) {
    Matcher document = DOCUMENT.matcher(svg);
    assertThat(document.matches()).isTrue();
    int size = Integer.parseInt(document.group(1));
    boolean[][] modules = new boolean[size][size];
    Matcher run = RUN.matcher(document.group(3));
    while (run.find()) {
      int x = Integer.parseInt(run.group(1));
      int y = Integer.parseInt(run.group(2));
      int width = Integer.parseInt(run.group(3));
      assertThat(run.group(4)).isEqualTo(run.group(3));
      for (int i = 0; i < width; i++) {
        assertThat(modules[y][x + i]).as("drawn twice").isFalse();
        modules[y][x + i] = true;
      }
    }
    return modules;
  }

  private static BufferedImage image(boolean[][] modules, int scale) {
    int size = modules.length * scale;
    BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_GRAY);
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        image.setRGB(x, y, modules[y / scale][x / scale] ? 0x000000 : 0xFFFFFF);
      }
    }
    return image;
  }

  private static String decode(BufferedImage image) throws Exception {
    BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new GrayImageSource(image)));
    Result result = new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.FALSE));
    return result.getText();
  }

  /** Luminance of a grey image, for zxing core (which has no AWT support of its own). */
  private static final class GrayImageSource extends LuminanceSource {
    private final byte[] pixels;

    GrayImageSource(BufferedImage image) {
      super(image.getWidth(), image.getHeight());
      pixels = new byte[image.getWidth() * image.getHeight()];
      for (int y = 0; y < image.getHeight(); y++) {
        for (int x = 0; x < image.getWidth(); x++) {
          pixels[y * image.getWidth() + x] = (byte) (image.getRGB(x, y) & 0xFF);
        }
      }
    }

    @Override
    public byte[] getRow(int y, byte[] row) {
      byte[] out = row == null || row.length < getWidth() ? new byte[getWidth()] : row;
      System.arraycopy(pixels, y * getWidth(), out, 0, getWidth());
      return out;
    }

    @Override
    public byte[] getMatrix() {
      return pixels.clone();
    }
  }
}
