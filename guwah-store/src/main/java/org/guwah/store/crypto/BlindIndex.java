package org.guwah.store.crypto;

import com.google.crypto.tink.prf.PrfSet;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.Objects;

/**
 * Keyed, deterministic tokens for equality lookups on encrypted fields ("blind index").
 *
 * <p>{@code token(field, value)} is the primary HMAC-SHA256 PRF of the blind-index keyset applied
 * to an unambiguous, domain-separated encoding of a version label, the field name and the value
 * (each UTF-8, length-prefixed), truncated to {@value #TOKEN_LENGTH} bytes. The same keyset, field
 * and value always give the same token; different fields give unrelated tokens for one value, so
 * a token cannot be matched across columns. Without the key, tokens reveal nothing but equality.
 *
 * <p>The caller normalises the value (case, script, spacing) before calling; this class hashes
 * exactly what it gets. Thread-safe; nothing is logged, and exception messages never contain the
 * value.
 */
public final class BlindIndex {
  /** Length of every token in bytes. */
  public static final int TOKEN_LENGTH = 16;

  private static final byte[] LABEL = StrictUtf8.encode("guwah/blind-index/v1", "label");

  private final PrfSet prf;

  BlindIndex(PrfSet prf) {
    this.prf = prf;
  }

  /**
   * Returns the {@value #TOKEN_LENGTH}-byte token of {@code normalizedValue} in {@code field}.
   *
   * @param field stable field name such as {@code "person.name"}; must not be empty
   * @param normalizedValue the already normalised value; may be empty
   * @throws IllegalArgumentException if {@code field} is empty or either string is not
   *     well-formed Unicode (the message names neither value)
   * @throws IllegalStateException if the PRF fails (not expected with a valid keyset)
   */
  public byte[] token(String field, String normalizedValue) {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(normalizedValue, "normalizedValue");
    if (field.isEmpty()) {
      throw new IllegalArgumentException("field must not be empty");
    }
    byte[] fieldBytes = StrictUtf8.encode(field, "field");
    byte[] valueBytes = StrictUtf8.encode(normalizedValue, "normalizedValue");
    ByteBuffer input =
        ByteBuffer.allocate(12 + LABEL.length + fieldBytes.length + valueBytes.length);
    input.putInt(LABEL.length).put(LABEL);
    input.putInt(fieldBytes.length).put(fieldBytes);
    input.putInt(valueBytes.length).put(valueBytes);
    try {
      return prf.computePrimary(input.array(), TOKEN_LENGTH);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Unable to compute blind-index token", e);
    }
  }

  @Override
  public String toString() {
    return "BlindIndex[HMAC_SHA256_PRF, " + TOKEN_LENGTH + " bytes]";
  }
}
