package org.guwah.web.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.guwah.core.consent.Consent;
import org.guwah.core.ids.Ids;
import org.guwah.core.people.Person;
import org.guwah.core.people.PersonName;
import org.guwah.core.time.FuzzyDate;
import org.guwah.store.accounts.Role;
import org.guwah.store.audit.AuditAction;
import org.guwah.store.audit.AuditEntry;
import org.guwah.store.audit.AuditRecord;
import org.guwah.store.cases.CaseStore;
import org.guwah.store.crypto.KeyRing;
import org.guwah.web.testing.TestServer;
import org.guwah.web.testing.TestServer.Caller;
import org.guwah.web.testing.TestServer.Response;
import org.junit.jupiter.api.Test;

/**
 * Key rotation through the API while a documenter keeps reading and writing: the job finishes,
 * every row ends up under the new primary key, nothing written meanwhile is lost.
 */
class KeyRotationIT {
  private static final String PATH = "/api/v1/keys/rotation";

  private static String person(String name, String notes, long version) {
    return """
        {%s"names": [{"value": "%s", "script": "ULY"}], "sex": "FEMALE", "ethnicity": "UYGHUR",
         "residenceCountry": "TR", "consent": {"purposes": {}}, "notes": "%s"}
        """.formatted(version > 0 ? "\"version\": " + version + ", " : "", name, notes);
  }

  @Test
  void aRotationReEncryptsEverythingWhileTheApiKeepsServing() throws Exception {
    try (TestServer server = TestServer.start()) {
      Caller admin = server.signedIn(Role.ADMINISTRATOR);
      Caller documenter = server.signedIn(Role.DOCUMENTER);
      UUID owner = UUID.fromString(documenter.get("/api/v1/session").json().path("accountId").asString());
      List<Person> bulk = new ArrayList<>();
      for (int i = 0; i < 3000; i++) {
        bulk.add(new Person(null, 0, List.of(new PersonName("Bulkjan Canaryev " + i, "ULY", null)), "MALE",
            FuzzyDate.parse("1980"), null, "UYGHUR", null, "TR", List.of(), null, null, false, Consent.none(),
            null, List.of()));
      }
      server.cases().inTransaction(h -> server.cases().persons().createAll(h, bulk, owner));
      Map<String, Long> versions = new LinkedHashMap<>();
      Map<String, String> notes = new LinkedHashMap<>();
      for (int i = 0; i < 10; i++) {
        Response r = documenter.send("POST", "/api/v1/persons", person("Qanari Rotajan " + i, "before", 0));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        versions.put(r.json().path("id").asString(), r.json().path("version").asLong());
      }

      Response none = admin.get(PATH);
      assertThat(none.status()).as(none.body()).isEqualTo(200);
      assertThat(none.json().path("state").asString()).isEqualTo("none");
      long oldPrimary = none.json().path("primaryKeyId").asLong();

      Response started = admin.send("POST", PATH, null);
      assertThat(started.status()).as(started.body()).isEqualTo(200);
      assertThat(started.json().path("primaryKeyId").asLong()).isNotEqualTo(oldPrimary);
      assertThat(started.body()).doesNotContain("\"value\"").doesNotContain("Canary");

      int round = 0;
      String state = started.json().path("state").asString();
      while (state.equals("running") || round < 2) {
        for (Map.Entry<String, Long> e : versions.entrySet()) {
          Response read = documenter.get("/api/v1/persons/" + e.getKey());
          assertThat(read.status()).as(read.body()).isEqualTo(200);
          String text = "round-" + round;
          Response written = documenter.send("PUT", "/api/v1/persons/" + e.getKey(),
              person("Qanari Rotajan", text, e.getValue()));
          assertThat(written.status()).as(written.body()).isEqualTo(200);
          e.setValue(written.json().path("version").asLong());
          notes.put(e.getKey(), text);
        }
        Response progress = admin.get(PATH);
        assertThat(progress.status()).isEqualTo(200);
        assertThat(progress.json().path("done").asLong()).isLessThanOrEqualTo(progress.json().path("total").asLong());
        state = progress.json().path("state").asString();
        round++;
        assertThat(round).as("rotation still running").isLessThan(2000);
      }

      Response done = admin.get(PATH);
      assertThat(done.json().path("state").asString()).as(done.body()).isEqualTo("finished");
      assertThat(done.json().path("finishedAt").isNull()).isFalse();
      assertThat(done.json().path("done").asLong()).isEqualTo(done.json().path("total").asLong())
          .isGreaterThanOrEqualTo(3010);
      assertThat(done.json().path("tables")).hasSize(9); // five record tables, two list tables, attachments, submissions

      KeyRing keys = server.keys();
      long notUnderPrimary = server.cases().jdbi().withHandle(h -> {
        long n = 0;
        for (String kind : List.of("person", "source", "incident", "detention", "relationship")) {
          for (byte[] identity : h.createQuery("select identity from " + kind).mapTo(byte[].class).list()) {
            n += keys.fieldCipher().sealedWithPrimary(identity) ? 0 : 1;
          }
        }
        return n;
      });
      assertThat(notUnderPrimary).isZero();

      for (Map.Entry<String, String> e : notes.entrySet()) {
        Response read = documenter.get("/api/v1/persons/" + e.getKey());
        assertThat(read.json().path("notes").asString()).isEqualTo(e.getValue());
        assertThat(read.json().path("version").asLong()).isEqualTo(versions.get(e.getKey()));
      }
      CaseStore reopened = CaseStore.create(server.cases().jdbi(), KeyRing.open(keys.directory()),
          Clock.systemUTC(), Ids.system());
      for (UUID id : server.cases().jdbi().withHandle(
          h -> h.createQuery("select id from person").mapTo(UUID.class).list())) {
        assertThat(reopened.persons().get(id)).isPresent();
      }

      List<AuditEntry> rotations = server.audit().list(0, 10_000).stream().map(AuditRecord::entry)
          .filter(e -> e != null && e.action() == AuditAction.KEY_ROTATE).toList();
      assertThat(rotations).extracting(e -> e.detail().get("step")).containsExactly("start", "finish");
      assertThat(rotations.get(1).detail()).containsEntry("state", "finished")
          .containsEntry("rows", done.json().path("done").asLong());
    }
  }
}
