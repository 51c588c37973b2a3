package org.guwah.store.attachments.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.guwah.store.attachments.TestFiles.contains;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import org.guwah.store.attachments.StrippedMetadata;
import org.guwah.store.attachments.TestFiles;
import org.junit.jupiter.api.Test;

class GifStripperTest {
  private static MemorySink.Filtered strip(byte[] gif) {
    return MemorySink.run(new GifStripper(), gif);
  }

  @Test
  void removesCommentsXmpOtherApplicationsAndTrailerButKeepsLoopingAndPixels() {
    byte[] original = TestFiles.gifWithMetadata();

    MemorySink.Filtered result = strip(original);

    for (String canary : new String[] {"qanari", "XMP DataXMP", "ICCRGBG1012"}) {
      assertThat(contains(result.output(), canary)).as(canary).isFalse();
    }
    assertThat(contains(result.output(), "NETSCAPE2.0")).isTrue();
    assertThat(result.stripped()).containsExactlyInAnyOrder(StrippedMetadata.COMMENT, StrippedMetadata.XMP,
        StrippedMetadata.EXTENSION, StrippedMetadata.TRAILING_DATA);
    assertThat(TestFiles.pixels(result.output())).isEqualTo(TestFiles.pixels(original));
  }

  @Test
  void aPlainGifComesOutByteForByte() {
    byte[] plain = TestFiles.encode(TestFiles.picture(9, 7, BufferedImage.TYPE_BYTE_INDEXED), "gif");

    assertThat(strip(plain).output()).isEqualTo(plain);
  }

  @Test
  void refusesAGifCutShortOrWithAStrangeBlock() {
    byte[] plain = TestFiles.encode(TestFiles.picture(9, 7, BufferedImage.TYPE_BYTE_INDEXED), "gif");
    byte[] cut = Arrays.copyOf(plain, plain.length - 5);
    byte[] strange = TestFiles.gifInsert(plain, new byte[] {0x42});

    assertThatThrownBy(() -> strip(cut)).isInstanceOf(ContentRefusedException.class).hasMessageContaining("cut short");
    assertThatThrownBy(() -> strip(strange)).isInstanceOf(ContentRefusedException.class)
        .hasMessageContaining("unexpected block at byte");
  }
}
