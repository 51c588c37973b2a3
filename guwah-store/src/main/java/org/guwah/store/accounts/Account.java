package org.guwah.store.accounts;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A staff account as the application sees it: no password hash, TOTP secret or recovery code is
 * ever part of it.
 *
 * <p>{@link #toString()} shows the id, roles and state but not the login name, which is often a
 * person's name.
 *
 * @param id the account's id
 * @param loginName the login name as chosen at enrolment (unique ignoring case)
 * @param roles at least one role, in declaration order
 * @param state where the account is in its life cycle
 * @param createdAt when the invitation was redeemed
 */
public record Account(
    UUID id, String loginName, Set<Role> roles, AccountState state, Instant createdAt) {

  public Account {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(loginName, "loginName");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(createdAt, "createdAt");
    roles = Roles.copyOf(roles);
  }

  /** Whether the account holds {@code role}. */
  public boolean has(Role role) {
    return roles.contains(role);
  }

  /** Whether the account may sign in (and pass the second factor). */
  public boolean active() {
    return state == AccountState.ACTIVE;
  }

  @Override
  public String toString() {
    return "Account[id=" + id + ", roles=" + roles + ", state=" + state.code() + "]";
  }

  /** Role set copies. */
  static final class Roles {
    private Roles() {}

    /**
     * An unmodifiable copy in declaration order.
     *
     * @throws IllegalArgumentException if {@code roles} is empty
     */
    static Set<Role> copyOf(Set<Role> roles) {
      Objects.requireNonNull(roles, "roles");
      if (roles.isEmpty()) {
        throw new IllegalArgumentException("an account needs at least one role");
      }
      return Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }
  }
}
