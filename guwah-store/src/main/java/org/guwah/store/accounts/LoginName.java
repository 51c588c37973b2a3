package org.guwah.store.accounts;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.guwah.core.validation.ValidationException;

/**
 * A login name: 3 to 64 ASCII letters, digits, dots, hyphens and underscores, starting with a
 * letter or digit. Names are unique ignoring case ({@link #key()}); the spelling chosen at
 * enrolment is kept for display.
 *
 * <p>ASCII only, on purpose: login names are identifiers, not display names, and a restricted
 * alphabet rules out look-alike names (Cyrillic {@code а} for Latin {@code a}, Arabic-script
 * variants) that would let one staff member impersonate another in the account list.
 *
 * <p>{@link #toString()} does not show the name, which may be a person's name.
 */
public record LoginName(String value) {
  /** Shortest login name. */
  public static final int MIN_LENGTH = 3;

  /** Longest login name. */
  public static final int MAX_LENGTH = 64;

  private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{2,63}");

  /**
   * @throws ValidationException on field {@code loginName}, saying what is wrong (never the
   *     value)
   */
  public LoginName {
    Objects.requireNonNull(value, "value");
    if (value.length() < MIN_LENGTH || value.length() > MAX_LENGTH) {
      throw ValidationException.of(
          "loginName", "must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters");
    }
    if (!SHAPE.matcher(value).matches()) {
      throw ValidationException.of(
          "loginName",
          "may contain only ASCII letters, digits, '.', '-' and '_', and must start with a letter"
              + " or digit");
    }
  }

  /** Parses a login name; see the constructor. */
  public static LoginName of(String value) {
    return new LoginName(value);
  }

  /** The lower-case form that must be unique. */
  public String key() {
    return value.toLowerCase(Locale.ROOT);
  }

  /**
   * The lookup key of any text offered as a login name, valid or not (for {@link LoginThrottle}
   * and lookups): lower case, at most {@link #MAX_LENGTH} + 1 characters.
   */
  public static String keyOf(String anyText) {
    Objects.requireNonNull(anyText, "anyText");
    String cut = anyText.length() > MAX_LENGTH + 1 ? anyText.substring(0, MAX_LENGTH + 1) : anyText;
    return cut.toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return "LoginName[redacted]";
  }
}
