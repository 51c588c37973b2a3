package org.guwah.store.cases;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What one read of the case store may show: the rows it returns ({@code visible}) and, of those,
 * the ones it returns FULL ({@code full}) rather than CODED.
 *
 * <ul>
 *   <li>FULL: the record as stored, identity part decrypted (names, contacts, ID number, exact
 *       birth, locality, notes, testimony, free text).
 *   <li>CODED: the record built from its clear columns only; the envelope is not fetched and
 *       nothing is decrypted. Identity fields are empty or null; a person's birth is the clear
 *       birth-year range (a year or year-range {@code FuzzyDate}), its age range is absent. A coded
 *       record must never be sent back as an update: that would erase its identity part.
 * </ul>
 *
 * <p>Both conditions are evaluated by the database on the current rows in the same statement as
 * filters and pagination, so pages stay full, cursors stay right, and a consent withdrawal hides a
 * row from the very next read. The store reports per record whether it was shown in full ({@link
 * Shown#full()}), for the caller's identity-read audit. Which reading applies to which signed-in
 * account is the caller's decision. Immutable.
 *
 * @param visible the rows returned
 * @param full the returned rows shown in full (rows outside {@code visible} are never returned)
 */
public record Reading(Rows visible, Rows full) {
  /** The purpose staff work under inside the organisation. */
  public static final String INTERNAL_ANALYSIS = "INTERNAL_ANALYSIS";
  /** The purpose a partner's access needs. */
  public static final String PARTNER_SHARING = "PARTNER_SHARING";

  private static final Reading EVERYTHING = new Reading(Rows.all(), Rows.all());

  public Reading {
    Objects.requireNonNull(visible, "visible");
    Objects.requireNonNull(full, "full");
  }

  /** A reading of {@code visible} rows, {@code full} ones in full. */
  public static Reading of(Rows visible, Rows full) {
    return new Reading(visible, full);
  }

  /**
   * Every row, in full, whatever its consent: for the command line, imports, exports of the whole
   * store and the store's own maintenance, not for the reads of a signed-in account's role.
   */
  public static Reading everything() {
    return EVERYTHING;
  }

  /**
   * A documenter: the rows {@code account} created, in full, plus the rows usable for
   * INTERNAL_ANALYSIS, coded.
   */
  public static Reading documenter(UUID account) {
    Rows own = Rows.createdBy(account);
    return new Reading(own.or(Rows.usableFor(INTERNAL_ANALYSIS)), own);
  }

  /** An analyst: the rows usable for INTERNAL_ANALYSIS, all coded. */
  public static Reading analyst() {
    return new Reading(Rows.usableFor(INTERNAL_ANALYSIS), Rows.none());
  }

  /**
   * An analyst with audited, purpose-stated unlocks: as {@link #analyst()}, with the rows whose
   * ids are in {@code unlocked} in full (an unlocked id of a row not usable for INTERNAL_ANALYSIS
   * still shows nothing).
   */
  public static Reading analystWithUnlocks(Set<UUID> unlocked) {
    return new Reading(Rows.usableFor(INTERNAL_ANALYSIS), Rows.ids(unlocked));
  }

  /**
   * A partner: the rows explicitly shared with {@code partner} that are usable for PARTNER_SHARING;
   * in full, except rows involving a protected third party ({@link
   * Rows#involvingProtectedThirdParty()}), which are coded.
   */
  public static Reading partner(UUID partner) {
    return new Reading(Rows.sharedWith(partner).and(Rows.usableFor(PARTNER_SHARING)),
        Rows.involvingProtectedThirdParty().not());
  }

  /**
   * The rows usable for {@code purpose} (a {@code consent_purpose} code), in full: exports for that
   * purpose.
   *
   * @throws IllegalArgumentException if {@code purpose} is not a {@code consent_purpose} code
   */
  public static Reading forPurpose(String purpose) {
    return new Reading(Rows.usableFor(purpose), Rows.all());
  }
}
