package org.guwah.store.accounts;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.jspecify.annotations.Nullable;

/** The SQL reads of {@link AccountStore} and the rows they give. */
final class AccountRows {
  static final String ACCOUNT_COLUMNS = "id, login_name, roles, state, created_at";
  private static final String INVITATION_COLUMNS =
      "id, roles, first_start, created_at, expires_at, used_at, revoked_at";

  private AccountRows() {}

  /** An account with what is needed to check its password. */
  record Credentials(Account account, String passwordHash) {
    @Override
    public String toString() {
      return "Credentials[" + account + "]";
    }
  }

  /** An account with its sealed TOTP secret and the last step used. */
  record TotpRow(Account account, byte[] sealedSecret, @Nullable Long lastStep) {
    long lastStepOrMin() {
      return lastStep == null ? Long.MIN_VALUE : lastStep;
    }

    @Override
    public String toString() {
      return "TotpRow[" + account + "]";
    }
  }

  /** An invitation with its use and revocation times. */
  record InvitationRow(
      Invitation invitation, @Nullable Instant usedAt, @Nullable Instant revokedAt) {
    /** Why it cannot be redeemed at {@code now}, if it cannot. */
    Optional<InvitationRejectedException.Reason> refusal(Instant now) {
      if (usedAt != null) {
        return Optional.of(InvitationRejectedException.Reason.USED);
      }
      if (revokedAt != null) {
        return Optional.of(InvitationRejectedException.Reason.REVOKED);
      }
      if (!now.isBefore(invitation.expiresAt())) {
        return Optional.of(InvitationRejectedException.Reason.EXPIRED);
      }
      return Optional.empty();
    }
  }

  static Optional<Account> account(Handle h, UUID id) {
    return h.createQuery("select " + ACCOUNT_COLUMNS + " from account where id = :id")
        .bind("id", id)
        .map((rs, ctx) -> account(rs))
        .findOne();
  }

  static Optional<Credentials> credentialsByKey(Handle h, String loginKey) {
    return h.createQuery(
            "select " + ACCOUNT_COLUMNS + ", password_hash from account where login_key = :key")
        .bind("key", loginKey)
        .map((rs, ctx) -> new Credentials(account(rs), rs.getString("password_hash")))
        .findOne();
  }

  static Optional<Credentials> credentials(Handle h, UUID id, boolean forUpdate) {
    return h.createQuery(
            "select " + ACCOUNT_COLUMNS + ", password_hash from account where id = :id"
                + (forUpdate ? " for update" : ""))
        .bind("id", id)
        .map((rs, ctx) -> new Credentials(account(rs), rs.getString("password_hash")))
        .findOne();
  }

  static Optional<TotpRow> totp(Handle h, UUID id, boolean forUpdate) {
    return h.createQuery(
            "select " + ACCOUNT_COLUMNS + ", totp_secret, totp_last_step from account where id = :id"
                + (forUpdate ? " for update" : ""))
        .bind("id", id)
        .map(
            (rs, ctx) -> {
              long last = rs.getLong("totp_last_step");
              Long lastStep = rs.wasNull() ? null : last;
              return new TotpRow(account(rs), rs.getBytes("totp_secret"), lastStep);
            })
        .findOne();
  }

  static Optional<InvitationRow> invitationByTokenHash(Handle h, byte[] tokenHash, boolean forUpdate) {
    Query query =
        h.createQuery(
                "select " + INVITATION_COLUMNS + " from enrolment_invitation where token_hash = :hash"
                    + (forUpdate ? " for update" : ""))
            .bind("hash", tokenHash);
    return query.map((rs, ctx) -> invitationRow(rs)).findOne();
  }

  static List<Invitation> openInvitations(Handle h, Instant now) {
    return h.createQuery(
            "select " + INVITATION_COLUMNS + " from enrolment_invitation"
                + " where used_at is null and revoked_at is null and expires_at > :now"
                + " order by created_at, id")
        .bind("now", now)
        .map((rs, ctx) -> invitationRow(rs).invitation())
        .list();
  }

  /** Whether an active administrator other than {@code except} (may be null) exists. */
  static boolean otherActiveAdministratorExists(Handle h, @Nullable UUID except) {
    Query query =
        h.createQuery(
            "select exists (select 1 from account where state = 'active'"
                + " and 'administrator' = any (roles)"
                + (except == null ? "" : " and id <> :id")
                + ")");
    if (except != null) {
      query.bind("id", except);
    }
    return query.mapTo(Boolean.class).one();
  }

  static Account account(ResultSet rs) throws SQLException {
    return new Account(
        rs.getObject("id", UUID.class),
        rs.getString("login_name"),
        roles(rs.getArray("roles")),
        AccountState.fromCode(rs.getString("state")),
        instant(rs, "created_at"));
  }

  private static InvitationRow invitationRow(ResultSet rs) throws SQLException {
    Invitation invitation =
        new Invitation(
            rs.getObject("id", UUID.class),
            roles(rs.getArray("roles")),
            instant(rs, "created_at"),
            instant(rs, "expires_at"),
            rs.getBoolean("first_start"));
    return new InvitationRow(
        invitation, nullableInstant(rs, "used_at"), nullableInstant(rs, "revoked_at"));
  }

  static String[] codes(Set<Role> roles) {
    return roles.stream().map(Role::code).toArray(String[]::new);
  }

  private static Set<Role> roles(Array array) throws SQLException {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String code : (String[]) array.getArray()) {
      roles.add(Role.fromCode(code));
    }
    return roles;
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Instant value = nullableInstant(rs, column);
    if (value == null) {
      throw new SQLException("column " + column + " is null");
    }
    return value;
  }

  private static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
