package org.guwah.store.attachments.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.HexFormat;
import java.util.Random;
import org.guwah.store.attachments.TestFiles;
import org.junit.jupiter.api.Test;

class UploadInputTest {
  @Test
  void peekShowsTheHeadWithoutConsumingAndTheHashCoversEverything() throws Exception {
    byte[] data = new byte[300_000];
    new Random(3).nextBytes(data);
    UploadInput in = new UploadInput(new ByteArrayInputStream(data), data.length);
    byte[] head = new byte[UploadInput.SNIFF_LENGTH];

    assertThat(in.peek(head, head.length)).isEqualTo(head.length);
    assertThat(in.position()).isZero();
    assertThat(in.readByte("x")).isEqualTo(data[0] & 0xff);
    in.skip(1000, "x");
    assertThat(in.skipToEnd()).isEqualTo(data.length - 1001L);
    assertThat(HexFormat.of().formatHex(in.sha256())).isEqualTo(TestFiles.sha256Hex(data));
  }

  @Test
  void oneByteOverTheLimitIsRefusedWhileReading() throws Exception {
    UploadInput exact = new UploadInput(new ByteArrayInputStream(new byte[5000]), 5000);
    UploadInput over = new UploadInput(new ByteArrayInputStream(new byte[5001]), 5000);

    assertThat(exact.skipToEnd()).isEqualTo(5000);
    assertThatThrownBy(over::skipToEnd).isInstanceOf(UploadTooLargeException.class);
  }

  @Test
  void neverReadsMuchPastTheLimitFromAnEndlessStream() {
    long[] served = {0};
    InputStream endless = new InputStream() {
      @Override
      public int read() {
        served[0]++;
        return 'a';
      }

      @Override
      public int read(byte[] b, int off, int len) {
        java.util.Arrays.fill(b, off, off + len, (byte) 'a');
        served[0] += len;
        return len;
      }
    };
    UploadInput in = new UploadInput(endless, 1_000_000);

    assertThatThrownBy(in::skipToEnd).isInstanceOf(UploadTooLargeException.class);
    assertThat(served[0]).isLessThan(1_000_000 + 70_000);
  }

  @Test
  void aShortReadIsRefusedNamingWhatAndWhere() throws Exception {
    UploadInput in = new UploadInput(new ByteArrayInputStream(new byte[10]), 100);
    in.skip(4, "head");

    assertThatThrownBy(() -> in.readBytes(20, "the frame"))
        .isInstanceOf(ContentRefusedException.class)
        .hasMessage("the frame is cut short at byte 10");
  }
}
