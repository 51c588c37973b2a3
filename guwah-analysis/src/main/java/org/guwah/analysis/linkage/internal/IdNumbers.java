package org.guwah.analysis.linkage.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.guwah.names.ids.RegisteredSex;
import org.guwah.names.ids.ResidentId;
import org.guwah.names.ids.ResidentIdCheck;
import org.guwah.names.ids.ResidentIdStatus;

/**
 * A resident ID as the linker uses it: the first 17 digits as a number, the check character, how
 * many leading digits are trustworthy, and what it says about county, birth date and sex. Built on
 * {@link ResidentId#check}. A 15-digit ID is used in its 18-digit form.
 */
public final class IdNumbers {
  /** No usable ID. */
  public static final byte NONE = 0;
  /**
   * Correct check character, or a 15-digit ID (used in its 18-digit form; having no check
   * character, it is never {@link #certain}).
   */
  public static final byte VALID = 1;
  /** Full length but the check fails (a wrong or swapped digit) or the date is impossible. */
  public static final byte INVALID = 2;
  /** Spreadsheet-damaged: only the first {@link #trusted} digits are known. */
  public static final byte TRUNCATED = 3;

  private static final int MAX_CHARS = 64;

  /** Status: one of the constants above. */
  public byte kind;
  /** First 17 digits as a number (digits beyond {@link #trusted} are zero). */
  public long digits;
  /** Check character value 0–10 (10 = X), or -1 when unknown. */
  public byte check = -1;
  /** Leading digits that are known: 17 for full IDs, 15 for Excel-truncated ones, fewer else. */
  public byte trusted;
  /** Whether the ID is valid and none of its digits is in doubt (a guard may rely on it). */
  public boolean certain;
  /** The six-digit county code, or 0. */
  public int county;
  /** The packed birth date, or 0 (also for an ID that fails its check). */
  public int birth;
  /** The sex the sequence digit encodes, {@link SexCodes#UNKNOWN} if in doubt. */
  public byte sex;

  /** Reads {@code raw}; {@link #kind} is {@link #NONE} when it is empty or unusable. */
  public static IdNumbers parse(String raw, LocalDate today) {
    IdNumbers out = new IdNumbers();
    if (raw.isBlank() || raw.length() > MAX_CHARS) {
      return out;
    }
    Clock clock = Clock.fixed(today.atStartOfDay(ZoneId.of("UTC")).toInstant(), ZoneId.of("UTC"));
    ResidentIdCheck c = ResidentId.check(raw, clock);
    ResidentIdStatus status = c.status();
    if (status == ResidentIdStatus.LEGACY_15 && c.upgrade().isPresent()) {
      ResidentIdCheck up = c.upgrade().get();
      out.full(up.normalized());
      out.kind = VALID;
      out.certain = false; // no check character vouches for the digits of a 15-digit ID
    } else if (status == ResidentIdStatus.VALID) {
      out.full(c.normalized());
      if (c.maybeSpreadsheetTruncated()) {
        out.kind = TRUNCATED;
        out.trusted = 15;
        out.check = -1;
        out.digits = out.digits / 100 * 100;
      } else {
        out.kind = VALID;
        out.certain = true;
      }
    } else if (status == ResidentIdStatus.INVALID_CHECKSUM || status == ResidentIdStatus.INVALID_DATE) {
      String n = c.normalized();
      if (n.length() == 15) {
        String first17 = n.substring(0, 6) + "19" + n.substring(6);
        byte[] d = new byte[18];
        for (int i = 0; i < 17; i++) {
          d[i] = (byte) (first17.charAt(i) - '0');
        }
        int check = checkValue(d);
        n = first17 + (check == 10 ? 'X' : (char) ('0' + check));
      }
      out.full(n);
      out.kind = INVALID;
    } else if (status == ResidentIdStatus.EXCEL_TRUNCATED) {
      String n = c.normalized();
      if (n.length() == 18 && allDigits(n, 18)) {
        out.full(n);
        out.trusted = 15;
        out.check = -1;
        out.digits = out.digits / 100 * 100;
      } else {
        int known = c.birthDate().isPresent() ? 14 : c.countyCode().isPresent() ? 6 : 0;
        String mantissa = mantissa(n);
        if (known == 0 || mantissa.length() < known) {
          return out;
        }
        out.trusted = (byte) known;
        out.digits = Long.parseLong(mantissa.substring(0, known)) * pow10(17 - known);
      }
      out.kind = TRUNCATED;
    } else {
      return out;
    }
    if (out.trusted >= 6) {
      out.county = (int) (out.digits / pow10(11));
    }
    if (out.kind != INVALID) {
      // a failing check means some digit is wrong, maybe one of the date: do not trust it
      c.birthDate().ifPresent(d -> out.birth = BirthDates.pack(d));
      if (out.birth == 0 && status == ResidentIdStatus.LEGACY_15) {
        c.upgrade().flatMap(ResidentIdCheck::birthDate).ifPresent(d -> out.birth = BirthDates.pack(d));
      }
    }
    if (out.kind == VALID && c.sex().isPresent()) {
      out.sex = c.sex().get() == RegisteredSex.MALE ? SexCodes.MALE : SexCodes.FEMALE;
    }
    return out;
  }

  private void full(String id18) {
    digits = Long.parseLong(id18.substring(0, 17));
    char last = id18.charAt(17);
    check = (byte) (last == 'X' ? 10 : last - '0');
    trusted = 17;
  }

  private static String mantissa(String scientific) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < scientific.length(); i++) {
      char c = scientific.charAt(i);
      if (c == 'E') {
        break;
      }
      if (c >= '0' && c <= '9') {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static boolean allDigits(String s, int n) {
    for (int i = 0; i < n; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** 10^k for k in [0, 18]. */
  public static long pow10(int k) {
    long p = 1;
    for (int i = 0; i < k; i++) {
      p *= 10;
    }
    return p;
  }

  /** The 18 characters of a full ID as digit values (check 10 = X). */
  public static void chars(long digits, byte check, byte[] out) {
    long d = digits;
    for (int i = 16; i >= 0; i--) {
      out[i] = (byte) (d % 10);
      d /= 10;
    }
    out[17] = check;
  }

  /** ISO 7064 MOD 11-2 check value (0–10) of 17 digits. */
  public static int checkValue(byte[] d) {
    int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int[] byRemainder = {1, 0, 10, 9, 8, 7, 6, 5, 4, 3, 2};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += d[i] * weights[i];
    }
    return byRemainder[sum % 11];
  }
}
