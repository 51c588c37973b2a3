package org.guwah.web.attachments;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.guwah.store.attachments.MediaType;
import org.junit.jupiter.api.Test;

class ContentDispositionTest {
  private static String extended(String header) {
    String encoded = header.substring(header.indexOf("filename*=UTF-8''") + "filename*=UTF-8''".length());
    return URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  private static String plain(String header) {
    int start = header.indexOf("filename=\"") + "filename=\"".length();
    return header.substring(start, header.indexOf('"', start));
  }

  @Test
  void asciiNamesKeepTheirExtensionWhenItFitsTheContent() {
    String h = ContentDisposition.attachment("threat-screenshot.JPEG", MediaType.JPEG);
    assertThat(h).startsWith("attachment; ");
    assertThat(plain(h)).isEqualTo("threat-screenshot.JPEG");
    assertThat(extended(h)).isEqualTo("threat-screenshot.JPEG");
  }

  @Test
  void aNameWhoseExtensionLiesGetsTheContentsExtension() {
    assertThat(plain(ContentDisposition.attachment("evil.html", MediaType.PNG))).isEqualTo("evil.html.png");
    assertThat(plain(ContentDisposition.attachment("chat", MediaType.TEXT))).isEqualTo("chat.txt");
    assertThat(plain(ContentDisposition.attachment("voice.exe", MediaType.OGG_AUDIO))).isEqualTo("voice.exe.ogg");
  }

  @Test
  void nonAsciiNamesGoInFullIntoFilenameStarAndAsUnderscoresIntoTheFallback() {
    String h = ContentDisposition.attachment("تەھدىت 恐吓 угроза.png", MediaType.PNG);
    assertThat(extended(h)).isEqualTo("تەھدىت 恐吓 угроза.png");
    assertThat(plain(h)).isEqualTo("attachment.png");
    assertThat(plain(ContentDisposition.attachment("تەھدىت-2024.png", MediaType.PNG))).isEqualTo("______-2024.png");
    assertThat(ContentDisposition.attachment("قانارى.pdf", MediaType.PDF)).contains("filename=\"attachment.pdf\"");
    assertThat(h.chars().allMatch(c -> c >= 0x20 && c < 0x7f)).isTrue();
  }

  @Test
  void headerBreakingCharactersNeverSurvive() {
    String h = ContentDisposition.attachment("a\"b\\c;d\r\ne/../f%g.txt", MediaType.TEXT);
    assertThat(h.chars().allMatch(c -> c >= 0x20 && c < 0x7f)).isTrue();
    assertThat(plain(h)).doesNotContain("\"").doesNotContain("\\").doesNotContain(";").doesNotContain("/");
    assertThat(h).doesNotContain("\r").doesNotContain("\n");
    assertThat(plain(ContentDisposition.attachment(".bashrc", MediaType.TEXT))).doesNotStartWith(".");
  }

  @Test
  void veryLongNamesAreShortened() {
    String h = ContentDisposition.attachment("ئ".repeat(1000) + ".jpg", MediaType.JPEG);
    assertThat(extended(h)).hasSize(ContentDisposition.MAX_NAME + 4).endsWith(".jpg");
    assertThat(h.length()).isLessThan(2000);
  }
}
