package org.guwah.store.cases.internal;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.guwah.store.crypto.FieldCipher;
import tools.jackson.databind.ObjectMapper;

/**
 * Seals a record's identity part as one AEAD ciphertext of its JSON, bound to the record's kind and
 * id (so a ciphertext moved to another row fails to open). Thread-safe.
 */
public final class Envelope {
  private final FieldCipher cipher;
  private final ObjectMapper json;

  public Envelope(FieldCipher cipher, ObjectMapper json) {
    this.cipher = cipher;
    this.json = json;
  }

  public byte[] seal(String kind, UUID id, Object secrets) {
    return cipher.encrypt(json.writeValueAsBytes(secrets), associatedData(kind, id));
  }

  /** Opens an envelope; {@code UnableToDecryptFieldException} when the key or binding is wrong. */
  public <S> S open(String kind, UUID id, byte[] ciphertext, Class<S> type) {
    return json.readValue(cipher.decrypt(ciphertext, associatedData(kind, id)), type);
  }

  /**
   * The associated data that binds a sealed value to its row, {@code guwah:<kind>:<id>}: every
   * sealed column of the store (record envelopes, list titles and rows) and the key rotation job use
   * this one definition.
   */
  public static byte[] associatedData(String kind, UUID id) {
    return ("guwah:" + kind + ":" + id).getBytes(StandardCharsets.US_ASCII);
  }
}
