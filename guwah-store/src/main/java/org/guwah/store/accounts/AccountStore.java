package org.guwah.store.accounts;

import org.guwah.store.crypto.SecretTokens;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.guwah.core.ids.Ids;
import org.guwah.core.validation.Problems;
import org.guwah.core.validation.ValidationException;
import org.guwah.store.accounts.AccountRows.Credentials;
import org.guwah.store.accounts.AccountRows.InvitationRow;
import org.guwah.store.accounts.AccountRows.TotpRow;
import org.guwah.store.crypto.FieldCipher;
import org.guwah.store.crypto.KeyRing;
import org.guwah.store.crypto.PasswordHasher;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jspecify.annotations.Nullable;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Staff accounts on PostgreSQL (tables of migration {@code V3__accounts.sql}): enrolment
 * invitations, passwords, TOTP second factor with replay protection, recovery codes, roles and
 * disabling.
 *
 * <h2>Secrets</h2>
 *
 * <ul>
 *   <li>Passwords are checked against {@link PasswordPolicy} and stored as Argon2id PHC strings
 *       ({@link PasswordHasher}); a hash made with older parameters is replaced at the next
 *       successful {@link #verifyPassword}.
 *   <li>The TOTP secret (20 random bytes, HMAC-SHA1, 6 digits, 30 s) is sealed with the key
 *       ring's {@link FieldCipher}, associated data {@code guwah:account-totp:<id>}, so a copy in
 *       another row does not open. It is shown only while the account is {@link
 *       AccountState#PENDING_SECOND_FACTOR}.
 *   <li>Invitation tokens (256 bits) and recovery codes (80 bits) are kept as SHA-256 hashes
 *       only, and shown once.
 * </ul>
 *
 * <h2>Replay and single use</h2>
 *
 * <p>A TOTP code is accepted within one step either side of now, and only for a step later than
 * the last one accepted; the step is written with a conditional update, so two store instances
 * (or two servers) on one database never both accept the same code. Invitations and recovery
 * codes are consumed the same way.
 *
 * <h2>What this class does not do</h2>
 *
 * <p>It does not throttle (use {@link LoginThrottle} before {@link #verifyPassword}, {@link
 * #verifyTotp} and {@link #useRecoveryCode}), hold sessions ({@link SessionStore}; call {@link
 * SessionStore#invalidateAccount} after {@link #disable} or {@link #changeRoles}), or audit.
 *
 * <p>Thread-safe. Nothing is logged. Exception messages never contain login names, passwords,
 * codes, tokens or secrets; database failures are {@link AccountStoreException}s without the
 * driver's exception (whose text may include row contents).
 */
public final class AccountStore {
  /** Validity of {@link #invite(Set)} invitations. */
  public static final Duration DEFAULT_INVITATION_VALIDITY = Duration.ofDays(7);

  /** Validity of the {@link #firstStartInvitation()}. */
  public static final Duration FIRST_START_VALIDITY = Duration.ofHours(24);

  /** Longest validity of an invitation. */
  public static final Duration MAX_INVITATION_VALIDITY = Duration.ofDays(30);

  /** TOTP steps accepted either side of now (clock drift of up to 30 s). */
  public static final int TOTP_WINDOW = 1;

  /** Transaction-level advisory lock serialising changes to who is an active administrator. */
  private static final long ADMINISTRATORS_LOCK = 0x6775776168_41L;

  private final Jdbi jdbi;
  private final FieldCipher cipher;
  private final PasswordHasher hasher;
  private final Totp totp;
  private final Clock clock;
  private final SecureRandom random;
  private final Ids ids;
  private volatile @Nullable String dummyHash;

  private AccountStore(
      Jdbi jdbi, KeyRing keys, PasswordHasher hasher, Clock clock, SecureRandom random) {
    this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    this.cipher = keys.fieldCipher();
    this.hasher = Objects.requireNonNull(hasher, "hasher");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.random = Objects.requireNonNull(random, "random");
    this.totp = Totp.create(clock);
    this.ids = new Ids(clock, random);
  }

  /**
   * An account store on a migrated database.
   *
   * @param keys seals TOTP secrets (its field cipher)
   * @param hasher hashes new passwords (its parameters decide {@link PasswordHasher#needsRehash})
   * @param clock time of expiry, TOTP steps and timestamps
   * @param random tokens, secrets, recovery codes and ids
   */
  public static AccountStore create(
      Jdbi jdbi, KeyRing keys, PasswordHasher hasher, Clock clock, SecureRandom random) {
    return new AccountStore(jdbi, keys, hasher, clock, random);
  }

  // ---------------------------------------------------------------- invitations

  /** {@link #invite(Set, Duration)} valid for {@link #DEFAULT_INVITATION_VALIDITY}. */
  public IssuedInvitation invite(Set<Role> roles) {
    return invite(roles, DEFAULT_INVITATION_VALIDITY);
  }

  /**
   * Creates an enrolment invitation for an account with {@code roles}. The token is returned
   * here and nowhere else; the database keeps its SHA-256.
   *
   * @throws IllegalArgumentException if {@code roles} is empty or {@code validity} is not between
   *     one minute and {@link #MAX_INVITATION_VALIDITY}
   */
  public IssuedInvitation invite(Set<Role> roles, Duration validity) {
    Set<Role> copy = Account.Roles.copyOf(roles);
    if (validity.compareTo(Duration.ofMinutes(1)) < 0
        || validity.compareTo(MAX_INVITATION_VALIDITY) > 0) {
      throw new IllegalArgumentException("validity must be between one minute and 30 days");
    }
    return inTransaction("create an invitation", h -> insertInvitation(h, copy, validity, false));
  }

  /**
   * The operator's way in on a new installation: a fresh administrator invitation, valid for
   * {@link #FIRST_START_VALIDITY}, if no <em>active</em> administrator exists; empty otherwise.
   * Unused first-start invitations made earlier are revoked in either case, so only the latest
   * one printed works, and none once an administrator is active.
   *
   * <p>Administrators still pending their second factor, or disabled, do not count: an operator
   * with access to the server console can always regain administration. Serialised with role
   * changes by a database lock, so it never races the last administrator's disabling.
   */
  public Optional<IssuedInvitation> firstStartInvitation() {
    return inTransaction(
        "create the first-start invitation",
        h -> {
          lockAdministrators(h);
          h.createUpdate(
                  "update enrolment_invitation set revoked_at = :now"
                      + " where first_start and used_at is null and revoked_at is null")
              .bind("now", clock.instant())
              .execute();
          if (AccountRows.otherActiveAdministratorExists(h, null)) {
            return Optional.empty();
          }
          return Optional.of(
              insertInvitation(h, EnumSet.of(Role.ADMINISTRATOR), FIRST_START_VALIDITY, true));
        });
  }

  /** The invitation of {@code token} if it can still be redeemed (to show its roles). */
  public Optional<Invitation> invitation(String token) {
    byte[] hash = SecretTokens.hashOf(token);
    if (hash == null) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    return withHandle("read an invitation", h -> AccountRows.invitationByTokenHash(h, hash, false))
        .filter(row -> row.refusal(now).isEmpty())
        .map(InvitationRow::invitation);
  }

  /** Invitations not used, revoked or expired, oldest first. */
  public List<Invitation> openInvitations() {
    return withHandle("list invitations", h -> AccountRows.openInvitations(h, clock.instant()));
  }

  /** Revokes an unused invitation; false if there is none with this id or it was used. */
  public boolean revokeInvitation(UUID id) {
    return inTransaction(
        "revoke an invitation",
        h ->
            h.createUpdate(
                        "update enrolment_invitation set revoked_at = :now"
                            + " where id = :id and used_at is null and revoked_at is null")
                    .bind("now", clock.instant())
                    .bind("id", id)
                    .execute()
                == 1);
  }

  /**
   * Redeems an invitation: creates an account in state {@link
   * AccountState#PENDING_SECOND_FACTOR} with the invitation's roles and a new TOTP secret, and
   * marks the invitation used. Checks in this order: the token (cheap, before any hashing), the
   * login name ({@link LoginName}) and password ({@link PasswordPolicy}), then, in one
   * transaction with the invitation row locked, the token again and the name's uniqueness. A
   * refused login name or password leaves the invitation unused.
   *
   * @throws InvitationRejectedException if the token is malformed, unknown, used, revoked or
   *     expired
   * @throws ValidationException on fields {@code loginName} and/or {@code password}
   * @throws LoginNameTakenException if another account has this login name, ignoring case
   */
  public Enrolment redeem(String token, String loginName, String password) {
    byte[] tokenHash = SecretTokens.hashOf(token);
    if (tokenHash == null) {
      throw new InvitationRejectedException(InvitationRejectedException.Reason.UNKNOWN);
    }
    Instant checked = clock.instant();
    requireRedeemable(
        withHandle("read an invitation", h -> AccountRows.invitationByTokenHash(h, tokenHash, false)),
        checked);
    LoginName name = validate(loginName, password);
    String passwordHash = hasher.hash(password);
    UUID id = ids.next();
    byte[] secret = totp.newSecret(random);
    byte[] sealed = cipher.encrypt(secret, totpBinding(id));
    Account account =
        inTransaction(
            "redeem an invitation",
            h -> {
              Instant now = clock.instant();
              InvitationRow row =
                  requireRedeemable(AccountRows.invitationByTokenHash(h, tokenHash, true), now);
              insertAccount(h, id, name, passwordHash, sealed, row.invitation().roles(), now);
              h.createUpdate(
                      "update enrolment_invitation set used_at = :now, account_id = :account"
                          + " where id = :id")
                  .bind("now", now)
                  .bind("account", id)
                  .bind("id", row.invitation().id())
                  .execute();
              return AccountRows.account(h, id).orElseThrow();
            });
    TotpEnrolment enrolment = enrolment(secret, account.loginName());
    Arrays.fill(secret, (byte) 0);
    return new Enrolment(account, enrolment);
  }

  // ---------------------------------------------------------------- second factor

  /**
   * The TOTP secret to show again (e.g. after signing in with the password before finishing
   * enrolment), only while the account is {@link AccountState#PENDING_SECOND_FACTOR}; empty
   * otherwise or if there is no such account.
   */
  public Optional<TotpEnrolment> pendingTotpEnrolment(UUID accountId) {
    return withHandle("read a second factor", h -> AccountRows.totp(h, accountId, false))
        .filter(row -> row.account().state() == AccountState.PENDING_SECOND_FACTOR)
        .map(
            row -> {
              byte[] secret = open(row);
              TotpEnrolment enrolment = enrolment(secret, row.account().loginName());
              Arrays.fill(secret, (byte) 0);
              return enrolment;
            });
  }

  /**
   * Confirms the authenticator app of a {@link AccountState#PENDING_SECOND_FACTOR} account: the
   * first valid code activates it and returns {@value RecoveryCodes#COUNT} new recovery codes,
   * which are not kept and cannot be shown again. The code's step is recorded, so it cannot be
   * used again to sign in.
   *
   * @return the recovery codes, or empty if {@code code} is wrong
   * @throws AccountNotFoundException if there is no such account
   * @throws AccountStateConflictException if the account is not pending its second factor
   */
  public Optional<RecoveryCodes> confirmSecondFactor(UUID accountId, String code) {
    return inTransaction(
        "confirm a second factor",
        h -> {
          TotpRow row =
              AccountRows.totp(h, accountId, true)
                  .orElseThrow(() -> new AccountNotFoundException(accountId));
          if (row.account().state() != AccountState.PENDING_SECOND_FACTOR) {
            throw new AccountStateConflictException(
                accountId, row.account().state(), "confirm a second factor");
          }
          OptionalLong step = matchingStep(row, code);
          if (step.isEmpty()) {
            return Optional.empty();
          }
          Instant now = clock.instant();
          h.createUpdate(
                  "update account set state = 'active', totp_last_step = :step, updated_at = :now"
                      + " where id = :id")
              .bind("step", step.getAsLong())
              .bind("now", now)
              .bind("id", accountId)
              .execute();
          return Optional.of(replaceRecoveryCodes(h, accountId, now));
        });
  }

  /**
   * Whether {@code code} is a valid TOTP code of an {@link AccountState#ACTIVE} account for a
   * step after the last one accepted (within {@value #TOTP_WINDOW} step of now). Accepting it
   * records its step in the database, so the same code, or an earlier one, is refused
   * afterwards by every store on this database.
   */
  public boolean verifyTotp(UUID accountId, String code) {
    Optional<TotpRow> found =
        withHandle("read a second factor", h -> AccountRows.totp(h, accountId, false));
    if (found.isEmpty() || found.get().account().state() != AccountState.ACTIVE) {
      return false;
    }
    OptionalLong step = matchingStep(found.get(), code);
    if (step.isEmpty()) {
      return false;
    }
    return inTransaction(
        "record a second factor step",
        h ->
            h.createUpdate(
                        "update account set totp_last_step = :step where id = :id"
                            + " and state = 'active'"
                            + " and (totp_last_step is null or totp_last_step < :step)")
                    .bind("step", step.getAsLong())
                    .bind("id", accountId)
                    .execute()
                == 1);
  }

  /**
   * Uses one recovery code of an {@link AccountState#ACTIVE} account instead of a TOTP code.
   * Case, spaces, hyphens and the look-alikes o/i/l are ignored. Each code works once.
   *
   * @return whether the code was unused and is now used
   */
  public boolean useRecoveryCode(UUID accountId, String code) {
    String canonical = RecoveryCodes.normalise(code);
    if (canonical == null) {
      return false;
    }
    byte[] hash = RecoveryCodes.hash(accountId, canonical);
    return inTransaction(
        "use a recovery code",
        h ->
            h.createUpdate(
                        "update account_recovery_code set used_at = :now"
                            + " where account_id = :id and code_hash = :hash and used_at is null"
                            + " and exists (select 1 from account a"
                            + "             where a.id = :id and a.state = 'active')")
                    .bind("now", clock.instant())
                    .bind("id", accountId)
                    .bind("hash", hash)
                    .execute()
                == 1);
  }

  /** How many unused recovery codes the account has. */
  public int remainingRecoveryCodes(UUID accountId) {
    return withHandle(
        "count recovery codes",
        h ->
            h.createQuery(
                    "select count(*) from account_recovery_code"
                        + " where account_id = :id and used_at is null")
                .bind("id", accountId)
                .mapTo(Integer.class)
                .one());
  }

  /**
   * Starts over with the second factor (lost phone, after signing in with a recovery code, or by
   * an administrator): a new TOTP secret, the account back to {@link
   * AccountState#PENDING_SECOND_FACTOR}, its recovery codes deleted. Confirming a code with
   * {@link #confirmSecondFactor} activates it again. Call {@link
   * SessionStore#invalidateAccount} afterwards.
   *
   * @throws AccountNotFoundException if there is no such account
   * @throws AccountStateConflictException if the account is disabled
   */
  public TotpEnrolment resetSecondFactor(UUID accountId) {
    byte[] secret = totp.newSecret(random);
    byte[] sealed = cipher.encrypt(secret, totpBinding(accountId));
    Account account =
        inTransaction(
            "reset a second factor",
            h -> {
              lockAdministrators(h);
              Account current = requireAccount(h, accountId, true);
              if (current.state() == AccountState.DISABLED) {
                throw new AccountStateConflictException(
                    accountId, current.state(), "reset the second factor");
              }
              h.createUpdate(
                      "update account set state = 'pending_second_factor', totp_secret = :secret,"
                          + " totp_last_step = null, updated_at = :now where id = :id")
                  .bind("secret", sealed)
                  .bind("now", clock.instant())
                  .bind("id", accountId)
                  .execute();
              h.createUpdate("delete from account_recovery_code where account_id = :id")
                  .bind("id", accountId)
                  .execute();
              return current;
            });
    TotpEnrolment enrolment = enrolment(secret, account.loginName());
    Arrays.fill(secret, (byte) 0);
    return enrolment;
  }

  // ---------------------------------------------------------------- passwords

  /**
   * The account whose login name (ignoring case) and password match, unless it is disabled.
   * Accounts pending their second factor are returned: check {@link Account#state()}. An
   * unknown login name costs the same Argon2id time as a wrong password, so timing does not
   * tell which names exist. If the stored hash was made with other parameters than this store's
   * hasher, it is replaced by a new hash of the same password.
   */
  public Optional<Account> verifyPassword(String loginName, String password) {
    String key = LoginName.keyOf(loginName);
    Optional<Credentials> found =
        withHandle("read credentials", h -> AccountRows.credentialsByKey(h, key));
    if (found.isEmpty()) {
      hasher.verify(password, dummyHash());
      return Optional.empty();
    }
    Credentials credentials = found.get();
    if (!hasher.verify(password, credentials.passwordHash())
        || credentials.account().state() == AccountState.DISABLED) {
      return Optional.empty();
    }
    if (hasher.needsRehash(credentials.passwordHash())) {
      String rehashed = hasher.hash(password);
      inTransaction(
          "upgrade a password hash",
          h ->
              h.createUpdate(
                      "update account set password_hash = :new where id = :id"
                          + " and password_hash = :old")
                  .bind("new", rehashed)
                  .bind("id", credentials.account().id())
                  .bind("old", credentials.passwordHash())
                  .execute());
    }
    return Optional.of(credentials.account());
  }

  /**
   * Changes the password of a non-disabled account after checking the current one.
   *
   * @return false if {@code currentPassword} is wrong or the account is disabled (nothing
   *     changed)
   * @throws AccountNotFoundException if there is no such account
   * @throws ValidationException on field {@code password} if the new password breaks {@link
   *     PasswordPolicy}
   */
  public boolean changePassword(UUID accountId, String currentPassword, String newPassword) {
    Credentials credentials =
        withHandle("read credentials", h -> AccountRows.credentials(h, accountId, false))
            .orElseThrow(() -> new AccountNotFoundException(accountId));
    if (credentials.account().state() == AccountState.DISABLED
        || !hasher.verify(currentPassword, credentials.passwordHash())) {
      return false;
    }
    PasswordPolicy.check(credentials.account().loginName(), newPassword);
    String hash = hasher.hash(newPassword);
    return inTransaction(
        "change a password",
        h ->
            h.createUpdate(
                        "update account set password_hash = :new, updated_at = :now"
                            + " where id = :id and password_hash = :old and state <> 'disabled'")
                    .bind("new", hash)
                    .bind("now", clock.instant())
                    .bind("id", accountId)
                    .bind("old", credentials.passwordHash())
                    .execute()
                == 1);
  }

  // ---------------------------------------------------------------- roles and state

  /**
   * Replaces the account's roles. Call {@link SessionStore#invalidateAccount} afterwards so no
   * session keeps the old roles.
   *
   * @throws IllegalArgumentException if {@code roles} is empty
   * @throws AccountNotFoundException if there is no such account
   * @throws LastAdministratorException if this would remove the administrator role from the last
   *     active administrator
   */
  public Account changeRoles(UUID accountId, Set<Role> roles) {
    Set<Role> copy = Account.Roles.copyOf(roles);
    return inTransaction(
        "change roles",
        h -> {
          lockAdministrators(h);
          Account current = requireAccount(h, accountId, true);
          if (current.active()
              && current.has(Role.ADMINISTRATOR)
              && !copy.contains(Role.ADMINISTRATOR)
              && !AccountRows.otherActiveAdministratorExists(h, accountId)) {
            throw new LastAdministratorException();
          }
          h.createUpdate(
                  "update account set roles = cast(:roles as text[]), updated_at = :now"
                      + " where id = :id")
              .bindArray("roles", String.class, (Object[]) AccountRows.codes(copy))
              .bind("now", clock.instant())
              .bind("id", accountId)
              .execute();
          return AccountRows.account(h, accountId).orElseThrow();
        });
  }

  /**
   * Disables the account: it can no longer sign in, pass a second factor or use recovery codes.
   * Idempotent. Call {@link SessionStore#invalidateAccount} afterwards.
   *
   * @throws AccountNotFoundException if there is no such account
   * @throws LastAdministratorException if it is the last active administrator
   */
  public Account disable(UUID accountId) {
    return inTransaction(
        "disable an account",
        h -> {
          lockAdministrators(h);
          Account current = requireAccount(h, accountId, true);
          if (current.active()
              && current.has(Role.ADMINISTRATOR)
              && !AccountRows.otherActiveAdministratorExists(h, accountId)) {
            throw new LastAdministratorException();
          }
          h.createUpdate("update account set state = 'disabled', updated_at = :now where id = :id")
              .bind("now", clock.instant())
              .bind("id", accountId)
              .execute();
          return AccountRows.account(h, accountId).orElseThrow();
        });
  }

  // ---------------------------------------------------------------- reading

  /** The account with this id. */
  public Optional<Account> find(UUID accountId) {
    return withHandle("read an account", h -> AccountRows.account(h, accountId));
  }

  /** The account with this login name, ignoring case. */
  public Optional<Account> findByLoginName(String loginName) {
    String key = LoginName.keyOf(loginName);
    return withHandle(
        "read an account",
        h ->
            h.createQuery(
                    "select " + AccountRows.ACCOUNT_COLUMNS + " from account where login_key = :key")
                .bind("key", key)
                .map((rs, ctx) -> AccountRows.account(rs))
                .findOne());
  }

  /** Every account, by login name ignoring case. */
  public List<Account> list() {
    return withHandle(
        "list accounts",
        h ->
            h.createQuery(
                    "select " + AccountRows.ACCOUNT_COLUMNS + " from account order by login_key")
                .map((rs, ctx) -> AccountRows.account(rs))
                .list());
  }

  /** Whether at least one active administrator exists. */
  public boolean activeAdministratorExists() {
    return withHandle(
        "count administrators", h -> AccountRows.otherActiveAdministratorExists(h, null));
  }

  // ---------------------------------------------------------------- internals

  private IssuedInvitation insertInvitation(
      Handle h, Set<Role> roles, Duration validity, boolean firstStart) {
    String token = SecretTokens.newToken(random);
    byte[] hash = SecretTokens.hashOf(token);
    Instant now = clock.instant();
    Invitation invitation = new Invitation(ids.next(), roles, now, now.plus(validity), firstStart);
    h.createUpdate(
            "insert into enrolment_invitation (id, token_hash, roles, first_start, created_at,"
                + " expires_at) values (:id, :hash, cast(:roles as text[]), :first, :created,"
                + " :expires)")
        .bind("id", invitation.id())
        .bind("hash", hash)
        .bindArray("roles", String.class, (Object[]) AccountRows.codes(roles))
        .bind("first", firstStart)
        .bind("created", invitation.createdAt())
        .bind("expires", invitation.expiresAt())
        .execute();
    return new IssuedInvitation(invitation, token);
  }

  private static InvitationRow requireRedeemable(Optional<InvitationRow> found, Instant now) {
    InvitationRow row =
        found.orElseThrow(
            () -> new InvitationRejectedException(InvitationRejectedException.Reason.UNKNOWN));
    Optional<InvitationRejectedException.Reason> refusal = row.refusal(now);
    if (refusal.isPresent()) {
      throw new InvitationRejectedException(refusal.get());
    }
    return row;
  }

  private static LoginName validate(String loginName, String password) {
    Problems problems = new Problems();
    LoginName name = null;
    try {
      name = LoginName.of(loginName);
    } catch (ValidationException e) {
      e.fieldErrors().forEach(problems::add);
    }
    Set<PasswordProblem> weak = PasswordPolicy.problems(loginName, password);
    if (!weak.isEmpty()) {
      List<String> messages = new ArrayList<>();
      weak.forEach(p -> messages.add(p.message()));
      problems.add("password", String.join("; ", messages));
    }
    problems.throwIfAny();
    return Objects.requireNonNull(name);
  }

  private static void insertAccount(
      Handle h,
      UUID id,
      LoginName name,
      String passwordHash,
      byte[] sealedSecret,
      Set<Role> roles,
      Instant now) {
    try {
      h.createUpdate(
              "insert into account (id, login_name, login_key, password_hash, totp_secret, roles,"
                  + " state, created_at, updated_at) values (:id, :name, :key, :hash, :secret,"
                  + " cast(:roles as text[]), 'pending_second_factor', :now, :now)")
          .bind("id", id)
          .bind("name", name.value())
          .bind("key", name.key())
          .bind("hash", passwordHash)
          .bind("secret", sealedSecret)
          .bindArray("roles", String.class, (Object[]) AccountRows.codes(roles))
          .bind("now", now)
          .execute();
    } catch (JdbiException e) {
      if ("account_login_key_unique".equals(violatedConstraint(e))) {
        throw new LoginNameTakenException();
      }
      throw e;
    }
  }

  private RecoveryCodes replaceRecoveryCodes(Handle h, UUID accountId, Instant now) {
    RecoveryCodes codes = RecoveryCodes.generate(random);
    h.createUpdate("delete from account_recovery_code where account_id = :id")
        .bind("id", accountId)
        .execute();
    PreparedBatch batch =
        h.prepareBatch(
            "insert into account_recovery_code (account_id, code_hash, created_at)"
                + " values (:id, :hash, :now)");
    for (String code : codes.codes()) {
      batch
          .bind("id", accountId)
          .bind("hash", RecoveryCodes.hash(accountId, Objects.requireNonNull(RecoveryCodes.normalise(code))))
          .bind("now", now)
          .add();
    }
    batch.execute();
    return codes;
  }

  private static Account requireAccount(Handle h, UUID accountId, boolean forUpdate) {
    return AccountRows.credentials(h, accountId, forUpdate)
        .map(Credentials::account)
        .orElseThrow(() -> new AccountNotFoundException(accountId));
  }

  private static void lockAdministrators(Handle h) {
    h.createQuery("select 1 from (select pg_advisory_xact_lock(:key)) locked")
        .bind("key", ADMINISTRATORS_LOCK)
        .mapTo(Integer.class)
        .one();
  }

  private OptionalLong matchingStep(TotpRow row, String code) {
    byte[] secret = open(row);
    try {
      return totp.matchingStep(secret, code, TOTP_WINDOW, row.lastStepOrMin());
    } finally {
      Arrays.fill(secret, (byte) 0);
    }
  }

  private byte[] open(TotpRow row) {
    return cipher.decrypt(row.sealedSecret(), totpBinding(row.account().id()));
  }

  private TotpEnrolment enrolment(byte[] secret, String loginName) {
    return new TotpEnrolment(totp.uri(secret, loginName), Base32.encode(secret));
  }

  private static byte[] totpBinding(UUID accountId) {
    return ("guwah:account-totp:" + accountId).getBytes(StandardCharsets.US_ASCII);
  }

  private String dummyHash() {
    String hash = dummyHash;
    if (hash == null) {
      hash = hasher.hash(SecretTokens.newToken(random));
      dummyHash = hash;
    }
    return hash;
  }

  private <R> R withHandle(String operation, HandleCallback<R, RuntimeException> work) {
    try {
      return jdbi.withHandle(work);
    } catch (JdbiException e) {
      throw failure(operation, e);
    }
  }

  private <R> R inTransaction(String operation, HandleCallback<R, RuntimeException> work) {
    try {
      return jdbi.inTransaction(work);
    } catch (JdbiException e) {
      throw failure(operation, e);
    }
  }

  private static AccountStoreException failure(String operation, JdbiException e) {
    SQLException sql = sqlCause(e);
    StringBuilder message = new StringBuilder("could not ").append(operation);
    if (sql != null) {
      message.append(" (SQL state ").append(sql.getSQLState());
      String constraint = violatedConstraint(e);
      if (constraint != null) {
        message.append(", constraint ").append(constraint);
      }
      message.append(')');
    } else {
      message.append(" (").append(e.getClass().getSimpleName()).append(')');
    }
    return new AccountStoreException(message.toString());
  }

  private static @Nullable SQLException sqlCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException) {
        return (SQLException) t;
      }
    }
    return null;
  }

  private static @Nullable String violatedConstraint(Throwable e) {
    SQLException sql = sqlCause(e);
    if (sql instanceof PSQLException) {
      ServerErrorMessage server = ((PSQLException) sql).getServerErrorMessage();
      return server == null ? null : server.getConstraint();
    }
    return null;
  }

  @Override
  public String toString() {
    return "AccountStore";
  }
}
