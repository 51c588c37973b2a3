package org.guwah.web.api;

import io.javalin.http.Context;
import org.guwah.store.accounts.Session;
import org.jspecify.annotations.Nullable;

/**
 * Finds the session a request carries (e.g. from its session cookie). Called once per request to a
 * route that is not {@link Access#anyone()}-only, before anything else is looked at.
 */
@FunctionalInterface
public interface Authenticator {
  /**
   * The live session of this request, or null when it carries none, an unknown one or an expired
   * one. Must not throw for a malformed token, and never logs it.
   */
  @Nullable Session session(Context ctx);

  /** No sessions at all: only {@link Access#anyone()} routes can be called. */
  static Authenticator none() {
    return ctx -> null;
  }
}
