package org.guwah.search;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Test {@link TermSealer}: HMAC-SHA256 under a fixed key, one {@link Mac} per thread. */
public final class HmacTermSealer implements TermSealer {
  private final SecretKeySpec key;
  private final String keyId;
  private final ThreadLocal<Mac> mac;

  private HmacTermSealer(byte[] keyBytes) {
    this.key = new SecretKeySpec(keyBytes.clone(), "HmacSHA256");
    this.mac = ThreadLocal.withInitial(this::newMac);
    this.keyId = "hmac-test-" + HexFormat.of().formatHex(seal("guwah-search key id"), 0, 4);
  }

  /** A sealer whose key is derived from {@code seed} (tests only). */
  public static HmacTermSealer fromSeed(String seed) {
    byte[] k = new byte[32];
    byte[] s = seed.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < k.length; i++) {
      k[i] = (byte) (s[i % s.length] * 31 + i);
    }
    return new HmacTermSealer(k);
  }

  @Override
  public String keyId() {
    return keyId;
  }

  @Override
  public byte[] seal(String input) {
    return mac.get().doFinal(input.getBytes(StandardCharsets.UTF_8));
  }

  private Mac newMac() {
    try {
      Mac m = Mac.getInstance("HmacSHA256");
      m.init(key);
      return m;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }
}
