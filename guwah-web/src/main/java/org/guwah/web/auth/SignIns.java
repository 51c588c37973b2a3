package org.guwah.web.auth;

import io.javalin.http.Context;
import java.time.Duration;
import java.util.Optional;
import org.guwah.store.accounts.Account;
import org.guwah.store.accounts.AccountState;
import org.guwah.store.accounts.AccountStore;
import org.guwah.store.accounts.LoginThrottle;
import org.guwah.store.accounts.NewSession;
import org.guwah.store.accounts.Session;
import org.guwah.store.accounts.SessionStage;
import org.guwah.store.audit.AuditAction;
import org.guwah.store.audit.AuditEntry;
import org.guwah.store.audit.AuditLog;
import org.guwah.web.api.ApiException;
import org.guwah.web.api.ErrorCode;
import org.jspecify.annotations.Nullable;

/**
 * The steps of signing in, shared by the JSON API ({@link AuthRoutes}) and the sign-in pages: the
 * password (opening a half session), the second factor (a TOTP code or a single-use recovery code,
 * replacing the half session by a complete one under a new token) and signing out. Failures are
 * throttled per login name and client address and audited without the name typed; the answer never
 * tells whether a name exists. Thread-safe.
 */
public final class SignIns {
  private final AccountStore accounts;
  private final SessionCookies cookies;
  private final LoginThrottle throttle;
  private final AuditLog audit;

  public SignIns(AccountStore accounts, SessionCookies cookies, LoginThrottle throttle, AuditLog audit) {
    this.accounts = accounts;
    this.cookies = cookies;
    this.throttle = throttle;
    this.audit = audit;
  }

  /**
   * Checks the password and opens a half session (its cookie set on {@code ctx}).
   *
   * @throws ApiException {@code too_many_requests} (with {@code Retry-After}) or {@code sign_in_failed}
   */
  public NewSession password(Context ctx, String loginName, String password) {
    String address = ctx.ip();
    refuseIfThrottled(ctx, loginName, address);
    Optional<Account> account = accounts.verifyPassword(loginName, password);
    if (account.isEmpty()) {
      throttle.recordFailure(loginName, address);
      audit.append(AuditEntry.of("anonymous", AuditAction.LOGIN_FAILED).withDetail("step", "password"));
      throw ApiException.of(ErrorCode.SIGN_IN_FAILED);
    }
    endCurrentSession(ctx);
    NewSession opened = cookies.sessions().open(account.get().id(), account.get().roles(), SessionStage.PASSWORD_VERIFIED);
    cookies.set(ctx, opened.token());
    return opened;
  }

  /**
   * Checks a TOTP {@code code} or a {@code recoveryCode} (exactly one) for the half session and
   * completes it.
   *
   * @return the complete session and its account
   * @throws ApiException {@code too_many_requests}, {@code sign_in_failed}, {@code not_signed_in}
   * @throws IllegalArgumentException when both or neither code are given
   */
  public Completed secondFactor(Context ctx, Session session, @Nullable String code, @Nullable String recoveryCode) {
    if ((code == null) == (recoveryCode == null)) {
      throw new IllegalArgumentException("give either code or recoveryCode");
    }
    Account account = activeAccount(session);
    String address = ctx.ip();
    String key = account.loginName();
    refuseIfThrottled(ctx, key, address);
    boolean passed = account.state() == AccountState.ACTIVE && (code != null
        ? accounts.verifyTotp(account.id(), code)
        : accounts.useRecoveryCode(account.id(), java.util.Objects.requireNonNull(recoveryCode)));
    if (!passed) {
      throttle.recordFailure(key, address);
      audit.append(AuditEntry.of(AuditEntry.account(account.id()), AuditAction.LOGIN_FAILED)
          .withDetail("step", "second_factor"));
      throw ApiException.of(ErrorCode.SIGN_IN_FAILED);
    }
    throttle.recordSuccess(key, address);
    audit.append(AuditEntry.of(AuditEntry.account(account.id()), AuditAction.LOGIN)
        .withDetail("factor", code != null ? "totp" : "recovery_code"));
    return new Completed(promote(ctx, session), account);
  }

  /** A complete session and its account. */
  public record Completed(Session session, Account account) {}

  /** Replaces a half session by a complete one under a new token (no-op for a complete one). */
  Session promote(Context ctx, Session session) {
    if (session.authenticated()) {
      return session;
    }
    String token = cookies.token(ctx);
    NewSession promoted = token == null ? null : cookies.sessions().promote(token).orElse(null);
    if (promoted == null) {
      throw ApiException.of(ErrorCode.NOT_SIGNED_IN);
    }
    cookies.set(ctx, promoted.token());
    return promoted.session();
  }

  /** Ends the session and clears its cookie; audited. */
  public void signOut(Context ctx, Session session) {
    audit.append(AuditEntry.of(AuditEntry.account(session.accountId()), AuditAction.LOGOUT));
    endCurrentSession(ctx);
    cookies.clear(ctx);
  }

  /** The session's account if it is still enabled; otherwise its sessions end and this throws. */
  Account activeAccount(Session session) {
    Account account = accounts.find(session.accountId()).orElse(null);
    if (account == null || account.state() == AccountState.DISABLED) {
      cookies.sessions().invalidateAccount(session.accountId());
      throw ApiException.of(ErrorCode.NOT_SIGNED_IN);
    }
    return account;
  }

  void refuseIfThrottled(Context ctx, String accountKey, String address) {
    Optional<Duration> wait = throttle.blockedFor(accountKey, address);
    if (wait.isPresent()) {
      ctx.header("Retry-After", Long.toString(Math.max(1, wait.get().toSeconds())));
      throw ApiException.of(ErrorCode.TOO_MANY_REQUESTS);
    }
  }

  void endCurrentSession(Context ctx) {
    String token = cookies.token(ctx);
    if (token != null) {
      cookies.sessions().invalidate(token);
    }
  }

  @Override
  public String toString() {
    return "SignIns";
  }
}
