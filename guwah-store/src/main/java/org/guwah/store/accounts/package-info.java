/**
 * Staff accounts, second factor, login throttling and sessions: the storage and pure logic under
 * the web layer's sign-in routes.
 *
 * <h2>Life cycle</h2>
 *
 * <ol>
 *   <li>An administrator (or, on first start, the operator through {@link
 *       org.guwah.store.accounts.AccountStore#firstStartInvitation()}) creates an enrolment
 *       invitation; its token is shown once.
 *   <li>The invitee redeems it with a login name and password ({@link
 *       org.guwah.store.accounts.AccountStore#redeem}); the account is {@code
 *       pending_second_factor} and gets a TOTP secret to scan ({@link
 *       org.guwah.store.accounts.TotpEnrolment#uri()}).
 *   <li>The first valid code ({@link
 *       org.guwah.store.accounts.AccountStore#confirmSecondFactor}) activates the account and
 *       returns ten single-use recovery codes, once.
 *   <li>Sign-in: {@link org.guwah.store.accounts.LoginThrottle#blockedFor}, then {@link
 *       org.guwah.store.accounts.AccountStore#verifyPassword}, a {@link
 *       org.guwah.store.accounts.SessionStore} session in stage {@code password_verified}, then
 *       {@link org.guwah.store.accounts.AccountStore#verifyTotp} (or a recovery code) and {@link
 *       org.guwah.store.accounts.SessionStore#promote}, which rotates the token.
 * </ol>
 *
 * <h2>Wiring</h2>
 *
 * <pre>{@code
 * SecureRandom random = new SecureRandom();
 * AccountStore accounts = AccountStore.create(db.jdbi(), keyRing, PasswordHasher.create(random), clock, random);
 * LoginThrottle throttle = LoginThrottle.create(clock);
 * SessionStore sessions = SessionStore.create(clock, random);
 * accounts.firstStartInvitation().ifPresent(i -> console.println("/enrol/" + i.token()));
 *
 * // POST /login
 * String key = LoginName.keyOf(loginName);
 * Optional<Duration> wait = throttle.blockedFor(key, clientIp);      // present: 429, Retry-After
 * Optional<Account> account = accounts.verifyPassword(loginName, password);
 * if (account.isEmpty()) { throttle.recordFailure(key, clientIp); ... 401 }
 * NewSession half = sessions.open(account.get().id(), account.get().roles(), SessionStage.PASSWORD_VERIFIED);
 * // pending_second_factor: show accounts.pendingTotpEnrolment(id) as QrSvg, then confirmSecondFactor
 * // POST /login/totp (CSRF: half.session().csrfMatches(formToken))
 * if (accounts.verifyTotp(id, code) || accounts.useRecoveryCode(id, code)) {
 *   throttle.recordSuccess(key, clientIp);
 *   NewSession full = sessions.promote(half.token()).orElseThrow();   // new cookie value
 * } else { throttle.recordFailure(key, clientIp); }
 * }</pre>
 *
 * <h2>What is secret, and where</h2>
 *
 * <p>Passwords: Argon2id PHC strings ({@link org.guwah.store.crypto.PasswordHasher}). TOTP
 * secrets: sealed with the key ring's field cipher, bound to the account id. Recovery codes,
 * invitation tokens and session tokens: only SHA-256 hashes are kept (they carry at least 80 bits
 * of randomness, so a plain hash suffices). No {@code toString()}, exception message or log line
 * of this package contains a password, code, token, secret or login name.
 */
@NullMarked
package org.guwah.store.accounts;

import org.jspecify.annotations.NullMarked;
