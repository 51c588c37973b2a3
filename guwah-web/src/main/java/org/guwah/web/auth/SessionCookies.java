package org.guwah.web.auth;

import io.javalin.http.Context;
import org.guwah.store.accounts.Session;
import org.guwah.store.accounts.SessionStore;
import org.guwah.web.api.Authenticator;
import org.jspecify.annotations.Nullable;

/**
 * Sessions carried in one cookie, {@value #NAME}: the production {@link Authenticator}. The cookie is
 * {@code HttpOnly}, {@code SameSite=Strict}, {@code Path=/}, without expiry date (the server
 * expires sessions; see {@link SessionStore}), and {@code Secure} when the server runs behind TLS.
 * The token is never logged. Thread-safe.
 */
public final class SessionCookies implements Authenticator {
  /** The cookie's name. */
  public static final String NAME = "guwah_session";

  private final SessionStore sessions;
  private final boolean secure;

  /**
   * @param sessions where tokens are resolved
   * @param secure whether to mark the cookie {@code Secure} (set when clients reach the server over
   *     TLS, e.g. behind a reverse proxy)
   */
  public SessionCookies(SessionStore sessions, boolean secure) {
    this.sessions = sessions;
    this.secure = secure;
  }

  @Override
  public @Nullable Session session(Context ctx) {
    String token = ctx.cookie(NAME);
    if (token == null || token.isEmpty() || token.length() > 200) {
      return null;
    }
    return sessions.find(token).orElse(null);
  }

  /** The session token the request carries, if any (for sign-out and the second-factor step). */
  public @Nullable String token(Context ctx) {
    return ctx.cookie(NAME);
  }

  /** Sets the session cookie to {@code token}. */
  public void set(Context ctx, String token) {
    ctx.res().addHeader("Set-Cookie", header(token));
  }

  /** Removes the session cookie from the browser. */
  public void clear(Context ctx) {
    ctx.res().addHeader("Set-Cookie", header("") + "; Max-Age=0");
  }

  /** The {@code Set-Cookie} value for {@code token}. */
  public String header(String token) {
    return NAME + "=" + token + "; Path=/; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "");
  }

  /** The store behind the cookies. */
  public SessionStore sessions() {
    return sessions;
  }

  @Override
  public String toString() {
    return "SessionCookies[secure=" + secure + "]";
  }
}
