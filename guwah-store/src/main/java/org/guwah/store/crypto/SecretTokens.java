package org.guwah.store.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Bearer tokens (account invitations, sessions, questionnaire invitations): 256 random bits as
 * unpadded base64url (43 characters); only their SHA-256 is stored.
 */
public final class SecretTokens {
  public static final int TOKEN_BYTES = 32;
  private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

  private SecretTokens() {}

  /** A new token. */
  public static String newToken(SecureRandom random) {
    byte[] bytes = new byte[TOKEN_BYTES];
    random.nextBytes(bytes);
    return ENCODER.encodeToString(bytes);
  }

  /** SHA-256 of the token's ASCII text, or null if {@code token} does not have a token's shape. */
  public static byte @Nullable [] hashOf(String token) {
    Objects.requireNonNull(token, "token");
    if (!SHAPE.matcher(token).matches()) {
      return null;
    }
    return sha256(token.getBytes(StandardCharsets.US_ASCII));
  }

  public static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
  }
}
