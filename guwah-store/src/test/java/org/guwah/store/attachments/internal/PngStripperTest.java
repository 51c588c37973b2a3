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

class PngStripperTest {
  private static MemorySink.Filtered strip(byte[] png) {
    return MemorySink.run(new PngStripper(), png);
  }

  private static byte[] plain() {
    return TestFiles.encode(TestFiles.picture(20, 12, BufferedImage.TYPE_INT_RGB), "png");
  }

  @Test
  void removesTextExifTimePrivateChunksAndTrailerButKeepsThePixels() {
    byte[] original = TestFiles.pngWithMetadata();

    MemorySink.Filtered result = strip(original);

    for (String canary : new String[] {"qanari", "tEXt", "zTXt", "iTXt", "eXIf", "tIME", "caBX", "GPSLatitude"}) {
      assertThat(contains(result.output(), canary)).as(canary).isFalse();
    }
    assertThat(result.stripped()).containsExactlyInAnyOrder(StrippedMetadata.TEXT, StrippedMetadata.XMP,
        StrippedMetadata.EXIF, StrippedMetadata.GPS, StrippedMetadata.TIME, StrippedMetadata.PRIVATE_CHUNK,
        StrippedMetadata.TRAILING_DATA);
    assertThat(TestFiles.pixels(result.output())).isEqualTo(TestFiles.pixels(original));
    assertThat(result.output()).as("what is left is exactly the plain image").isEqualTo(plain());
  }

  @Test
  void strippedOutputPassesAgainUnchangedSoEveryKeptCrcIsValid() {
    byte[] once = strip(TestFiles.pngWithMetadata()).output();

    MemorySink.Filtered twice = strip(once);

    assertThat(twice.output()).isEqualTo(once);
    assertThat(twice.stripped()).isEmpty();
  }

  @Test
  void keepsRenderingChunks() {
    byte[] with = TestFiles.pngInsert(plain(), TestFiles.pngChunk("gAMA", new byte[] {0, 0, (byte) 0xb1, (byte) 0x8f}),
        TestFiles.pngChunk("pHYs", new byte[] {0, 0, 0x0b, 0x13, 0, 0, 0x0b, 0x13, 1}));

    assertThat(strip(with).output()).isEqualTo(with);
  }

  @Test
  void refusesAChunkOfTwoGigabytes() {
    byte[] huge = concat(Arrays.copyOf(plain(), 33), new byte[] {(byte) 0x80, 0, 0, 0}, ascii("tEXtqanari"));

    assertThatThrownBy(() -> strip(huge)).isInstanceOf(ContentRefusedException.class)
        .hasMessage("chunk at byte 33 declares a length above PNG's limit");
  }

  @Test
  void refusesAChunkLengthPastTheEnd() {
    byte[] cut = concat(Arrays.copyOf(plain(), 33), new byte[] {0x7f, 0, 0, 0}, ascii("tEXtqanari"));

    assertThatThrownBy(() -> strip(cut)).isInstanceOf(ContentRefusedException.class)
        .hasMessageContaining("chunk at byte 33 is cut short")
        .hasMessageNotContaining("qanari");
  }

  @Test
  void refusesAPngSignatureWithAnExecutableBody() {
    byte[] disguised = concat(Arrays.copyOf(plain(), 8), ascii("MZ\u0090\0\u0003\0\0\0\u0004\0\0\0qanari-exe"));

    assertThatThrownBy(() -> strip(disguised)).isInstanceOf(ContentRefusedException.class)
        .hasMessageContaining("at byte 8");
  }

  @Test
  void refusesABadCrc() {
    byte[] png = plain();
    byte[] bad = png.clone();
    bad[45] ^= 1;

    assertThatThrownBy(() -> strip(bad)).isInstanceOf(ContentRefusedException.class)
        .hasMessageContaining("CRC");
  }

  @Test
  void refusesAnUnknownCriticalChunkAndMissingEnd() {
    byte[] critical = TestFiles.pngInsert(plain(), TestFiles.pngChunk("CgBI", new byte[4]));
    byte[] png = plain();
    byte[] noEnd = Arrays.copyOf(png, png.length - 12);

    assertThatThrownBy(() -> strip(critical)).hasMessageContaining("unknown critical chunk");
    assertThatThrownBy(() -> strip(noEnd)).isInstanceOf(ContentRefusedException.class)
        .hasMessageContaining("cut short");
  }
}
