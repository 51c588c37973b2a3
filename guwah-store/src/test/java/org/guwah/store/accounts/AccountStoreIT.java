package org.guwah.store.accounts;

import org.guwah.store.crypto.SecretTokens;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;
import org.guwah.core.validation.ValidationException;
import org.guwah.store.crypto.KeyRing;
import org.guwah.store.crypto.PasswordHasher;
import org.guwah.store.crypto.UnableToDecryptFieldException;
import org.guwah.store.db.Database;
import org.guwah.store.testing.FreshDatabase;
import org.guwah.store.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link AccountStore} on a real PostgreSQL (embedded and external), one fresh database per test. */
class AccountStoreIT {
  private static final PasswordHasher.Parameters CHEAP = new PasswordHasher.Parameters(256, 1, 1);
  private static final String PASSWORD = "Tarim river in spring 1998";

  @TempDir Path keysDir;

  private final SecureRandom random = new SecureRandom();
  private final MutableClock clock = MutableClock.at("2024-06-01T12:00:00Z");
  private FreshDatabase fresh;
  private Database db;
  private KeyRing keys;
  private AccountStore store;

  @BeforeEach
  void open() {
    fresh = TestDatabases.create();
    db = fresh.open();
    keys = KeyRing.create(keysDir);
    store = newStore(db, PasswordHasher.create(CHEAP, random));
  }

  @AfterEach
  void close() {
    fresh.close();
  }

  private AccountStore newStore(Database database, PasswordHasher hasher) {
    return AccountStore.create(database.jdbi(), keys, hasher, clock, random);
  }

  // ------------------------------------------------------------------ invitations

  @Test
  void invitationIsSingleUse() {
    IssuedInvitation issued = store.invite(EnumSet.of(Role.DOCUMENTER, Role.ANALYST));
    assertThat(issued.token()).matches("[A-Za-z0-9_-]{43}");
    assertThat(issued.toString()).doesNotContain(issued.token());
    assertThat(store.invitation(issued.token()))
        .hasValueSatisfying(
            i -> {
              assertThat(i.roles()).containsExactly(Role.DOCUMENTER, Role.ANALYST);
              assertThat(i.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofDays(7)));
              assertThat(i.firstStart()).isFalse();
            });
    assertThat(store.openInvitations()).extracting(Invitation::id).containsExactly(issued.invitation().id());

    Enrolment enrolment = store.redeem(issued.token(), "Gulnar.A", PASSWORD);

    Account account = enrolment.account();
    assertThat(account.loginName()).isEqualTo("Gulnar.A");
    assertThat(account.roles()).containsExactly(Role.DOCUMENTER, Role.ANALYST);
    assertThat(account.state()).isEqualTo(AccountState.PENDING_SECOND_FACTOR);
    assertThat(account.createdAt()).isEqualTo(clock.instant());
    assertThat(enrolment.totp().uri())
        .startsWith("otpauth://totp/Guwah:Gulnar.A?secret=" + enrolment.totp().secretBase32() + "&");
    assertThat(Base32.decode(enrolment.totp().secretBase32())).hasSize(20);
    assertThat(enrolment.toString()).doesNotContain(enrolment.totp().secretBase32()).doesNotContain("Gulnar");

    assertRejected(() -> store.redeem(issued.token(), "someone.else", PASSWORD), InvitationRejectedException.Reason.USED);
    assertThat(store.invitation(issued.token())).isEmpty();
    assertThat(store.openInvitations()).isEmpty();
    assertThat(store.findByLoginName("gulnar.a")).contains(account);
    assertThat(store.find(account.id())).contains(account);
  }

  @Test
  void invitationExpires() {
    IssuedInvitation hour = store.invite(Set.of(Role.PARTNER), Duration.ofHours(1));
    IssuedInvitation day = store.invite(Set.of(Role.PARTNER), Duration.ofDays(1));
    clock.advance(Duration.ofMinutes(59));
    assertThat(store.invitation(hour.token())).isPresent();
    clock.advance(Duration.ofMinutes(1));

    assertThat(store.invitation(hour.token())).isEmpty();
    assertRejected(() -> store.redeem(hour.token(), "partner.one", PASSWORD), InvitationRejectedException.Reason.EXPIRED);
    assertThat(store.openInvitations()).extracting(Invitation::id).containsExactly(day.invitation().id());
    assertThat(store.redeem(day.token(), "partner.one", PASSWORD).account().roles()).containsExactly(Role.PARTNER);
    assertThatThrownBy(() -> store.invite(Set.of(Role.PARTNER), Duration.ofDays(31)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.invite(Set.of(), Duration.ofDays(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void unknownMalformedAndRevokedTokensAreRefused() {
    IssuedInvitation issued = store.invite(Set.of(Role.ANALYST));
    String unknown = SecretTokens.newToken(random);

    assertRejected(() -> store.redeem(unknown, "analyst1", PASSWORD), InvitationRejectedException.Reason.UNKNOWN);
    assertRejected(() -> store.redeem("short", "analyst1", PASSWORD), InvitationRejectedException.Reason.UNKNOWN);
    assertRejected(() -> store.redeem(issued.token() + "=", "analyst1", PASSWORD), InvitationRejectedException.Reason.UNKNOWN);
    assertThat(store.revokeInvitation(issued.invitation().id())).isTrue();
    assertThat(store.revokeInvitation(issued.invitation().id())).isFalse();
    assertRejected(() -> store.redeem(issued.token(), "analyst1", PASSWORD), InvitationRejectedException.Reason.REVOKED);
  }

  @Test
  void refusedNameOrPasswordLeavesTheInvitationUnused() {
    store.redeem(store.invite(Set.of(Role.ANALYST)).token(), "Alimjan", PASSWORD);
    IssuedInvitation issued = store.invite(Set.of(Role.DOCUMENTER));

    assertThatThrownBy(() -> store.redeem(issued.token(), "a", "short"))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).fieldErrors()).containsOnlyKeys("loginName", "password"));
    assertThatThrownBy(() -> store.redeem(issued.token(), "newname", "newname and more words"))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).fieldErrors()).containsOnlyKeys("password"));
    assertThatThrownBy(() -> store.redeem(issued.token(), "ALIMJAN", PASSWORD))
        .isInstanceOf(LoginNameTakenException.class)
        .hasMessageNotContaining("ALIMJAN")
        .hasMessageNotContaining("alimjan");

    assertThat(store.invitation(issued.token())).isPresent();
    assertThat(store.redeem(issued.token(), "alimjan2", PASSWORD).account().loginName()).isEqualTo("alimjan2");
  }

  @Test
  void firstStartInvitationOnlyWhileNoAdministratorIsActive() {
    IssuedInvitation first = store.firstStartInvitation().orElseThrow();
    assertThat(first.invitation().roles()).containsExactly(Role.ADMINISTRATOR);
    assertThat(first.invitation().firstStart()).isTrue();
    assertThat(first.invitation().expiresAt()).isEqualTo(clock.instant().plus(Duration.ofHours(24)));
    IssuedInvitation second = store.firstStartInvitation().orElseThrow();
    assertRejected(() -> store.redeem(first.token(), "admin", PASSWORD), InvitationRejectedException.Reason.REVOKED);

    Enrolment admin = store.redeem(second.token(), "admin", PASSWORD);
    // pending administrators do not count: the operator can still get in
    IssuedInvitation third = store.firstStartInvitation().orElseThrow();
    activate(admin);
    assertThat(store.activeAdministratorExists()).isTrue();

    assertThat(store.firstStartInvitation()).isEmpty();
    assertRejected(() -> store.redeem(third.token(), "admin2", PASSWORD), InvitationRejectedException.Reason.REVOKED);
    // a normal administrator invitation is unaffected
    IssuedInvitation normal = store.invite(Set.of(Role.ADMINISTRATOR));
    assertThat(store.firstStartInvitation()).isEmpty();
    assertThat(store.invitation(normal.token())).isPresent();
  }

  // ------------------------------------------------------------------ passwords

  @Test
  void verifiesPasswordsIgnoringLoginNameCase() {
    Account account = store.redeem(store.invite(Set.of(Role.ANALYST)).token(), "Gulnar", PASSWORD).account();

    assertThat(store.verifyPassword("gulnar", PASSWORD)).contains(account);
    assertThat(store.verifyPassword("GULNAR", PASSWORD)).contains(account);
    assertThat(store.verifyPassword("gulnar", PASSWORD + " ")).isEmpty();
    assertThat(store.verifyPassword("gulnar", "")).isEmpty();
    assertThat(store.verifyPassword("nobody", PASSWORD)).isEmpty();
    assertThat(store.verifyPassword("x".repeat(10_000), PASSWORD)).isEmpty();
    assertThat(store.verifyPassword("gulnar", "y".repeat(100_000))).isEmpty();
  }

  @Test
  void passwordHashesWithOldParametersAreUpgradedAtLogin() {
    Account account = store.redeem(store.invite(Set.of(Role.ANALYST)).token(), "gulnar", PASSWORD).account();
    PasswordHasher stronger = PasswordHasher.create(new PasswordHasher.Parameters(512, 2, 1), random);
    AccountStore upgraded = newStore(db, stronger);
    assertThat(storedPasswordHash(account.id())).startsWith("$argon2id$v=19$m=256,t=1,p=1$");

    assertThat(upgraded.verifyPassword("gulnar", "wrong password here")).isEmpty();
    assertThat(storedPasswordHash(account.id())).startsWith("$argon2id$v=19$m=256,t=1,p=1$");
    assertThat(upgraded.verifyPassword("gulnar", PASSWORD)).contains(account);

    assertThat(storedPasswordHash(account.id())).startsWith("$argon2id$v=19$m=512,t=2,p=1$");
    assertThat(store.verifyPassword("gulnar", PASSWORD)).contains(account);
  }

  @Test
  void changesPasswordsAfterCheckingTheCurrentOne() {
    Account account = store.redeem(store.invite(Set.of(Role.ANALYST)).token(), "gulnar", PASSWORD).account();

    assertThat(store.changePassword(account.id(), "wrong password here", "a whole new passphrase")).isFalse();
    assertThatThrownBy(() -> store.changePassword(account.id(), PASSWORD, "password1234"))
        .isInstanceOf(ValidationException.class);
    assertThat(store.changePassword(account.id(), PASSWORD, "a whole new passphrase")).isTrue();
    assertThat(store.verifyPassword("gulnar", PASSWORD)).isEmpty();
    assertThat(store.verifyPassword("gulnar", "a whole new passphrase")).contains(account);
  }

  // ------------------------------------------------------------------ second factor

  @Test
  void firstValidCodeActivatesAndReturnsRecoveryCodesOnce() {
    Enrolment enrolment = store.redeem(store.invite(Set.of(Role.ANALYST)).token(), "gulnar", PASSWORD);
    UUID id = enrolment.account().id();
    byte[] secret = Base32.decode(enrolment.totp().secretBase32());
    assertThat(store.pendingTotpEnrolment(id)).contains(enrolment.totp());
    assertThat(store.verifyTotp(id, totp().currentCode(secret))).as("pending accounts cannot sign in").isFalse();

    assertThat(store.confirmSecondFactor(id, wrongCode(secret))).isEmpty();
    RecoveryCodes codes = store.confirmSecondFactor(id, totp().currentCode(secret)).orElseThrow();

    assertThat(codes.codes()).hasSize(10).doesNotHaveDuplicates();
    assertThat(store.find(id).orElseThrow().state()).isEqualTo(AccountState.ACTIVE);
    assertThat(store.remainingRecoveryCodes(id)).isEqualTo(10);
    assertThat(store.pendingTotpEnrolment(id)).isEmpty();
    assertThatThrownBy(() -> store.confirmSecondFactor(id, totp().currentCode(secret)))
        .isInstanceOf(AccountStateConflictException.class)
        .satisfies(e -> assertThat(((AccountStateConflictException) e).state()).isEqualTo(AccountState.ACTIVE));
    // the confirming code is spent
    assertThat(store.verifyTotp(id, totp().currentCode(secret))).isFalse();
  }

  @Test
  void totpCodesCannotBeReplayedAcrossStoreInstances() {
    Enrolment enrolment = store.redeem(store.invite(Set.of(Role.ANALYST)).token(), "gulnar", PASSWORD);
    UUID id = enrolment.account().id();
    byte[] secret = Base32.decode(enrolment.totp().secretBase32());
    activate(enrolment);
    AccountStore other = newStore(fresh.open(), PasswordHasher.create(CHEAP, random));

    clock.advance(Duration.ofSeconds(30));
    String code = totp().currentCode(secret);
    assertThat(store.verifyTotp(id, code)).isTrue();
    assertThat(other.verifyTotp(id, code)).isFalse();
    assertThat(store.verifyTotp(id, code)).isFalse();

    // the next step's code works once, wherever it is used; the earlier step's code no longer does
    clock.advance(Duration.ofSeconds(30));
    String previous = totp().code(secret, totp().currentStep() - 1);
    String next = totp().currentCode(secret);
    assertThat(other.verifyTotp(id, next)).isTrue();
    assertThat(store.verifyTotp(id, next)).isFalse();
    assertThat(store.verifyTotp(id, previous)).isFalse();

    // a code from the step after now (clock drift) is accepted, and then blocks the current one
    clock.advance(Duration.ofSeconds(30));
    String ahead = totp().code(secret, totp().currentStep() + 1);
    String current = totp().currentCode(secret);
    assertThat(store.verifyTotp(id, ahead)).isTrue();
    assertThat(other.verifyTotp(id, current)).isFalse();
    // two steps away is outside the window
    clock.advance(Duration.ofSeconds(90));
    assertThat(store.verifyTotp(id, totp().code(secret, totp().currentStep() + 2))).isFalse();
    assertThat(store.verifyTotp(id, wrongCode(secret))).isFalse();
  }

  @Test
  void concurrentUsesOfOneCodeAcceptExactlyOne() throws Exception {
    Enrolment enrolment = store.redeem(store.invite(Set.of(Role.ANALYST)).token(), "gulnar", PASSWORD);
    UUID id = enrolment.account().id();
    byte[] secret = Base32.decode(enrolment.totp().secretBase32());
    RecoveryCodes codes = activate(enrolment);
    List<AccountStore> stores = List.of(store, newStore(fresh.open(), PasswordHasher.create(CHEAP, random)));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      for (int round = 0; round < 5; round++) {
        clock.advance(Duration.ofSeconds(30));
        String code = totp().currentCode(secret);
        String recovery = codes.codes().get(round);
        assertThat(race(pool, i -> stores.get(i % 2).verifyTotp(id, code))).as("TOTP round %d", round).isEqualTo(1);
        assertThat(race(pool, i -> stores.get(i % 2).useRecoveryCode(id, recovery))).as("recovery round %d", round).isEqualTo(1);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** Runs {@code attempt} on 8 threads released together; returns how many succeeded. */
  private static int race(ExecutorService pool, IntPredicate attempt) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Boolean>> results = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      int n = i;
      results.add(pool.submit(() -> {
        start.await();
        return attempt.test(n);
      }));
    }
    start.countDown();
    int accepted = 0;
    for (Future<Boolean> result : results) {
      accepted += result.get(30, TimeUnit.SECONDS) ? 1 : 0;
    }
    return accepted;
  }

  @Test
  void recoveryCodesWorkOnceEach() {
    Enrolment enrolment = store.redeem(store.invite(Set.of(Role.ANALYST)).token(), "gulnar", PASSWORD);
    UUID id = enrolment.account().id();
    RecoveryCodes codes = activate(enrolment);
    Enrolment otherEnrolment = store.redeem(store.invite(Set.of(Role.ANALYST)).token(), "other", PASSWORD);
    activate(otherEnrolment);
    AccountStore other = newStore(fresh.open(), PasswordHasher.create(CHEAP, random));
    String first = codes.codes().get(0);
    String typed = codes.codes().get(1).replace("-", " ").toUpperCase(Locale.ROOT);

    assertThat(store.useRecoveryCode(otherEnrolment.account().id(), first)).as("another account's code").isFalse();
    assertThat(store.useRecoveryCode(id, first)).isTrue();
    assertThat(store.useRecoveryCode(id, first)).isFalse();
    assertThat(other.useRecoveryCode(id, first)).isFalse();
    assertThat(other.useRecoveryCode(id, typed)).isTrue();
    assertThat(store.useRecoveryCode(id, typed)).isFalse();
    assertThat(store.useRecoveryCode(id, "not-a-code")).isFalse();
    assertThat(store.remainingRecoveryCodes(id)).isEqualTo(8);

    store.disable(id);
    assertThat(store.useRecoveryCode(id, codes.codes().get(2))).as("disabled").isFalse();
  }

  @Test
  void resetSecondFactorIssuesANewSecretAndDropsRecoveryCodes() {
    Enrolment enrolment = store.redeem(store.invite(Set.of(Role.ANALYST)).token(), "gulnar", PASSWORD);
    UUID id = enrolment.account().id();
    RecoveryCodes codes = activate(enrolment);

    TotpEnrolment fresh2 = store.resetSecondFactor(id);

    assertThat(fresh2.secretBase32()).isNotEqualTo(enrolment.totp().secretBase32());
    assertThat(store.find(id).orElseThrow().state()).isEqualTo(AccountState.PENDING_SECOND_FACTOR);
    assertThat(store.remainingRecoveryCodes(id)).isZero();
    assertThat(store.useRecoveryCode(id, codes.codes().get(0))).isFalse();
    byte[] newSecret = Base32.decode(fresh2.secretBase32());
    assertThat(store.confirmSecondFactor(id, totp().currentCode(Base32.decode(enrolment.totp().secretBase32())))).isEmpty();
    assertThat(store.confirmSecondFactor(id, totp().currentCode(newSecret))).isPresent();
  }

  @Test
  void sealedTotpSecretIsNotInTheRawTable() {
    Enrolment enrolment = store.redeem(store.invite(Set.of(Role.ANALYST)).token(), "gulnar", PASSWORD);
    Enrolment second = store.redeem(store.invite(Set.of(Role.ANALYST)).token(), "second", PASSWORD);
    String base32 = enrolment.totp().secretBase32();
    byte[] secret = Base32.decode(base32);
    activate(enrolment);

    byte[] column =
        db.jdbi().withHandle(h -> h.createQuery("select totp_secret from account where id = :id")
            .bind("id", enrolment.account().id()).mapTo(byte[].class).one());
    String row =
        db.jdbi().withHandle(h -> h.createQuery("select a::text from account a where id = :id")
            .bind("id", enrolment.account().id()).mapTo(String.class).one());
    String recovery =
        db.jdbi().withHandle(h -> h.createQuery("select string_agg(r::text, ',') from account_recovery_code r")
            .mapTo(String.class).one());

    assertThat(column.length).isGreaterThan(secret.length);
    assertThat(indexOf(column, secret)).isEqualTo(-1);
    assertThat(new String(column, StandardCharsets.ISO_8859_1)).doesNotContain(base32);
    String hex = HexFormat.of().formatHex(secret);
    assertThat(row).doesNotContainIgnoringCase(base32).doesNotContain(hex).doesNotContain(PASSWORD);
    assertThat(recovery).isNotNull();

    // the ciphertext is bound to its account: moved to another row, it does not open
    db.jdbi().useHandle(h -> h.createUpdate("update account set totp_secret = :s where id = :id")
        .bind("s", column).bind("id", second.account().id()).execute());
    assertThatThrownBy(() -> store.pendingTotpEnrolment(second.account().id()))
        .isInstanceOf(UnableToDecryptFieldException.class);
  }

  @Test
  void invitationTokensAndRecoveryCodesAreStoredOnlyAsHashes() {
    IssuedInvitation issued = store.invite(Set.of(Role.ANALYST));
    Enrolment enrolment = store.redeem(issued.token(), "gulnar", PASSWORD);
    RecoveryCodes codes = activate(enrolment);

    String everything =
        db.jdbi().withHandle(h -> h.createQuery(
                "select concat((select string_agg(i::text, ',') from enrolment_invitation i),"
                    + " (select string_agg(r::text, ',') from account_recovery_code r))")
            .mapTo(String.class).one());
    assertThat(everything).doesNotContain(issued.token());
    for (String code : codes.codes()) {
      assertThat(everything).doesNotContain(code).doesNotContain(code.replace("-", ""));
    }
  }

  // ------------------------------------------------------------------ roles and state

  @Test
  void rolesChangeAndTheLastActiveAdministratorIsKept() {
    Enrolment admin = store.redeem(store.firstStartInvitation().orElseThrow().token(), "admin", PASSWORD);
    UUID adminId = admin.account().id();
    activate(admin);
    Enrolment analyst = store.redeem(store.invite(Set.of(Role.ANALYST)).token(), "analyst", PASSWORD);
    activate(analyst);

    assertThatThrownBy(() -> store.changeRoles(adminId, Set.of(Role.ANALYST)))
        .isInstanceOf(LastAdministratorException.class);
    assertThatThrownBy(() -> store.disable(adminId)).isInstanceOf(LastAdministratorException.class);
    assertThatThrownBy(() -> store.changeRoles(adminId, Set.of())).isInstanceOf(IllegalArgumentException.class);

    Account promoted = store.changeRoles(analyst.account().id(), EnumSet.of(Role.ADMINISTRATOR, Role.ANALYST));
    assertThat(promoted.roles()).containsExactly(Role.ADMINISTRATOR, Role.ANALYST);
    Account demoted = store.changeRoles(adminId, Set.of(Role.PUBLISHER));
    assertThat(demoted.roles()).containsExactly(Role.PUBLISHER);
    assertThat(store.find(adminId).orElseThrow().roles()).containsExactly(Role.PUBLISHER);
    assertThatThrownBy(() -> store.disable(analyst.account().id())).isInstanceOf(LastAdministratorException.class);
    assertThatThrownBy(() -> store.changeRoles(UUID.randomUUID(), Set.of(Role.ANALYST)))
        .isInstanceOf(AccountNotFoundException.class);
  }

  @Test
  void disabledAccountsCannotSignIn() {
    Enrolment enrolment = store.redeem(store.invite(Set.of(Role.ANALYST)).token(), "gulnar", PASSWORD);
    UUID id = enrolment.account().id();
    byte[] secret = Base32.decode(enrolment.totp().secretBase32());
    activate(enrolment);

    Account disabled = store.disable(id);

    assertThat(disabled.state()).isEqualTo(AccountState.DISABLED);
    assertThat(store.disable(id).state()).isEqualTo(AccountState.DISABLED);
    assertThat(store.verifyPassword("gulnar", PASSWORD)).isEmpty();
    clock.advance(Duration.ofSeconds(60));
    assertThat(store.verifyTotp(id, totp().currentCode(secret))).isFalse();
    assertThat(store.changePassword(id, PASSWORD, "a whole new passphrase")).isFalse();
    assertThatThrownBy(() -> store.resetSecondFactor(id)).isInstanceOf(AccountStateConflictException.class);
    assertThat(store.list()).extracting(Account::state).containsExactly(AccountState.DISABLED);
  }

  // ------------------------------------------------------------------ helpers

  private Totp totp() {
    return Totp.create(clock);
  }

  private RecoveryCodes activate(Enrolment enrolment) {
    byte[] secret = Base32.decode(enrolment.totp().secretBase32());
    return store.confirmSecondFactor(enrolment.account().id(), totp().currentCode(secret)).orElseThrow();
  }

  /** A six-digit code that is not valid for any step of the window. */
  private String wrongCode(byte[] secret) {
    long now = totp().currentStep();
    List<String> valid = List.of(totp().code(secret, now - 1), totp().code(secret, now), totp().code(secret, now + 1));
    for (int i = 0; ; i++) {
      String candidate = String.format("%06d", i);
      if (!valid.contains(candidate)) {
        return candidate;
      }
    }
  }

  private String storedPasswordHash(UUID id) {
    return db.jdbi().withHandle(h -> h.createQuery("select password_hash from account where id = :id")
        .bind("id", id).mapTo(String.class).one());
  }

  private static void assertRejected(Runnable redeem, InvitationRejectedException.Reason reason) {
    assertThatThrownBy(redeem::run)
        .isInstanceOf(InvitationRejectedException.class)
        .satisfies(e -> assertThat(((InvitationRejectedException) e).reason()).isEqualTo(reason));
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
