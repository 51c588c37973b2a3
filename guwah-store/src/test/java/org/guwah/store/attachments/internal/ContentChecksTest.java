package org.guwah.store.attachments.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.guwah.store.attachments.TestFiles.ascii;
import static org.guwah.store.attachments.TestFiles.concat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.guwah.store.attachments.TestFiles;
import org.junit.jupiter.api.Test;

/** The filters that store content as it is, after checking it: text, PDF, M4A, pass-through. */
class ContentChecksTest {
  @Test
  void textPassesUnchangedAcrossBufferBoundaries() {
    StringBuilder s = new StringBuilder();
    while (s.length() < 200_000) {
      s.append("\u0626\u06C7\u064A\u063A\u06C7\u0631 qanari-content \u4E2D\u6587 \uD83D\uDE00\n");
    }
    byte[] text = s.toString().getBytes(StandardCharsets.UTF_8);

    assertThat(MemorySink.run(new TextCheck(), text).output()).isEqualTo(text);
  }

  @Test
  void textThatTurnsBinaryIsRefusedAtItsOffset() {
    byte[] text = concat(ascii("fine so far\n".repeat(1000)), new byte[] {0}, ascii("qanari"));
    byte[] cut = concat(ascii("ends inside "), new byte[] {(byte) 0xe4, (byte) 0xb8});

    assertThatThrownBy(() -> MemorySink.run(new TextCheck(), text)).isInstanceOf(ContentRefusedException.class)
        .hasMessage("control character at byte 12000 (not a text file)");
    assertThatThrownBy(() -> MemorySink.run(new TextCheck(), cut)).hasMessageContaining("ends inside a UTF-8");
  }

  @Test
  void pdfIsStoredAsItIsIfItEndsLikeAPdf() {
    byte[] pdf = TestFiles.pdf();
    byte[] longPdf = concat(ascii("%PDF-1.7\n"), new byte[200_000], ascii("\nstartxref\n0\n%%EOF\r\n"));

    assertThat(MemorySink.run(new PdfCheck(), pdf).output()).isEqualTo(pdf);
    assertThat(MemorySink.run(new PdfCheck(), longPdf).output()).isEqualTo(longPdf);
    assertThatThrownBy(() -> MemorySink.run(new PdfCheck(), Arrays.copyOf(pdf, pdf.length - 8)))
        .isInstanceOf(ContentRefusedException.class).hasMessageContaining("%%EOF");
    assertThatThrownBy(() -> MemorySink.run(new PdfCheck(), concat(ascii("%PDF-"), new byte[5000], ascii("MZ"))))
        .hasMessageContaining("%%EOF");
  }

  @Test
  void m4aWithASoundTrackIsStoredAsItIs() {
    byte[] m4a = TestFiles.m4a("M4A ", "soun");

    assertThat(MemorySink.run(new Mp4AudioCheck(), m4a).output()).isEqualTo(m4a);
  }

  @Test
  void mp4WithVideoOrWithoutSoundIsRefused() {
    ContentRefusedException video = org.junit.jupiter.api.Assertions.assertThrows(ContentRefusedException.class,
        () -> MemorySink.run(new Mp4AudioCheck(), TestFiles.m4a("isom", "soun", "vide")));
    assertThat(video.reason()).isEqualTo(ContentRefusedException.Reason.UNSUPPORTED);
    assertThat(video).hasMessageContaining("video track");
    assertThatThrownBy(() -> MemorySink.run(new Mp4AudioCheck(), TestFiles.m4a("M4A ", "meta")))
        .hasMessageContaining("no sound track");
  }

  @Test
  void mp4BoxesThatDoNotFitAreRefused() {
    byte[] m4a = TestFiles.m4a("M4A ", "soun");
    byte[] cut = Arrays.copyOf(m4a, m4a.length - 100);
    byte[] noMoov = concat(TestFiles.box("ftyp", ascii("M4A "), new byte[4]), TestFiles.box("mdat", new byte[10]));
    byte[] overrun = concat(TestFiles.box("ftyp", ascii("M4A "), new byte[4]),
        TestFiles.box("moov", new byte[] {0, 0, 0, 0x50}, ascii("trak")));

    assertThatThrownBy(() -> MemorySink.run(new Mp4AudioCheck(), cut)).hasMessageContaining("cut short");
    assertThatThrownBy(() -> MemorySink.run(new Mp4AudioCheck(), noMoov)).hasMessageContaining("no movie box");
    assertThatThrownBy(() -> MemorySink.run(new Mp4AudioCheck(), overrun)).hasMessageContaining("does not fit");
  }

  @Test
  void audioPassesThroughWithItsMetadata() {
    byte[] mp3 = TestFiles.mp3("qanari-title");

    assertThat(MemorySink.run(new PassThrough(), mp3).output()).isEqualTo(mp3);
  }
}
