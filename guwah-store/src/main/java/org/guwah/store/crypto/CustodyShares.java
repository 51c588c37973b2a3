package org.guwah.store.crypto;

import java.util.List;
import java.util.Objects;

/**
 * The result of {@link KeyRing#split}: the custody file's public facts and the share texts, in
 * index order (share 1 first). The texts are secret: each goes to one custodian, once, and is never
 * stored on the server. {@link #toString()} omits them.
 *
 * @param custody the custody file just written
 * @param shareTexts one {@code guwah-share-v1-...} text per share
 */
public record CustodyShares(CustodyInfo custody, List<String> shareTexts) {
  public CustodyShares {
    Objects.requireNonNull(custody, "custody");
    shareTexts = List.copyOf(shareTexts);
    if (shareTexts.size() != custody.shareCount()) {
      throw new IllegalArgumentException("expected " + custody.shareCount() + " share texts");
    }
  }

  /** Split id and counts; never the share texts. */
  @Override
  public String toString() {
    return "CustodyShares[split " + custody.splitId() + ", " + custody.threshold() + " of "
        + custody.shareCount() + "]";
  }
}
