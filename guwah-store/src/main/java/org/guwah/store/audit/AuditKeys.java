package org.guwah.store.audit;

import org.guwah.store.crypto.KeyRing;

/**
 * Where the audit chain key comes from: the one place that derives it, shared by the server and
 * the command line.
 */
public final class AuditKeys {
  private AuditKeys() {}

  /**
   * The chain key of an installation: 16 bytes from the blind-index PRF of its key ring ({@code
   * token("guwah:audit", "chain-key-v1")}), so it lives and is backed up with the keys, outside
   * the database. Deterministic: the same key ring always gives the same chain key. The blind-index
   * key is never rotated, so neither is this one.
   */
  public static byte[] chainKey(KeyRing keys) {
    return keys.blindIndex().token("guwah:audit", "chain-key-v1");
  }
}
