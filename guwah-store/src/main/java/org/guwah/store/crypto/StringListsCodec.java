package org.guwah.store.crypto;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keyed lists of strings (questionnaire answers, a list's header, a list row's cells) as bytes before
 * sealing: a version byte, then counted UTF-8 strings. The encoding is stable: stored ciphertexts
 * depend on it.
 */
public final class StringListsCodec {
  private static final int VERSION = 1;
  private static final int MAX_ENTRIES = 100_000;

  private StringListsCodec() {}

  /** The bytes of {@code answers}, in its iteration order. */
  public static byte[] encode(Map<String, List<String>> answers) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(VERSION);
      out.writeInt(answers.size());
      for (Map.Entry<String, List<String>> e : answers.entrySet()) {
        string(out, e.getKey());
        out.writeInt(e.getValue().size());
        for (String v : e.getValue()) {
          string(out, v);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * The map {@link #encode} wrote (insertion-ordered, unmodifiable).
   *
   * @throws IllegalStateException if the bytes are not such an encoding
   */
  public static Map<String, List<String>> decode(byte[] encoded) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(encoded))) {
      if (in.readUnsignedByte() != VERSION) {
        throw new IllegalStateException("unknown string-lists encoding");
      }
      int n = in.readInt();
      if (n < 0 || n > MAX_ENTRIES) {
        throw new IllegalStateException("damaged string-lists encoding");
      }
      Map<String, List<String>> answers = new LinkedHashMap<>();
      for (int i = 0; i < n; i++) {
        String key = string(in);
        int m = in.readInt();
        if (m < 0 || m > MAX_ENTRIES) {
          throw new IllegalStateException("damaged string-lists encoding");
        }
        List<String> values = new ArrayList<>(m);
        for (int j = 0; j < m; j++) {
          values.add(string(in));
        }
        answers.put(key, List.copyOf(values));
      }
      return Collections.unmodifiableMap(answers);
    } catch (IOException e) {
      throw new IllegalStateException("damaged string-lists encoding", e);
    }
  }

  private static void string(DataOutputStream out, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  private static String string(DataInputStream in) throws IOException {
    int len = in.readInt();
    if (len < 0 || len > 64 * 1024 * 1024) {
      throw new IOException("damaged string-lists encoding");
    }
    byte[] b = new byte[len];
    in.readFully(b);
    return new String(b, StandardCharsets.UTF_8);
  }
}
