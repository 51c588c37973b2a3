package org.guwah.web.attachments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.guwah.core.ids.Ids;
import org.guwah.store.accounts.Role;
import org.guwah.store.attachments.AttachmentDamagedException;
import org.guwah.store.attachments.AttachmentStore;
import org.guwah.store.attachments.TestFiles;
import org.guwah.store.audit.AuditAction;
import org.guwah.store.audit.AuditEntry;
import org.guwah.store.audit.AuditRecord;
import org.guwah.store.crypto.ChunkCipher;
import org.guwah.store.crypto.KeyRetirement;
import org.guwah.store.crypto.KeyRing;
import org.guwah.web.testing.TestServer;
import org.guwah.web.testing.TestServer.Caller;
import org.guwah.web.testing.TestServer.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * A key rotation through the API re-seals the attachments too (after the record tables): once it
 * has finished, the old key can be retired and every attachment still opens, content and label;
 * a key ring that holds only the old key opens none of them.
 */
class AttachmentKeyRotationIT {
  private static final String NAME = "qanari-voice-note.txt";

  @TempDir Path tmp;

  private static Path copyKeys(Path from, Path to) throws IOException {
    Files.createDirectories(to, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).toList()) {
        Files.copy(f, to.resolve(f.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
      }
    }
    return to;
  }

  @Test
  void afterRotationAndRetiringTheOldKeyEveryAttachmentStillOpens() throws Exception {
    try (TestServer server = TestServer.start()) {
      Caller admin = server.signedIn(Role.ADMINISTRATOR);
      Caller documenter = server.signedIn(Role.DOCUMENTER);
      FormClient forms = FormClient.of(server, documenter);
      Response person = documenter.send("POST", "/api/v1/persons", """
          {"names": [{"value": "Qanarim Rotatova", "script": "ULY"}], "sex": "FEMALE", "ethnicity": "UYGHUR",
           "consent": {"purposes": {}}}""");
      assertThat(person.status()).as(person.body()).isEqualTo(201);
      String path = "/api/v1/persons/" + person.json().path("id").asString() + "/attachments";
      byte[] chat = AttachmentApiIT.chatExport(3 * 1024 * 1024 + 17);
      FormClient.Answer text = forms.post(path, FormClient.form().field("caption", "qanari caption")
          .file("file", NAME, "text/plain", chat).bytes());
      FormClient.Answer image = forms.post(path, FormClient.form().file("file", "photo.jpg", "image/jpeg",
          TestFiles.jpegWithMetadata()).bytes());
      assertThat(text.status()).as(text.toString()).isEqualTo(201);
      assertThat(image.status()).as(image.toString()).isEqualTo(201);
      UUID textId = UUID.fromString(text.json().path("id").asString());
      UUID imageId = UUID.fromString(image.json().path("id").asString());
      byte[] imageBytes = forms.get("/api/v1/attachments/" + imageId + "/content").body();
      Path keys = server.keys().directory();
      Path oldOnly = copyKeys(keys, tmp.resolve("old"));

      Response started = admin.send("POST", "/api/v1/keys/rotation", null);
      assertThat(started.status()).as(started.body()).isEqualTo(200);
      JsonNode done = started.json();
      for (int i = 0; i < 600 && done.path("state").asString().equals("running"); i++) {
        Thread.sleep(100);
        done = admin.get("/api/v1/keys/rotation").json();
      }
      assertThat(done.path("state").asString()).as(done.toString()).isEqualTo("finished");
      JsonNode attachments = null;
      for (JsonNode t : done.path("tables")) {
        if (t.path("kind").asString().equals("attachment")) {
          attachments = t;
        }
      }
      assertThat(attachments).as(done.toString()).isNotNull();
      assertThat(attachments.path("done").asLong()).isEqualTo(2);
      assertThat(attachments.path("resealed").asLong()).isEqualTo(2);
      assertThat(attachments.path("unreadable").asLong()).isZero();

      ChunkCipher chunks = ChunkCipher.of(server.keys());
      List<byte[]> sealed = server.cases().jdbi().withHandle(h -> h.createQuery(
          "select sealed from attachment_chunk union all select provenance from attachment"
              + " union all select label from attachment").mapTo(byte[].class).list());
      assertThat(sealed).hasSizeGreaterThan(5).allMatch(chunks::sealedWithPrimary);

      Path retired = copyKeys(keys, tmp.resolve("retired"));
      assertThat(KeyRetirement.keepOnlyPrimaryFieldKey(retired)).isEqualTo(1);
      AttachmentStore afterRetirement = AttachmentStore.create(server.cases().jdbi(), KeyRing.open(retired),
          Clock.systemUTC(), Ids.system());
      assertThat(read(afterRetirement, textId)).isEqualTo(chat);
      assertThat(read(afterRetirement, imageId)).isEqualTo(imageBytes);
      assertThat(afterRetirement.openLabel(afterRetirement.get(textId).orElseThrow()).fileName()).isEqualTo(NAME);
      assertThat(afterRetirement.openLabel(afterRetirement.get(textId).orElseThrow()).caption())
          .isEqualTo("qanari caption");

      AttachmentStore withOldKeyOnly = AttachmentStore.create(server.cases().jdbi(), KeyRing.open(oldOnly),
          Clock.systemUTC(), Ids.system());
      assertThatThrownBy(() -> withOldKeyOnly.get(textId)).isInstanceOf(AttachmentDamagedException.class);

      assertThat(forms.get("/api/v1/attachments/" + textId + "/content").body()).isEqualTo(chat);
      List<AuditEntry> finish = server.audit().list(0, 10_000).stream().map(AuditRecord::entry)
          .filter(e -> e != null && e.action() == AuditAction.KEY_ROTATE && "finish".equals(e.detail().get("step")))
          .toList();
      assertThat(finish).hasSize(1);
      assertThat((Long) finish.get(0).detail().get("resealed")).isGreaterThanOrEqualTo(3L);
    }
  }

  private static byte[] read(AttachmentStore store, UUID id) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    store.openVerified(id, out);
    return out.toByteArray();
  }
}
