package org.guwah.store.cases;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Who may read one record now, as the consent rules of ADR 0008 decide it on the current rows: the
 * account that created it, the consent purposes it is usable for, the partners it is shared with
 * <em>and</em> usable for PARTNER_SHARING, and whether it involves a protected third party (the
 * condition under which partners read it only coded). Holds ids and codes only, never an identity
 * value. For derived indexes that must apply the same rules ({@link IndexFeed}).
 *
 * @param id the record
 * @param createdBy the account that created it; null for rows written without an account
 * @param purposes {@code consent_purpose} codes the record is usable for now
 * @param partners partners it is shared with that may read it now (shared and usable for
 *     PARTNER_SHARING)
 * @param involvingProtectedThirdParty whether it is, refers to, or reports on a protected third party
 */
public record RecordAccess(UUID id, @Nullable UUID createdBy, Set<String> purposes, Set<UUID> partners,
    boolean involvingProtectedThirdParty) {
  public RecordAccess {
    Objects.requireNonNull(id, "id");
    purposes = Set.copyOf(purposes);
    partners = Set.copyOf(partners);
  }
}
