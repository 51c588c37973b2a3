package org.guwah.store.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveCipherTest {
  static final byte[] BINDING = "guwah:backup:6d1c".getBytes(StandardCharsets.UTF_8);
  static final byte[] HEADER = "GUWAHBAK header bytes".getBytes(StandardCharsets.UTF_8);

  @TempDir static Path folder;
  static KeyRing keys;
  static byte[] plaintext;

  @BeforeAll
  static void setUp() {
    keys = KeyRing.create(folder.resolve("keys"));
    plaintext = new byte[(3 << 20) + 12345];
    new Random(5).nextBytes(plaintext);
  }

  static byte[] encrypt(ArchiveCipher cipher, byte[] associatedData) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream encrypting = cipher.encryptingStream(out, associatedData)) {
      encrypting.write(plaintext);
    }
    return out.toByteArray();
  }

  static byte[] decrypt(ArchiveCipher cipher, byte[] ciphertext, byte[] associatedData) throws IOException {
    try (InputStream in = cipher.decryptingStream(new ByteArrayInputStream(ciphertext), associatedData)) {
      return in.readAllBytes();
    }
  }

  @Test
  void aWrappedKeyOpensWithTheRingAndTheBindingOnly() throws IOException {
    ArchiveCipher cipher = ArchiveCipher.generate();
    byte[] wrapped = cipher.wrap(keys, BINDING);
    byte[] ciphertext = encrypt(cipher, HEADER);
    assertThat(ciphertext.length).isGreaterThan(plaintext.length);

    ArchiveCipher reopened = ArchiveCipher.unwrap(wrapped, BINDING, keys);
    assertThat(decrypt(reopened, ciphertext, HEADER)).isEqualTo(plaintext);

    assertThatThrownBy(() -> ArchiveCipher.unwrap(wrapped, "guwah:backup:other".getBytes(StandardCharsets.UTF_8), keys))
        .isInstanceOf(UnableToDecryptFieldException.class);
    byte[] altered = wrapped.clone();
    altered[altered.length - 1] ^= 1;
    assertThatThrownBy(() -> ArchiveCipher.unwrap(altered, BINDING, keys)).isInstanceOf(UnableToDecryptFieldException.class);
    KeyRing other = KeyRing.create(folder.resolve("other"));
    assertThatThrownBy(() -> ArchiveCipher.unwrap(wrapped, BINDING, other))
        .isInstanceOfSatisfying(ArchiveKeyNotInRingException.class,
            e -> assertThat(e.keyId()).isEqualTo(keys.keyInfo().keysets().get(0).primaryKeyId()))
        .hasMessageContaining("does not hold");
  }

  @Test
  void eachArchiveHasItsOwnKey() throws IOException {
    byte[] ciphertext = encrypt(ArchiveCipher.generate(), HEADER);
    assertThatThrownBy(() -> decrypt(ArchiveCipher.generate(), ciphertext, HEADER)).isInstanceOf(IOException.class);
  }

  @Test
  void alteredTruncatedOrRebound() throws IOException {
    ArchiveCipher cipher = ArchiveCipher.generate();
    byte[] ciphertext = encrypt(cipher, HEADER);
    byte[] flipped = ciphertext.clone();
    flipped[ciphertext.length / 2] ^= 1;
    assertThatThrownBy(() -> decrypt(cipher, flipped, HEADER)).isInstanceOf(IOException.class);
    assertThatThrownBy(() -> decrypt(cipher, Arrays.copyOf(ciphertext, 2 << 20), HEADER)).isInstanceOf(IOException.class);
    assertThatThrownBy(() -> decrypt(cipher, Arrays.copyOf(ciphertext, ciphertext.length - 1), HEADER))
        .isInstanceOf(IOException.class);
    assertThatThrownBy(() -> decrypt(cipher, ciphertext, "GUWAHBAK header bytez".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(IOException.class);
  }
}
