package org.guwah.core.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.guwah.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

class ConsentTest {
  private static final LocalDate DAY = LocalDate.of(2019, 5, 1);

  @Test
  void onlyGrantedPurposesArePermittedAndWithdrawalRevokes() {
    Consent c = Consent.none().with("AGGREGATE_STATISTICS", ConsentEntry.granted(DAY, "ORAL_RECORDED"))
        .with("PUBLIC_PROFILE", ConsentEntry.refused(DAY));
    assertThat(c.permits("AGGREGATE_STATISTICS")).isTrue();
    assertThat(c.permits("PUBLIC_PROFILE")).isFalse();
    assertThat(c.permits("UN_SUBMISSION")).isFalse();
    Consent withdrawn = c.with("AGGREGATE_STATISTICS", c.purposes().get("AGGREGATE_STATISTICS").withdraw(DAY.plusDays(3)));
    assertThat(withdrawn.permits("AGGREGATE_STATISTICS")).isFalse();
    assertThat(withdrawn.purposes().get("AGGREGATE_STATISTICS").recordedOn()).isEqualTo(DAY);
  }

  @Test
  void inconsistentEntriesAreRefused() {
    assertThatThrownBy(() -> new ConsentEntry(ConsentStatus.GRANTED, DAY, null, null)).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> new ConsentEntry(ConsentStatus.WITHDRAWN, DAY, "WRITTEN", null)).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> new ConsentEntry(ConsentStatus.WITHDRAWN, DAY, "WRITTEN", DAY.minusDays(1)))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> new Consent(Map.of("SELLING_DATA", ConsentEntry.refused(DAY))))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).containsKey("SELLING_DATA"));
  }
}
