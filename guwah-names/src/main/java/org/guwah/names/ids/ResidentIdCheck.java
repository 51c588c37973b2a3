package org.guwah.names.ids;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Result of {@link ResidentId#check}: a status plus the parts that could be decoded.
 *
 * <p>Parts are decoded from the digits as written whenever those digits are present and, for
 * spreadsheet-damaged values, survived; only {@link ResidentIdStatus#VALID} vouches for them (a
 * failing check character means some digit is wrong). {@link #birthDate()} is present only for a
 * real calendar date from 1880 to today.
 *
 * <p>Immutable and thread-safe. Holds identity data: {@link #toString()} prints the status only.
 */
public final class ResidentIdCheck {
  private final ResidentIdStatus status;
  private final String normalized;
  private final @Nullable String countyCode;
  private final @Nullable LocalDate birthDate;
  private final @Nullable RegisteredSex sex;
  private final @Nullable ResidentIdCheck upgraded;

  ResidentIdCheck(
      ResidentIdStatus status,
      String normalized,
      @Nullable String countyCode,
      @Nullable LocalDate birthDate,
      @Nullable RegisteredSex sex,
      @Nullable ResidentIdCheck upgraded) {
    this.status = Objects.requireNonNull(status, "status");
    this.normalized = Objects.requireNonNull(normalized, "normalized");
    if (countyCode != null && countyCode.length() != 6) {
      throw new IllegalArgumentException("county code must have 6 digits");
    }
    if ((upgraded != null) != (status == ResidentIdStatus.LEGACY_15)) {
      throw new IllegalArgumentException("only a LEGACY_15 result carries an upgrade");
    }
    this.countyCode = countyCode;
    this.birthDate = birthDate;
    this.sex = sex;
    this.upgraded = upgraded;
  }

  static ResidentIdCheck malformed(String normalized) {
    return new ResidentIdCheck(ResidentIdStatus.MALFORMED, normalized, null, null, null, null);
  }

  /** The outcome. */
  public ResidentIdStatus status() {
    return status;
  }

  /** Whether {@link #status()} is {@link ResidentIdStatus#VALID}. */
  public boolean isValid() {
    return status == ResidentIdStatus.VALID;
  }

  /**
   * The input after normalisation (NFKC, every decimal digit as ASCII, whitespace, hyphens and
   * invisible format characters removed, ASCII letters upper-cased); scientific notation that
   * holds every digit of an ID is expanded to those digits. For a valid ID this is its
   * 18-character canonical form, suitable for a keyed hash. Identity data: never log it.
   */
  public String normalized() {
    return normalized;
  }

  /** The 6-digit address code (positions 1–6), if present and intact. */
  public Optional<String> countyCode() {
    return Optional.ofNullable(countyCode);
  }

  /** The birth date, if its digits are intact and form a real date from 1880 to today. */
  public Optional<LocalDate> birthDate() {
    return Optional.ofNullable(birthDate);
  }

  /**
   * What the address code says against the historical GB/T 2260 table ({@link CountyCodes}), if
   * the code is present. Informative only: {@link #status()} does not depend on it, so a valid
   * check character with an unknown county still reads {@link ResidentIdStatus#VALID}.
   */
  public Optional<CountyCodeStatus> countyCodeStatus() {
    return countyCode == null ? Optional.empty() : Optional.of(CountyCodes.status(countyCode));
  }

  /**
   * Whether an otherwise valid 18-digit ID ends in {@code 000}: a spreadsheet that kept 15
   * significant digits produces such a value, and its check character matches by chance in one
   * case out of eleven. Treat the last three digits as unknown when this is true.
   */
  public boolean maybeSpreadsheetTruncated() {
    return status == ResidentIdStatus.EXCEL_TRUNCATED
        || (status == ResidentIdStatus.VALID && normalized.length() == 18 && normalized.endsWith("000"));
  }

  /** The sex encoded by the sequence number's last digit, if that digit is present. */
  public Optional<RegisteredSex> sex() {
    return Optional.ofNullable(sex);
  }

  /**
   * For {@link ResidentIdStatus#LEGACY_15}: the check of the 18-character form (century
   * {@code 19} inserted before the birth date, check character computed); empty otherwise.
   */
  public Optional<ResidentIdCheck> upgrade() {
    return Optional.ofNullable(upgraded);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ResidentIdCheck)) {
      return false;
    }
    ResidentIdCheck other = (ResidentIdCheck) o;
    return status == other.status
        && normalized.equals(other.normalized)
        && Objects.equals(countyCode, other.countyCode)
        && Objects.equals(birthDate, other.birthDate)
        && sex == other.sex
        && Objects.equals(upgraded, other.upgraded);
  }

  @Override
  public int hashCode() {
    return Objects.hash(status, normalized, countyCode, birthDate, sex, upgraded);
  }

  /** Prints the status only; the ID and its parts are identity data. */
  @Override
  public String toString() {
    return "ResidentIdCheck[status=" + status + "]";
  }
}
