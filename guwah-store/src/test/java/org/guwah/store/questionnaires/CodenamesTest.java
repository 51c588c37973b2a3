package org.guwah.store.questionnaires;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CodenamesTest {
  @Test
  void codenamesHaveTwentyFourDigitsInSixGroupsAndReadBackInAnyDigits() {
    SecureRandom random = new SecureRandom();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      String c = Codenames.next(random);
      assertThat(c).matches("\\d{4}(-\\d{4}){5}");
      assertThat(seen.add(c)).isTrue();
      assertThat(Codenames.normalize(c)).contains(c.replace("-", ""));
    }
    assertThat(Codenames.normalize("１２３４ ５６７８ 9012 3456 7890 1234")).contains("123456789012345678901234");
    assertThat(Codenames.normalize("۱۲۳۴-۵۶۷۸-۹۰۱۲-۳۴۵۶-۷۸۹۰-۱۲۳۴")).contains("123456789012345678901234");
  }

  @Test
  void anythingElseIsNotACodename() {
    assertThat(Codenames.normalize("1234-5678-9012-3456-7890-123")).isEmpty();
    assertThat(Codenames.normalize("1234-5678-9012-3456-7890-12345")).isEmpty();
    assertThat(Codenames.normalize("1234-5678-9012-3456-7890-123x")).isEmpty();
    assertThat(Codenames.normalize("<script>1234-5678-9012-3456-7890-1234")).isEmpty();
    assertThat(Codenames.normalize("1".repeat(201))).isEmpty();
    assertThat(Codenames.normalize("")).isEmpty();
  }
}
