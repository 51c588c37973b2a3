package org.guwah.store.crypto;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * Public facts about the custody file of a keys directory (see {@link KeyRing#custodyInfo}):
 * never key material, never a share.
 *
 * @param file the custody file
 * @param splitId the split's id (16 hex digits); every share of the split names it
 * @param threshold how many shares open the keys (k)
 * @param shareCount how many shares were made (n)
 * @param created when the split was made
 * @param keyFingerprint fingerprint of the custody key (as carried by every share)
 * @param sealed whether no cleartext keyset is left in the directory: the keys open only with k
 *     shares
 * @param stale whether cleartext keysets are present and differ from those in the custody file
 *     (e.g. rotated after the split, by a process that did not hold the custody key): the shares
 *     would restore the old keys only
 */
public record CustodyInfo(
    Path file,
    String splitId,
    int threshold,
    int shareCount,
    Instant created,
    String keyFingerprint,
    boolean sealed,
    boolean stale) {
  public CustodyInfo {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(splitId, "splitId");
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(keyFingerprint, "keyFingerprint");
    if (threshold < 2 || threshold > shareCount) {
      throw new IllegalArgumentException("impossible threshold " + threshold + " of " + shareCount);
    }
  }

  /** Human-readable lines for {@code guwah keys status}. */
  public String render() {
    StringBuilder text = new StringBuilder("Custody: ").append(file).append('\n');
    text.append("  split ").append(splitId).append(": any ").append(threshold).append(" of ")
        .append(shareCount).append(" shares open the keys; made ").append(created)
        .append("; custody-key fingerprint ").append(keyFingerprint).append('\n');
    if (sealed) {
      text.append("  SEALED: no cleartext keyset here; the keys open only with ").append(threshold)
          .append(" shares (`guwah keys recover`)\n");
    }
    if (stale) {
      text.append("  STALE: the keysets changed after this split (e.g. `keys rotate`); the shares")
          .append(" would restore old keys only. Run `guwah keys split` again and hand out the")
          .append(" new shares.\n");
    }
    return text.toString();
  }
}
