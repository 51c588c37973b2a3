package org.guwah.store.attachments.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.guwah.store.attachments.TestFiles.ascii;
import static org.guwah.store.attachments.TestFiles.concat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.guwah.store.attachments.MediaType;
import org.guwah.store.attachments.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SnifferTest {
  private static MediaType sniff(byte[] bytes) {
    int n = Math.min(bytes.length, UploadInput.SNIFF_LENGTH);
    return Sniffer.sniff(Arrays.copyOf(bytes, n), n, bytes.length < UploadInput.SNIFF_LENGTH);
  }

  private static String refusal(byte[] bytes) {
    try {
      sniff(bytes);
    } catch (ContentRefusedException e) {
      assertThat(e.reason()).isEqualTo(ContentRefusedException.Reason.UNSUPPORTED);
      return e.getMessage();
    }
    throw new AssertionError("not refused");
  }

  @Test
  void detectsEveryAcceptedTypeByItsBytes() {
    assertThat(sniff(TestFiles.jpegWithMetadata())).isEqualTo(MediaType.JPEG);
    assertThat(sniff(TestFiles.pngWithMetadata())).isEqualTo(MediaType.PNG);
    assertThat(sniff(TestFiles.gifWithMetadata())).isEqualTo(MediaType.GIF);
    assertThat(sniff(TestFiles.WEBP_LOSSY)).isEqualTo(MediaType.WEBP);
    assertThat(sniff(TestFiles.pdf())).isEqualTo(MediaType.PDF);
    assertThat(sniff(TestFiles.oggOpus(10))).isEqualTo(MediaType.OGG_AUDIO);
    assertThat(sniff(TestFiles.mp3("qanari"))).isEqualTo(MediaType.MP3);
    byte[] mp3 = TestFiles.mp3("x");
    assertThat(sniff(Arrays.copyOfRange(mp3, mp3.length - 417 * 3, mp3.length))).as("MP3 without ID3").isEqualTo(MediaType.MP3);
    assertThat(sniff(TestFiles.wav(10))).isEqualTo(MediaType.WAV);
    assertThat(sniff(TestFiles.m4a("M4A ", "soun"))).isEqualTo(MediaType.M4A);
    assertThat(sniff(TestFiles.m4a("isom", "soun"))).as("generic brand: checked later").isEqualTo(MediaType.M4A);
  }

  @Test
  void textIsUtf8WithoutControlCharacters() {
    String chat = "[12.03.2024, 21:04] Ayshe: \u0633\u0649\u0632 \u0642\u06D5\u064A\u06D5\u0631\u062F\u06D5?\n"
        + "[12.03.2024, 21:05] +90 555: \u200E<Media omitted>\n";
    assertThat(sniff(chat.getBytes(StandardCharsets.UTF_8))).isEqualTo(MediaType.TEXT);
    assertThat(sniff(concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, ascii("with BOM\r\n"))))
        .isEqualTo(MediaType.TEXT);
    assertThat(refusal(new byte[] {'a', 'b', (byte) 0xc3})).contains("unrecognised file type");
    assertThat(refusal(ascii("text with a NUL\0 inside"))).contains("unrecognised");
    assertThat(refusal(new byte[] {'a', (byte) 0xed, (byte) 0xa0, (byte) 0x80})).as("surrogate").contains("unrecognised");
    assertThat(refusal(new byte[] {(byte) 0xc0, (byte) 0xaf})).as("overlong").contains("unrecognised");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "<!DOCTYPE html><html><script>alert(1)</script>",
      "  \n<html><body onload=alert(1)>",
      "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>",
      "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>",
      "\uFEFF<script>alert(1)</script>",
      "<!-- comment --><iframe src=x>"})
  void refusesMarkup(String markup) {
    assertThat(refusal(markup.getBytes(StandardCharsets.UTF_8))).contains("markup");
  }

  @Test
  void refusesScriptsExecutablesArchivesUtf16HeicAndOtherRiffOrOgg() {
    assertThat(refusal(ascii("#!/bin/sh\nrm -rf /\n"))).contains("scripts");
    assertThat(refusal(concat(ascii("MZ\u0090\0"), new byte[60]))).contains("executables");
    assertThat(refusal(concat(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1}, new byte[40]))).contains("executables");
    assertThat(refusal(concat(ascii("PK\u0003\u0004"), new byte[40]))).contains("archives");
    assertThat(refusal("\uFEFFhello".getBytes(StandardCharsets.UTF_16LE))).contains("UTF-16");
    assertThat(refusal(TestFiles.box("ftyp", ascii("heic"), new byte[4], ascii("mif1heic")))).contains("HEIC");
    assertThat(refusal(TestFiles.box("ftyp", ascii("qt  "), new byte[4], ascii("qt  ")))).contains("not M4A");
    assertThat(refusal(TestFiles.riff("AVI ", TestFiles.riffChunk("LIST", new byte[4])))).contains("RIFF");
    byte[] theora = TestFiles.oggOpus(0);
    System.arraycopy(ascii("\u0080theora\0"), 0, theora, 28, 8);
    assertThat(refusal(theora)).contains("Ogg");
    assertThat(refusal(concat(ascii("II*\0"), new byte[20]))).contains("TIFF");
  }

  @Test
  void aPngSignatureIsAPngWhateverFollowsTheStripperChecksTheRest() {
    byte[] png = TestFiles.encode(TestFiles.picture(4, 4, BufferedImage.TYPE_INT_RGB), "png");
    byte[] disguised = concat(Arrays.copyOf(png, 8), ascii("MZ\u0090\0qanari-exe"));

    assertThat(sniff(disguised)).isEqualTo(MediaType.PNG);
  }

  @Test
  void messagesListWhatIsAccepted() {
    assertThat(refusal(new byte[] {0, 1, 2, 3})).endsWith(Sniffer.ACCEPTED);
  }
}
