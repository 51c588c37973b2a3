package org.guwah.store.accounts;

import java.util.Objects;

/**
 * A session just opened or promoted, with its bearer token: put the token in the session cookie
 * and drop it; the store keeps only its SHA-256. {@link #toString()} redacts the token.
 *
 * @param token 256 random bits, base64url without padding (43 characters)
 * @param session the session
 */
public record NewSession(String token, Session session) {
  public NewSession {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(session, "session");
  }

  @Override
  public String toString() {
    return "NewSession[token=redacted, " + session + "]";
  }
}
