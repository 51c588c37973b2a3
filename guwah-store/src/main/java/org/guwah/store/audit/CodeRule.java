package org.guwah.store.audit;

/**
 * The one rule for every text value of an audit entry: a code of 1 to {@value #MAX_LENGTH}
 * characters from {@code A-Z a-z 0-9 _ . : -}, with no run of {@value #MAX_DIGIT_RUN} or more
 * digits (that would be a resident-ID number, not a code). No spaces, no other scripts: no name as
 * written, no sentence, no phone number with its punctuation can pass.
 */
final class CodeRule {
  static final int MAX_LENGTH = 64;
  static final int MAX_DIGIT_RUN = 15;
  static final String DESCRIPTION =
      "must be a code of 1 to " + MAX_LENGTH + " characters from A-Z a-z 0-9 _ . : - (no spaces,"
          + " no run of " + MAX_DIGIT_RUN + " digits)";

  private CodeRule() {}

  static boolean matches(String value) {
    int length = value.length();
    if (length == 0 || length > MAX_LENGTH) {
      return false;
    }
    int digits = 0;
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      boolean digit = c >= '0' && c <= '9';
      boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      if (!digit && !letter && c != '_' && c != '.' && c != ':' && c != '-') {
        return false;
      }
      digits = digit ? digits + 1 : 0;
      if (digits >= MAX_DIGIT_RUN) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns {@code value} if it is a code.
   *
   * @throws InvalidAuditEntryException naming {@code field}, never the value
   */
  static String require(String field, String value) {
    if (!matches(value)) {
      throw new InvalidAuditEntryException(field + " " + DESCRIPTION);
    }
    return value;
  }
}
