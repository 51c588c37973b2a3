package org.guwah.store.audit.internal;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * The MAC of an audit entry: {@code HMAC-SHA256(chainKey, input)} with
 *
 * <pre>
 * input = str("guwah/audit/v1") || bytes(prev_mac) || int64(seq) || body
 * body  = int64(at, microseconds since the epoch)
 *      || str(actor) || str(action) || opt(kind)
 *      || int32(n) || n × (int64 msb, int64 lsb) of record_ids
 *      || opt(purpose)
 *      || int32(m) || m × (str(key) || 0x01 int64(value) | 0x02 str(value)), keys in order
 * str(s) = int32(length of UTF-8) || UTF-8;  bytes(b) = int32(length) || b
 * opt(null) = 0x00;  opt(s) = 0x01 || str(s)
 * </pre>
 *
 * All integers big-endian. Every field is length-prefixed or fixed-size, so no two different
 * entries share an input. The body is kept apart from {@code seq} so the verifier can test a row
 * under another position (to recognise moved entries).
 *
 * <p>Thread-safe; each thread uses its own {@link #newMac()}.
 */
public final class ChainMac {
  /** Length of every MAC. */
  public static final int LENGTH = 32;

  private static final byte[] LABEL = "guwah/audit/v1".getBytes(StandardCharsets.UTF_8);
  private static final byte[] GENESIS = new byte[LENGTH];

  private final SecretKeySpec key;

  /**
   * @throws IllegalArgumentException if the key is shorter than 16 bytes
   */
  public ChainMac(byte[] chainKey) {
    if (chainKey.length < 16) {
      throw new IllegalArgumentException("the audit chain key must have at least 16 bytes");
    }
    this.key = new SecretKeySpec(chainKey.clone(), "HmacSHA256");
  }

  /** The {@code prev_mac} of entry 1: 32 zero bytes. */
  public static byte[] genesis() {
    return GENESIS.clone();
  }

  /** A new HMAC instance under the chain key (not thread-safe; one per thread or call). */
  public Mac newMac() {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  /** The MAC of the entry at {@code seq} with {@code body}, chained to {@code prevMac}. */
  public static byte[] mac(Mac mac, byte[] prevMac, long seq, byte[] body) {
    mac.reset();
    mac.update(ByteBuffer.allocate(4).putInt(LABEL.length).array());
    mac.update(LABEL);
    mac.update(ByteBuffer.allocate(4).putInt(prevMac.length).array());
    mac.update(prevMac);
    mac.update(ByteBuffer.allocate(8).putLong(seq).array());
    mac.update(body);
    return mac.doFinal();
  }

  /** Whether {@code expected} is the MAC of the entry (constant-time comparison). */
  public static boolean verifies(Mac mac, byte[] prevMac, long seq, byte[] body, byte[] expected) {
    return MessageDigest.isEqual(mac(mac, prevMac, seq, body), expected);
  }

  /**
   * Microseconds since the epoch.
   *
   * @throws ArithmeticException if the instant is out of the range a long of microseconds holds
   */
  public static long micros(Instant at) {
    return Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1000);
  }

  /**
   * The body encoding. {@code detail} values must be {@link Long} or {@link String} (anything else
   * is the caller's bug: {@link IllegalArgumentException}).
   */
  public static byte[] body(
      long atMicros,
      String actor,
      String action,
      @Nullable String kind,
      List<UUID> recordIds,
      @Nullable String purpose,
      Map<String, Object> detail) {
    Writer w = new Writer();
    w.int64(atMicros);
    w.str(actor);
    w.str(action);
    w.opt(kind);
    w.int32(recordIds.size());
    for (UUID id : recordIds) {
      w.int64(id.getMostSignificantBits());
      w.int64(id.getLeastSignificantBits());
    }
    w.opt(purpose);
    SortedMap<String, Object> sorted = detail instanceof SortedMap
        && ((SortedMap<String, Object>) detail).comparator() == null
            ? (SortedMap<String, Object>) detail
            : new TreeMap<>(detail);
    w.int32(sorted.size());
    for (Map.Entry<String, Object> e : sorted.entrySet()) {
      w.str(e.getKey());
      Object value = e.getValue();
      if (value instanceof Long) {
        w.out.write(1);
        w.int64((Long) value);
      } else if (value instanceof String) {
        w.out.write(2);
        w.str((String) value);
      } else {
        throw new IllegalArgumentException("detail values must be Long or String");
      }
    }
    return w.out.toByteArray();
  }

  private static final class Writer {
    final ByteArrayOutputStream out = new ByteArrayOutputStream(128);
    private final ByteBuffer eight = ByteBuffer.allocate(8);

    void int64(long v) {
      eight.clear();
      out.write(eight.putLong(v).array(), 0, 8);
    }

    void int32(int v) {
      eight.clear();
      out.write(eight.putInt(v).array(), 0, 4);
    }

    void str(String s) {
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      int32(b.length);
      out.write(b, 0, b.length);
    }

    void opt(@Nullable String s) {
      if (s == null) {
        out.write(0);
      } else {
        out.write(1);
        str(s);
      }
    }
  }

  @Override
  public String toString() {
    return "ChainMac[HmacSHA256]";
  }
}
