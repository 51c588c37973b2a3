package org.guwah.app.demo;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/**
 * Issues synthetic but well-formed 18-character PRC resident IDs (GB 11643-1999, DOMAIN.md §10):
 * county code + birth date + a random three-digit sequence whose last digit is odd for men and even
 * for women + the ISO 7064 MOD 11-2 check character. Never issues the same ID twice. Not
 * thread-safe: one per generation run.
 */
final class SyntheticResidentIds {
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

  private final Set<Long> issued = new HashSet<>();

  /** A new ID for a person born on {@code birth} registered in {@code countyCode} (six digits). */
  String issue(Random rnd, String countyCode, LocalDate birth, boolean male) {
    long date = birth.getYear() * 10_000L + birth.getMonthValue() * 100L + birth.getDayOfMonth();
    long prefix = Long.parseLong(countyCode) * 100_000_000L + date;
    while (true) {
      // male: 001..999 odd; female: 002..998 even (never 000)
      int seq = male ? rnd.nextInt(500) * 2 + 1 : (rnd.nextInt(499) + 1) * 2;
      long first17 = prefix * 1000L + seq;
      if (issued.add(first17)) {
        String digits = Long.toString(first17); // 17 digits: county codes start with 1-8
        return digits + checkCharacter(digits);
      }
    }
  }

  /** The ISO 7064 MOD 11-2 check character of 17 ASCII digits. */
  static char checkCharacter(CharSequence first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK[sum % 11];
  }
}
