package org.guwah.store.questionnaires;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.guwah.store.crypto.KeyRing;
import org.guwah.store.db.Database;
import org.guwah.store.testing.FreshDatabase;
import org.guwah.store.testing.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Questionnaires, invitations and submissions on a real PostgreSQL (embedded and external). */
class QuestionnaireStoreIT {
  private static final String CANARY = "qanari-answer-Tursunqiz";
  private static final String MESSAGE_CANARY = "qanari-message-Aygul";

  @TempDir static Path keysDir;
  static FreshDatabase fresh;
  static Database db;
  static KeyRing keys;
  static AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-03-01T10:00:00Z"));
  static QuestionnaireStore store;

  @BeforeAll
  static void open() {
    fresh = TestDatabases.create();
    db = fresh.open();
    keys = KeyRing.create(keysDir);
    Clock clock = new Clock() {
      @Override
      public java.time.ZoneId getZone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(java.time.ZoneId zone) {
        return this;
      }

      @Override
      public Instant instant() {
        return now.get();
      }
    };
    store = QuestionnaireStore.create(db.jdbi(), keys, clock, new SecureRandom());
  }

  @AfterAll
  static void close() {
    db.close();
    fresh.close();
  }

  private static Questionnaire questionnaire() {
    return store.add(new NewQuestionnaire("Family survey", "family_v1", "2026-01", List.of("en", "ug"), 7,
        "not really a workbook".getBytes(StandardCharsets.US_ASCII), null));
  }

  private static Map<String, List<String>> answers() {
    return Map.of("name", List.of(CANARY), "family[1]/relation", List.of("BROTHER"), "tactics", List.of("a b"));
  }

  @Test
  void singleUseInvitationAdmitsOneSubmissionAndIsNotLinkedToIt() {
    Questionnaire q = questionnaire();
    IssuedInvitation inv = store.issue(q.id(), 1, 1, Duration.ofDays(7)).get(0);
    assertThat(store.admit(inv.token()).id()).isEqualTo(q.id());
    String codename = store.submit(inv.token(), store.newNonce(), "ug", answers());
    assertThat(Codenames.normalize(codename)).isPresent();
    assertThatThrownBy(() -> store.admit(inv.token())).isInstanceOfSatisfying(InvitationUnavailableException.class,
        e -> assertThat(e.gone()).isTrue());
    assertThatThrownBy(() -> store.submit(inv.token(), store.newNonce(), "ug", answers()))
        .isInstanceOfSatisfying(InvitationUnavailableException.class, e -> assertThat(e.gone()).isTrue());
    assertThat(store.invitations(q.id())).singleElement().satisfies(i -> {
      assertThat(i.usesLeft()).isZero();
      assertThat(i.state(now.get())).isEqualTo(InvitationState.USED);
    });
    List<SubmissionSummary> queue = store.queue(q.id(), SubmissionStatus.NEW);
    assertThat(queue).singleElement().satisfies(s -> {
      assertThat(s.language()).isEqualTo("ug");
      assertThat(s.receivedOn()).hasToString("2026-03-01");
    });
    assertThat(store.answers(queue.get(0).id())).isEqualTo(answers());
    assertThat(store.byCodename(codename)).isEqualTo(queue.get(0).id());

    // Nothing in either row names the other; the answers are not in clear anywhere.
    Map<String, Object> sub = db.jdbi().withHandle(h -> h.createQuery("select * from questionnaire_submission where id = :id")
        .bind("id", queue.get(0).id()).mapToMap().one());
    assertThat(sub.keySet()).doesNotContain("invitation_id", "created_at", "token_hash");
    assertThat(new String((byte[]) sub.get("answers"), StandardCharsets.ISO_8859_1)).doesNotContain(CANARY);
    List<String> columns = db.jdbi().withHandle(h -> h.createQuery("select column_name from information_schema.columns"
        + " where table_name = 'questionnaire_invitation'").mapTo(String.class).list());
    assertThat(columns).doesNotContain("used_at", "submission_id", "token");
  }

  @Test
  void unknownForgedExpiredRevokedAndClosedTokensAdmitNobody() {
    Questionnaire q = questionnaire();
    assertThatThrownBy(() -> store.admit("x".repeat(43))).isInstanceOfSatisfying(InvitationUnavailableException.class,
        e -> assertThat(e.gone()).isFalse());
    assertThatThrownBy(() -> store.admit("../../etc/passwd")).isInstanceOf(InvitationUnavailableException.class);
    assertThatThrownBy(() -> store.admit("")).isInstanceOf(InvitationUnavailableException.class);

    IssuedInvitation expiring = store.issue(q.id(), 1, 5, Duration.ofHours(1)).get(0);
    now.set(now.get().plus(Duration.ofHours(2)));
    assertThatThrownBy(() -> store.submit(expiring.token(), store.newNonce(), "en", answers()))
        .isInstanceOfSatisfying(InvitationUnavailableException.class, e -> assertThat(e.gone()).isTrue());

    IssuedInvitation revoked = store.issue(q.id(), 1, 5, Duration.ofDays(1)).get(0);
    store.revoke(q.id(), revoked.info().id());
    assertThatThrownBy(() -> store.admit(revoked.token())).isInstanceOf(InvitationUnavailableException.class);
    assertThatThrownBy(() -> store.revoke(UUID.randomUUID(), revoked.info().id()))
        .isInstanceOf(QuestionnaireNotFoundException.class);

    IssuedInvitation open = store.issue(q.id(), 1, 5, Duration.ofDays(1)).get(0);
    store.close(q.id());
    assertThatThrownBy(() -> store.admit(open.token())).isInstanceOf(InvitationUnavailableException.class);
    assertThatThrownBy(() -> store.issue(q.id(), 1, 1, Duration.ofDays(1))).isInstanceOf(InvitationUnavailableException.class);
    assertThat(store.queue(q.id(), null)).isEmpty();
  }

  @Test
  void aDoubleSubmissionIsStoredOnceAndSpendsOneUse() {
    Questionnaire q = questionnaire();
    IssuedInvitation inv = store.issue(q.id(), 1, 3, Duration.ofDays(7)).get(0);
    String nonce = store.newNonce();
    store.submit(inv.token(), nonce, "en", answers());
    assertThatThrownBy(() -> store.submit(inv.token(), nonce, "en", answers()))
        .isInstanceOf(DuplicateSubmissionException.class);
    assertThat(store.invitations(q.id()).get(0).usesLeft()).isEqualTo(2);
    assertThat(store.queue(q.id(), null)).hasSize(1);
    assertThatThrownBy(() -> store.submit(inv.token(), "short", "en", answers())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.submit(inv.token(), store.newNonce(), "en'; drop table x", answers()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(store.invitations(q.id()).get(0).usesLeft()).isEqualTo(2);
  }

  @Test
  void concurrentSubmissionsNeverExceedAnInvitationsUses() throws Exception {
    Questionnaire q = questionnaire();
    IssuedInvitation inv = store.issue(q.id(), 1, 3, Duration.ofDays(7)).get(0);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        Callable<Boolean> call = () -> {
          try {
            store.submit(inv.token(), store.newNonce(), "en", answers());
            return true;
          } catch (InvitationUnavailableException e) {
            return false;
          }
        };
        results.add(pool.submit(call));
      }
      int accepted = 0;
      for (Future<Boolean> f : results) {
        accepted += f.get() ? 1 : 0;
      }
      assertThat(accepted).isEqualTo(3);
    } finally {
      pool.shutdownNow();
    }
    assertThat(store.queue(q.id(), null)).hasSize(3);
  }

  @Test
  void codenameThreadsAndReview() {
    Questionnaire q = questionnaire();
    IssuedInvitation inv = store.issue(q.id(), 1, 1, Duration.ofDays(7)).get(0);
    String codename = store.submit(inv.token(), store.newNonce(), "kk", answers());
    UUID id = store.byCodename(codename);
    // typed back with Arabic-Indic digits and spaces
    StringBuilder eastern = new StringBuilder();
    for (char c : codename.toCharArray()) {
      eastern.append(c == '-' ? ' ' : (char) ('\u0660' + (c - '0')));
    }
    assertThat(store.byCodename(eastern.toString())).isEqualTo(id);
    assertThatThrownBy(() -> store.byCodename("0000-0000-0000-0000-0000-0000")).isInstanceOf(QuestionnaireNotFoundException.class);
    assertThatThrownBy(() -> store.byCodename("not a codename")).isInstanceOf(QuestionnaireNotFoundException.class);

    store.addMessage(id, SubmissionMessage.Author.RESPONDENT, MESSAGE_CANARY);
    store.addMessage(id, SubmissionMessage.Author.DOCUMENTER, "Thank you, we received it.");
    assertThat(store.messages(id)).extracting(SubmissionMessage::author)
        .containsExactly(SubmissionMessage.Author.RESPONDENT, SubmissionMessage.Author.DOCUMENTER);
    assertThat(store.messages(id).get(0).text()).isEqualTo(MESSAGE_CANARY);
    assertThatThrownBy(() -> store.addMessage(id, SubmissionMessage.Author.RESPONDENT, " "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.addMessage(UUID.randomUUID(), SubmissionMessage.Author.RESPONDENT, "x"))
        .isInstanceOf(QuestionnaireNotFoundException.class);
    byte[] body = db.jdbi().withHandle(h -> h.createQuery("select body from questionnaire_message order by seq limit 1")
        .mapTo(byte[].class).one());
    assertThat(new String(body, StandardCharsets.ISO_8859_1)).doesNotContain("qanari");

    store.reject(id, null);
    assertThat(store.submission(id).orElseThrow().status()).isEqualTo(SubmissionStatus.REJECTED);
    assertThatThrownBy(() -> store.reject(id, null)).isInstanceOf(QuestionnaireNotFoundException.class);
  }

  @Test
  void keyRotationResealsAnswersAndMessages() {
    Questionnaire q = questionnaire();
    IssuedInvitation inv = store.issue(q.id(), 1, 1, Duration.ofDays(7)).get(0);
    String codename = store.submit(inv.token(), store.newNonce(), "en", answers());
    UUID id = store.byCodename(codename);
    store.addMessage(id, SubmissionMessage.Author.RESPONDENT, MESSAGE_CANARY);
    keys.rotate();
    long[] first = store.resealUnderPrimary();
    assertThat(first[1]).as("resealed").isGreaterThanOrEqualTo(1);
    assertThat(first[3]).as("unreadable").isZero();
    long[] second = store.resealUnderPrimary();
    assertThat(second[1]).isZero();
    assertThat(second[2]).isEqualTo(second[0]);
    assertThat(store.answers(id)).isEqualTo(answers());
    assertThat(store.messages(id).get(0).text()).isEqualTo(MESSAGE_CANARY);
    assertThat(store.byCodename(codename)).isEqualTo(id);
    byte[] sealed = db.jdbi().withHandle(h -> h.createQuery("select body from questionnaire_message where submission_id = :id")
        .bind("id", id).mapTo(byte[].class).one());
    assertThat(keys.fieldCipher().sealedWithPrimary(sealed)).isTrue();
  }

  @Test
  void badNumbersAreRefused() {
    Questionnaire q = questionnaire();
    assertThatThrownBy(() -> store.issue(q.id(), 0, 1, Duration.ofDays(1))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.issue(q.id(), 1001, 1, Duration.ofDays(1))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.issue(q.id(), 1, 0, Duration.ofDays(1))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.issue(q.id(), 1, 1, Duration.ofDays(400))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.issue(UUID.randomUUID(), 1, 1, Duration.ofDays(1)))
        .isInstanceOf(QuestionnaireNotFoundException.class);
  }
}
