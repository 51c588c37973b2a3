package org.guwah.analysis.linkage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.guwah.analysis.linkage.LinkRecord;
import org.junit.jupiter.api.Test;

class BlockingTest {
  private static Blocking.Result block(List<LinkRecord> records, int limit, int window) {
    try (Parallel parallel = new Parallel(1)) {
      Prepared p = Prepared.of(records, ComparisonTest.TODAY, parallel);
      return Blocking.pairs(p, limit, window, parallel);
    }
  }

  private static boolean paired(Blocking.Result r, int a, int b) {
    long key = ((long) Math.min(a, b) << 32) | Math.max(a, b);
    return java.util.Arrays.binarySearch(r.pairs, 0, r.size, key) >= 0;
  }

  @Test
  void spellingsInFourScriptsMeet() {
    List<LinkRecord> records =
        List.of(
            LinkRecord.of("1", "", "Memet Tursun", "", "", "1985", "", ""),
            LinkRecord.of("2", "", "麦麦提·吐尔逊", "", "", "1986", "", ""),
            LinkRecord.of("3", "", "Турсунов Мамет", "", "", "1985", "", ""),
            LinkRecord.of("4", "", "مەمەت تۇرسۇن", "", "", "", "", ""),
            LinkRecord.of("5", "", "Ilham Toxti", "", "", "1985", "", ""));
    Blocking.Result r = block(records, 100, 10);
    for (int a = 0; a < 4; a++) {
      for (int b = a + 1; b < 4; b++) {
        assertThat(paired(r, a, b)).as("records %d and %d", a + 1, b + 1).isTrue();
      }
      assertThat(paired(r, a, 4)).isFalse();
    }
  }

  @Test
  void idsMeetThroughOneDigitErrorsAndTruncation() {
    String valid = ComparisonTest.id("653121", "19850312", "123");
    String wrong = valid.substring(0, 13) + (char) ('0' + (valid.charAt(13) - '0' + 5) % 10) + valid.substring(14);
    List<LinkRecord> records =
        List.of(
            LinkRecord.of("a", "", "", "", "", "", "", valid),
            LinkRecord.of("b", "", "", "", "", "", "", wrong),
            LinkRecord.of("c", "", "", "", "", "", "", valid.substring(0, 15) + "000"));
    Blocking.Result r = block(records, 100, 10);
    assertThat(paired(r, 0, 1)).isTrue();
    assertThat(paired(r, 0, 2)).isTrue();
  }

  @Test
  void aHugeBlockOfNamesakesIsWindowedNotComparedAllAgainstAll() {
    List<LinkRecord> records = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      records.add(LinkRecord.of("r" + i, "", "Memet Tursun", i % 2 == 0 ? "M" : "", "", "", "", ""));
    }
    Blocking.Result r = block(records, 100, 10);
    assertThat(r.windowedBlocks).isPositive();
    assertThat((long) r.size).as("all against all would be 1,999,000 pairs").isLessThan(100_000);
  }

  @Test
  void oneDigitNeighboursOfAnInvalidIdPassTheirCheck() {
    String valid = ComparisonTest.id("650102", "19700101", "004");
    long digits = Long.parseLong(valid.substring(0, 17));
    byte check = (byte) (valid.charAt(17) == 'X' ? 10 : valid.charAt(17) - '0');
    byte wrongCheck = (byte) ((check + 1) % 11); // a typo in the check character
    long[] neighbours = Blocking.validNeighbours(digits, wrongCheck);
    assertThat(neighbours).contains(digits);
    for (long v : neighbours) {
      byte[] d = new byte[18];
      IdNumbers.chars(v, wrongCheck, d);
      assertThat(v == digits || IdNumbers.checkValue(d) == d[17]).isTrue();
    }
  }
}
