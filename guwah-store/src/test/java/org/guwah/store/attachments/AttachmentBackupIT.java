package org.guwah.store.attachments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.guwah.core.consent.Consent;
import org.guwah.core.ids.Ids;
import org.guwah.core.incidents.Incident;
import org.guwah.core.people.Person;
import org.guwah.core.people.PersonName;
import org.guwah.core.time.FuzzyDate;
import org.guwah.store.backup.BackupProgress;
import org.guwah.store.backup.BackupSummary;
import org.guwah.store.backup.Backups;
import org.guwah.store.cases.CaseStore;
import org.guwah.store.crypto.KeyRing;
import org.guwah.store.db.Database;
import org.guwah.store.testing.FreshDatabase;
import org.guwah.store.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Encrypted backups (ADR 0007) carry the attachments: both tables are in the archive, nothing of a
 * file, its name or caption is readable in the archive, and a restore gives back every attachment
 * byte for byte, verified, with its label, still deleted with its record.
 */
class AttachmentBackupIT {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T12:00:00Z"), ZoneOffset.UTC);
  private static final String NAME = "qanari-backup-photo.jpg";
  private static final String CAPTION = "qanari backup caption";
  private static final String CONTENT = "qanari-backup-chat-line";

  @TempDir Path work;

  private static byte[] chat(int lines) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < lines; i++) {
      s.append("[21:0").append(i % 10).append("] ").append(CONTENT).append(' ').append(i).append('\n');
    }
    return s.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] read(AttachmentStore store, UUID id) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    store.openVerified(id, out);
    return out.toByteArray();
  }

  @Test
  void aBackupCarriesTheAttachmentsAndARestoreGivesThemBackVerified() throws IOException {
    Path keysDir = work.resolve("keys");
    KeyRing keys = KeyRing.create(keysDir);
    Path archive = work.resolve("guwah.backup");
    List<Attachment> stored;
    byte[] jpeg = TestFiles.jpegWithMetadata();
    byte[] text = chat(3000);
    byte[] jpegStored;
    BackupSummary created;
    UUID person;
    try (FreshDatabase fresh = TestDatabases.create()) {
      Database db = fresh.open();
      CaseStore cases = CaseStore.create(db.jdbi(), keys, CLOCK, new Ids(CLOCK, new Random(3)));
      person = cases.persons().create(new Person(null, 0, List.of(new PersonName("Qanarigul Backupova", "ULY", null)),
          "FEMALE", FuzzyDate.parse("1970"), null, "UYGHUR", null, null, List.of(), null, null, false, Consent.none(),
          null, List.of())).id();
      UUID incident = cases.incidents().create(new Incident(null, 0, List.of("THREAT_FAMILY"), "WECHAT",
          "XINJIANG_POLICE", "CN", person, List.of(), FuzzyDate.parse("2019"), "TR", "Istanbul", null, List.of())).id();
      AttachmentStore store = AttachmentStore.create(db.jdbi(), keys, CLOCK, new Ids(CLOCK, new Random(4)))
          .withChunkSize(4096);
      Attachment photo = store.store(AttachmentUpload.of("person", person, NAME).withCaption(CAPTION),
          new ByteArrayInputStream(jpeg));
      Attachment export = store.store(AttachmentUpload.of("incident", incident, "chat.txt"),
          new ByteArrayInputStream(text));
      assertThat(export.chunkCount()).isGreaterThan(5);
      stored = List.of(photo, export);
      jpegStored = read(store, photo.id());

      created = Backups.of(CLOCK, new SecureRandom()).create(db, keys, keysDir, archive, BackupProgress.silent());
      db.close();
    }

    assertThat(created.tables()).anySatisfy(t -> {
      assertThat(t.table()).isEqualTo("attachment");
      assertThat(t.rows()).isEqualTo(2);
    });
    assertThat(created.tables()).anySatisfy(t -> {
      assertThat(t.table()).isEqualTo("attachment_chunk");
      assertThat(t.rows()).isEqualTo(stored.stream().mapToLong(Attachment::chunkCount).sum());
    });
    String raw = new String(Files.readAllBytes(archive), StandardCharsets.ISO_8859_1);
    HexFormat hex = HexFormat.of();
    for (String secret : List.of(NAME, CAPTION, CONTENT, TestFiles.GPS_CANARY, "qanari")) {
      assertThat(raw).doesNotContain(secret).doesNotContain(hex.formatHex(secret.getBytes(StandardCharsets.UTF_8)));
    }
    assertThat(raw).doesNotContain(TestFiles.sha256Hex(jpeg));

    try (FreshDatabase targetFresh = TestDatabases.create()) {
      Database target = targetFresh.open();
      Backups.of(CLOCK, new SecureRandom()).restore(archive, target, KeyRing.open(keysDir), BackupProgress.silent());
      AttachmentStore restored = AttachmentStore.create(target.jdbi(), KeyRing.open(keysDir), CLOCK, Ids.system());
      for (Attachment a : stored) {
        assertThat(restored.get(a.id())).contains(a);
        assertThat(restored.listFor(a.recordKind(), a.recordId())).containsExactly(a);
      }
      assertThat(read(restored, stored.get(0).id())).isEqualTo(jpegStored);
      assertThat(read(restored, stored.get(1).id())).isEqualTo(text);
      assertThat(restored.openLabel(stored.get(0))).isEqualTo(new AttachmentLabel(NAME, CAPTION));
      assertThat(stored.get(0).originalSha256()).isEqualTo(TestFiles.sha256Hex(jpeg));

      target.jdbi().useHandle(h -> h.execute("delete from incident"));
      assertThat(restored.get(stored.get(1).id())).as("deleted with its record after a restore").isEmpty();
      assertThat(restored.get(stored.get(0).id())).isPresent();
      target.close();
    }
  }
}
