package org.guwah.store.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChunkCipherTest {
  @TempDir Path keysDir;

  private static final byte[] CHUNK = "qanari-content chunk".getBytes(StandardCharsets.UTF_8);

  @Test
  void opensOnlyWithTheSameStreamIndexAndFinalFlag() {
    ChunkCipher cipher = ChunkCipher.of(KeyRing.create(keysDir));
    byte[] sealed = cipher.seal("attachment:a", 3, false, CHUNK);

    assertThat(cipher.open("attachment:a", 3, false, sealed)).isEqualTo(CHUNK);
    assertThatThrownBy(() -> cipher.open("attachment:b", 3, false, sealed))
        .isInstanceOf(UnableToDecryptFieldException.class);
    assertThatThrownBy(() -> cipher.open("attachment:a", 2, false, sealed))
        .isInstanceOf(UnableToDecryptFieldException.class);
    assertThatThrownBy(() -> cipher.open("attachment:a", 3, true, sealed))
        .as("a chunk sealed as 'more' cannot pose as the last one (truncation)")
        .isInstanceOf(UnableToDecryptFieldException.class);
    assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("qanari");
  }

  @Test
  void chunksAreNotFieldEnvelopesAndViceVersa() {
    KeyRing keys = KeyRing.create(keysDir);
    ChunkCipher cipher = ChunkCipher.of(keys);
    byte[] sealed = cipher.seal("person:1", 0, true, CHUNK);

    assertThatThrownBy(() -> keys.fieldCipher().decrypt(sealed, "guwah:person:1".getBytes(StandardCharsets.US_ASCII)))
        .isInstanceOf(UnableToDecryptFieldException.class);
    assertThat(ChunkCipher.associatedData("a:1", 2, true))
        .isNotEqualTo(ChunkCipher.associatedData("a", 12, true));
  }

  @Test
  void followsRotationAndTellsWhichChunksAreUnderThePrimaryKey() {
    KeyRing keys = KeyRing.create(keysDir);
    ChunkCipher cipher = ChunkCipher.of(keys);
    byte[] old = cipher.seal("s", 0, true, CHUNK);

    keys.rotate();
    byte[] fresh = cipher.seal("s", 0, true, CHUNK);

    assertThat(cipher.sealedWithPrimary(old)).isFalse();
    assertThat(cipher.sealedWithPrimary(fresh)).isTrue();
    assertThat(cipher.open("s", 0, true, old)).isEqualTo(CHUNK);
  }

  @Test
  void refusesBadStreamIdsAndIndexes() {
    ChunkCipher cipher = ChunkCipher.of(KeyRing.create(keysDir));

    assertThatThrownBy(() -> cipher.seal("", 0, true, CHUNK)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> cipher.seal("has space", 0, true, CHUNK)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> cipher.seal("s", -1, true, CHUNK)).isInstanceOf(IllegalArgumentException.class);
    assertThat(cipher.toString()).doesNotContain("qanari");
  }
}
