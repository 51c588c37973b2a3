package org.guwah.store.crypto;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.prf.HmacPrfKey;
import com.google.crypto.tink.prf.HmacPrfParameters;
import com.google.crypto.tink.prf.Prf;
import com.google.crypto.tink.prf.PrfSet;
import com.google.crypto.tink.util.SecretBytes;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The key that turns analysed search terms into keyed tokens for the full-text index (the
 * production {@code TermSealer} of {@code guwah-search} wraps it; ADR 0014).
 *
 * <p><b>Where the key comes from.</b> It is not stored anywhere: it is derived from the blind-index
 * keyset's primary HMAC-SHA256 PRF, applied to the fixed label {@code guwah/search-key/v1}
 * (length-prefixed like {@link BlindIndex}'s input, under a label of its own, so no blind-index
 * token can equal it), giving 32 bytes that become an HMAC-SHA256 PRF key of its own. So the search
 * key is covered by exactly what covers the blind-index keyset — custody shares, sealing, recovery,
 * the custody file in backups — and changes whenever that keyset is replaced, while a leak of the
 * search key alone (it is the only one the index code holds) reveals no blind-index token.
 *
 * <p><b>Tokens.</b> {@link #seal} is the search key's PRF over the label {@code
 * guwah/search-term/v1}, a NUL byte and the UTF-8 input (malformed UTF-16 is replaced, never
 * refused), truncated to {@value #TOKEN_LENGTH} bytes. {@link #keyId()} is a key-check value: the
 * PRF of a fixed label, so equal ids mean equal keys (with overwhelming probability) and the id
 * reveals nothing about the key. Thread-safe; nothing is logged; no message contains an input.
 */
public final class SearchTermKey {
  /** Length of every token in bytes. */
  public static final int TOKEN_LENGTH = 16;

  private static final byte[] DERIVATION_LABEL = StrictUtf8.encode("guwah/search-key/v1", "label");
  private static final byte[] TERM_LABEL = "guwah/search-term/v1\0".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] CHECK_LABEL = "guwah/search-key-check/v1".getBytes(StandardCharsets.US_ASCII);

  private final Prf prf;
  private final String keyId;

  private SearchTermKey(Prf prf) {
    this.prf = prf;
    this.keyId = "s1-" + HexFormat.of().formatHex(compute(CHECK_LABEL, 12));
  }

  /**
   * Derives the search key from the blind-index PRF set.
   *
   * @throws IllegalStateException if the PRF fails (not expected with a valid keyset)
   */
  static SearchTermKey derive(PrfSet blindIndex) {
    ByteBuffer input = ByteBuffer.allocate(4 + DERIVATION_LABEL.length);
    input.putInt(DERIVATION_LABEL.length).put(DERIVATION_LABEL);
    byte[] secret = null;
    try {
      secret = blindIndex.computePrimary(input.array(), 32);
      HmacPrfParameters parameters = HmacPrfParameters.builder()
          .setKeySizeBytes(32)
          .setHashType(HmacPrfParameters.HashType.SHA256)
          .build();
      HmacPrfKey key = HmacPrfKey.builder()
          .setParameters(parameters)
          .setKeyBytes(SecretBytes.copyFrom(secret, InsecureSecretKeyAccess.get()))
          .build();
      KeysetHandle handle = KeysetHandle.newBuilder()
          .addEntry(KeysetHandle.importKey(key).withRandomId().makePrimary())
          .build();
      PrfSet set = handle.getPrimitive(TinkConfiguration.get(), PrfSet.class);
      return new SearchTermKey(set.getPrfs().get(set.getPrimaryId()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Unable to derive the search key", e);
    } finally {
      if (secret != null) {
        Arrays.fill(secret, (byte) 0);
      }
    }
  }

  /** A key-check value naming this key (not secret; {@code s1-} and 24 hex digits). */
  public String keyId() {
    return keyId;
  }

  /**
   * The {@value #TOKEN_LENGTH}-byte token of {@code input}.
   *
   * @throws IllegalStateException if the PRF fails (not expected); the message never names the input
   */
  public byte[] seal(String input) {
    byte[] text = input.getBytes(StandardCharsets.UTF_8);
    byte[] message = new byte[TERM_LABEL.length + text.length];
    System.arraycopy(TERM_LABEL, 0, message, 0, TERM_LABEL.length);
    System.arraycopy(text, 0, message, TERM_LABEL.length, text.length);
    return compute(message, TOKEN_LENGTH);
  }

  private byte[] compute(byte[] message, int length) {
    try {
      return prf.compute(message, length);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Unable to compute a search token", e);
    }
  }

  @Override
  public String toString() {
    return "SearchTermKey[" + keyId + ", HMAC_SHA256_PRF, " + TOKEN_LENGTH + " bytes]";
  }
}
