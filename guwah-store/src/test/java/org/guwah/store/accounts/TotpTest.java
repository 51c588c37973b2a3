package org.guwah.store.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TotpTest {
  private static final byte[] SEED_SHA1 = ascii("12345678901234567890");
  private static final byte[] SEED_SHA256 = ascii("12345678901234567890123456789012");
  private static final byte[] SEED_SHA512 =
      ascii("1234567890123456789012345678901234567890123456789012345678901234");

  /** RFC 6238 Appendix B: time, T (hex), and the 8-digit codes for SHA-1, SHA-256, SHA-512. */
  @ParameterizedTest
  @CsvSource({
    "59,          0000000000000001, 94287082, 46119246, 90693936",
    "1111111109,  00000000023523EC, 07081804, 68084774, 25091201",
    "1111111111,  00000000023523ED, 14050471, 67062674, 99943326",
    "1234567890,  000000000273EF07, 89005924, 91819424, 93441116",
    "2000000000,  0000000003F940AA, 69279037, 90698825, 38618901",
    "20000000000, 0000000027BC86AA, 65353130, 77737706, 47863826"
  })
  void matchesRfc6238AppendixB(long time, String stepHex, String sha1, String sha256, String sha512) {
    MutableClock clock = new MutableClock(Instant.ofEpochSecond(time));
    Totp totp1 = Totp.create(Totp.Algorithm.SHA1, 8, Duration.ofSeconds(30), clock);
    Totp totp256 = Totp.create(Totp.Algorithm.SHA256, 8, Duration.ofSeconds(30), clock);
    Totp totp512 = Totp.create(Totp.Algorithm.SHA512, 8, Duration.ofSeconds(30), clock);

    assertThat(totp1.currentStep()).isEqualTo(Long.parseLong(stepHex, 16));
    assertThat(totp1.currentCode(SEED_SHA1)).isEqualTo(sha1);
    assertThat(totp256.currentCode(SEED_SHA256)).isEqualTo(sha256);
    assertThat(totp512.currentCode(SEED_SHA512)).isEqualTo(sha512);
    // six digits are the same truncation modulo 10^6
    assertThat(Totp.create(clock).currentCode(SEED_SHA1)).isEqualTo(sha1.substring(2));
  }

  @Test
  void acceptsOneStepEitherSideOnlyAfterTheLastUsedStep() {
    MutableClock clock = new MutableClock(Instant.ofEpochSecond(1111111109));
    Totp totp = Totp.create(clock);
    long now = totp.currentStep();
    String previous = totp.code(SEED_SHA1, now - 1);
    String current = totp.code(SEED_SHA1, now);
    String next = totp.code(SEED_SHA1, now + 1);
    String tooOld = totp.code(SEED_SHA1, now - 2);
    String tooNew = totp.code(SEED_SHA1, now + 2);

    assertThat(totp.matchingStep(SEED_SHA1, current, 1, Long.MIN_VALUE)).hasValue(now);
    assertThat(totp.matchingStep(SEED_SHA1, previous, 1, Long.MIN_VALUE)).hasValue(now - 1);
    assertThat(totp.matchingStep(SEED_SHA1, next, 1, Long.MIN_VALUE)).hasValue(now + 1);
    assertThat(totp.matchingStep(SEED_SHA1, tooOld, 1, Long.MIN_VALUE)).isEmpty();
    assertThat(totp.matchingStep(SEED_SHA1, tooNew, 1, Long.MIN_VALUE)).isEmpty();
    assertThat(totp.matchingStep(SEED_SHA1, tooOld, 2, Long.MIN_VALUE)).hasValue(now - 2);
    assertThat(totp.matchingStep(SEED_SHA1, previous, 0, Long.MIN_VALUE)).isEmpty();
    // replay: the step already used, or an earlier one, is refused
    assertThat(totp.matchingStep(SEED_SHA1, current, 1, now)).isEmpty();
    assertThat(totp.matchingStep(SEED_SHA1, previous, 1, now)).isEmpty();
    assertThat(totp.matchingStep(SEED_SHA1, next, 1, now)).hasValue(now + 1);
  }

  @Test
  void ignoresSpacesAndRefusesAnythingButDigits() {
    MutableClock clock = new MutableClock(Instant.ofEpochSecond(59));
    Totp totp = Totp.create(clock);
    String code = totp.currentCode(SEED_SHA1); // 287082

    assertThat(code).isEqualTo("287082");
    assertThat(totp.matchingStep(SEED_SHA1, "287 082", 0, Long.MIN_VALUE)).isEqualTo(OptionalLong.of(1));
    for (String bad : new String[] {"", "28708", "2870822", "28708a", "２８７０８２", "287082\n", "-287082"}) {
      assertThat(totp.matchingStep(SEED_SHA1, bad, 1, Long.MIN_VALUE)).as(bad).isEmpty();
    }
  }

  @Test
  void stepsAdvanceWithTheInjectedClock() {
    MutableClock clock = new MutableClock(Instant.ofEpochSecond(29));
    Totp totp = Totp.create(clock);
    assertThat(totp.currentStep()).isZero();
    clock.advance(Duration.ofSeconds(1));
    assertThat(totp.currentStep()).isEqualTo(1);
    Totp minute = Totp.create(Totp.Algorithm.SHA1, 6, Duration.ofSeconds(60), clock);
    assertThat(minute.currentStep()).isZero();
  }

  @Test
  void otpauthUriCarriesLabelIssuerAndUnpaddedBase32Secret() {
    Totp totp = Totp.create(MutableClock.at("2024-01-01T00:00:00Z"));

    String uri = totp.uri(SEED_SHA1, "alim.k");

    assertThat(uri)
        .isEqualTo(
            "otpauth://totp/Guwah:alim.k?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
                + "&issuer=Guwah&algorithm=SHA1&digits=6&period=30");
    assertThat(totp.uri(new byte[] {1, 2, 3}, "a b")).contains("Guwah:a%20b?secret=AEBAG&");
    assertThat(Totp.create(Totp.Algorithm.SHA512, 8, Duration.ofSeconds(60), MutableClock.at("2024-01-01T00:00:00Z"))
            .uri(SEED_SHA1, "x1"))
        .endsWith("&algorithm=SHA512&digits=8&period=60");
    assertThatThrownBy(() -> totp.uri(SEED_SHA1, "evil:name"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("evil");
  }

  @Test
  void newSecretsHaveTheHashLength() {
    SecureRandom random = new SecureRandom();
    MutableClock clock = MutableClock.at("2024-01-01T00:00:00Z");
    assertThat(Totp.create(clock).newSecret(random)).hasSize(20);
    assertThat(Totp.create(Totp.Algorithm.SHA256, 6, Duration.ofSeconds(30), clock).newSecret(random))
        .hasSize(32);
    assertThat(Totp.create(Totp.Algorithm.SHA512, 6, Duration.ofSeconds(30), clock).newSecret(random))
        .hasSize(64);
  }

  @Test
  void refusesBadParameters() {
    MutableClock clock = MutableClock.at("2024-01-01T00:00:00Z");
    assertThatThrownBy(() -> Totp.create(Totp.Algorithm.SHA1, 7, Duration.ofSeconds(30), clock))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Totp.create(Totp.Algorithm.SHA1, 6, Duration.ZERO, clock))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Totp.create(Totp.Algorithm.SHA1, 6, Duration.ofMillis(30_500), clock))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Totp.create(clock).matchingStep(SEED_SHA1, "123456", -1, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @CsvSource({"'', ''", "f, MY", "fo, MZXQ", "foo, MZXW6", "foob, MZXW6YQ", "fooba, MZXW6YTB", "foobar, MZXW6YTBOI"})
  void base32MatchesRfc4648WithoutPadding(String text, String encoded) {
    assertThat(Base32.encode(ascii(text))).isEqualTo(encoded);
    assertThat(Base32.decode(encoded)).isEqualTo(ascii(text));
    assertThat(Base32.decode(encoded.toLowerCase())).isEqualTo(ascii(text));
  }

  @Test
  void base32RefusesForeignCharactersAndLengths() {
    assertThatThrownBy(() -> Base32.decode("MZ1W")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Base32.decode("MZXW6YTBO")).isInstanceOf(IllegalArgumentException.class);
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
