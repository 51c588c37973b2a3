package org.guwah.search;

import java.util.Collection;
import java.util.Set;

/**
 * Who is searching, stated by the caller from the reader's account, role and purpose. A document
 * is visible if and only if
 *
 * <pre>
 *   its accountIds ∩ this.accountIds ≠ ∅                                    (ownership)
 *   or ( its consentPurposes ∩ this.purposes ≠ ∅
 *        and not (this.excludeProtected and it is a protected third party) )  (consent)
 * </pre>
 *
 * Ownership ignores the protected flag (a documenter reads their own intake in full); the
 * protected flag limits only what consent opens, since a protected third party never consented.
 * An empty filter sees nothing: there is no "see everything" filter. The filter applies to hits,
 * totals and facet counts alike.
 *
 * <p>Examples (the mapping from roles is the caller's, this class knows no roles): a documenter
 * searching their own intake: {@code owners(Set.of(self))}; an analyst working for internal
 * analysis: {@code purposes(Set.of("INTERNAL_ANALYSIS"), true)}; a partner: {@code
 * purposes(Set.of("PARTNER_SHARING"), true)}.
 *
 * <p>This is the index's first line; the caller re-checks every hit against the database's
 * consent rules before showing it.
 *
 * @param accountIds accounts whose ownership grants access (usually the reader's own id)
 * @param purposes consent purposes any of which grants access
 * @param excludeProtected whether consent alone does not open protected third parties
 */
public record AccessFilter(Set<String> accountIds, Set<String> purposes, boolean excludeProtected) {
  /**
   * @throws IllegalArgumentException if an id or purpose is not a code
   * @throws NullPointerException if a set is null
   */
  public AccessFilter {
    accountIds = Codes.checkedSet(accountIds, Codes.ID, "accountIds");
    purposes = Codes.checkedSet(purposes, Codes.CODE, "purposes");
  }

  /** Documents owned by any of {@code accountIds}. */
  public static AccessFilter owners(Collection<String> accountIds) {
    return new AccessFilter(Set.copyOf(accountIds), Set.of(), true);
  }

  /** Documents whose consent permits any of {@code purposes}. */
  public static AccessFilter purposes(Collection<String> purposes, boolean excludeProtected) {
    return new AccessFilter(Set.of(), Set.copyOf(purposes), excludeProtected);
  }

  /** Owned by {@code accountIds} or consented for {@code purposes}. */
  public static AccessFilter of(Collection<String> accountIds, Collection<String> purposes, boolean excludeProtected) {
    return new AccessFilter(Set.copyOf(accountIds), Set.copyOf(purposes), excludeProtected);
  }

  /** Whether this filter can match nothing at all. */
  public boolean seesNothing() {
    return accountIds.isEmpty() && purposes.isEmpty();
  }
}
