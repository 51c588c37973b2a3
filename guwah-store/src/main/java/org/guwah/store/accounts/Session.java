package org.guwah.store.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A signed-in (or half signed-in) session, as held by {@link SessionStore}. It does not contain
 * its token, which the store keeps only as a hash.
 *
 * <p>{@link #toString()} omits the CSRF token.
 *
 * @param id an identifier for logs and audit; not a credential
 * @param accountId the account
 * @param roles the account's roles when the session was opened
 * @param stage how far sign-in has got
 * @param csrfToken to embed in forms and compare with {@link #csrfMatches}; 256 random bits,
 *     base64url
 * @param createdAt start of the session (of the {@link SessionStage#AUTHENTICATED} stage once
 *     promoted); the absolute expiry counts from here
 * @param lastSeenAt last use; the idle expiry counts from here
 */
public record Session(
    UUID id,
    UUID accountId,
    Set<Role> roles,
    SessionStage stage,
    String csrfToken,
    Instant createdAt,
    Instant lastSeenAt) {

  public Session {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(csrfToken, "csrfToken");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(lastSeenAt, "lastSeenAt");
    roles = Account.Roles.copyOf(roles);
  }

  /** Whether the second factor was passed. */
  public boolean authenticated() {
    return stage == SessionStage.AUTHENTICATED;
  }

  /** Whether the session is authenticated and holds {@code role}. */
  public boolean allows(Role role) {
    return authenticated() && roles.contains(role);
  }

  /** Whether {@code candidate} is this session's CSRF token, compared in constant time. */
  public boolean csrfMatches(@Nullable String candidate) {
    if (candidate == null) {
      return false;
    }
    return MessageDigest.isEqual(
        csrfToken.getBytes(StandardCharsets.UTF_8), candidate.getBytes(StandardCharsets.UTF_8));
  }

  Session touched(Instant now) {
    return new Session(id, accountId, roles, stage, csrfToken, createdAt, now);
  }

  @Override
  public String toString() {
    return "Session[id=" + id + ", account=" + accountId + ", roles=" + roles + ", stage="
        + stage.code() + ", createdAt=" + createdAt + ", lastSeenAt=" + lastSeenAt + "]";
  }
}
