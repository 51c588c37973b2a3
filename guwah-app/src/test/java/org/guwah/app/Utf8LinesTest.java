package org.guwah.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Utf8LinesTest {
  private static List<Long> badLines(byte[] bytes) {
    Utf8Lines utf8 = new Utf8Lines();
    List<Long> bad = new ArrayList<>();
    for (byte b : bytes) {
      long line = utf8.accept(b & 0xFF);
      if (line > 0) {
        bad.add(line);
      }
    }
    long end = utf8.end();
    if (end > 0) {
      bad.add(end);
    }
    return bad;
  }

  private static byte[] join(Object... parts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (Object p : parts) {
      byte[] b = p instanceof String ? ((String) p).getBytes(StandardCharsets.UTF_8) : (byte[]) p;
      out.write(b, 0, b.length);
    }
    return out.toByteArray();
  }

  @Test
  void wellFormedTextInAnyScriptPassesAndLinesAreCounted() {
    Utf8Lines utf8 = new Utf8Lines();
    for (byte b : "Memet\nمەمەت\n麦麦提 😀\n".getBytes(StandardCharsets.UTF_8)) {
      assertThat(utf8.accept(b & 0xFF)).isZero();
    }
    assertThat(utf8.end()).isZero();
    assertThat(utf8.line()).isEqualTo(4);
  }

  @Test
  void namesTheLineOfEachMalformedSequence() {
    assertThat(badLines(join("ok\n", new byte[] {(byte) 0xC0, (byte) 0xAF}, "\n"))).as("overlong").containsExactly(2L);
    assertThat(badLines(join("a\nb\n", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}))).as("surrogate")
        .containsExactly(3L);
    assertThat(badLines(join(new byte[] {(byte) 0x80}, "\nx"))).as("stray continuation").containsExactly(1L);
    assertThat(badLines(join("x\n", new byte[] {(byte) 0xE4, (byte) 0xB8}, "\ny"))).as("cut before a newline")
        .containsExactly(2L);
    assertThat(badLines(join("x\n", new byte[] {(byte) 0xE4}))).as("cut at the end").containsExactly(2L);
    assertThat(badLines(new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80})).as("above U+10FFFF")
        .containsExactly(1L);
    assertThat(badLines(join("\u00e9\n", new byte[] {(byte) 0xB5, 'x'}, "\n\u00e9"))).as("GBK-like row among UTF-8")
        .containsExactly(2L);
  }
}
