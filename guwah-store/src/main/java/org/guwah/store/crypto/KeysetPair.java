package org.guwah.store.crypto;

import com.google.crypto.tink.KeysetHandle;
import java.util.Objects;
import java.util.StringJoiner;

/** The two keysets of a {@link KeyRing}, as read from cleartext files or from the custody file. */
record KeysetPair(KeysetHandle fields, KeysetHandle blindIndex) {
  KeysetPair {
    Objects.requireNonNull(fields, "fields");
    Objects.requireNonNull(blindIndex, "blindIndex");
  }

  KeysetHandle get(KeysetKind kind) {
    return kind == KeysetKind.FIELDS ? fields : blindIndex;
  }

  /** Whether both keysets hold exactly the same keys (material, ids, status, primary). */
  boolean sameKeysAs(KeysetPair other) {
    return fields.equalsKeyset(other.fields) && blindIndex.equalsKeyset(other.blindIndex);
  }

  /**
   * Redacted, canonical description of one keyset: {@code id/STATUS[/primary]} per key in keyset
   * order, comma-separated (ids unsigned decimal). Never key material.
   */
  static String describe(KeysetHandle keyset) {
    StringJoiner text = new StringJoiner(",");
    for (int i = 0; i < keyset.size(); i++) {
      KeysetHandle.Entry entry = keyset.getAt(i);
      text.add(
          Integer.toUnsignedString(entry.getId()) + "/" + entry.getStatus()
              + (entry.isPrimary() ? "/primary" : ""));
    }
    return text.toString();
  }

  String describe(KeysetKind kind) {
    return describe(get(kind));
  }

  @Override
  public String toString() {
    return "KeysetPair[fields " + describe(fields) + "; blind-index " + describe(blindIndex) + "]";
  }
}
