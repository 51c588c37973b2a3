package org.guwah.web.api;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.guwah.store.accounts.Role;
import org.guwah.store.accounts.Session;
import org.guwah.store.accounts.SessionStage;
import org.jspecify.annotations.Nullable;

/**
 * Who may call a route: the one authorization rule of an {@link ApiRoute}, enforced for every request
 * before the body is read or the handler runs. Every route must declare one; there is no default.
 *
 * <ul>
 *   <li>{@link #anyone()}: no session needed (health, the API document, sign-in itself);
 *   <li>{@link #signingIn()}: a session that has passed the password but not yet the second factor
 *       (or a complete one) — only for the second-factor and enrolment steps;
 *   <li>{@link #roles}: a complete session (password and second factor) of an account holding at
 *       least one of the roles.
 * </ul>
 *
 * @param level which kind of caller is admitted
 * @param roles for {@link Level#ROLES}, the roles admitted (not empty); otherwise empty
 */
public record Access(Level level, Set<Role> roles) {
  /** The kinds of rule. */
  public enum Level {
    ANYONE,
    SIGNING_IN,
    ROLES
  }

  public Access {
    roles = roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
    if ((level == Level.ROLES) == roles.isEmpty()) {
      throw new IllegalArgumentException("roles are given exactly for Level.ROLES");
    }
  }

  /** No session needed. */
  public static Access anyone() {
    return new Access(Level.ANYONE, Set.of());
  }

  /** A session past the password step, with or without the second factor. */
  public static Access signingIn() {
    return new Access(Level.SIGNING_IN, Set.of());
  }

  /** A complete session of an account with at least one of these roles. */
  public static Access roles(Role first, Role... more) {
    return new Access(Level.ROLES, EnumSet.of(first, more));
  }

  /** A complete session of any account, whatever its roles. */
  public static Access signedIn() {
    return new Access(Level.ROLES, EnumSet.allOf(Role.class));
  }

  /** What a caller with {@code session} (null: none) gets: allowed, or the reason it is refused. */
  public Verdict verdict(@Nullable Session session) {
    if (level == Level.ANYONE) {
      return Verdict.ALLOWED;
    }
    if (session == null) {
      return Verdict.NOT_SIGNED_IN;
    }
    if (level == Level.SIGNING_IN) {
      return Verdict.ALLOWED;
    }
    if (session.stage() != SessionStage.AUTHENTICATED) {
      return Verdict.SECOND_FACTOR_REQUIRED;
    }
    for (Role r : session.roles()) {
      if (roles.contains(r)) {
        return Verdict.ALLOWED;
      }
    }
    return Verdict.FORBIDDEN;
  }

  /** The outcome of {@link #verdict}. */
  public enum Verdict {
    ALLOWED,
    /** 401: no valid session. */
    NOT_SIGNED_IN,
    /** 401: the session has not passed the second factor. */
    SECOND_FACTOR_REQUIRED,
    /** 403: signed in, but no admitted role. */
    FORBIDDEN
  }

  /** A short description, e.g. {@code roles: analyst, documenter}, for the API document and tests. */
  public String describe() {
    switch (level) {
      case ANYONE:
        return "anyone";
      case SIGNING_IN:
        return "signing-in";
      default:
        return "roles: " + roles.stream().map(Role::code).sorted().collect(Collectors.joining(", "));
    }
  }

  @Override
  public String toString() {
    return "Access[" + describe() + "]";
  }
}
