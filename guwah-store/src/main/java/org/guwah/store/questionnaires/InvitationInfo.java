package org.guwah.store.questionnaires;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An invitation as its issuer sees it: how many uses it allows and has left, when it expires,
 * whether it was revoked. Never its token (only the token's hash is stored) and never when it was
 * used or by which submission.
 */
public record InvitationInfo(UUID id, UUID questionnaireId, int maxUses, int usesLeft, Instant expiresAt,
    @Nullable Instant revokedAt, Instant createdAt) {
  public InvitationInfo {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(questionnaireId, "questionnaireId");
    Objects.requireNonNull(expiresAt, "expiresAt");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /** Where the invitation stands at {@code now}. */
  public InvitationState state(Instant now) {
    if (revokedAt != null) {
      return InvitationState.REVOKED;
    }
    if (usesLeft == 0) {
      return InvitationState.USED;
    }
    if (!now.isBefore(expiresAt)) {
      return InvitationState.EXPIRED;
    }
    return InvitationState.OPEN;
  }

  /** The first characters of the id, to tell invitations apart in a list. */
  public String shortId() {
    return id.toString().substring(0, 8);
  }
}
