package org.guwah.names.ids;

/** Outcome of {@link ResidentId#check}. Exactly one applies to any input. */
public enum ResidentIdStatus {
  /**
   * 18 characters, 17 digits plus a correct ISO 7064 MOD 11-2 check character, and a real birth
   * date from 1880 up to today (per the clock passed to the check).
   */
  VALID,
  /**
   * 18 well-formed characters whose check character does not match (and which do not look
   * spreadsheet-truncated). Takes precedence over {@link #INVALID_DATE}: a wrong check means
   * some digit is wrong, maybe one of the date.
   */
  INVALID_CHECKSUM,
  /**
   * The check character matches (or there is none, for 15 digits), but the birth date is not a
   * calendar date, lies before 1880 or lies in the future.
   */
  INVALID_DATE,
  /** A 15-digit GB 11643-1989 ID with a real birth date; {@link ResidentIdCheck#upgrade()} applies. */
  LEGACY_15,
  /**
   * Damaged by a spreadsheet that stored the ID as a number: 18 digits ending in {@code 000}
   * with a failing check, or scientific notation such as {@code 6.53121E+17}. County code and
   * birth date are exposed when their digits survived.
   */
  EXCEL_TRUNCATED,
  /** Anything else: wrong length, letters, empty. */
  MALFORMED
}
