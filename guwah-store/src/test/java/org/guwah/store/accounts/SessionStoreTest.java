package org.guwah.store.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SessionStoreTest {
  private static final Set<Role> ANALYST = Set.of(Role.ANALYST);

  private final MutableClock clock = MutableClock.at("2024-06-01T08:00:00Z");
  private final SessionStore store = SessionStore.create(clock, new SecureRandom());
  private final UUID account = UUID.randomUUID();

  @Test
  void opensSessionsWithRandomTokensAndCsrfTokens() {
    NewSession first = store.open(account, ANALYST, SessionStage.AUTHENTICATED);
    NewSession second = store.open(account, ANALYST, SessionStage.AUTHENTICATED);

    assertThat(first.token()).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(second.token());
    assertThat(first.session().csrfToken()).matches("[A-Za-z0-9_-]{43}")
        .isNotEqualTo(second.session().csrfToken()).isNotEqualTo(first.token());
    assertThat(store.find(first.token())).hasValueSatisfying(s -> {
      assertThat(s.accountId()).isEqualTo(account);
      assertThat(s.roles()).containsExactly(Role.ANALYST);
      assertThat(s.allows(Role.ANALYST)).isTrue();
      assertThat(s.allows(Role.ADMINISTRATOR)).isFalse();
    });
    assertThat(first.toString()).doesNotContain(first.token()).doesNotContain(first.session().csrfToken());
    assertThat(first.session().toString()).doesNotContain(first.session().csrfToken());
  }

  @Test
  void unknownAndMalformedTokensFindNothing() {
    store.open(account, ANALYST, SessionStage.AUTHENTICATED);
    assertThat(store.find("A".repeat(43))).isEmpty();
    assertThat(store.find("")).isEmpty();
    assertThat(store.find("not a token")).isEmpty();
    assertThat(store.find("x".repeat(100_000))).isEmpty();
  }

  @Test
  void csrfTokensCompareExactly() {
    Session session = store.open(account, ANALYST, SessionStage.AUTHENTICATED).session();
    String csrf = session.csrfToken();
    assertThat(session.csrfMatches(csrf)).isTrue();
    assertThat(session.csrfMatches(csrf.substring(1))).isFalse();
    assertThat(session.csrfMatches(csrf.toUpperCase().equals(csrf) ? csrf + "x" : csrf.toUpperCase())).isFalse();
    assertThat(session.csrfMatches("")).isFalse();
    assertThat(session.csrfMatches(null)).isFalse();
  }

  @Test
  void idleSessionsExpireAndUseKeepsThemAlive() {
    String token = store.open(account, ANALYST, SessionStage.AUTHENTICATED).token();
    for (int i = 0; i < 10; i++) {
      clock.advance(Duration.ofMinutes(29));
      assertThat(store.find(token)).as("after %d uses", i).isPresent();
    }
    clock.advance(Duration.ofMinutes(30));
    assertThat(store.find(token)).isEmpty();
    assertThat(store.size()).isZero();
  }

  @Test
  void sessionsEndAfterTwelveHoursWhateverTheUse() {
    String token = store.open(account, ANALYST, SessionStage.AUTHENTICATED).token();
    for (int i = 0; i < 47; i++) {
      clock.advance(Duration.ofMinutes(15));
      assertThat(store.find(token)).isPresent();
    }
    clock.advance(Duration.ofMinutes(14)); // 11 h 59 min
    assertThat(store.find(token)).isPresent();
    clock.advance(Duration.ofMinutes(1)); // 12 h
    assertThat(store.find(token)).isEmpty();
  }

  @Test
  void timeoutsAreConfigurable() {
    SessionStore short_ =
        SessionStore.create(
            SessionStore.Policy.DEFAULT.withTimeouts(Duration.ofMinutes(5), Duration.ofMinutes(20)),
            clock,
            new SecureRandom());
    String token = short_.open(account, ANALYST, SessionStage.AUTHENTICATED).token();
    clock.advance(Duration.ofMinutes(4));
    assertThat(short_.find(token)).isPresent();
    clock.advance(Duration.ofMinutes(5));
    assertThat(short_.find(token)).isEmpty();

    String other = short_.open(account, ANALYST, SessionStage.AUTHENTICATED).token();
    for (int i = 0; i < 4; i++) {
      clock.advance(Duration.ofMinutes(4));
      assertThat(short_.find(other)).isPresent();
    }
    clock.advance(Duration.ofMinutes(4)); // 20 min
    assertThat(short_.find(other)).isEmpty();
  }

  @Test
  void passwordVerifiedSessionsHaveFiveMinutesForTheSecondFactor() {
    String token = store.open(account, ANALYST, SessionStage.PASSWORD_VERIFIED).token();
    clock.advance(Duration.ofMinutes(4));
    assertThat(store.find(token)).hasValueSatisfying(s -> {
      assertThat(s.authenticated()).isFalse();
      assertThat(s.allows(Role.ANALYST)).isFalse();
    });
    clock.advance(Duration.ofMinutes(1));
    assertThat(store.find(token)).isEmpty();
  }

  @Test
  void promotionRotatesTokenAndCsrfAndRestartsTheAbsoluteClock() {
    NewSession half = store.open(account, ANALYST, SessionStage.PASSWORD_VERIFIED);
    clock.advance(Duration.ofMinutes(2));

    NewSession full = store.promote(half.token()).orElseThrow();

    assertThat(full.token()).isNotEqualTo(half.token());
    assertThat(full.session().csrfToken()).isNotEqualTo(half.session().csrfToken());
    assertThat(full.session().stage()).isEqualTo(SessionStage.AUTHENTICATED);
    assertThat(full.session().id()).isEqualTo(half.session().id());
    assertThat(full.session().createdAt()).isEqualTo(clock.instant());
    assertThat(store.find(half.token())).isEmpty();
    assertThat(store.find(full.token())).isPresent();
    assertThat(store.promote(half.token())).isEmpty();
    assertThatThrownBy(() -> store.promote(full.token())).isInstanceOf(IllegalStateException.class);
    clock.advance(Duration.ofMinutes(10)); // past the second-factor limit: no longer applies
    assertThat(store.find(full.token())).isPresent();
  }

  @Test
  void expiredPasswordVerifiedSessionsCannotBePromoted() {
    String token = store.open(account, ANALYST, SessionStage.PASSWORD_VERIFIED).token();
    clock.advance(Duration.ofMinutes(5));
    assertThat(store.promote(token)).isEmpty();
  }

  @Test
  void invalidatesOneOrAllOfAnAccount() {
    UUID other = UUID.randomUUID();
    String a = store.open(account, ANALYST, SessionStage.AUTHENTICATED).token();
    String b = store.open(account, ANALYST, SessionStage.PASSWORD_VERIFIED).token();
    String c = store.open(account, ANALYST, SessionStage.AUTHENTICATED).token();
    String theirs = store.open(other, ANALYST, SessionStage.AUTHENTICATED).token();

    assertThat(store.invalidate(a)).isTrue();
    assertThat(store.invalidate(a)).isFalse();
    assertThat(store.find(a)).isEmpty();
    assertThat(store.invalidateAccount(account)).isEqualTo(2);
    assertThat(store.find(b)).isEmpty();
    assertThat(store.find(c)).isEmpty();
    assertThat(store.find(theirs)).isPresent();
    assertThat(store.invalidateAccount(account)).isZero();
  }

  @Test
  void boundedInTotalAndPerAccount() {
    SessionStore small =
        SessionStore.create(
            new SessionStore.Policy(Duration.ofMinutes(30), Duration.ofHours(12), Duration.ofMinutes(5), 50, 3),
            clock,
            new SecureRandom());
    List<String> mine = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      mine.add(small.open(account, ANALYST, SessionStage.AUTHENTICATED).token());
      clock.advance(Duration.ofSeconds(1));
    }
    assertThat(small.find(mine.get(0))).isEmpty();
    assertThat(small.find(mine.get(1))).isEmpty();
    assertThat(mine.subList(2, 5)).allSatisfy(t -> assertThat(small.find(t)).isPresent());

    String keep = mine.get(4);
    for (int i = 0; i < 500; i++) {
      small.open(UUID.randomUUID(), ANALYST, SessionStage.AUTHENTICATED);
      if (i % 10 == 0) {
        assertThat(small.find(keep)).isPresent(); // recently seen: not the one dropped
      }
    }
    assertThat(small.size()).isLessThanOrEqualTo(50);
    assertThat(small.find(keep)).isPresent();
  }

  @Test
  void fullStorePurgesExpiredSessionsBeforeDroppingLiveOnes() {
    SessionStore small =
        SessionStore.create(
            new SessionStore.Policy(Duration.ofMinutes(30), Duration.ofHours(12), Duration.ofMinutes(5), 3, 3),
            clock,
            new SecureRandom());
    String live = small.open(account, ANALYST, SessionStage.AUTHENTICATED).token();
    small.open(UUID.randomUUID(), ANALYST, SessionStage.PASSWORD_VERIFIED);
    small.open(UUID.randomUUID(), ANALYST, SessionStage.PASSWORD_VERIFIED);
    clock.advance(Duration.ofMinutes(6)); // the two half sessions expired
    small.open(UUID.randomUUID(), ANALYST, SessionStage.AUTHENTICATED);
    assertThat(small.size()).isEqualTo(2);
    assertThat(small.find(live)).isPresent();
  }
}
