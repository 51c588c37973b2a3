package org.guwah.store.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class AuditEntryTest {
  static final String CANARY_NAME = "Qanarimemet Canaryjan";
  static final String CANARY_UEY = "قانارىمەمەت";
  static final String CANARY_HANZI = "卡纳热麦麦提";
  static final String CANARY_PHONE = "+90 555 019 7311";
  static final String CANARY_ID = "653222197707070012";
  static final String CANARY_NOTE = "CANARYNOTE police called my brother";
  static final UUID ID = UUID.fromString("01900000-0000-7000-8000-000000000001");

  static final List<String> CANARIES =
      List.of(CANARY_NAME, CANARY_UEY, CANARY_HANZI, CANARY_PHONE, CANARY_ID, CANARY_NOTE);

  @Test
  void aTypicalEntryKeepsItsCodesCountsAndIdsWithDetailSortedByKey() {
    UUID account = UUID.fromString("01900000-0000-7000-8000-0000000000aa");
    AuditEntry e = AuditEntry.of(AuditEntry.account(account), AuditAction.READ_IDENTITY)
        .withKind("person")
        .withRecord(ID)
        .withPurpose("INTERNAL_ANALYSIS")
        .withDetail("fields", 3)
        .withDetail("channel", "api.v1")
        .withDetail("bytes", AuditEntry.MAX_NUMBER);

    assertThat(e.actor()).isEqualTo("account:01900000-0000-7000-8000-0000000000aa");
    assertThat(e.action().code()).isEqualTo("read_identity");
    assertThat(e.kind()).isEqualTo("person");
    assertThat(e.recordIds()).containsExactly(ID);
    assertThat(e.purpose()).isEqualTo("INTERNAL_ANALYSIS");
    assertThat(e.detail()).containsExactly(
        Map.entry("bytes", AuditEntry.MAX_NUMBER), Map.entry("channel", "api.v1"), Map.entry("fields", 3L));
    assertThat(e.withKind(null).kind()).isNull();
    assertThat(AuditEntry.of(AuditEntry.CLI, AuditAction.EXPORT).detail()).isEmpty();
  }

  @Test
  void integersOfEveryWidthAreStoredAsLong() {
    Map<String, Object> detail = new HashMap<>();
    detail.put("i", 1);
    detail.put("s", (short) 2);
    detail.put("b", (byte) 3);
    detail.put("l", -4L);
    AuditEntry e = new AuditEntry("system", AuditAction.BACKUP_CREATE, null, List.of(), null, detail);
    assertThat(e.detail()).containsExactly(
        Map.entry("b", 3L), Map.entry("i", 1L), Map.entry("l", -4L), Map.entry("s", 2L));
  }

  @Test
  void actionCodesAreLowerCaseAndRoundTrip() {
    for (AuditAction a : AuditAction.values()) {
      assertThat(a.code()).matches("[a-z_]+");
      assertThat(AuditAction.fromCode(a.code())).contains(a);
    }
    assertThat(AuditAction.fromCode("READ_IDENTITY")).isEmpty();
    assertThat(AuditAction.LOGIN_FAILED.code()).isEqualTo("login_failed");
  }

  @Test
  void canariesAreRefusedInEveryTextFieldWithoutBeingEchoed() {
    for (String canary : CANARIES) {
      List<Supplier<AuditEntry>> attempts = List.of(
          () -> AuditEntry.of(canary, AuditAction.LOGIN),
          () -> AuditEntry.of("cli", AuditAction.CREATE).withKind(canary),
          () -> AuditEntry.of("cli", AuditAction.CREATE).withPurpose(canary),
          () -> AuditEntry.of("cli", AuditAction.CREATE).withDetail("name", canary),
          () -> AuditEntry.of("cli", AuditAction.CREATE).withDetail(canary, 1),
          () -> new AuditEntry("cli", AuditAction.CREATE, null, List.of(), null, Map.of("n", canary)));
      for (Supplier<AuditEntry> attempt : attempts) {
        assertThatThrownBy(attempt::get)
            .as("canary %s", canary)
            .isInstanceOf(InvalidAuditEntryException.class)
            .isInstanceOf(IllegalArgumentException.class)
            .satisfies(ex -> assertThat(ex.getMessage()).doesNotContain(canary)
                .doesNotContain("Qanarimemet").doesNotContain("7311").doesNotContain("19770707"));
      }
    }
  }

  @Test
  void freeTextOfEveryShapeIsRefused() {
    List<String> bad = List.of("", " ", "two words", "x".repeat(65), "tab\there", "new\nline",
        "quote\"", "back\\slash", "semi;colon", "comma,sep", "slash/path", "a+b", "e@mail.org",
        "Müller", "ä", "\u202Eevil", "{\"json\":1}", "123456789012345", "id:653121199001010019");
    for (String value : bad) {
      assertThatThrownBy(() -> AuditEntry.of(value, AuditAction.LOGIN))
          .as("[%s]", value)
          .isInstanceOf(InvalidAuditEntryException.class)
          .hasMessageStartingWith("actor must be a code");
    }
    List<String> good = List.of("a", "cli", "system", "INTERNAL_ANALYSIS", "api.v1", "x".repeat(64),
        "account:01900000-0000-7000-8000-000000000001", "12345678901234", "a-b_c.d:e");
    for (String value : good) {
      assertThat(AuditEntry.of(value, AuditAction.LOGIN).actor()).isEqualTo(value);
    }
  }

  @Test
  void detailHoldsOnlySmallIntegersAndCodes() {
    AuditEntry base = AuditEntry.of("cli", AuditAction.EXPORT);
    assertThatThrownBy(() -> base.withDetail("count", AuditEntry.MAX_NUMBER + 1))
        .isInstanceOf(InvalidAuditEntryException.class)
        .hasMessageContaining("14 digits")
        .satisfies(ex -> assertThat(ex.getMessage()).doesNotContain("100000000000000"));
    assertThatThrownBy(() -> base.withDetail("id", 653222197707070012L))
        .isInstanceOf(InvalidAuditEntryException.class)
        .satisfies(ex -> assertThat(ex.getMessage()).doesNotContain("653222197707070012"));
    for (Object value : List.of(1.5, 2.0f, true, List.of("x"), new StringBuilder("CANARYNOTE"),
        java.math.BigInteger.ONE, 'c')) {
      assertThatThrownBy(() -> new AuditEntry("cli", AuditAction.EXPORT, null, List.of(), null,
              Map.of("v", value)))
          .isInstanceOf(InvalidAuditEntryException.class)
          .hasMessageContaining("integers or codes")
          .satisfies(ex -> assertThat(ex.getMessage()).doesNotContain("CANARYNOTE"));
    }
    Map<String, Object> many = new HashMap<>();
    for (int i = 0; i <= AuditEntry.MAX_DETAIL; i++) {
      many.put("k" + i, i);
    }
    assertThatThrownBy(() -> new AuditEntry("cli", AuditAction.EXPORT, null, List.of(), null, many))
        .isInstanceOf(InvalidAuditEntryException.class);
  }

  @Test
  void recordIdsAreCappedAndNullsRefused() {
    List<UUID> tooMany = new ArrayList<>();
    for (int i = 0; i <= AuditEntry.MAX_RECORD_IDS; i++) {
      tooMany.add(new UUID(0, i));
    }
    assertThatThrownBy(() -> AuditEntry.of("cli", AuditAction.EXPORT).withRecords(tooMany))
        .isInstanceOf(InvalidAuditEntryException.class)
        .hasMessageContaining("count in detail");
    List<UUID> withNull = new ArrayList<>();
    withNull.add(null);
    assertThatThrownBy(() -> new AuditEntry("cli", AuditAction.EXPORT, null, withNull, null, Map.of()))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new AuditEntry("cli", null, null, List.of(), null, Map.of()))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void entryIsImmutable() {
    List<UUID> ids = new ArrayList<>(List.of(ID));
    Map<String, Object> detail = new HashMap<>(Map.of("n", 1));
    AuditEntry e = new AuditEntry("cli", AuditAction.DELETE, "person", ids, null, detail);
    ids.clear();
    detail.put("m", 2);
    assertThat(e.recordIds()).containsExactly(ID);
    assertThat(e.detail()).containsOnlyKeys("n");
    assertThatThrownBy(() -> e.detail().put("x", 1L)).isInstanceOf(UnsupportedOperationException.class);
  }
}
