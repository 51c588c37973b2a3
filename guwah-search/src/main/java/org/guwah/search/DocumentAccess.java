package org.guwah.search;

import java.util.Collection;
import java.util.Set;

/**
 * Who may find a document: the accounts that own it (its documenters), the consent purposes its
 * consent allows now, and whether it is about a protected third party (a relative who never
 * consented). Held in clear in the index (opaque ids and codes); see {@link AccessFilter} for how
 * a search uses it.
 *
 * @param accountIds opaque account ids that may read the record because they documented it
 * @param consentPurposes {@code consent_purpose} codes the record's consent permits now
 * @param protectedThirdParty whether the record is about a protected third party
 */
public record DocumentAccess(Set<String> accountIds, Set<String> consentPurposes, boolean protectedThirdParty) {
  private static final DocumentAccess NOBODY = new DocumentAccess(Set.of(), Set.of(), false);

  /**
   * @throws IllegalArgumentException if an id or purpose is not a code
   * @throws NullPointerException if a set is null
   */
  public DocumentAccess {
    accountIds = Codes.checkedSet(accountIds, Codes.ID, "accountIds");
    consentPurposes = Codes.checkedSet(consentPurposes, Codes.CODE, "consentPurposes");
  }

  /** Readable by no one (no owner, no consent). */
  public static DocumentAccess nobody() {
    return NOBODY;
  }

  /** Owned by {@code accountIds}, with consent for {@code purposes}, not a protected third party. */
  public static DocumentAccess of(Collection<String> accountIds, Collection<String> purposes) {
    return new DocumentAccess(Set.copyOf(accountIds), Set.copyOf(purposes), false);
  }

  /** A copy marked (or not) as a protected third party. */
  public DocumentAccess withProtectedThirdParty(boolean value) {
    return new DocumentAccess(accountIds, consentPurposes, value);
  }
}
