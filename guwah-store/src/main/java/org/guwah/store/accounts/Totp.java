package org.guwah.store.accounts;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238 on RFC 4226 HOTP), as authenticator apps make them.
 *
 * <p>Defaults: HMAC-SHA1, 6 digits, 30-second steps counted from the Unix epoch, which is what
 * every common app supports; SHA-256 and SHA-512 and 8 digits are available. Time comes from the
 * injected {@link Clock}.
 *
 * <p>Codes are compared in constant time over the whole window. Replay protection (a step is
 * used only once) is the caller's: {@link #matchingStep} takes the last step already used and
 * only returns later ones; {@link AccountStore} persists it.
 *
 * <p>Thread-safe and immutable. Secrets and codes never appear in exception messages.
 */
public final class Totp {
  /** The issuer shown by authenticator apps. */
  public static final String ISSUER = "Guwah";

  /** The default step, 30 seconds. */
  public static final Duration DEFAULT_STEP = Duration.ofSeconds(30);

  private static final int[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

  /** The HMAC of a TOTP generator. */
  public enum Algorithm {
    SHA1("HmacSHA1", "SHA1", 20),
    SHA256("HmacSHA256", "SHA256", 32),
    SHA512("HmacSHA512", "SHA512", 64);

    private final String jcaName;
    private final String uriName;
    private final int secretBytes;

    Algorithm(String jcaName, String uriName, int secretBytes) {
      this.jcaName = jcaName;
      this.uriName = uriName;
      this.secretBytes = secretBytes;
    }

    /** Length of a new secret: the HMAC output length, as RFC 6238 section 5.1 recommends. */
    public int secretBytes() {
      return secretBytes;
    }

    /** The name in an {@code otpauth://} URI. */
    public String uriName() {
      return uriName;
    }
  }

  private final Algorithm algorithm;
  private final int digits;
  private final long stepSeconds;
  private final Clock clock;

  private Totp(Algorithm algorithm, int digits, Duration step, Clock clock) {
    this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
    if (digits != 6 && digits != 8) {
      throw new IllegalArgumentException("digits must be 6 or 8");
    }
    Objects.requireNonNull(step, "step");
    if (step.isNegative() || step.isZero() || step.getNano() != 0) {
      throw new IllegalArgumentException("step must be a positive whole number of seconds");
    }
    this.digits = digits;
    this.stepSeconds = step.getSeconds();
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** HMAC-SHA1, 6 digits, 30-second steps. */
  public static Totp create(Clock clock) {
    return new Totp(Algorithm.SHA1, 6, DEFAULT_STEP, clock);
  }

  /**
   * A generator with the given parameters.
   *
   * @throws IllegalArgumentException if {@code digits} is not 6 or 8, or {@code step} is not a
   *     positive whole number of seconds
   */
  public static Totp create(Algorithm algorithm, int digits, Duration step, Clock clock) {
    return new Totp(algorithm, digits, step, clock);
  }

  public Algorithm algorithm() {
    return algorithm;
  }

  public int digits() {
    return digits;
  }

  public Duration step() {
    return Duration.ofSeconds(stepSeconds);
  }

  /** A new random secret of {@link Algorithm#secretBytes()} bytes. */
  public byte[] newSecret(SecureRandom random) {
    byte[] secret = new byte[algorithm.secretBytes()];
    random.nextBytes(secret);
    return secret;
  }

  /** The step (time counter T) now. */
  public long currentStep() {
    return stepAt(clock.instant());
  }

  /** The step (time counter T) at {@code instant}: whole steps since the Unix epoch. */
  public long stepAt(Instant instant) {
    return Math.floorDiv(instant.getEpochSecond(), stepSeconds);
  }

  /** The code for {@code step}, zero-padded to {@link #digits()} digits. */
  public String code(byte[] secret, long step) {
    byte[] hash = hmac(secret, step);
    int offset = hash[hash.length - 1] & 0x0F;
    int binary =
        ((hash[offset] & 0x7F) << 24)
            | ((hash[offset + 1] & 0xFF) << 16)
            | ((hash[offset + 2] & 0xFF) << 8)
            | (hash[offset + 3] & 0xFF);
    String code = Integer.toString(binary % POWERS[digits]);
    return "0".repeat(digits - code.length()) + code;
  }

  /** The code for the current step. */
  public String currentCode(byte[] secret) {
    return code(secret, currentStep());
  }

  /**
   * The step, within {@code window} steps either side of now and after {@code lastUsedStep},
   * whose code is {@code code}; empty if none. Spaces in {@code code} are ignored; anything but
   * exactly {@link #digits()} ASCII digits never matches. Every step of the window is computed
   * and compared in constant time, so the answer's timing does not tell which step matched.
   *
   * @param lastUsedStep the last step already accepted for this secret, or {@link Long#MIN_VALUE}
   * @throws IllegalArgumentException if {@code window} is negative or above 10
   */
  public OptionalLong matchingStep(byte[] secret, String code, int window, long lastUsedStep) {
    Objects.requireNonNull(secret, "secret");
    Objects.requireNonNull(code, "code");
    if (window < 0 || window > 10) {
      throw new IllegalArgumentException("window must be 0 to 10 steps");
    }
    String given = code.replace(" ", "");
    if (given.length() != digits || !given.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return OptionalLong.empty();
    }
    byte[] givenBytes = given.getBytes(StandardCharsets.US_ASCII);
    long now = currentStep();
    long found = Long.MIN_VALUE;
    boolean any = false;
    for (long step = now - window; step <= now + window; step++) {
      boolean equal =
          MessageDigest.isEqual(code(secret, step).getBytes(StandardCharsets.US_ASCII), givenBytes);
      if (equal && step > lastUsedStep && !any) {
        found = step;
        any = true;
      }
    }
    return any ? OptionalLong.of(found) : OptionalLong.empty();
  }

  /**
   * The {@code otpauth://totp/} URI for enrolling {@code secret} in an authenticator app: label
   * {@code Guwah:<accountName>}, base32 secret without padding, issuer, algorithm, digits and
   * period. The URI contains the secret: show it only to its owner, never log or cache it.
   *
   * @throws IllegalArgumentException if {@code accountName} is empty or contains a colon
   */
  public String uri(byte[] secret, String accountName) {
    Objects.requireNonNull(secret, "secret");
    Objects.requireNonNull(accountName, "accountName");
    if (accountName.isEmpty() || accountName.indexOf(':') >= 0) {
      throw new IllegalArgumentException("account name must be non-empty and without a colon");
    }
    return "otpauth://totp/"
        + encode(ISSUER)
        + ":"
        + encode(accountName)
        + "?secret="
        + Base32.encode(secret)
        + "&issuer="
        + encode(ISSUER)
        + "&algorithm="
        + algorithm.uriName()
        + "&digits="
        + digits
        + "&period="
        + stepSeconds;
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private byte[] hmac(byte[] secret, long step) {
    Objects.requireNonNull(secret, "secret");
    if (secret.length == 0) {
      throw new IllegalArgumentException("secret must not be empty");
    }
    try {
      Mac mac = Mac.getInstance(algorithm.jcaName);
      mac.init(new SecretKeySpec(secret, algorithm.jcaName));
      byte[] counter = new byte[8];
      for (int i = 7; i >= 0; i--) {
        counter[i] = (byte) (step >>> (8 * (7 - i)));
      }
      return mac.doFinal(counter);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("the JDK lacks " + algorithm.jcaName, e);
    }
  }

  @Override
  public String toString() {
    return "Totp[" + algorithm + ", " + digits + " digits, " + stepSeconds + " s]";
  }
}
