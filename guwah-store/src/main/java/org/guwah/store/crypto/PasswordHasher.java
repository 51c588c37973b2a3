package org.guwah.store.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Hashes and verifies passwords with Argon2id (RFC 9106, version 0x13, Bouncy Castle), stored as
 * PHC strings: {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>} with salt and hash in
 * unpadded standard Base64, as the reference {@code argon2} tool writes them.
 *
 * <p>Before hashing, the password is normalised to Unicode NFKC (NIST SP 800-63B 5.1.1.2), so
 * the same password typed on keyboards that emit different code points (Arabic presentation
 * forms, full-width digits) verifies; then it is encoded as UTF-8. Passwords longer than
 * {@value #MAX_PASSWORD_BYTES} bytes after normalisation are refused by {@link #hash} and never
 * verify, without spending Argon2 time on them.
 *
 * <p>Salts are {@value #SALT_BYTES} random bytes, hashes {@value #HASH_BYTES} bytes. {@link
 * #verify} compares in constant time and accepts hashes made with other parameters (within
 * sane bounds), so that {@link #needsRehash} can upgrade them after a successful login.
 *
 * <p>Thread-safe. Nothing is logged; exception messages never contain the password, salt or
 * hash.
 */
public final class PasswordHasher {
  /** Longest password accepted, in UTF-8 bytes after NFKC normalisation. */
  public static final int MAX_PASSWORD_BYTES = 1024;

  static final int SALT_BYTES = 16;
  static final int HASH_BYTES = 32;

  /** Upper bounds for parameters read from a stored hash, so a bad row cannot exhaust memory. */
  private static final int MAX_MEMORY_KIB = 1 << 20;
  private static final int MAX_ITERATIONS = 64;
  private static final int MAX_PARALLELISM = 16;

  private static final Pattern PHC =
      Pattern.compile(
          "\\$argon2id\\$v=19\\$m=(\\d{1,8}),t=(\\d{1,4}),p=(\\d{1,3})"
              + "\\$([A-Za-z0-9+/]{11,88})\\$([A-Za-z0-9+/]{22,172})");
  private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
  private static final Base64.Decoder B64_DECODER = Base64.getDecoder();

  private final Parameters parameters;
  private final SecureRandom random;

  /**
   * Argon2id cost parameters.
   *
   * @param memoryKiB memory in KiB, at least {@code 8 * parallelism}, at most 1 GiB
   * @param iterations passes over memory, 1 to 64
   * @param parallelism lanes, 1 to 16
   */
  public record Parameters(int memoryKiB, int iterations, int parallelism) {
    /** OWASP Password Storage Cheat Sheet (2023+): 19 MiB, 2 passes, 1 lane. */
    public static final Parameters OWASP = new Parameters(19_456, 2, 1);

    public Parameters {
      if (parallelism < 1 || parallelism > MAX_PARALLELISM) {
        throw new IllegalArgumentException("parallelism must be 1 to " + MAX_PARALLELISM);
      }
      if (iterations < 1 || iterations > MAX_ITERATIONS) {
        throw new IllegalArgumentException("iterations must be 1 to " + MAX_ITERATIONS);
      }
      if (memoryKiB < 8 * parallelism || memoryKiB > MAX_MEMORY_KIB) {
        throw new IllegalArgumentException(
            "memoryKiB must be at least 8 * parallelism and at most " + MAX_MEMORY_KIB);
      }
    }
  }

  private PasswordHasher(Parameters parameters, SecureRandom random) {
    this.parameters = Objects.requireNonNull(parameters, "parameters");
    this.random = Objects.requireNonNull(random, "random");
  }

  /** A hasher with the {@link Parameters#OWASP} parameters. */
  public static PasswordHasher create(SecureRandom random) {
    return new PasswordHasher(Parameters.OWASP, random);
  }

  /** A hasher that makes new hashes with {@code parameters}. */
  public static PasswordHasher create(Parameters parameters, SecureRandom random) {
    return new PasswordHasher(parameters, random);
  }

  /** The parameters of new hashes. */
  public Parameters parameters() {
    return parameters;
  }

  /**
   * Hashes {@code password} with a fresh random salt.
   *
   * @return the PHC string
   * @throws IllegalArgumentException if the password is not well-formed Unicode or longer than
   *     {@value #MAX_PASSWORD_BYTES} bytes (the message never contains the password)
   */
  public String hash(String password) {
    byte[] bytes = passwordBytes(password);
    if (bytes.length > MAX_PASSWORD_BYTES) {
      throw new IllegalArgumentException(
          "password is longer than " + MAX_PASSWORD_BYTES + " bytes");
    }
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    byte[] hash = derive(bytes, salt, parameters, HASH_BYTES);
    Arrays.fill(bytes, (byte) 0);
    return "$argon2id$v=19$m="
        + parameters.memoryKiB()
        + ",t="
        + parameters.iterations()
        + ",p="
        + parameters.parallelism()
        + "$"
        + B64.encodeToString(salt)
        + "$"
        + B64.encodeToString(hash);
  }

  /**
   * Whether {@code password} matches {@code phc}, compared in constant time. A password that is
   * not well-formed Unicode or longer than {@value #MAX_PASSWORD_BYTES} bytes never matches.
   *
   * @throws IllegalArgumentException if {@code phc} is not an Argon2id (v=19) PHC string within
   *     the parameter bounds (the message never contains it)
   */
  public boolean verify(String password, String phc) {
    Stored stored = Stored.parse(phc);
    byte[] bytes;
    try {
      bytes = passwordBytes(password);
    } catch (IllegalArgumentException e) {
      return false;
    }
    if (bytes.length > MAX_PASSWORD_BYTES) {
      return false;
    }
    byte[] candidate = derive(bytes, stored.salt, stored.parameters, stored.hash.length);
    Arrays.fill(bytes, (byte) 0);
    return MessageDigest.isEqual(candidate, stored.hash);
  }

  /**
   * Whether {@code phc} should be replaced by a new hash of the same password: true if it is not
   * an Argon2id v=19 PHC string, or its parameters, salt or hash length differ from this
   * hasher's.
   */
  public boolean needsRehash(String phc) {
    Stored stored;
    try {
      stored = Stored.parse(phc);
    } catch (IllegalArgumentException e) {
      return true;
    }
    return !stored.parameters.equals(parameters)
        || stored.salt.length != SALT_BYTES
        || stored.hash.length != HASH_BYTES;
  }

  private static byte[] passwordBytes(String password) {
    Objects.requireNonNull(password, "password");
    if (password.length() > 4 * MAX_PASSWORD_BYTES) {
      // Certainly too long; do not spend normalisation time on it.
      return new byte[MAX_PASSWORD_BYTES + 1];
    }
    String normalised = Normalizer.normalize(password, Normalizer.Form.NFKC);
    return StrictUtf8.encode(normalised, "password");
  }

  /** Raw Argon2id (v=0x13) without secret or associated data. */
  static byte[] derive(byte[] password, byte[] salt, Parameters parameters, int length) {
    Argon2Parameters argon =
        new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
            .withVersion(Argon2Parameters.ARGON2_VERSION_13)
            .withMemoryAsKB(parameters.memoryKiB())
            .withIterations(parameters.iterations())
            .withParallelism(parameters.parallelism())
            .withSalt(salt)
            .build();
    Argon2BytesGenerator generator = new Argon2BytesGenerator();
    generator.init(argon);
    byte[] out = new byte[length];
    generator.generateBytes(password, out);
    return out;
  }

  @Override
  public String toString() {
    return "PasswordHasher[argon2id m="
        + parameters.memoryKiB()
        + " t="
        + parameters.iterations()
        + " p="
        + parameters.parallelism()
        + "]";
  }

  /** A parsed PHC string. */
  private static final class Stored {
    final Parameters parameters;
    final byte[] salt;
    final byte[] hash;

    private Stored(Parameters parameters, byte[] salt, byte[] hash) {
      this.parameters = parameters;
      this.salt = salt;
      this.hash = hash;
    }

    static Stored parse(String phc) {
      Objects.requireNonNull(phc, "phc");
      Matcher m = PHC.matcher(phc);
      if (!m.matches()) {
        throw notPhc();
      }
      try {
        Parameters parameters =
            new Parameters(
                Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)));
        byte[] salt = B64_DECODER.decode(m.group(4).getBytes(StandardCharsets.US_ASCII));
        byte[] hash = B64_DECODER.decode(m.group(5).getBytes(StandardCharsets.US_ASCII));
        if (salt.length < 8 || hash.length < 16) {
          throw notPhc();
        }
        return new Stored(parameters, salt, hash);
      } catch (IllegalArgumentException e) {
        throw notPhc();
      }
    }

    private static IllegalArgumentException notPhc() {
      return new IllegalArgumentException(
          "stored password hash is not an Argon2id v=19 PHC string within bounds");
    }
  }
}
