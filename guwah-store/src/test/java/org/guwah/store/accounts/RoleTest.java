package org.guwah.store.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RoleTest {

  @Test
  void codesAreLowercaseAndRoundTrip() {
    assertThat(Role.values())
        .extracting(Role::code)
        .containsExactly("administrator", "documenter", "analyst", "publisher", "partner");
    for (Role role : Role.values()) {
      assertThat(Role.fromCode(role.code())).isSameAs(role);
      assertThat(Role.fromCode(role.code().toUpperCase())).isSameAs(role);
      assertThat(role.duties()).isNotBlank().doesNotContain("\n");
    }
    assertThat(Role.ADMINISTRATOR.duties()).contains("does not read testimonies");
    assertThat(Role.ANALYST.duties()).contains("audited");
    assertThatThrownBy(() -> Role.fromCode("root")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("root");
  }

  @Test
  void statesRoundTrip() {
    for (AccountState state : AccountState.values()) {
      assertThat(AccountState.fromCode(state.code())).isSameAs(state);
    }
    assertThat(AccountState.PENDING_SECOND_FACTOR.code()).isEqualTo("pending_second_factor");
  }

  @Test
  void accountCopiesRolesAndHidesTheLoginName() {
    EnumSet<Role> roles = EnumSet.of(Role.PARTNER, Role.ANALYST);
    Account account =
        new Account(UUID.randomUUID(), "alimjan", roles, AccountState.ACTIVE, Instant.EPOCH);
    roles.add(Role.ADMINISTRATOR);

    assertThat(account.roles()).containsExactly(Role.ANALYST, Role.PARTNER);
    assertThat(account.has(Role.ADMINISTRATOR)).isFalse();
    assertThat(account.active()).isTrue();
    assertThat(account.toString()).doesNotContain("alimjan").contains("ANALYST", "active");
    assertThatThrownBy(() -> account.roles().add(Role.DOCUMENTER))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(
            () -> new Account(UUID.randomUUID(), "x", Set.of(), AccountState.ACTIVE, Instant.EPOCH))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
