package org.guwah.store.attachments.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Arrays;
import java.util.List;
import org.guwah.store.attachments.MediaType;
import org.guwah.store.attachments.TestFiles;
import org.junit.jupiter.api.Test;

/**
 * Damaged files (bytes flipped, cut anywhere) either pass or are refused with {@link
 * ContentRefusedException}: no other exception (index out of bounds, negative sizes, out of
 * memory) escapes a filter, and no refusal message quotes content.
 */
class FilterFuzzTest {
  private static final List<byte[]> SAMPLES = List.of(
      TestFiles.jpegWithMetadata(), TestFiles.pngWithMetadata(), TestFiles.gifWithMetadata(),
      TestFiles.webpWithMetadata(300), TestFiles.m4a("M4A ", "soun"), TestFiles.pdf(),
      "qanari text \u0627\u0644\u0639\u0631\u0628\u064A\u0629\n".repeat(20).getBytes(java.nio.charset.StandardCharsets.UTF_8));

  private static void survives(byte[] input) {
    int n = Math.min(input.length, UploadInput.SNIFF_LENGTH);
    if (n == 0) {
      return;
    }
    MediaType type;
    try {
      type = Sniffer.sniff(Arrays.copyOf(input, n), n, input.length < UploadInput.SNIFF_LENGTH);
    } catch (ContentRefusedException e) {
      assertThat(e.getMessage()).doesNotContain("qanari");
      return;
    }
    try {
      MemorySink.run(ContentFilters.of(type), input);
    } catch (ContentRefusedException e) {
      assertThat(e.getMessage()).doesNotContain("qanari");
    }
  }

  @Test
  void flippedBytesNeverEscapeAsAnotherException() {
    qt().withExamples(3000).forAll(integers().between(0, SAMPLES.size() - 1), integers().between(0, 1 << 30),
            integers().between(1, 255))
        .checkAssert((sample, position, mask) -> {
          byte[] input = SAMPLES.get(sample).clone();
          input[position % input.length] ^= (byte) (int) mask;
          survives(input);
        });
  }

  @Test
  void cutFilesNeverEscapeAsAnotherException() {
    qt().withExamples(2000).forAll(integers().between(0, SAMPLES.size() - 1), integers().between(0, 1 << 30))
        .checkAssert((sample, cut) -> {
          byte[] input = SAMPLES.get(sample);
          survives(Arrays.copyOf(input, cut % input.length));
        });
  }
}
