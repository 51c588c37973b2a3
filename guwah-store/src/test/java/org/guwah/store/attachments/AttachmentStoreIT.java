package org.guwah.store.attachments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.guwah.store.attachments.TestFiles.ascii;
import static org.guwah.store.attachments.TestFiles.contains;
import static org.guwah.store.attachments.TestFiles.sha256Hex;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.guwah.core.consent.Consent;
import org.guwah.core.geo.Place;
import org.guwah.core.ids.Ids;
import org.guwah.core.incidents.Incident;
import org.guwah.core.people.Person;
import org.guwah.core.people.PersonName;
import org.guwah.core.time.FuzzyDate;
import org.guwah.core.validation.ValidationException;
import org.guwah.store.cases.CaseStore;
import org.guwah.store.crypto.ChunkCipher;
import org.guwah.store.crypto.KeyRing;
import org.guwah.store.db.Database;
import org.guwah.store.testing.FreshDatabase;
import org.guwah.store.testing.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Attachments on a real PostgreSQL (embedded and external, like every *IT). */
class AttachmentStoreIT {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T12:00:00.123456789Z"), ZoneOffset.UTC);
  private static final String CONTENT_CANARY = "qanari-content";
  private static final String NAME_CANARY = "qanari-file-name-threat.txt";
  private static final String CAPTION_CANARY = "qanari-caption: message from the county police";

  @TempDir static Path keysDir;
  static FreshDatabase fresh;
  static Database db;
  static KeyRing keys;
  static CaseStore cases;
  static AttachmentStore store;
  static AttachmentStore small;
  static UUID person;
  static UUID incident;

  @BeforeAll
  static void open() {
    fresh = TestDatabases.create();
    db = fresh.open();
    keys = KeyRing.create(keysDir);
    cases = CaseStore.create(db.jdbi(), keys, CLOCK, new Ids(CLOCK, new Random(5)));
    store = AttachmentStore.create(db.jdbi(), keys, CLOCK, new Ids(CLOCK, new Random(7)));
    small = store.withChunkSize(1024);
    person = newPerson();
    incident = cases.incidents().create(new Incident(null, 0, List.of("THREAT_FAMILY"), "WECHAT", "XINJIANG_POLICE",
        "CN", person, List.of(), FuzzyDate.parse("2018"), "TR", "Istanbul", "qanari incident", List.of())).id();
  }

  @AfterAll
  static void close() {
    db.close();
    fresh.close();
  }

  private static UUID newPerson() {
    return cases.persons().create(new Person(null, 0, List.of(new PersonName("Qanarigul Testova", "ULY", null)),
        "FEMALE", FuzzyDate.parse("1960"), null, "UYGHUR", new Place("CN", "653121", null, null), null, List.of(),
        null, null, false, Consent.none(), null, List.of())).id();
  }

  private static byte[] text(int bytes) {
    StringBuilder s = new StringBuilder();
    int line = 0;
    while (s.length() < bytes) {
      s.append("[2024-03-12 21:0").append(line++ % 10).append("] ").append(CONTENT_CANARY).append(" line ")
          .append(line).append('\n');
    }
    return s.substring(0, bytes).getBytes(StandardCharsets.US_ASCII);
  }

  private static AttachmentUpload upload(UUID record) {
    return AttachmentUpload.of("person", record, NAME_CANARY).withCaption(CAPTION_CANARY);
  }

  private static byte[] read(AttachmentStore from, UUID id) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    from.open(id, out);
    return out.toByteArray();
  }

  private static long count(String sql, UUID id) {
    return db.jdbi().withHandle(h -> h.createQuery(sql).bind(0, id).mapTo(Long.class).one());
  }

  private static void sql(String sql, Object... args) {
    db.jdbi().useHandle(h -> {
      var update = h.createUpdate(sql);
      for (int i = 0; i < args.length; i++) {
        update.bind(i, args[i]);
      }
      update.execute();
    });
  }

  @Test
  void roundTripOfTextAcrossManyChunks() throws Exception {
    byte[] content = text(5000);
    UUID record = newPerson();

    Attachment stored = small.store(upload(record).withDeclaredMediaType("text/plain; charset=utf-8")
        .withCreatedBy(UUID.fromString("0190f1e2-0000-7000-8000-00000000abcd")), new ByteArrayInputStream(content));

    assertThat(stored.mediaType()).isEqualTo(MediaType.TEXT);
    assertThat(stored.size()).isEqualTo(5000);
    assertThat(stored.originalSize()).isEqualTo(5000);
    assertThat(stored.chunkCount()).isEqualTo(5);
    assertThat(stored.originalSha256()).isEqualTo(sha256Hex(content)).isEqualTo(stored.storedSha256());
    assertThat(stored.metadataTreatment()).isEqualTo(MetadataTreatment.NOT_APPLICABLE);
    assertThat(stored.createdAt()).isEqualTo(Instant.parse("2024-06-01T12:00:00.123456Z"));
    assertThat(read(store, stored.id())).isEqualTo(content);
    assertThat(store.get(stored.id())).contains(stored);
    assertThat(store.listFor("person", record)).containsExactly(stored);
    assertThat(store.openLabel(stored)).isEqualTo(new AttachmentLabel(NAME_CANARY, CAPTION_CANARY));
    assertThat(stored.toString()).doesNotContain("qanari");
  }

  @Test
  void anExactlyFullLastChunkAndASingleByteFileRoundTrip() throws Exception {
    byte[] full = text(3072);
    Attachment three = small.store(upload(person), new ByteArrayInputStream(full));
    Attachment one = small.store(upload(person), new ByteArrayInputStream(ascii("x")));

    assertThat(three.chunkCount()).isEqualTo(3);
    assertThat(read(store, three.id())).isEqualTo(full);
    assertThat(read(store, one.id())).isEqualTo(ascii("x"));
  }

  @Test
  void imagesAreStoredWithoutMetadataAndTheOriginalHashIsKept() throws Exception {
    byte[] jpeg = TestFiles.jpegWithMetadata();
    byte[] png = TestFiles.pngWithMetadata();
    byte[] gif = TestFiles.gifWithMetadata();

    for (byte[] image : List.of(jpeg, png, gif)) {
      Attachment stored = small.store(AttachmentUpload.of("incident", incident, "qanari-screenshot.jpg"),
          new ByteArrayInputStream(image));
      byte[] content = read(store, stored.id());

      assertThat(contains(content, "qanari")).isFalse();
      assertThat(stored.metadataTreatment()).isEqualTo(MetadataTreatment.STRIPPED);
      assertThat(stored.strippedMetadata()).contains(StrippedMetadata.TRAILING_DATA);
      assertThat(stored.originalSha256()).isEqualTo(sha256Hex(image));
      assertThat(stored.storedSha256()).isEqualTo(sha256Hex(content)).isNotEqualTo(stored.originalSha256());
      assertThat(stored.originalSize()).isEqualTo(image.length);
      assertThat(stored.size()).isEqualTo(content.length).isLessThan(image.length);
      assertThat(TestFiles.pixels(content)).isEqualTo(TestFiles.pixels(image));
    }
    assertThat(store.listFor("person", incident)).isEmpty();
  }

  @Test
  void aWebpLargerThanAChunkGetsItsRiffSizeFixedInTheSealedFirstChunk() throws Exception {
    byte[] webp = TestFiles.webpWithMetadata(5000);

    Attachment stored = small.store(upload(person).withDeclaredMediaType("image/webp"), new ByteArrayInputStream(webp));
    byte[] content = read(store, stored.id());

    assertThat(stored.chunkCount()).isGreaterThan(1);
    assertThat(contains(content, "qanari")).isFalse();
    assertThat(ByteBuffer.wrap(content).order(ByteOrder.LITTLE_ENDIAN).getInt(4)).isEqualTo(content.length - 8);
    assertThat(content[20] & 0xff).isEqualTo(0x20);
    assertThat(stored.storedSha256()).isEqualTo(sha256Hex(content));
    assertThat(stored.strippedMetadata()).contains(StrippedMetadata.EXIF, StrippedMetadata.GPS, StrippedMetadata.XMP);
  }

  @Test
  void pdfAndAudioAreStoredAsUploadedAndFlagged() throws Exception {
    for (byte[] file : List.of(TestFiles.pdf(), TestFiles.mp3("qanari-title"), TestFiles.wav(3000),
        TestFiles.oggOpus(2000), TestFiles.m4a("M4A ", "soun"))) {
      Attachment stored = small.store(upload(person), new ByteArrayInputStream(file));

      assertThat(read(store, stored.id())).isEqualTo(file);
      assertThat(stored.metadataTreatment()).isEqualTo(MetadataTreatment.NOT_STRIPPED);
      assertThat(stored.strippedMetadata()).isEmpty();
    }
  }

  @Test
  void everyKindOfChunkTamperingIsDetected() throws Exception {
    UUID flipped = small.store(upload(person), new ByteArrayInputStream(text(3000))).id();
    sql("update attachment_chunk set sealed = set_byte(sealed, 40, get_byte(sealed, 40) # 1)"
        + " where attachment_id = ? and chunk_index = 1", flipped);
    UUID swapped = small.store(upload(person), new ByteArrayInputStream(text(3000))).id();
    sql("update attachment_chunk a set sealed = b.sealed from attachment_chunk b where a.attachment_id = ?"
        + " and b.attachment_id = a.attachment_id and a.chunk_index + b.chunk_index = 1"
        + " and a.chunk_index <> b.chunk_index", swapped);
    UUID cut = small.store(upload(person), new ByteArrayInputStream(text(3000))).id();
    sql("delete from attachment_chunk where attachment_id = ? and chunk_index = 2", cut);
    UUID cutAndRecounted = small.store(upload(person), new ByteArrayInputStream(text(3000))).id();
    sql("delete from attachment_chunk where attachment_id = ? and chunk_index = 2", cutAndRecounted);
    sql("update attachment set chunk_count = 2, size = 2048 where id = ?", cutAndRecounted);
    UUID foreign = small.store(upload(person), new ByteArrayInputStream(text(3000))).id();
    UUID donor = small.store(upload(person), new ByteArrayInputStream(text(3000))).id();
    sql("update attachment_chunk a set sealed = b.sealed from attachment_chunk b where a.attachment_id = ?"
        + " and b.attachment_id = ? and a.chunk_index = 0 and b.chunk_index = 0", foreign, donor);
    UUID extra = small.store(upload(person), new ByteArrayInputStream(text(3000))).id();
    sql("insert into attachment_chunk select attachment_id, 3, sealed from attachment_chunk"
        + " where attachment_id = ? and chunk_index = 2", extra);

    assertThatThrownBy(() -> read(store, flipped)).isInstanceOf(AttachmentDamagedException.class)
        .hasMessage("attachment " + flipped + " is damaged: chunk 1 fails to open (altered, moved, out of order, cut"
            + " off, or sealed with a key not in the key ring)");
    assertThatThrownBy(() -> read(store, swapped)).isInstanceOf(AttachmentDamagedException.class)
        .hasMessageContaining("chunk 0 fails to open");
    assertThatThrownBy(() -> read(store, cut)).isInstanceOf(AttachmentDamagedException.class)
        .hasMessageContaining("2 chunks stored where 3 were written");
    assertThatThrownBy(() -> read(store, cutAndRecounted)).isInstanceOf(AttachmentDamagedException.class)
        .hasMessageContaining("metadata row does not verify");
    assertThatThrownBy(() -> read(store, foreign)).isInstanceOf(AttachmentDamagedException.class)
        .hasMessageContaining("chunk 0 fails to open");
    assertThatThrownBy(() -> read(store, extra)).isInstanceOf(AttachmentDamagedException.class)
        .hasMessageContaining("4 chunks stored where 3 were written");
    assertThat(read(store, donor)).isEqualTo(text(3000));
  }

  @Test
  void openVerifiedWritesNothingOfADamagedAttachmentAndAllOfASoundOne() throws Exception {
    UUID lastBad = small.store(upload(person), new ByteArrayInputStream(text(5000))).id();
    sql("update attachment_chunk set sealed = set_byte(sealed, 40, get_byte(sealed, 40) # 1)"
        + " where attachment_id = ? and chunk_index = 4", lastBad);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThatThrownBy(() -> store.openVerified(lastBad, out)).isInstanceOf(AttachmentDamagedException.class)
        .hasMessageContaining("chunk 4 fails to open");
    assertThat(out.size()).as("nothing written before the damage was found").isZero();
    ByteArrayOutputStream partly = new ByteArrayOutputStream();
    assertThatThrownBy(() -> store.open(lastBad, partly)).isInstanceOf(AttachmentDamagedException.class);
    assertThat(partly.size()).as("open streams until it fails").isEqualTo(4096);

    UUID sound = small.store(upload(person), new ByteArrayInputStream(text(5000))).id();
    ByteArrayOutputStream whole = new ByteArrayOutputStream();
    assertThat(store.openVerified(sound, whole).id()).isEqualTo(sound);
    assertThat(whole.toByteArray()).isEqualTo(text(5000));
    assertThatThrownBy(() -> store.openVerified(UUID.randomUUID(), whole))
        .isInstanceOf(AttachmentNotFoundException.class);
  }

  @Test
  void resealingReportsProgressAndStopsWhenCancelled() throws Exception {
    KeyRing ring = KeyRing.create(keysDir.resolve("cancelling"));
    AttachmentStore rotating = AttachmentStore.create(db.jdbi(), ring, CLOCK, Ids.system()).withChunkSize(1024);
    db.jdbi().useHandle(h -> h.execute("delete from attachment"));
    for (int i = 0; i < 5; i++) {
      rotating.store(upload(person), new ByteArrayInputStream(text(1500)));
    }
    assertThat(rotating.count()).isEqualTo(5);
    ring.rotate();
    java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
    AttachmentResealing stopped = rotating.resealUnderPrimary(p -> { }, () -> asked.incrementAndGet() > 3);
    assertThat(stopped.attachments()).isEqualTo(2);
    assertThat(stopped.resealed()).isEqualTo(2);
    List<AttachmentResealing> progress = new java.util.ArrayList<>();
    AttachmentResealing rest = rotating.resealUnderPrimary(progress::add, () -> false);
    assertThat(rest).isEqualTo(new AttachmentResealing(5, 3, 2, 0));
    assertThat(progress).last().isEqualTo(rest);
  }

  @Test
  void aCutOffTailIsDetectedEvenIfTheRowIsRecountedConsistently() throws Exception {
    // Whoever cannot forge the sealed provenance can still not make chunk 1 pass as the last one.
    UUID id = small.store(upload(person), new ByteArrayInputStream(text(3000))).id();
    Attachment before = store.get(id).orElseThrow();
    sql("delete from attachment_chunk where attachment_id = ? and chunk_index = 2", id);

    ChunkCipher chunks = ChunkCipher.of(keys);
    byte[] second = db.jdbi().withHandle(h -> h.createQuery(
        "select sealed from attachment_chunk where attachment_id = ? and chunk_index = 1").bind(0, id)
        .mapTo(byte[].class).one());

    assertThatThrownBy(() -> chunks.open("attachment:" + id, 1, true, second))
        .isInstanceOf(org.guwah.store.crypto.UnableToDecryptFieldException.class);
    assertThat(before.chunkCount()).isEqualTo(3);
  }

  @Test
  void editedMetadataRowsAreReportedNotReturned() throws Exception {
    UUID moved = small.store(upload(person), new ByteArrayInputStream(TestFiles.pngWithMetadata())).id();
    UUID other = newPerson();
    sql("update attachment set record_id = ? where id = ?", other, moved);
    UUID relabelled = small.store(upload(person), new ByteArrayInputStream(text(100))).id();
    sql("update attachment set media_type = 'image/png' where id = ?", relabelled);
    UUID restripped = small.store(upload(person), new ByteArrayInputStream(TestFiles.jpegWithMetadata())).id();
    sql("update attachment set stripped_metadata = '{}' where id = ?", restripped);

    assertThatThrownBy(() -> store.listFor("person", other)).isInstanceOf(AttachmentDamagedException.class)
        .hasMessageContaining(moved.toString());
    assertThatThrownBy(() -> store.get(relabelled)).isInstanceOf(AttachmentDamagedException.class);
    assertThatThrownBy(() -> read(store, restripped)).isInstanceOf(AttachmentDamagedException.class);
  }

  @Test
  void aLabelFromAnotherAttachmentDoesNotOpen() throws Exception {
    Attachment a = small.store(upload(person), new ByteArrayInputStream(text(10)));
    Attachment b = small.store(upload(person).withCaption("other"), new ByteArrayInputStream(text(10)));
    Attachment forged = new Attachment(a.id(), a.recordKind(), a.recordId(), a.mediaType(), a.size(), a.originalSize(),
        a.originalSha256(), a.storedSha256(), a.metadataTreatment(), a.strippedMetadata(), a.chunkCount(),
        a.createdBy(), a.createdAt(), b.label());

    assertThatThrownBy(() -> store.openLabel(forged)).isInstanceOf(AttachmentDamagedException.class)
        .hasMessageContaining("label does not open");
  }

  @Test
  void anUploadOverTheLimitLeavesNothingBehind() throws Exception {
    AttachmentStore limited = small.withMaxSize(10_000);
    UUID record = newPerson();

    assertThat(limited.store(upload(record), new ByteArrayInputStream(text(10_000))).size()).isEqualTo(10_000);
    assertThatThrownBy(() -> limited.store(upload(record), new ByteArrayInputStream(text(10_001))))
        .isInstanceOf(AttachmentTooLargeException.class)
        .hasMessage("attachment is larger than the limit of 10000 bytes")
        .extracting(e -> ((AttachmentRejectedException) e).code()).isEqualTo("attachment_too_large");
    assertThatThrownBy(() -> limited.store(upload(record), new ByteArrayInputStream(text(1_000_000))))
        .isInstanceOf(AttachmentTooLargeException.class);

    assertThat(count("select count(*) from attachment where record_id = ?", record)).isEqualTo(1);
    assertThat(count("select count(*) from attachment_chunk c join attachment a on a.id = c.attachment_id"
        + " where a.record_id = ?", record)).isEqualTo(10);
    assertThat(count("select count(*) from attachment_chunk c where not exists"
        + " (select 1 from attachment a where a.id = c.attachment_id) and ? is not null", record)).isZero();
  }

  @Test
  void inTheCallersTransactionARefusedUploadIsRolledBackAndTheRestCommits() throws Exception {
    AttachmentStore limited = small.withMaxSize(10_000);
    UUID record = newPerson();

    Attachment kept = db.jdbi().inTransaction(h -> {
      Attachment first = limited.store(h, upload(record), new ByteArrayInputStream(text(5000)));
      assertThatThrownBy(() -> limited.store(h, upload(record), new ByteArrayInputStream(text(50_000))))
          .isInstanceOf(AttachmentTooLargeException.class);
      byte[] jpeg = TestFiles.jpegWithMetadata();
      byte[] badJpeg = java.util.Arrays.copyOf(jpeg, jpeg.length / 2);
      assertThatThrownBy(() -> limited.store(h, upload(record), new ByteArrayInputStream(badJpeg)))
          .isInstanceOf(MalformedAttachmentException.class);
      return first;
    });

    assertThat(store.listFor("person", record)).containsExactly(kept);
    assertThat(count("select count(*) from attachment_chunk c join attachment a on a.id = c.attachment_id"
        + " where a.record_id = ?", record)).isEqualTo(5);
    assertThat(count("select count(*) from attachment_chunk c where not exists"
        + " (select 1 from attachment a where a.id = c.attachment_id) and ? is not null", record)).isZero();
    assertThatThrownBy(() -> db.jdbi().useHandle(h -> limited.store(h, upload(record), InputStream.nullInputStream())))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("transaction");
  }

  @Test
  void aFailingUploadStreamLeavesNothingBehind() {
    UUID record = newPerson();
    InputStream failing = new InputStream() {
      private int served;

      @Override
      public int read() throws IOException {
        if (served++ > 4000) {
          throw new IOException("connection reset");
        }
        return 'a';
      }
    };

    assertThatThrownBy(() -> small.store(upload(record), failing)).isInstanceOf(IOException.class);
    assertThat(count("select count(*) from attachment where record_id = ?", record)).isZero();
  }

  @Test
  void refusalsSayWhatIsWrong() {
    byte[] png = TestFiles.pngWithMetadata();

    assertThatThrownBy(() -> store.store(upload(person), InputStream.nullInputStream()))
        .isInstanceOf(EmptyAttachmentException.class).hasMessage("attachment is empty (0 bytes)");
    assertThatThrownBy(() -> store.store(upload(person).withDeclaredMediaType("image/jpeg"),
        new ByteArrayInputStream(png)))
        .isInstanceOf(MediaTypeMismatchException.class)
        .hasMessage("declared media type image/jpeg does not match the content, which is image/png");
    assertThatThrownBy(() -> store.store(upload(person).withDeclaredMediaType("text/html"),
        new ByteArrayInputStream(ascii("<html><script>alert(1)</script>"))))
        .isInstanceOf(UnsupportedAttachmentTypeException.class).hasMessageContaining("markup");
    assertThatThrownBy(() -> store.store(upload(person), new ByteArrayInputStream(
        TestFiles.concat(java.util.Arrays.copyOf(png, 8), ascii("MZ\u0090\0\u0003\0\0\0qanari-exe")))))
        .isInstanceOf(MalformedAttachmentException.class)
        .hasMessage("malformed image/png: chunk at byte 8 has an invalid type");
    assertThatThrownBy(() -> store.store(upload(person), new ByteArrayInputStream(TestFiles.m4a("isom", "vide", "soun"))))
        .isInstanceOf(UnsupportedAttachmentTypeException.class).hasMessageContaining("video track");
    assertThatThrownBy(() -> store.store(AttachmentUpload.of("incident", person, "x.txt"),
        new ByteArrayInputStream(text(10))))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).fieldErrors()).containsOnlyKeys("recordId"));
    assertThatThrownBy(() -> store.listFor("account", person)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> read(store, UUID.randomUUID())).isInstanceOf(AttachmentNotFoundException.class);
  }

  @Test
  void aRawDumpOfTheTablesHoldsNoNameCaptionContentOrHash() throws Exception {
    UUID record = newPerson();
    Attachment text = small.store(upload(record), new ByteArrayInputStream(text(4000)));
    Attachment jpeg = small.store(upload(record), new ByteArrayInputStream(TestFiles.jpegWithMetadata()));

    String dump = db.jdbi().withHandle(h -> String.join("\n",
        h.createQuery("select t::text from attachment t").mapTo(String.class).list())
        + String.join("\n", h.createQuery("select t::text from attachment_chunk t").mapTo(String.class).list()));

    HexFormat hex = HexFormat.of();
    for (String canary : List.of(CONTENT_CANARY, "qanari-file-name", "qanari-caption", "qanari")) {
      assertThat(dump).doesNotContain(canary)
          .doesNotContain(hex.formatHex(canary.getBytes(StandardCharsets.UTF_8)));
    }
    for (Attachment a : List.of(text, jpeg)) {
      assertThat(dump).doesNotContain(a.originalSha256()).doesNotContain(a.storedSha256());
    }
    assertThat(dump).contains(text.id().toString()).contains("text/plain").contains("GPS");
  }

  @Test
  void deletingAnAttachmentOrItsRecordRemovesTheContent() throws Exception {
    UUID record = newPerson();
    Attachment a = small.store(upload(record), new ByteArrayInputStream(text(3000)));
    Attachment b = small.store(upload(record), new ByteArrayInputStream(text(3000)));

    assertThat(store.delete(a.id())).isTrue();
    assertThat(store.delete(a.id())).isFalse();
    assertThat(count("select count(*) from attachment_chunk where attachment_id = ?", a.id())).isZero();
    assertThat(store.listFor("person", record)).containsExactly(b);

    sql("delete from person where id = ?", record);

    assertThat(store.get(b.id())).isEmpty();
    assertThat(count("select count(*) from attachment_chunk where attachment_id = ?", b.id())).isZero();
  }

  @Test
  void afterKeyRotationOldAttachmentsOpenAndAreResealedUnderThePrimaryKey() throws Exception {
    Path ringDir = keysDir.resolve("rotating");
    KeyRing ring = KeyRing.create(ringDir);
    AttachmentStore rotating = AttachmentStore.create(db.jdbi(), ring, CLOCK, Ids.system()).withChunkSize(1024);
    db.jdbi().useHandle(h -> h.execute("delete from attachment"));
    Attachment old = rotating.store(upload(person), new ByteArrayInputStream(text(2500)));

    ring.rotate();
    Attachment fresh = rotating.store(upload(person), new ByteArrayInputStream(TestFiles.pngWithMetadata()));

    assertThat(read(rotating, old.id())).isEqualTo(text(2500));
    assertThat(rotating.resealUnderPrimary()).isEqualTo(new AttachmentResealing(2, 1, 1, 0));
    ChunkCipher chunks = ChunkCipher.of(ring);
    List<byte[]> sealed = db.jdbi().withHandle(h -> h.createQuery(
        "select sealed from attachment_chunk union all select provenance from attachment"
            + " union all select label from attachment").mapTo(byte[].class).list());
    assertThat(sealed).allMatch(chunks::sealedWithPrimary);
    assertThat(read(rotating, old.id())).isEqualTo(text(2500));
    assertThat(rotating.openLabel(rotating.get(old.id()).orElseThrow()).fileName()).isEqualTo(NAME_CANARY);
    assertThat(rotating.get(fresh.id())).contains(fresh);
    assertThat(rotating.resealUnderPrimary()).isEqualTo(new AttachmentResealing(2, 0, 2, 0));
    assertThat(store.resealUnderPrimary().unreadable()).as("another key ring opens none of them").isEqualTo(2);
  }

  @Test
  void a25MibUploadStreamsThroughASmallHeap() throws Exception {
    long size = AttachmentStore.DEFAULT_MAX_SIZE;
    Process child = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx24m",
        "-cp",
        System.getProperty("java.class.path"),
        AttachmentHeapChild.class.getName(),
        fresh.jdbcUrl(),
        fresh.user() == null ? "-" : fresh.user(),
        fresh.password() == null ? "-" : fresh.password(),
        keysDir.toString(),
        person.toString(),
        Long.toString(size))
        .redirectErrorStream(true)
        .start();
    byte[] output = child.getInputStream().readAllBytes();
    assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String text = new String(output, StandardCharsets.UTF_8);

    assertThat(child.exitValue()).as(text).isZero();
    String[] parts = text.lines().filter(l -> l.startsWith("OK ")).findFirst().orElseThrow().split(" ");
    assertThat(parts[1]).isEqualTo(parts[2]).isEqualTo(parts[3]);
    assertThat(Long.parseLong(parts[4])).isEqualTo(size);
  }
}
