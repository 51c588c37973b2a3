package org.guwah.store.attachments.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.guwah.store.attachments.TestFiles.ascii;
import static org.guwah.store.attachments.TestFiles.contains;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.guwah.store.attachments.StrippedMetadata;
import org.guwah.store.attachments.TestFiles;
import org.junit.jupiter.api.Test;

class WebpStripperTest {
  private static MemorySink.Filtered strip(byte[] webp) {
    return MemorySink.run(new WebpStripper(), webp);
  }

  /** The chunk types of a RIFF file, checking that sizes add up exactly. */
  static List<String> chunkTypes(byte[] riff) {
    ByteBuffer b = ByteBuffer.wrap(riff).order(ByteOrder.LITTLE_ENDIAN);
    assertThat(new String(riff, 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("RIFF");
    assertThat(Integer.toUnsignedLong(b.getInt(4))).as("RIFF size").isEqualTo(riff.length - 8L);
    List<String> types = new ArrayList<>();
    int at = 12;
    while (at < riff.length) {
      types.add(new String(riff, at, 4, java.nio.charset.StandardCharsets.US_ASCII));
      int size = b.getInt(at + 4);
      at += 8 + size + (size & 1);
    }
    assertThat(at).isEqualTo(riff.length);
    return types;
  }

  @Test
  void removesExifXmpAndUnknownChunksFixesRiffSizeAndFlags() {
    byte[] original = TestFiles.webpWithMetadata(100);

    MemorySink.Filtered result = strip(original);

    assertThat(contains(result.output(), "qanari")).isFalse();
    assertThat(contains(result.output(), "GPSLatitude")).isFalse();
    assertThat(chunkTypes(result.output())).containsExactly("VP8X", "ICCP", "VP8L");
    assertThat(result.output()[20] & 0xff).as("VP8X flags: ICC only").isEqualTo(0x20);
    assertThat(result.stripped()).containsExactlyInAnyOrder(StrippedMetadata.EXIF, StrippedMetadata.GPS,
        StrippedMetadata.XMP, StrippedMetadata.PRIVATE_CHUNK, StrippedMetadata.TRAILING_DATA);
    byte[] image = TestFiles.webpImageChunk();
    assertThat(Arrays.copyOfRange(result.output(), result.output().length - image.length, result.output().length))
        .as("image chunk copied byte for byte").isEqualTo(image);
  }

  @Test
  void simpleWebpsComeOutByteForByte() {
    assertThat(strip(TestFiles.WEBP_LOSSLESS).output()).isEqualTo(TestFiles.WEBP_LOSSLESS);
    assertThat(strip(TestFiles.WEBP_LOSSY).output()).isEqualTo(TestFiles.WEBP_LOSSY);
  }

  @Test
  void strippedOutputPassesAgainUnchanged() {
    byte[] once = strip(TestFiles.webpWithMetadata(7)).output();

    assertThat(strip(once).output()).isEqualTo(once);
  }

  @Test
  void refusesAChunkOverrunningTheContainerAndACutRiff() {
    byte[] overrun = TestFiles.riff("WEBP", TestFiles.webpImageChunk(), ascii("EXIF"), new byte[] {0x40, 0, 0, 0});
    byte[] cut = Arrays.copyOf(TestFiles.webpWithMetadata(10), 40);

    assertThatThrownBy(() -> strip(overrun)).isInstanceOf(ContentRefusedException.class)
        .hasMessageContaining("overruns the RIFF container");
    assertThatThrownBy(() -> strip(cut)).isInstanceOf(ContentRefusedException.class)
        .hasMessageContaining("cut short");
  }

  @Test
  void refusesAFirstChunkThatIsNoImage() {
    byte[] bad = TestFiles.riff("WEBP", TestFiles.riffChunk("EXIF", ascii("qanari")), TestFiles.webpImageChunk());

    assertThatThrownBy(() -> strip(bad)).isInstanceOf(ContentRefusedException.class)
        .hasMessageContaining("first chunk");
  }
}
