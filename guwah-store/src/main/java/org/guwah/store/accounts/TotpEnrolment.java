package org.guwah.store.accounts;

import java.util.Objects;

/**
 * What an account holder needs to add Guwah to an authenticator app: the {@code otpauth://} URI
 * (for a QR code) and the same secret in base32 for typing in by hand. Both contain the TOTP
 * secret: show them only to the account holder, over a response that is not cached, and never
 * log them. {@link #toString()} redacts both.
 *
 * @param uri the {@code otpauth://totp/Guwah:<login>?secret=...} URI
 * @param secretBase32 the secret, base32 without padding
 */
public record TotpEnrolment(String uri, String secretBase32) {
  public TotpEnrolment {
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(secretBase32, "secretBase32");
  }

  @Override
  public String toString() {
    return "TotpEnrolment[redacted]";
  }
}
