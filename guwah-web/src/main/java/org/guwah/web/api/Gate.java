package org.guwah.web.api;

import io.javalin.http.Context;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import org.guwah.store.accounts.Session;
import org.jspecify.annotations.Nullable;

/**
 * The one place where API requests are admitted: the route's {@link Access} rule against the
 * request's session, then cross-site request forgery checks for state-changing methods. Throws an
 * {@link ApiException} (401 or 403) when the request is refused; pages use the same class.
 *
 * <p>CSRF: a state-changing request (POST, PUT, PATCH, DELETE) that carries a session must send
 * that session's token in {@value #CSRF_HEADER}; any state-changing request whose {@code Origin}
 * header names another origin than the request's own host is refused, with or without session.
 */
public final class Gate {
  /** The request header carrying the session's CSRF token. */
  public static final String CSRF_HEADER = "X-CSRF-Token";

  private final Authenticator authenticator;

  public Gate(Authenticator authenticator) {
    this.authenticator = authenticator;
  }

  /**
   * Admits the request or throws.
   *
   * @return the session, null for an {@link Access#anyone()} route called without one
   * @throws ApiException {@code not_signed_in}, {@code second_factor_required} (401),
   *     {@code forbidden} or {@code csrf_failed} (403)
   */
  public @Nullable Session admit(ApiRoute route, Context ctx) {
    return admit(route.access(), route.method().changesState(), ctx, ctx.header(CSRF_HEADER));
  }

  /**
   * Admits a request under {@code access} or throws; the same checks as {@link #admit(ApiRoute,
   * Context)}, for pages, whose forms send the CSRF token as a field rather than a header.
   *
   * @param csrfToken the token the request carries (header or form field), null if none
   */
  public @Nullable Session admit(Access access, boolean changesState, Context ctx, @Nullable String csrfToken) {
    if (changesState && !sameOrigin(ctx)) {
      throw ApiException.of(ErrorCode.CSRF_FAILED, Map.of());
    }
    Session session = authenticator.session(ctx);
    switch (access.verdict(session)) {
      case NOT_SIGNED_IN:
        throw ApiException.of(ErrorCode.NOT_SIGNED_IN, Map.of());
      case SECOND_FACTOR_REQUIRED:
        throw ApiException.of(ErrorCode.SECOND_FACTOR_REQUIRED, Map.of());
      case FORBIDDEN:
        throw ApiException.of(ErrorCode.FORBIDDEN, Map.of());
      default:
        break;
    }
    if (changesState && session != null && !session.csrfMatches(csrfToken)) {
      throw ApiException.of(ErrorCode.CSRF_FAILED, Map.of());
    }
    return session;
  }

  private static boolean sameOrigin(Context ctx) {
    String origin = ctx.header("Origin");
    if (origin == null) {
      return true;
    }
    String host = ctx.header("Host");
    if (host == null || origin.equals("null")) {
      return false;
    }
    try {
      URI u = URI.create(origin);
      String authority = u.getRawAuthority();
      return authority != null && authority.toLowerCase(Locale.ROOT).equals(host.toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  @Override
  public String toString() {
    return "Gate";
  }
}
