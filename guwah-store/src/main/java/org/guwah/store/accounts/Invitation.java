package org.guwah.store.accounts;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * An open enrolment invitation, without its token (only the token's hash is stored).
 *
 * @param id the invitation's id (for listing and revoking)
 * @param roles the roles the new account will get
 * @param createdAt when it was made
 * @param expiresAt after this instant it can no longer be redeemed
 * @param firstStart whether it is the operator's first-start administrator invitation
 */
public record Invitation(
    UUID id, Set<Role> roles, Instant createdAt, Instant expiresAt, boolean firstStart) {
  public Invitation {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
    roles = Account.Roles.copyOf(roles);
  }
}
