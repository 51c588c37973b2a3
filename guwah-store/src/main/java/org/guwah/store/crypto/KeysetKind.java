package org.guwah.store.crypto;

/** The keysets a {@link KeyRing} keeps, each in its own file of the keys directory. */
enum KeysetKind {
  /** AEAD (AES256_GCM) keyset for field encryption; rotatable. */
  FIELDS("fields", "fields.aead.json"),
  /** PRF (HMAC_SHA256_PRF) keyset for blind-index tokens; never rotated (tokens would change). */
  BLIND_INDEX("blind-index", "blind-index.prf.json");

  private final String purpose;
  private final String fileName;

  KeysetKind(String purpose, String fileName) {
    this.purpose = purpose;
    this.fileName = fileName;
  }

  String purpose() {
    return purpose;
  }

  String fileName() {
    return fileName;
  }
}
