package org.guwah.store.attachments.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.guwah.store.attachments.TestFiles.ascii;
import static org.guwah.store.attachments.TestFiles.concat;
import static org.guwah.store.attachments.TestFiles.contains;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import org.guwah.store.attachments.StrippedMetadata;
import org.guwah.store.attachments.TestFiles;
import org.junit.jupiter.api.Test;

class JpegStripperTest {
  private static MemorySink.Filtered strip(byte[] jpeg) {
    return MemorySink.run(new JpegStripper(), jpeg);
  }

  @Test
  void removesExifWithGpsXmpIptcCommentsOtherSegmentsAndTrailerButKeepsThePixels() {
    byte[] original = TestFiles.jpegWithMetadata();
    assertThat(contains(original, "qanari-gps")).isTrue();

    MemorySink.Filtered result = strip(original);

    for (String canary : new String[] {"qanari-gps", "qanari-camera", TestFiles.XMP_CANARY, "qanari-iptc",
        TestFiles.COMMENT_CANARY, "qanari-mpf", "qanari-thumbnail", "qanari-app11", TestFiles.TRAILER_CANARY,
        "Exif", "GPSLatitude"}) {
      assertThat(contains(result.output(), canary)).as(canary).isFalse();
    }
    assertThat(result.stripped()).containsExactlyInAnyOrder(StrippedMetadata.EXIF, StrippedMetadata.GPS,
        StrippedMetadata.XMP, StrippedMetadata.IPTC, StrippedMetadata.COMMENT, StrippedMetadata.MULTI_PICTURE,
        StrippedMetadata.THUMBNAIL, StrippedMetadata.APP_SEGMENT, StrippedMetadata.TRAILING_DATA);
    assertThat(TestFiles.pixels(result.output())).isEqualTo(TestFiles.pixels(original));
    assertThat(contains(result.output(), "JFIF")).as("APP0 JFIF kept").isTrue();
  }

  @Test
  void aJpegWithoutMetadataComesOutByteForByte() {
    byte[] plain = TestFiles.encode(TestFiles.picture(33, 17, BufferedImage.TYPE_INT_RGB), "jpg");

    MemorySink.Filtered result = strip(plain);

    assertThat(result.output()).isEqualTo(plain);
    assertThat(result.stripped()).isEmpty();
  }

  @Test
  void keepsIccProfileAndAdobeSegments() {
    byte[] plain = TestFiles.encode(TestFiles.picture(8, 8, BufferedImage.TYPE_INT_RGB), "jpg");
    byte[] icc = TestFiles.jpegSegment(0xe2, concat(ascii("ICC_PROFILE\0"), new byte[] {1, 1}, new byte[40]));
    byte[] adobe = TestFiles.jpegSegment(0xee, concat(ascii("Adobe"), new byte[] {0, 100, 0, 0, 0, 0, 1}));
    byte[] with = TestFiles.jpegInsert(plain, icc, adobe);

    assertThat(strip(with).output()).isEqualTo(with);
  }

  @Test
  void progressiveAndRestartMarkersSurvive() throws Exception {
    BufferedImage image = TestFiles.picture(64, 48, BufferedImage.TYPE_INT_RGB);
    javax.imageio.ImageWriter writer = javax.imageio.ImageIO.getImageWritersByFormatName("jpeg").next();
    javax.imageio.ImageWriteParam param = writer.getDefaultWriteParam();
    param.setProgressiveMode(javax.imageio.ImageWriteParam.MODE_DEFAULT);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (javax.imageio.stream.ImageOutputStream ios = javax.imageio.ImageIO.createImageOutputStream(out)) {
      writer.setOutput(ios);
      writer.write(null, new javax.imageio.IIOImage(image, null, null), param);
    }
    writer.dispose();
    byte[] progressive = TestFiles.jpegInsert(out.toByteArray(),
        TestFiles.jpegSegment(0xe1, concat(ascii("Exif\0\0"), TestFiles.exifTiffWithGps())));

    MemorySink.Filtered result = strip(progressive);

    assertThat(contains(result.output(), "qanari")).isFalse();
    assertThat(TestFiles.pixels(result.output())).isEqualTo(TestFiles.pixels(progressive));
  }

  @Test
  void refusesASegmentLengthPastTheEnd() {
    byte[] plain = TestFiles.encode(TestFiles.picture(8, 8, BufferedImage.TYPE_INT_RGB), "jpg");
    byte[] cut = concat(Arrays.copyOf(plain, 2), new byte[] {(byte) 0xff, (byte) 0xe1, (byte) 0xff, (byte) 0xf0},
        ascii("Exif\0\0qanari-gps"));

    assertThatThrownBy(() -> strip(cut))
        .isInstanceOf(ContentRefusedException.class)
        .hasMessageContaining("cut short at byte")
        .hasMessageNotContaining("qanari");
  }

  @Test
  void refusesASegmentLengthBelowTwo() {
    byte[] bad = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xdb, 0, 1, (byte) 0xff, (byte) 0xd9};

    assertThatThrownBy(() -> strip(bad)).isInstanceOf(ContentRefusedException.class)
        .hasMessageContaining("invalid length");
  }

  @Test
  void refusesAJpegWithoutEndOfImage() {
    byte[] plain = TestFiles.encode(TestFiles.picture(8, 8, BufferedImage.TYPE_INT_RGB), "jpg");
    byte[] cut = Arrays.copyOf(plain, plain.length - 2);

    assertThatThrownBy(() -> strip(cut)).isInstanceOf(ContentRefusedException.class)
        .hasMessageContaining("cut short");
  }

  @Test
  void refusesGarbageWhereAMarkerMustBe() {
    byte[] bad = concat(new byte[] {(byte) 0xff, (byte) 0xd8}, ascii("qanari-not-a-marker"));

    assertThatThrownBy(() -> strip(bad)).isInstanceOf(ContentRefusedException.class)
        .hasMessage("expected a marker at byte 2");
  }

  @Test
  void refusesASecondStartOfImage() {
    byte[] bad = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xd9};

    assertThatThrownBy(() -> strip(bad)).isInstanceOf(ContentRefusedException.class)
        .hasMessageContaining("second start-of-image");
  }
}
