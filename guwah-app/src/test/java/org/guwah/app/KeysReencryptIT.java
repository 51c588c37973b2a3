package org.guwah.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.guwah.core.consent.Consent;
import org.guwah.core.ids.Ids;
import org.guwah.core.people.Person;
import org.guwah.core.people.PersonName;
import org.guwah.core.sources.Source;
import org.guwah.core.time.FuzzyDate;
import org.guwah.store.attachments.Attachment;
import org.guwah.store.attachments.AttachmentStore;
import org.guwah.store.attachments.AttachmentUpload;
import org.guwah.store.cases.CaseStore;
import org.guwah.store.crypto.KeyRing;
import org.guwah.store.db.Database;
import org.guwah.store.testing.FreshDatabase;
import org.guwah.store.testing.TestDatabases;
import org.guwah.app.InProcessCli.Run;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code guwah keys rotate --reencrypt} on a stopped installation. */
class KeysReencryptIT {
  @TempDir Path work;
  FreshDatabase fresh;
  String url;

  @BeforeEach
  void create() {
    fresh = TestDatabases.create();
    url = GuwahProcess.dbUrl(fresh);
  }

  @AfterEach
  void drop() {
    fresh.close();
  }

  Run guwah(String... args) {
    return InProcessCli.run(url, work.resolve("data"), args);
  }

  @Test
  void rotateWithReencryptReSealsEveryRecordUnderTheNewKey() throws IOException {
    Path keysDir = work.resolve("data").resolve("keys");
    List<Person> persons = new ArrayList<>();
    Source source;
    Attachment attachment;
    byte[] chat = "[21:04] CANARY chat line: they know where your sister lives\n".repeat(200)
        .getBytes(StandardCharsets.UTF_8);
    try (Database db = fresh.open()) {
      KeyRing keys = KeyRing.create(keysDir);
      CaseStore store = CaseStore.create(db.jdbi(), keys, Clock.systemUTC(), Ids.system());
      for (int i = 0; i < 120; i++) {
        persons.add(store.persons().create(new Person(null, 0, List.of(new PersonName("Qanari Keyjan " + i, "ULY",
            null)), "MALE", FuzzyDate.parse("1980"), null, "UYGHUR", null, "TR", List.of(), null, null, false,
            Consent.none(), "notes " + i, List.of())));
      }
      source = store.sources().create(new Source(null, 0, "INTERVIEW", persons.get(0).id(), "CHILD",
          FuzzyDate.parse("2019-03"), "ug", null, Consent.none(), "Interview 1", null, "CANARYTESTIMONY"));
      attachment = AttachmentStore.create(db.jdbi(), keys, Clock.systemUTC(), Ids.system())
          .store(AttachmentUpload.of("source", source.id(), "Qanari-chat.txt"), new ByteArrayInputStream(chat));
    }

    Run r = guwah("keys", "rotate", "--reencrypt");

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("re-encrypted: 122 rows: 122 re-sealed");
    assertThat(r.err()).contains("re-encrypting person").contains("re-encrypting attachment")
        .doesNotContain("Qanari").doesNotContain("CANARY");
    KeyRing rotated = KeyRing.open(keysDir);
    try (Database db = fresh.open()) {
      List<byte[]> identities = db.jdbi().withHandle(h -> h.createQuery(
          "select identity from person union all select identity from source").mapTo(byte[].class).list());
      assertThat(identities).hasSize(121).allMatch(rotated.fieldCipher()::sealedWithPrimary);
      CaseStore store = CaseStore.create(db.jdbi(), rotated, Clock.systemUTC(), Ids.system());
      for (Person p : persons) {
        assertThat(store.persons().get(p.id())).contains(p);
      }
      assertThat(store.sources().get(source.id())).contains(source);
      List<byte[]> sealed = db.jdbi().withHandle(h -> h.createQuery("select sealed from attachment_chunk union all"
          + " select provenance from attachment union all select label from attachment").mapTo(byte[].class).list());
      assertThat(sealed).hasSize(3).allMatch(rotated.fieldCipher()::sealedWithPrimary);
      AttachmentStore attachments = AttachmentStore.create(db.jdbi(), rotated, Clock.systemUTC(), Ids.system());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      attachments.openVerified(attachment.id(), out);
      assertThat(out.toByteArray()).isEqualTo(chat);
    }

    Run plain = guwah("keys", "rotate");
    assertThat(plain.exit()).isZero();
    assertThat(plain.out()).contains("POST /api/v1/keys/rotation");
    assertThat(guwah("keys", "--help").out()).contains("--reencrypt");
  }
}
