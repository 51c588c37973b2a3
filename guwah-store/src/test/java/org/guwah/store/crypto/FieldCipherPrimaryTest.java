package org.guwah.store.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FieldCipherPrimaryTest {
  private static final byte[] ROW = "guwah:person:0b9c7a4e-2f57-4d0c-9a51-3c1f1d4c2a10".getBytes(StandardCharsets.US_ASCII);

  @TempDir Path keys;

  @Test
  void onlyCiphertextsOfTheCurrentPrimaryKeyCountAsSealedWithIt() {
    KeyRing ring = KeyRing.create(keys);
    FieldCipher cipher = ring.fieldCipher();
    byte[] old = cipher.encrypt(new byte[] {1, 2, 3}, ROW);
    assertThat(cipher.sealedWithPrimary(old)).isTrue();

    ring.rotate();
    byte[] fresh = cipher.encrypt(new byte[] {1, 2, 3}, ROW);
    assertThat(cipher.sealedWithPrimary(old)).isFalse();
    assertThat(cipher.sealedWithPrimary(fresh)).isTrue();
    assertThat(cipher.decrypt(old, ROW)).containsExactly(1, 2, 3);
    assertThat(KeyRing.open(keys).fieldCipher().sealedWithPrimary(fresh)).isTrue();
    assertThat(cipher.sealedWithPrimary(new byte[0])).isFalse();
    assertThat(cipher.sealedWithPrimary(java.util.Arrays.copyOf(fresh, 5))).isFalse();
  }
}
