package org.guwah.store.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RecoveryCodesTest {

  @Test
  void tenDistinctGroupedCodesOfEightyBits() {
    RecoveryCodes codes = RecoveryCodes.generate(new SecureRandom());

    assertThat(codes.codes()).hasSize(10).doesNotHaveDuplicates();
    assertThat(codes.codes())
        .allMatch(c -> c.matches("[0-9a-hjkmnp-tv-z]{4}(-[0-9a-hjkmnp-tv-z]{4}){3}"));
    assertThat(codes.toString()).isEqualTo("RecoveryCodes[10 codes, redacted]");
  }

  @Test
  void typedCodesAreNormalised() {
    assertThat(RecoveryCodes.normalise("abcd-efgh-jkmn-pqrs")).isEqualTo("abcdefghjkmnpqrs");
    assertThat(RecoveryCodes.normalise(" ABCD EFGH JKMN PQRS ")).isEqualTo("abcdefghjkmnpqrs");
    assertThat(RecoveryCodes.normalise("o0il-1111-2222-3333")).isEqualTo("0011111122223333");
    assertThat(RecoveryCodes.normalise("abcd-efgh-jkmn-pqr")).isNull();
    assertThat(RecoveryCodes.normalise("abcd-efgh-jkmn-pqru")).isNull(); // u is not in the alphabet
    assertThat(RecoveryCodes.normalise("x".repeat(100))).isNull();
  }

  @Test
  void hashesAreBoundToTheAccount() {
    UUID one = UUID.randomUUID();
    UUID two = UUID.randomUUID();
    Set<String> hashes = new HashSet<>();
    hashes.add(new String(RecoveryCodes.hash(one, "abcdefghjkmnpqrs"), java.nio.charset.StandardCharsets.ISO_8859_1));
    hashes.add(new String(RecoveryCodes.hash(two, "abcdefghjkmnpqrs"), java.nio.charset.StandardCharsets.ISO_8859_1));

    assertThat(hashes).hasSize(2);
    assertThat(RecoveryCodes.hash(one, "abcdefghjkmnpqrs")).hasSize(32)
        .isEqualTo(RecoveryCodes.hash(one, "abcdefghjkmnpqrs"));
  }
}
