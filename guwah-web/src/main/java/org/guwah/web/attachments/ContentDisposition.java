package org.guwah.web.attachments;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.guwah.store.attachments.MediaType;

/**
 * The {@code Content-Disposition} of a download: always {@code attachment} (never shown inline),
 * with the uploaded file name as an ASCII fallback ({@code filename}) and in full as UTF-8 (RFC
 * 5987/6266 {@code filename*}). The name always ends with an extension of the type detected from the
 * content, so a file uploaded as {@code threat.html} but stored as PNG is saved as {@code
 * threat.html.png} and never opens as a page.
 */
final class ContentDisposition {
  /** Longest name kept, in code points, before the extension (keeps the header small). */
  static final int MAX_NAME = 120;

  private static final Map<MediaType, List<String>> EXTENSIONS = Map.of(
      MediaType.JPEG, List.of("jpg", "jpeg"),
      MediaType.PNG, List.of("png"),
      MediaType.WEBP, List.of("webp"),
      MediaType.GIF, List.of("gif"),
      MediaType.PDF, List.of("pdf"),
      MediaType.TEXT, List.of("txt"),
      MediaType.OGG_AUDIO, List.of("ogg", "opus", "oga"),
      MediaType.MP3, List.of("mp3"),
      MediaType.M4A, List.of("m4a"),
      MediaType.WAV, List.of("wav"));

  private ContentDisposition() {}

  /** The header value for a download of a file named {@code fileName} whose content is {@code type}. */
  static String attachment(String fileName, MediaType type) {
    String name = withExtension(fileName, type);
    return "attachment; filename=\"" + ascii(name, type) + "\"; filename*=UTF-8''" + encoded(name);
  }

  /** The name, shortened, ending with an extension of {@code type}. */
  static String withExtension(String fileName, MediaType type) {
    List<String> extensions = EXTENSIONS.get(type);
    String name = fileName.strip();
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    String stem = extensions.contains(ext) ? name.substring(0, dot) : name;
    String suffix = extensions.contains(ext) ? name.substring(dot + 1) : extensions.get(0);
    if (stem.codePointCount(0, stem.length()) > MAX_NAME) {
      stem = stem.substring(0, stem.offsetByCodePoints(0, MAX_NAME));
    }
    StringBuilder clean = new StringBuilder();
    stem.codePoints().forEach(c -> clean.appendCodePoint(Character.isISOControl(c) || c == '/' || c == '\\' ? '_' : c));
    String base = clean.toString().strip();
    return (base.isEmpty() ? "attachment" : base) + "." + suffix;
  }

  /** Printable ASCII only, without quotes, backslashes, separators or a leading dot. */
  private static String ascii(String name, MediaType type) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean plain = c >= 0x20 && c < 0x7f && "\"\\/:;*?<>|%`".indexOf(c) < 0;
      out.append(plain ? c : '_');
    }
    String s = out.toString();
    if (s.startsWith(".")) {
      s = "_" + s.substring(1);
    }
    int dot = s.lastIndexOf('.');
    String stem = dot < 0 ? s : s.substring(0, dot);
    return stem.replace("_", "").isBlank() ? "attachment" + (dot < 0 ? "." + EXTENSIONS.get(type).get(0) : s.substring(dot)) : s;
  }

  /** RFC 5987 {@code value-chars}: UTF-8 bytes, every byte but {@code attr-char} percent-encoded. */
  private static String encoded(String name) {
    StringBuilder out = new StringBuilder();
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      boolean attrChar = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
          || "!#$&+-.^_`|~".indexOf(c) >= 0;
      if (attrChar) {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return out.toString();
  }
}
