package org.guwah.store.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.guwah.core.consent.ConsentEntry;
import org.guwah.core.ids.Ids;
import org.guwah.core.people.Person;
import org.guwah.store.cases.CaseStore;
import org.guwah.store.cases.ListQuery;
import org.guwah.store.cases.RecordStore;
import org.guwah.store.cases.Slice;
import org.guwah.store.crypto.KeyRing;
import org.guwah.store.db.Database;
import org.guwah.store.testing.FreshDatabase;
import org.guwah.store.testing.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Backups of a real case database: create, verify, restore into empty databases (new and
 * migrated), refusals, tampering, other keys, and what the archive file reveals.
 */
class BackupsIT {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T12:00:00Z"), ZoneOffset.UTC);
  /** Enough rows for an archive of several 1 MiB segments. */
  static final int RELATIVES = 4000;

  @TempDir static Path work;
  static FreshDatabase sourceFresh;
  static Database source;
  static KeyRing keys;
  static Path keysDir;
  static List<String> shares;
  static byte[] custody;
  static Backups backups;
  static Path archive;
  static BackupSummary created;
  static RecordingProgress createProgress = new RecordingProgress();
  static DatabaseContents original;

  @BeforeAll
  static void createArchive() throws IOException {
    sourceFresh = TestDatabases.create();
    source = sourceFresh.open();
    keysDir = work.resolve("keys");
    keys = KeyRing.create(keysDir);
    shares = keys.split(3, 2).shareTexts();
    custody = Files.readAllBytes(keysDir.resolve(Backups.CUSTODY_FILE));
    CaseFixture.populate(caseStore(source, keys), RELATIVES);
    original = DatabaseContents.of(source);
    backups = Backups.of(CLOCK, new SecureRandom());
    archive = work.resolve("guwah.backup");
    created = backups.create(source, keys, keysDir, archive, createProgress);
  }

  @AfterAll
  static void dropSource() {
    sourceFresh.close();
  }

  static CaseStore caseStore(Database db, KeyRing ring) {
    return CaseStore.create(db.jdbi(), ring, CLOCK, new Ids(CLOCK, new Random(11)));
  }

  @Test
  void theSummaryCountsEveryTableAndTheArchiveIsSeveralSegments() throws IOException {
    assertThat(created.schemaVersion()).isEqualTo(original.schemaVersion().replaceAll(".*,", ""));
    assertThat(created.created()).isEqualTo(CLOCK.instant());
    assertThat(created.custodyIncluded()).isTrue();
    assertThat(created.tables()).extracting(BackupSummary.TableCount::table)
        .containsExactlyInAnyOrderElementsOf(original.tables().keySet());
    for (BackupSummary.TableCount table : created.tables()) {
      assertThat(table.rows()).as(table.table()).isEqualTo(original.rows(table.table()));
    }
    for (String referencing : List.of("source", "incident", "detention", "relationship")) {
      assertThat(created.tables()).extracting(BackupSummary.TableCount::table).containsSubsequence("person", referencing);
    }
    assertThat(created.rows()).isEqualTo(original.rows()).isGreaterThan(RELATIVES);
    assertThat(Files.size(archive)).isGreaterThan(2L << 20);
    assertThat(createProgress.phases())
        .containsExactly(new RecordingProgress.Phase("backing up", created.rows(), created.rows(), true));
  }

  @Test
  void verifyChecksTheWholeArchiveWithoutADatabase() {
    RecordingProgress progress = new RecordingProgress();
    BackupSummary verified = backups.verify(archive, KeyRing.open(keysDir), progress);
    assertThat(verified).isEqualTo(created);
    assertThat(progress.phases())
        .containsExactly(new RecordingProgress.Phase("verifying", created.rows(), created.rows(), true));
  }

  @Test
  void aRestoreIntoANewUnmigratedDatabaseReproducesEveryTableAndRecord() {
    try (FreshDatabase targetFresh = TestDatabases.create();
        Database target = Database.open(targetFresh.options(work, 4))) {
      assertThat(target.schemaVersion()).isEmpty();
      RecordingProgress progress = new RecordingProgress();
      BackupSummary restored = backups.restore(archive, target, KeyRing.open(keysDir), progress);

      assertThat(restored).isEqualTo(created);
      assertThat(progress.phases()).containsExactly(
          new RecordingProgress.Phase("restoring", created.rows(), created.rows(), true),
          new RecordingProgress.Phase("checking", created.rows(), created.rows(), true));
      assertThat(DatabaseContents.of(target)).isEqualTo(original);
      assertSameRecords(caseStore(source, keys), caseStore(target, KeyRing.open(keysDir)));
    }
  }

  @Test
  void aRestoredDatabaseWorksOnWithoutCollisions() {
    try (FreshDatabase targetFresh = TestDatabases.create()) {
      Database target = targetFresh.open();
      backups.restore(archive, target, keys, BackupProgress.silent());
      CaseStore store = CaseStore.create(target.jdbi(), keys, Clock.systemUTC(), Ids.system());

      List<Person> found = store.personsNamed(CaseFixture.CANARY_NAME, 5);
      assertThat(found).hasSize(1);
      Person canary = found.get(0);
      assertThat(canary).isEqualTo(caseStore(source, keys).persons().get(canary.id()).orElseThrow());
      assertThat(store.personsWithIdNumber(CaseFixture.canaryId(), 5)).extracting(Person::id).containsExactly(canary.id());
      assertThat(canary.consent().permits("AGGREGATE_STATISTICS")).isFalse();
      long lastEvent = target.jdbi().withHandle(h -> h.createQuery("select max(seq) from consent_event").mapTo(Long.class).one());
      store.persons().update(canary.id(), canary.withConsent(canary.consent().with("AGGREGATE_STATISTICS",
          ConsentEntry.granted(LocalDate.of(2024, 5, 20), "WRITTEN"))));
      long newEvent = target.jdbi().withHandle(h -> h.createQuery("select max(seq) from consent_event").mapTo(Long.class).one());
      assertThat(newEvent).isGreaterThan(lastEvent);
      assertThat(store.persons().create(CaseFixture.relative(99_999)).id()).isNotNull();

      assertThatThrownBy(() -> backups.restore(archive, target, keys, BackupProgress.silent()))
          .as("restored rows are data, never mistaken for rows a migration seeded")
          .isInstanceOf(RestoreRefusedException.class)
          .hasMessageContaining("already holds data");
    }
  }

  @Test
  void aDatabaseHoldingAnyRowIsRefusedAndLeftUnchanged() {
    try (FreshDatabase targetFresh = TestDatabases.create()) {
      Database target = targetFresh.open();
      caseStore(target, keys).persons().create(CaseFixture.relative(1));
      DatabaseContents before = DatabaseContents.of(target);

      assertThatThrownBy(() -> backups.restore(archive, target, keys, BackupProgress.silent()))
          .isInstanceOf(RestoreRefusedException.class)
          .hasMessageContaining("already holds data")
          .hasMessageContaining("person")
          .hasMessageContaining("nothing was changed");
      assertThat(DatabaseContents.of(target)).isEqualTo(before);
    }
  }

  @Test
  void aDatabaseWhoseOnlyChangeIsToASeededRowIsRefused() {
    try (FreshDatabase targetFresh = TestDatabases.create()) {
      Database target = targetFresh.open();
      String seeded = DatabaseContents.of(target).tables().entrySet().stream()
          .filter(table -> !table.getValue().isEmpty()).map(Map.Entry::getKey).findFirst().orElse(null);
      org.junit.jupiter.api.Assumptions.assumeTrue(seeded != null, "no migration seeds a row");
      String column = firstColumn(target, seeded);
      target.jdbi().useHandle(h -> h.execute("update " + seeded + " set " + column + " = " + column));
      DatabaseContents before = DatabaseContents.of(target);

      assertThatThrownBy(() -> backups.restore(archive, target, keys, BackupProgress.silent()))
          .isInstanceOf(RestoreRefusedException.class)
          .hasMessageContaining("already holds data (tables " + seeded + ")");
      assertThat(DatabaseContents.of(target)).isEqualTo(before);
    }
  }

  private static String firstColumn(Database db, String table) {
    return db.jdbi().withHandle(h -> h.createQuery("select attname from pg_attribute where attrelid = :t::regclass"
        + " and attnum = 1").bind("t", table).mapTo(String.class).one());
  }

  @Test
  void anArchiveMadeWithOtherKeysIsRefused() {
    KeyRing other = KeyRing.create(work.resolve("other-keys"));
    assertThatThrownBy(() -> backups.verify(archive, other))
        .isInstanceOf(BackupKeysMismatchException.class)
        .hasMessageContaining("was made with other keys")
        .hasMessageContaining(String.valueOf(keys.keyInfo().keysets().get(0).primaryKeyId()));
    try (FreshDatabase targetFresh = TestDatabases.create()) {
      Database target = targetFresh.open();
      DatabaseContents before = DatabaseContents.of(target);
      assertThatThrownBy(() -> backups.restore(archive, target, other, BackupProgress.silent()))
          .isInstanceOf(BackupKeysMismatchException.class);
      assertThat(DatabaseContents.of(target)).isEqualTo(before);
    }
  }

  @Test
  void anArchiveStillOpensAfterTheFieldKeyWasRotated() throws IOException {
    Path rotatedKeys = work.resolve("rotated-keys");
    Files.createDirectories(rotatedKeys);
    for (String file : List.of("fields.aead.json", "blind-index.prf.json")) {
      Files.copy(keysDir.resolve(file), rotatedKeys.resolve(file));
    }
    KeyRing rotated = KeyRing.open(rotatedKeys);
    rotated.rotate();
    assertThat(backups.verify(archive, rotated)).isEqualTo(created);
  }

  static Stream<Arguments> damages() {
    return Stream.of(
        Arguments.of("a flipped byte in the magic", flip(0)),
        Arguments.of("a flipped byte in the format version", flip(9)),
        Arguments.of("a flipped byte in the archive id", flip(14 + 3)),
        Arguments.of("a flipped byte in the creation time", flip(14 + 16 + 7)),
        Arguments.of("a flipped byte in the schema version", flip(14 + 16 + 8 + 2)),
        Arguments.of("a flipped byte in the wrapped key", flip(14 + 16 + 8 + 2 + 1 + 4 + 20)),
        Arguments.of("a flipped byte in the custody file", flipFromEndOfHeader(-3)),
        Arguments.of("a flipped byte right after the header", flipFromEndOfHeader(0)),
        Arguments.of("a flipped byte in the middle", (Function<byte[], byte[]>) bytes -> flipAt(bytes, bytes.length / 2)),
        Arguments.of("a flipped last byte", (Function<byte[], byte[]>) bytes -> flipAt(bytes, bytes.length - 1)),
        Arguments.of("one byte cut off the end", (Function<byte[], byte[]>) bytes -> Arrays.copyOf(bytes, bytes.length - 1)),
        Arguments.of("the last segment cut off", cutAfterHeader(1 << 20)),
        Arguments.of("everything but the header cut off", cutAfterHeader(0)),
        Arguments.of("half the archive cut off", (Function<byte[], byte[]>) bytes -> Arrays.copyOf(bytes, bytes.length / 2)),
        Arguments.of("a byte appended", (Function<byte[], byte[]>) bytes -> Arrays.copyOf(bytes, bytes.length + 1)),
        Arguments.of("the custody file edited", swapCustody()));
  }

  static Function<byte[], byte[]> flip(int position) {
    return bytes -> flipAt(bytes, position);
  }

  static byte[] flipAt(byte[] bytes, int position) {
    byte[] copy = bytes.clone();
    copy[position] ^= 0x10;
    return copy;
  }

  static int headerEnd(byte[] bytes) {
    return 14 + (((bytes[10] & 0xFF) << 24) | ((bytes[11] & 0xFF) << 16) | ((bytes[12] & 0xFF) << 8) | (bytes[13] & 0xFF));
  }

  static Function<byte[], byte[]> flipFromEndOfHeader(int offset) {
    return bytes -> flipAt(bytes, headerEnd(bytes) + offset);
  }

  static Function<byte[], byte[]> cutAfterHeader(int length) {
    return bytes -> Arrays.copyOf(bytes, headerEnd(bytes) + length);
  }

  /** Replaces the custody file by one of the same length: the header still parses. */
  static Function<byte[], byte[]> swapCustody() {
    return bytes -> {
      byte[] copy = bytes.clone();
      byte[] forged = "forged".getBytes(StandardCharsets.UTF_8);
      System.arraycopy(forged, 0, copy, headerEnd(bytes) - forged.length, forged.length);
      return copy;
    };
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("damages")
  void aDamagedArchiveIsRefusedByVerify(String damage, Function<byte[], byte[]> change) throws IOException {
    Path damaged = damagedCopy(change);

    assertThatThrownBy(() -> backups.verify(damaged, keys))
        .as(damage)
        .isInstanceOf(BackupDamagedException.class)
        .hasMessageStartingWith("backup archive " + damaged + " is damaged or was altered (");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("damages")
  void aDamagedArchiveRestoresNothing(String damage, Function<byte[], byte[]> change) throws IOException {
    Path damaged = damagedCopy(change);
    try (FreshDatabase targetFresh = TestDatabases.create()) {
      Database target = targetFresh.open();
      DatabaseContents before = DatabaseContents.of(target);
      assertThatThrownBy(() -> backups.restore(damaged, target, keys, BackupProgress.silent()))
          .as(damage)
          .isInstanceOf(BackupDamagedException.class)
          .hasMessageContaining("is damaged or was altered");
      assertThat(DatabaseContents.of(target)).isEqualTo(before);
    }
  }

  private static Path damagedCopy(Function<byte[], byte[]> change) throws IOException {
    byte[] bytes = Files.readAllBytes(archive);
    byte[] changed = change.apply(bytes);
    assertThat(changed).isNotEqualTo(bytes);
    Path damaged = Files.createTempFile(work, "damaged-", ".backup");
    Files.write(damaged, changed);
    return damaged;
  }

  @Test
  void theArchiveRevealsNoValueAndNoKeyAndIsOwnerOnly() throws IOException {
    byte[] bytes = Files.readAllBytes(archive);
    String latin1 = new String(bytes, StandardCharsets.ISO_8859_1);
    for (String canary : CaseFixture.canaries()) {
      assertThat(latin1).as(canary).doesNotContain(new String(canary.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
    }
    for (String table : List.of("person", "consent_event", "identity", "tokens")) {
      assertThat(latin1).as("schema names are encrypted too").doesNotContain(table);
    }
    for (byte[] secret : keyMaterial()) {
      assertThat(indexOf(bytes, secret)).isEqualTo(-1);
      assertThat(latin1).doesNotContain(Base64.getEncoder().encodeToString(secret));
    }
    assertThat(Files.getPosixFilePermissions(archive)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
    try (Stream<Path> files = Files.list(work)) {
      assertThat(files.map(Path::getFileName).map(Path::toString)).noneMatch(name -> name.endsWith(".partial"));
    }
  }

  /** The serialized keys of both keysets of the keys folder (each holds the raw key bytes). */
  private static List<byte[]> keyMaterial() throws IOException {
    List<byte[]> secrets = new ArrayList<>();
    for (String file : List.of("fields.aead.json", "blind-index.prf.json")) {
      JsonNode keyset = JsonMapper.builder().build().readTree(Files.readString(keysDir.resolve(file)));
      for (JsonNode key : keyset.get("key")) {
        byte[] value = Base64.getDecoder().decode(key.get("keyData").get("value").asString());
        secrets.add(value);
        secrets.add(Arrays.copyOfRange(value, value.length - 32, value.length));
      }
    }
    assertThat(secrets).hasSizeGreaterThanOrEqualTo(4);
    return secrets;
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  @Test
  void lostKeysComeBackFromTheArchivesCustodyFileAndTwoShares() throws IOException {
    Path rebuilt = work.resolve("rebuilt-keys");
    Files.createDirectories(rebuilt);
    Files.write(rebuilt.resolve(Backups.CUSTODY_FILE), Backups.custodyFile(archive).orElseThrow());
    assertThat(Files.readAllBytes(rebuilt.resolve(Backups.CUSTODY_FILE))).isEqualTo(custody);

    KeyRing recovered = KeyRing.recover(rebuilt, List.of(shares.get(2), shares.get(0)));

    assertThat(backups.verify(archive, recovered)).isEqualTo(created);
    try (FreshDatabase targetFresh = TestDatabases.create()) {
      Database target = targetFresh.open();
      backups.restore(archive, target, recovered, BackupProgress.silent());
      assertThat(DatabaseContents.of(target)).isEqualTo(original);
      assertThat(caseStore(target, recovered).personsNamed(CaseFixture.CANARY_NAME, 5)).hasSize(1);
    }
  }

  @Test
  void anExistingFileIsNeverOverwritten() throws IOException {
    Path existing = work.resolve("existing.backup");
    Files.writeString(existing, "precious");
    assertThatThrownBy(() -> backups.create(source, keys, keysDir, existing, BackupProgress.silent()))
        .isInstanceOf(BackupFailedException.class)
        .hasMessageContaining("already exists");
    assertThat(Files.readString(existing)).isEqualTo("precious");
  }

  @Test
  void aMissingArchiveIsReportedByName() {
    Path missing = work.resolve("missing.backup");
    assertThatThrownBy(() -> backups.verify(missing, keys))
        .isInstanceOf(BackupFailedException.class)
        .hasMessage("no backup archive " + missing);
  }

  static void assertSameRecords(CaseStore expected, CaseStore actual) {
    assertThat(all(actual.persons())).hasSizeGreaterThan(RELATIVES);
    assertSameRecordsOf(expected, actual);
  }

  static void assertSameRecordsOf(CaseStore expected, CaseStore actual) {
    assertThat(all(actual.persons())).isNotEmpty().isEqualTo(all(expected.persons()));
    assertThat(all(actual.sources())).isNotEmpty().isEqualTo(all(expected.sources()));
    assertThat(all(actual.incidents())).isNotEmpty().isEqualTo(all(expected.incidents()));
    assertThat(all(actual.detentions())).isNotEmpty().isEqualTo(all(expected.detentions()));
    assertThat(all(actual.relationships())).isNotEmpty().isEqualTo(all(expected.relationships()));
    assertThat(actual.counts()).isEqualTo(expected.counts());
  }

  static <T> List<T> all(RecordStore<T, ?> store) {
    List<T> out = new ArrayList<>();
    Slice<T> slice = store.list(ListQuery.first(ListQuery.MAX_LIMIT));
    out.addAll(slice.items());
    while (slice.after() != null) {
      slice = store.list(new ListQuery(Map.of(), ListQuery.MAX_LIMIT, slice.after()));
      out.addAll(slice.items());
    }
    return out;
  }
}
