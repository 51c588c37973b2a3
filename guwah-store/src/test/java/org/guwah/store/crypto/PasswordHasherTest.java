package org.guwah.store.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {
  /** Cheap parameters so round trips stay fast; the OWASP defaults get one test of their own. */
  private static final PasswordHasher.Parameters CHEAP = new PasswordHasher.Parameters(256, 1, 1);

  private final PasswordHasher hasher = PasswordHasher.create(CHEAP, new SecureRandom());

  @Test
  void bouncyCastleArgon2idMatchesRfc9106Section5_3() {
    byte[] password = filled(32, 0x01);
    byte[] salt = filled(16, 0x02);
    byte[] secret = filled(8, 0x03);
    byte[] associated = filled(12, 0x04);
    Argon2BytesGenerator generator = new Argon2BytesGenerator();
    generator.init(
        new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
            .withVersion(Argon2Parameters.ARGON2_VERSION_13)
            .withMemoryAsKB(32)
            .withIterations(3)
            .withParallelism(4)
            .withSalt(salt)
            .withSecret(secret)
            .withAdditional(associated)
            .build());
    byte[] tag = new byte[32];
    generator.generateBytes(password, tag);

    assertThat(HexFormat.of().formatHex(tag))
        .isEqualTo("0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659");
  }

  @Test
  void verifiesPhcStringsWrittenByTheReferenceArgon2Tool() {
    // echo -n "correct horse battery staple" | argon2 guwahsaltguwahsa -id -t 2 -k 19456 -p 1 -l 32 -e
    String owasp =
        "$argon2id$v=19$m=19456,t=2,p=1$Z3V3YWhzYWx0Z3V3YWhzYQ$MwxERFT67LJGu86QyZ2bEtMP7gqWjh2ivZwFno9UkgA";
    // printf '%s' "مەخپىي سۆز ئۈچۈن 12" | argon2 0123456789abcdef -id -t 3 -k 8192 -p 2 -l 32 -e
    String uyghur =
        "$argon2id$v=19$m=8192,t=3,p=2$MDEyMzQ1Njc4OWFiY2RlZg$nYBAXkAMC5DdteUptzeQGcYfxN2CFQwG8O6y7HVGO8I";

    assertThat(hasher.verify("correct horse battery staple", owasp)).isTrue();
    assertThat(hasher.verify("correct horse battery stapler", owasp)).isFalse();
    assertThat(hasher.verify("مەخپىي سۆز ئۈچۈن 12", uyghur)).isTrue();
    assertThat(hasher.verify("مەخپىي سۆز ئۈچۈن 13", uyghur)).isFalse();
  }

  @Test
  void defaultHasherWritesOwaspParametersAndVerifies() {
    PasswordHasher owasp = PasswordHasher.create(new SecureRandom());

    String phc = owasp.hash("a long enough passphrase");

    assertThat(phc).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
    assertThat(owasp.verify("a long enough passphrase", phc)).isTrue();
    assertThat(owasp.verify("a long enough passphrasE", phc)).isFalse();
    assertThat(owasp.needsRehash(phc)).isFalse();
    assertThat(owasp.parameters()).isEqualTo(PasswordHasher.Parameters.OWASP);
  }

  @Test
  void hashIsSaltedPhcAndRoundTrips() {
    String first = hasher.hash("same password here");
    String second = hasher.hash("same password here");

    assertThat(first)
        .matches("\\$argon2id\\$v=19\\$m=256,t=1,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
    assertThat(first).isNotEqualTo(second);
    assertThat(hasher.verify("same password here", first)).isTrue();
    assertThat(hasher.verify("same password here", second)).isTrue();
    assertThat(hasher.verify("same password her", first)).isFalse();
    assertThat(hasher.verify("", first)).isFalse();
  }

  @Test
  void normalisesToNfkcSoEquivalentKeyboardsAgree() {
    String phc = hasher.hash("password ١٢٣ ﻻ ABC 123");

    // full-width Latin and digits, and the lam-alef ligature typed as a presentation form
    assertThat(hasher.verify("password ١٢٣ ﻻ ＡＢＣ １２３", phc)).isTrue();
    assertThat(hasher.verify("password ١٢٣ لا ABC 123", phc)).isTrue();
  }

  @Test
  void refusesOverlongPasswordsWithoutEchoingThem() {
    String overlong = "x".repeat(PasswordHasher.MAX_PASSWORD_BYTES + 1);
    String longest = "x".repeat(PasswordHasher.MAX_PASSWORD_BYTES);
    String phc = hasher.hash(longest);

    assertThatThrownBy(() -> hasher.hash(overlong))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1024 bytes")
        .message()
        .doesNotContain("xxxx");
    assertThat(hasher.verify(longest, phc)).isTrue();
    assertThat(hasher.verify(overlong, phc)).isFalse();
    assertThat(hasher.verify("é".repeat(513), phc)).isFalse(); // 1026 bytes
    assertThat(hasher.verify("x".repeat(5_000_000), phc)).isFalse();
  }

  @Test
  void unpairedSurrogatesNeverVerifyAndCannotBeHashed() {
    String phc = hasher.hash("password?with surrogate");

    assertThat(hasher.verify("password\uD800with surrogate", phc)).isFalse();
    assertThatThrownBy(() -> hasher.hash("bad \uDC00 password"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("bad");
  }

  @Test
  void needsRehashWhenParametersOrFormatDiffer() {
    PasswordHasher stronger =
        PasswordHasher.create(new PasswordHasher.Parameters(512, 2, 1), new SecureRandom());
    String phc = hasher.hash("some long password");

    assertThat(hasher.needsRehash(phc)).isFalse();
    assertThat(stronger.needsRehash(phc)).isTrue();
    assertThat(stronger.verify("some long password", phc)).isTrue();
    assertThat(hasher.needsRehash("$2b$12$abcdefghijklmnopqrstuv")).isTrue();
    assertThat(hasher.needsRehash("$argon2i$v=19$m=256,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA"))
        .isTrue();
  }

  @Test
  void malformedOrAbsurdStoredHashesAreRefusedWithoutEchoing() {
    String absurd =
        "$argon2id$v=19$m=99999999,t=1,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNo";
    for (String bad :
        new String[] {
          "", "plain-secret-text", absurd, "$argon2id$v=16$m=256,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA"
        }) {
      assertThatThrownBy(() -> hasher.verify("whatever password", bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("stored password hash is not an Argon2id v=19 PHC string within bounds");
    }
  }

  @Test
  void parametersAreBounded() {
    assertThatThrownBy(() -> new PasswordHasher.Parameters(7, 1, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PasswordHasher.Parameters(64, 0, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PasswordHasher.Parameters(64, 1, 17))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PasswordHasher.Parameters(2_000_000, 1, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void toStringShowsParametersOnly() {
    assertThat(hasher.toString()).isEqualTo("PasswordHasher[argon2id m=256 t=1 p=1]");
  }

  private static byte[] filled(int length, int value) {
    byte[] bytes = new byte[length];
    Arrays.fill(bytes, (byte) value);
    return bytes;
  }
}
