package org.guwah.store.questionnaires;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.guwah.store.crypto.KeyRing;
import org.guwah.store.crypto.SecretTokens;
import org.guwah.store.crypto.StringListsCodec;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jspecify.annotations.Nullable;

/**
 * Closed-pool questionnaires on PostgreSQL (tables from {@code V6__questionnaires.sql}).
 *
 * <p><b>Invitations</b> are bearer tokens of 256 random bits; only their SHA-256 is stored, with
 * the uses left, the expiry and a revocation mark. {@link #submit} spends one use and stores the
 * submission in one transaction, so a token can never admit more submissions than it allows, even
 * under concurrent requests, and a refused submission spends nothing.
 *
 * <p><b>Unlinkability</b>: a submission row holds a random id, its questionnaire, the day (not the
 * time) it arrived, its language and its sealed answers; nothing names the invitation, and an
 * invitation keeps no time of use. The audit records no invitation use either (the caller must not
 * audit the token).
 *
 * <p><b>Codenames</b> ({@link Codenames}) and the per-render nonce that stops double submissions are
 * stored as keyed blind-index tokens only. Answers and messages are sealed (AES-256-GCM under the
 * field key) and bound to their submission.
 *
 * <p>Thread-safe.
 */
public final class QuestionnaireStore {
  /** Most invitations issued in one call. */
  public static final int MAX_BATCH = 1000;
  /** Most uses one invitation may allow. */
  public static final int MAX_USES = 100_000;
  /** Longest validity of an invitation. */
  public static final Duration MAX_VALIDITY = Duration.ofDays(366);
  /** Longest message (a reply, or information added later), in characters. */
  public static final int MAX_MESSAGE = 20_000;

  private static final Pattern NONCE_SHAPE = Pattern.compile("[A-Za-z0-9_-]{22,64}");
  private static final String CODENAME_FIELD = "questionnaire.codename";
  private static final String NONCE_FIELD = "questionnaire.nonce";

  private static final String QUESTIONNAIRE = "select q.id, q.title, q.form_id, q.form_version, q.languages,"
      + " q.question_count, q.created_at, q.closed_at from questionnaire q";
  private static final String SUMMARY = "select s.id, s.questionnaire_id, s.received_on, s.language, s.status,"
      + " s.person_id, (select count(*) from questionnaire_message m where m.submission_id = s.id) as messages"
      + " from questionnaire_submission s";

  /** When an invitation {@code i} admits a submission to its questionnaire {@code q} (binds {@code :now}). */
  private static final String ADMITS = "i.uses_left > 0 and i.revoked_at is null and i.expires_at > :now"
      + " and q.closed_at is null";

  private final Jdbi jdbi;
  private final KeyRing keys;
  private final Clock clock;
  private final SecureRandom random;

  private QuestionnaireStore(Jdbi jdbi, KeyRing keys, Clock clock, SecureRandom random) {
    this.jdbi = jdbi;
    this.keys = keys;
    this.clock = clock;
    this.random = random;
  }

  /** A store on a migrated database, sealing under {@code keys}' current primary field key. */
  public static QuestionnaireStore create(Jdbi jdbi, KeyRing keys, Clock clock, SecureRandom random) {
    return new QuestionnaireStore(Objects.requireNonNull(jdbi, "jdbi"), Objects.requireNonNull(keys, "keys"),
        Objects.requireNonNull(clock, "clock"), Objects.requireNonNull(random, "random"));
  }

  /** Whether {@code nonce} has the shape of one {@link #newNonce()} gives (what {@link #submit} accepts). */
  public static boolean isNonce(@Nullable String nonce) {
    return nonce != null && NONCE_SHAPE.matcher(nonce).matches();
  }

  /** A fresh random string for a rendered form: sending the same one twice is a double submission. */
  public String newNonce() {
    return SecretTokens.newToken(random);
  }

  // --- questionnaires ------------------------------------------------------------------------

  /** Stores an uploaded questionnaire (open for answers). */
  public Questionnaire add(NewQuestionnaire q) {
    UUID id = UUID.randomUUID();
    Instant now = clock.instant();
    jdbi.useHandle(h -> h.createUpdate("insert into questionnaire (id, title, form_id, form_version, languages,"
            + " question_count, xlsx, created_by, created_at) values (:id, :title, :formId, :version, :languages,"
            + " :count, :xlsx, cast(:by as uuid), :at)")
        .bind("id", id).bind("title", q.title()).bind("formId", q.formId()).bind("version", q.formVersion())
        .bind("languages", q.languages().toArray(new String[0])).bind("count", q.questionCount())
        .bind("xlsx", q.xlsx()).bind("by", q.createdBy()).bind("at", Timestamp.from(now)).execute());
    return new Questionnaire(id, q.title(), q.formId(), q.formVersion(), q.languages(), q.questionCount(), now, null);
  }

  /** Every questionnaire, newest first. */
  public List<Questionnaire> list() {
    return jdbi.withHandle(h -> h.createQuery(QUESTIONNAIRE + " order by q.created_at desc, q.id").map((rs, ctx) -> questionnaire(rs))
        .list());
  }

  public Optional<Questionnaire> get(UUID id) {
    return jdbi.withHandle(h -> h.createQuery(QUESTIONNAIRE + " where q.id = :id").bind("id", id)
        .map((rs, ctx) -> questionnaire(rs)).findOne());
  }

  /** The uploaded workbook. */
  public byte[] xlsx(UUID id) {
    return jdbi.withHandle(h -> h.createQuery("select xlsx from questionnaire where id = :id").bind("id", id)
        .mapTo(byte[].class).findOne()).orElseThrow(() -> new QuestionnaireNotFoundException("questionnaire"));
  }

  /** Stops a questionnaire taking answers: every invitation to it stops working. */
  public void close(UUID id) {
    int n = jdbi.withHandle(h -> h.createUpdate("update questionnaire set closed_at = coalesce(closed_at, :now)"
        + " where id = :id").bind("id", id).bind("now", Timestamp.from(clock.instant())).execute());
    if (n == 0) {
      throw new QuestionnaireNotFoundException("questionnaire");
    }
  }

  private static Questionnaire questionnaire(java.sql.ResultSet rs) throws java.sql.SQLException {
    Timestamp closed = rs.getTimestamp("closed_at");
    return new Questionnaire(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("form_id"),
        rs.getString("form_version"), Arrays.asList((String[]) rs.getArray("languages").getArray()),
        rs.getInt("question_count"), rs.getTimestamp("created_at").toInstant(), closed == null ? null : closed.toInstant());
  }

  // --- invitations ---------------------------------------------------------------------------

  /**
   * Issues {@code count} invitations to an open questionnaire, each admitting {@code maxUses}
   * submissions until {@code validFor} from now. The tokens are returned once and not stored.
   *
   * @throws IllegalArgumentException when a number is out of range (1..{@value #MAX_BATCH}
   *     invitations, 1..{@value #MAX_USES} uses, up to {@link #MAX_VALIDITY})
   * @throws QuestionnaireNotFoundException when there is no such questionnaire
   * @throws InvitationUnavailableException (gone) when the questionnaire is closed
   */
  public List<IssuedInvitation> issue(UUID questionnaireId, int count, int maxUses, Duration validFor) {
    if (count < 1 || count > MAX_BATCH) {
      throw new IllegalArgumentException("issue 1 to " + MAX_BATCH + " invitations at a time");
    }
    if (maxUses < 1 || maxUses > MAX_USES) {
      throw new IllegalArgumentException("an invitation admits 1 to " + MAX_USES + " submissions");
    }
    if (validFor.isNegative() || validFor.isZero() || validFor.compareTo(MAX_VALIDITY) > 0) {
      throw new IllegalArgumentException("an invitation is valid for up to " + MAX_VALIDITY.toDays() + " days");
    }
    Questionnaire q = get(questionnaireId).orElseThrow(() -> new QuestionnaireNotFoundException("questionnaire"));
    if (!q.open()) {
      throw new InvitationUnavailableException(true);
    }
    Instant now = clock.instant();
    Instant expires = now.plus(validFor);
    List<IssuedInvitation> issued = new ArrayList<>(count);
    jdbi.useTransaction(h -> {
      var batch = h.prepareBatch("insert into questionnaire_invitation (id, questionnaire_id, token_hash, max_uses,"
          + " uses_left, expires_at, created_at) values (:id, :q, :hash, :max, :max, :expires, :at)");
      for (int i = 0; i < count; i++) {
        String token = SecretTokens.newToken(random);
        UUID id = UUID.randomUUID();
        batch.bind("id", id).bind("q", questionnaireId).bind("hash", SecretTokens.hashOf(token)).bind("max", maxUses)
            .bind("expires", Timestamp.from(expires)).bind("at", Timestamp.from(now)).add();
        issued.add(new IssuedInvitation(new InvitationInfo(id, questionnaireId, maxUses, maxUses, expires, null, now),
            token));
      }
      batch.execute();
    });
    return List.copyOf(issued);
  }

  /** A questionnaire's invitations, newest first (never their tokens). */
  public List<InvitationInfo> invitations(UUID questionnaireId) {
    return jdbi.withHandle(h -> h.createQuery("select id, questionnaire_id, max_uses, uses_left, expires_at, revoked_at,"
        + " created_at from questionnaire_invitation where questionnaire_id = :q order by created_at desc, id")
        .bind("q", questionnaireId).map((rs, ctx) -> {
          Timestamp revoked = rs.getTimestamp("revoked_at");
          return new InvitationInfo(rs.getObject("id", UUID.class), rs.getObject("questionnaire_id", UUID.class),
              rs.getInt("max_uses"), rs.getInt("uses_left"), rs.getTimestamp("expires_at").toInstant(),
              revoked == null ? null : revoked.toInstant(), rs.getTimestamp("created_at").toInstant());
        }).list());
  }

  /** Withdraws an invitation of {@code questionnaireId}; its token stops working at once. */
  public void revoke(UUID questionnaireId, UUID invitationId) {
    int n = jdbi.withHandle(h -> h.createUpdate("update questionnaire_invitation set revoked_at = coalesce(revoked_at, :now)"
        + " where id = :id and questionnaire_id = :q").bind("id", invitationId).bind("q", questionnaireId)
        .bind("now", Timestamp.from(clock.instant())).execute());
    if (n == 0) {
      throw new QuestionnaireNotFoundException("invitation");
    }
  }

  /**
   * The questionnaire a token admits to now, without spending a use.
   *
   * @throws InvitationUnavailableException unknown (404) or gone (410)
   */
  public Questionnaire admit(String token) {
    byte[] hash = hashOf(token);
    return jdbi.withHandle(h -> {
      Optional<Questionnaire> q = h.createQuery(QUESTIONNAIRE + " join questionnaire_invitation i"
          + " on q.id = i.questionnaire_id where i.token_hash = :hash and " + ADMITS).bind("hash", hash)
          .bind("now", Timestamp.from(clock.instant())).map((rs, ctx) -> questionnaire(rs)).findOne();
      if (q.isEmpty()) {
        throw unavailable(h, hash);
      }
      return q.get();
    });
  }

  /**
   * Stores a submission admitted by {@code token}, spending one of its uses, in one transaction.
   *
   * @param nonce the random string of the rendered form ({@link #newNonce()}); a second submission
   *     with it is refused as a duplicate
   * @param language the language the respondent answered in
   * @param answers the validated answers, key → values (sealed; never logged)
   * @return the respondent's codename (shown once; only its keyed token is stored)
   * @throws InvitationUnavailableException unknown or gone; nothing stored
   * @throws DuplicateSubmissionException the same form was already received; nothing stored
   * @throws IllegalArgumentException a malformed nonce or language code
   */
  public String submit(String token, String nonce, String language, Map<String, List<String>> answers) {
    byte[] hash = hashOf(token);
    if (!isNonce(nonce)) {
      throw new IllegalArgumentException("the form's nonce is missing or malformed");
    }
    if (language == null || !language.matches("[A-Za-z]{0,8}(-[A-Za-z0-9]{1,8}){0,3}")) {
      throw new IllegalArgumentException("malformed language code");
    }
    byte[] nonceToken = keys.blindIndex().token(NONCE_FIELD, nonce);
    String codename = Codenames.next(random);
    byte[] codenameToken = keys.blindIndex().token(CODENAME_FIELD, Codenames.normalize(codename).orElseThrow());
    UUID id = UUID.randomUUID();
    byte[] sealed = keys.fieldCipher().encrypt(StringListsCodec.encode(answers), answersAd(id));
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    jdbi.useTransaction(h -> {
      boolean seen = h.createQuery("select exists (select 1 from questionnaire_submission where nonce_token = :n)")
          .bind("n", nonceToken).mapTo(Boolean.class).one();
      if (seen) {
        throw new DuplicateSubmissionException();
      }
      Optional<UUID> q = h.createQuery("update questionnaire_invitation i set uses_left = i.uses_left - 1"
          + " from questionnaire q where q.id = i.questionnaire_id and i.token_hash = :hash and " + ADMITS
          + " returning i.questionnaire_id")
          .bind("hash", hash).bind("now", Timestamp.from(clock.instant())).mapTo(UUID.class).findOne();
      if (q.isEmpty()) {
        throw unavailable(h, hash);
      }
      int inserted = h.createUpdate("insert into questionnaire_submission (id, questionnaire_id, received_on, language,"
          + " status, answers, codename_token, nonce_token) values (:id, :q, :day, :lang, 'new', :answers, :codename,"
          + " :nonce) on conflict (nonce_token) do nothing")
          .bind("id", id).bind("q", q.get()).bind("day", today).bind("lang", language).bind("answers", sealed)
          .bind("codename", codenameToken).bind("nonce", nonceToken).execute();
      if (inserted == 0) {
        throw new DuplicateSubmissionException();
      }
    });
    return codename;
  }

  private static InvitationUnavailableException unavailable(Handle h, byte[] hash) {
    boolean known = h.createQuery("select exists (select 1 from questionnaire_invitation where token_hash = :hash)")
        .bind("hash", hash).mapTo(Boolean.class).one();
    return new InvitationUnavailableException(known);
  }

  /** The stored hash of a token; an absent or malformed token is unknown (404). */
  private static byte[] hashOf(@Nullable String token) {
    byte[] hash = token == null ? null : SecretTokens.hashOf(token);
    if (hash == null) {
      throw new InvitationUnavailableException(false);
    }
    return hash;
  }

  // --- review queue --------------------------------------------------------------------------

  /** A questionnaire's submissions with {@code status} (all when null), newest day first. */
  public List<SubmissionSummary> queue(UUID questionnaireId, @Nullable SubmissionStatus status) {
    return jdbi.withHandle(h -> h.createQuery(SUMMARY + " where s.questionnaire_id = :q and (cast(:status as text) is null or s.status = :status)"
        + " order by s.received_on desc, s.id").bind("q", questionnaireId)
        .bind("status", status == null ? null : status.code()).map((rs, ctx) -> summary(rs)).list());
  }

  /** How many submissions of each questionnaire wait for review. */
  public Map<UUID, Integer> waiting() {
    return jdbi.withHandle(h -> h.createQuery("select questionnaire_id, count(*) as n from questionnaire_submission"
        + " where status = 'new' group by questionnaire_id").reduceRows(new java.util.HashMap<UUID, Integer>(),
            (m, row) -> {
              m.put(row.getColumn("questionnaire_id", UUID.class), row.getColumn("n", Integer.class));
              return m;
            }));
  }

  public Optional<SubmissionSummary> submission(UUID id) {
    return jdbi.withHandle(h -> h.createQuery(SUMMARY + " where s.id = :id").bind("id", id).map((rs, ctx) -> summary(rs)).findOne());
  }

  private static SubmissionSummary summary(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new SubmissionSummary(rs.getObject("id", UUID.class), rs.getObject("questionnaire_id", UUID.class),
        rs.getObject("received_on", LocalDate.class), rs.getString("language"),
        SubmissionStatus.fromCode(rs.getString("status")).orElseThrow(), rs.getObject("person_id", UUID.class),
        rs.getInt("messages"));
  }

  /** A submission's answers, unsealed (identity data: audit the read). */
  public Map<String, List<String>> answers(UUID submissionId) {
    byte[] sealed = jdbi.withHandle(h -> h.createQuery("select answers from questionnaire_submission where id = :id")
        .bind("id", submissionId).mapTo(byte[].class).findOne())
        .orElseThrow(() -> new QuestionnaireNotFoundException("submission"));
    return StringListsCodec.decode(keys.fieldCipher().decrypt(sealed, answersAd(submissionId)));
  }

  /**
   * Marks a new submission accepted, linked to {@code personId}, in the caller's transaction (with
   * the records made from it).
   *
   * @throws QuestionnaireNotFoundException when it does not exist or was already reviewed
   */
  public void accept(Handle h, UUID submissionId, UUID personId, @Nullable UUID reviewer) {
    review(h, submissionId, SubmissionStatus.ACCEPTED, personId, reviewer);
  }

  /** Sets a new submission aside. */
  public void reject(UUID submissionId, @Nullable UUID reviewer) {
    jdbi.useTransaction(h -> review(h, submissionId, SubmissionStatus.REJECTED, null, reviewer));
  }

  private void review(Handle h, UUID submissionId, SubmissionStatus status, @Nullable UUID personId,
      @Nullable UUID reviewer) {
    int n = h.createUpdate("update questionnaire_submission set status = :status, person_id = cast(:person as uuid),"
        + " reviewed_by = cast(:by as uuid), reviewed_on = :day where id = :id and status = 'new'").bind("status", status.code())
        .bind("person", personId).bind("by", reviewer).bind("day", LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC))
        .bind("id", submissionId).execute();
    if (n == 0) {
      throw new QuestionnaireNotFoundException("submission waiting for review");
    }
  }

  // --- messages under a codename -------------------------------------------------------------

  /** The submission a codename belongs to. */
  public UUID byCodename(String typed) {
    String digits = Codenames.normalize(typed).orElseThrow(() -> new QuestionnaireNotFoundException("codename"));
    byte[] token = keys.blindIndex().token(CODENAME_FIELD, digits);
    return jdbi.withHandle(h -> h.createQuery("select id from questionnaire_submission where codename_token = :t")
        .bind("t", token).mapTo(UUID.class).findOne()).orElseThrow(() -> new QuestionnaireNotFoundException("codename"));
  }

  /** A submission's messages, oldest first, unsealed. */
  public List<SubmissionMessage> messages(UUID submissionId) {
    return jdbi.withHandle(h -> h.createQuery("select author, sent_on, body from questionnaire_message"
        + " where submission_id = :id order by seq").bind("id", submissionId).map((rs, ctx) -> {
          SubmissionMessage.Author author = SubmissionMessage.Author.valueOf(rs.getString("author").toUpperCase(
              java.util.Locale.ROOT));
          String text = keys.fieldCipher().decryptString(rs.getBytes("body"), messageAd(submissionId, author));
          return new SubmissionMessage(author, rs.getObject("sent_on", LocalDate.class), text);
        }).list());
  }

  /**
   * Adds a message to a submission.
   *
   * @throws IllegalArgumentException when the text is empty or longer than {@value #MAX_MESSAGE}
   * @throws QuestionnaireNotFoundException when there is no such submission
   */
  public void addMessage(UUID submissionId, SubmissionMessage.Author author, String text) {
    if (text == null || text.isBlank() || text.length() > MAX_MESSAGE) {
      throw new IllegalArgumentException("a message has 1 to " + MAX_MESSAGE + " characters");
    }
    byte[] sealed = keys.fieldCipher().encryptString(text, messageAd(submissionId, author));
    int n = jdbi.withHandle(h -> h.createUpdate("insert into questionnaire_message (submission_id, author, sent_on, body)"
        + " select id, :author, :day, :body from questionnaire_submission where id = :id")
        .bind("id", submissionId).bind("author", author.code())
        .bind("day", LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)).bind("body", sealed).execute());
    if (n == 0) {
      throw new QuestionnaireNotFoundException("submission");
    }
  }

  // --- key rotation --------------------------------------------------------------------------

  /**
   * Seals again, under the key ring's current primary key, every answer set and message sealed
   * under an older key, one submission (with its messages) per short transaction.
   *
   * @return per submission: visited, resealed (something in it was), already current, unreadable
   *     (no key of the ring opens it; left alone)
   */
  public long[] resealUnderPrimary() {
    long[] counts = new long[4];
    List<UUID> ids = jdbi.withHandle(h -> h.createQuery("select id from questionnaire_submission order by id")
        .mapTo(UUID.class).list());
    for (UUID id : ids) {
      int outcome = jdbi.inTransaction(h -> reseal(h, id));
      if (outcome >= 0) {
        counts[0]++;
        counts[1 + outcome]++;
      }
    }
    return counts;
  }

  /** 0 resealed, 1 already current, 2 unreadable, -1 gone meanwhile. */
  private int reseal(Handle h, UUID id) {
    var cipher = keys.fieldCipher();
    byte[] sealed = h.createQuery("select answers from questionnaire_submission where id = :id for update")
        .bind("id", id).mapTo(byte[].class).findOne().orElse(null);
    if (sealed == null) {
      return -1;
    }
    boolean changed = false;
    try {
      if (!cipher.sealedWithPrimary(sealed)) {
        h.createUpdate("update questionnaire_submission set answers = :a where id = :id")
            .bind("a", cipher.encrypt(cipher.decrypt(sealed, answersAd(id)), answersAd(id))).bind("id", id).execute();
        changed = true;
      }
      for (var row : h.createQuery("select seq, author, body from questionnaire_message where submission_id = :id")
          .bind("id", id).mapToMap().list()) {
        byte[] body = (byte[]) row.get("body");
        if (cipher.sealedWithPrimary(body)) {
          continue;
        }
        byte[] ad = messageAd(id, SubmissionMessage.Author.valueOf(((String) row.get("author")).toUpperCase(
            java.util.Locale.ROOT)));
        h.createUpdate("update questionnaire_message set body = :b where seq = :seq")
            .bind("b", cipher.encrypt(cipher.decrypt(body, ad), ad)).bind("seq", row.get("seq")).execute();
        changed = true;
      }
    } catch (org.guwah.store.crypto.UnableToDecryptFieldException e) {
      h.rollback();
      return 2;
    }
    return changed ? 0 : 1;
  }

  /** How many submissions are stored. */
  public long count() {
    return jdbi.withHandle(h -> h.createQuery("select count(*) from questionnaire_submission").mapTo(Long.class).one());
  }

  private static byte[] answersAd(UUID id) {
    return ("guwah/questionnaire-answers/v1:" + id).getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] messageAd(UUID id, SubmissionMessage.Author author) {
    return ("guwah/questionnaire-message/v1:" + id + ":" + author.code()).getBytes(StandardCharsets.US_ASCII);
  }

  @Override
  public String toString() {
    return "QuestionnaireStore";
  }
}
