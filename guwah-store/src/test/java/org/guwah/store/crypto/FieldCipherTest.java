package org.guwah.store.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FieldCipherTest {
  private static final byte[] ROW = aad("person:0b9c7a4e-2f57-4d0c-9a51-3c1f1d4c2a10");
  private static final byte[] OTHER_ROW = aad("person:7d1e4b0a-8c33-4f7b-b3f2-5a9e0c6d8e21");

  @TempDir static Path keys;
  static FieldCipher cipher;

  @BeforeAll
  static void createKeys() {
    cipher = KeyRing.create(keys).fieldCipher();
  }

  private static byte[] aad(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "Ilham Tohti",
        "ئىلھام توختى",
        "伊力哈木·土赫提",
        "Іlham Toxti / Илҳам Тохти",
        "mixed ئۇيغۇر 维吾尔 Uyghur 🙂 \u0000 end"
      })
  void stringsRoundTrip(String text) {
    byte[] ciphertext = cipher.encryptString(text, ROW);

    assertThat(cipher.decryptString(ciphertext, ROW)).isEqualTo(text);
    if (!text.isEmpty()) {
      assertThat(new String(ciphertext, StandardCharsets.ISO_8859_1))
          .doesNotContain(new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
    }
  }

  @Test
  void emptyBytesRoundTrip() {
    byte[] ciphertext = cipher.encrypt(new byte[0], ROW);

    assertThat(ciphertext).isNotEmpty();
    assertThat(cipher.decrypt(ciphertext, ROW)).isEmpty();
  }

  @Test
  void oneMegabyteRoundTrips() {
    byte[] plaintext = new byte[1 << 20];
    new Random(42).nextBytes(plaintext);

    byte[] ciphertext = cipher.encrypt(plaintext, ROW);

    assertThat(ciphertext.length).isGreaterThan(plaintext.length);
    assertThat(cipher.decrypt(ciphertext, ROW)).isEqualTo(plaintext);
  }

  @Test
  void equalPlaintextsGiveDifferentCiphertexts() {
    assertThat(cipher.encryptString("same", ROW)).isNotEqualTo(cipher.encryptString("same", ROW));
  }

  @Test
  void ciphertextMovedToAnotherRowFailsWithoutRevealingData() {
    byte[] ciphertext = cipher.encryptString("ئىلھام توختى", ROW);

    assertThatThrownBy(() -> cipher.decryptString(ciphertext, OTHER_ROW))
        .isInstanceOf(UnableToDecryptFieldException.class)
        .satisfies(e -> assertThat(messagesOf(e)).doesNotContain("person:", "ئىلھام"));
  }

  @Test
  void everyTamperedByteFails() {
    byte[] ciphertext = cipher.encryptString("Gulshan Abbas", ROW);

    for (int i = 0; i < ciphertext.length; i++) {
      byte[] tampered = ciphertext.clone();
      tampered[i] ^= 0x01;
      assertThatThrownBy(() -> cipher.decrypt(tampered, ROW))
          .as("byte %d flipped", i)
          .isInstanceOf(UnableToDecryptFieldException.class);
    }
  }

  @Test
  void truncatedAndForeignCiphertextsFail() {
    byte[] ciphertext = cipher.encryptString("x", ROW);
    byte[] truncated = java.util.Arrays.copyOf(ciphertext, ciphertext.length - 1);
    byte[] foreign = KeyRing.create(keys.resolve("other")).fieldCipher().encryptString("x", ROW);

    assertThatThrownBy(() -> cipher.decrypt(truncated, ROW))
        .isInstanceOf(UnableToDecryptFieldException.class);
    assertThatThrownBy(() -> cipher.decrypt(new byte[0], ROW))
        .isInstanceOf(UnableToDecryptFieldException.class);
    assertThatThrownBy(() -> cipher.decrypt(foreign, ROW))
        .isInstanceOf(UnableToDecryptFieldException.class);
  }

  @Test
  void emptyAssociatedDataIsRejected() {
    assertThatThrownBy(() -> cipher.encryptString("x", new byte[0]))
        .isInstanceOf(IllegalArgumentException.class);
    byte[] ciphertext = cipher.encryptString("x", ROW);
    assertThatThrownBy(() -> cipher.decrypt(ciphertext, new byte[0]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void malformedUnicodeIsRejectedWithoutEchoingIt() {
    String loneSurrogate = "Secret\uD800Name";

    assertThatThrownBy(() -> cipher.encryptString(loneSurrogate, ROW))
        .isInstanceOf(IllegalArgumentException.class)
        .satisfies(e -> assertThat(messagesOf(e)).doesNotContain("Secret"));
  }

  @Test
  void nonUtf8PlaintextIsNotReturnedAsString() {
    byte[] ciphertext = cipher.encrypt(new byte[] {(byte) 0xC3, (byte) 0x28}, ROW);

    assertThatThrownBy(() -> cipher.decryptString(ciphertext, ROW))
        .isInstanceOf(UnableToDecryptFieldException.class);
  }

  @Test
  void concurrentUseIsSafe() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int thread = t;
        results.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 2_000; i++) {
                    String value = "تۇرسۇن " + thread + "-" + i;
                    byte[] row = aad("person:" + thread + "-" + i);
                    if (!cipher.decryptString(cipher.encryptString(value, row), row).equals(value)) {
                      return false;
                    }
                  }
                  return true;
                }));
      }
      for (Future<Boolean> result : results) {
        assertThat(result.get(60, TimeUnit.SECONDS)).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void toStringRevealsNothing() {
    assertThat(cipher.toString()).doesNotContain(keys.toString()).contains("FieldCipher");
  }

  static String messagesOf(Throwable e) {
    StringBuilder all = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      all.append(t).append('\n');
    }
    return all.toString();
  }
}
