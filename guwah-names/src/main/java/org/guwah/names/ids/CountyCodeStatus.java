package org.guwah.names.ids;

/**
 * What the address code (positions 1–6) of a resident ID says, checked against the historical
 * GB/T 2260 table of Xinjiang codes ({@link CountyCodes}). Outside Xinjiang only the province is
 * checked.
 */
public enum CountyCodeStatus {
  /** A Xinjiang code in use today. */
  XINJIANG_CURRENT,
  /**
   * A Xinjiang code that was in use and has been retired (e.g. 652101 Turpan city 1984–2015,
   * 652923 Kuqa county to 2019). IDs keep the code of their issue, so this is valid.
   */
  XINJIANG_RETIRED,
  /** Starts with 65 but was never a Xinjiang code: some digit is wrong. */
  XINJIANG_UNKNOWN,
  /** Another province, autonomous region or municipality; the county is not checked. */
  OTHER_PROVINCE,
  /** The first two digits are no province code: some digit is wrong. */
  UNKNOWN_PROVINCE;

  /** Whether the code may be a real address code. */
  public boolean isPlausible() {
    return this == XINJIANG_CURRENT || this == XINJIANG_RETIRED || this == OTHER_PROVINCE;
  }
}
