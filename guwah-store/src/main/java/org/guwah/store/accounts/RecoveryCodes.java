package org.guwah.store.accounts;

import org.guwah.store.crypto.SecretTokens;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The ten single-use recovery codes handed out once when the second factor is confirmed. Each
 * is 16 characters of Crockford base32 (80 random bits), shown as {@code xxxx-xxxx-xxxx-xxxx};
 * only a SHA-256 hash bound to the account is stored.
 *
 * <p>When a code is typed back, case, spaces and hyphens are ignored and the look-alikes {@code
 * o}, {@code i} and {@code l} are read as {@code 0}, {@code 1} and {@code 1}.
 *
 * <p>{@link #toString()} shows only how many codes there are.
 *
 * @param codes the codes, formatted for display
 */
public record RecoveryCodes(List<String> codes) {
  /** Codes handed out per account. */
  public static final int COUNT = 10;

  private static final String ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
  private static final int LENGTH = 16;

  public RecoveryCodes {
    codes = List.copyOf(codes);
  }

  static RecoveryCodes generate(SecureRandom random) {
    List<String> codes = new ArrayList<>(COUNT);
    for (int i = 0; i < COUNT; i++) {
      StringBuilder code = new StringBuilder(LENGTH + 3);
      for (int j = 0; j < LENGTH; j++) {
        if (j > 0 && j % 4 == 0) {
          code.append('-');
        }
        code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      codes.add(code.toString());
    }
    return new RecoveryCodes(codes);
  }

  /** The canonical form of a typed code, or null if it cannot be a recovery code. */
  static @Nullable String normalise(String typed) {
    Objects.requireNonNull(typed, "typed");
    if (typed.length() > 64) {
      return null;
    }
    StringBuilder out = new StringBuilder(LENGTH);
    for (char c : typed.toLowerCase(Locale.ROOT).toCharArray()) {
      if (c == ' ' || c == '-') {
        continue;
      }
      char mapped = c == 'o' ? '0' : (c == 'i' || c == 'l') ? '1' : c;
      if (ALPHABET.indexOf(mapped) < 0) {
        return null;
      }
      out.append(mapped);
    }
    return out.length() == LENGTH ? out.toString() : null;
  }

  /** The stored hash of a canonical code for {@code accountId}. */
  static byte[] hash(UUID accountId, String canonical) {
    return SecretTokens.sha256(
        ("guwah:recovery-code:" + accountId + ":" + canonical).getBytes(StandardCharsets.US_ASCII));
  }

  @Override
  public String toString() {
    return "RecoveryCodes[" + codes.size() + " codes, redacted]";
  }
}
