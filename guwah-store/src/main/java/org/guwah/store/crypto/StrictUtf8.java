package org.guwah.store.crypto;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * UTF-8 encoding that rejects malformed input instead of replacing it, so that two different
 * strings can never encode to the same bytes (a lone surrogate would otherwise become {@code ?}).
 */
final class StrictUtf8 {
  private StrictUtf8() {}

  /**
   * Encodes {@code text}; throws {@link IllegalArgumentException} naming only {@code what} (never
   * the text) if it contains unpaired surrogates.
   */
  static byte[] encode(String text, String what) {
    try {
      ByteBuffer buffer =
          StandardCharsets.UTF_8
              .newEncoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .encode(CharBuffer.wrap(text));
      return Arrays.copyOfRange(buffer.array(), buffer.arrayOffset(), buffer.limit());
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException(what + " is not well-formed Unicode");
    }
  }

  /** Decodes UTF-8 bytes, rejecting malformed sequences. */
  static String decode(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }
}
