package org.guwah.store.audit.internal;

import java.util.HexFormat;

/**
 * The last entry of a chain: its seq and MAC ({@code audit_head}, or the anchor file).
 *
 * @param seq 0 for an empty chain
 * @param mac the last entry's MAC ({@link ChainMac#genesis()} for an empty chain)
 */
public record Head(long seq, byte[] mac) {
  public Head {
    mac = mac.clone();
  }

  @Override
  public byte[] mac() {
    return mac.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Head && ((Head) o).seq == seq
        && java.util.Arrays.equals(((Head) o).mac, mac);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(seq) * 31 + java.util.Arrays.hashCode(mac);
  }

  @Override
  public String toString() {
    return "Head[seq=" + seq + ", mac=" + HexFormat.of().formatHex(mac) + "]";
  }
}
