package org.guwah.web.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.guwah.store.accounts.Role;
import org.guwah.store.audit.AuditAction;
import org.guwah.store.audit.AuditRecord;
import org.guwah.store.cases.RecordStore;
import org.guwah.web.testing.TestServer;
import org.guwah.web.testing.TestServer.Caller;
import org.guwah.web.testing.TestServer.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The server remembers list pages between requests (RecordStore, migration V10): every change of
 * what a list may show takes effect on the very next request when it is made through the server
 * (consent withdrawal, a partner share ended, a sign-out), within a fraction of a second when another
 * process writes to the database (change notices), and a page answered from memory is still audited
 * as an identity read every time. Each list is asked twice before the change, so that the second
 * answer comes from memory.
 */
class ListMemoryIT {
  private static final String LIST = "/api/v1/persons?limit=500";
  static TestServer server;
  static Caller owner;
  static Caller analyst;
  static Caller partner;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    owner = server.signedIn(Role.DOCUMENTER);
    analyst = server.signedIn(Role.ANALYST);
    partner = server.signedIn(Role.PARTNER);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static String consent(String analysis) {
    return "{\"purposes\": {\"INTERNAL_ANALYSIS\": " + analysis + ", \"PARTNER_SHARING\": "
        + "{\"status\": \"GRANTED\", \"recordedOn\": \"2019-04-01\", \"method\": \"WRITTEN\"}}}";
  }

  static final String GRANTED = "{\"status\": \"GRANTED\", \"recordedOn\": \"2019-04-01\", \"method\": \"WRITTEN\"}";
  static final String WITHDRAWN = "{\"status\": \"WITHDRAWN\", \"recordedOn\": \"2019-04-01\", \"method\": \"WRITTEN\","
      + " \"withdrawnOn\": \"2020-01-01\"}";

  static String person(String name, String consent) {
    return """
        {"names": [{"value": "%s", "script": "ULY"}], "sex": "FEMALE", "ethnicity": "UYGHUR",
         "residenceCountry": "KZ", "consent": %s}
        """.formatted(name, consent);
  }

  static String create(String name) {
    Response r = owner.send("POST", "/api/v1/persons", person(name, consent(GRANTED)));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().path("id").asString();
  }

  static void seenTwice(Caller c, String id) {
    assertThat(c.get(LIST).body()).contains(id);
    assertThat(c.get(LIST).body()).contains(id);
  }

  @Test
  void aConsentWithdrawalThroughTheServerHidesTheRecordFromTheNextList() {
    String id = create("Memora Withdrawnova");
    seenTwice(analyst, id);
    Response withdrawn = owner.send("PUT", "/api/v1/persons/" + id,
        person("Memora Withdrawnova", consent(WITHDRAWN)).replaceFirst("\\{", "{\"version\": 1,"));
    assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
    assertThat(analyst.get(LIST).body()).doesNotContain(id);
  }

  @Test
  void aChangeOfAnotherFieldShowsOnTheNextList() {
    String id = create("Memora Movedova");
    seenTwice(analyst, id);
    Response moved = owner.send("PUT", "/api/v1/persons/" + id,
        person("Memora Movedova", consent(GRANTED)).replace("\"KZ\"", "\"NO\"").replaceFirst("\\{", "{\"version\": 1,"));
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    assertThat(analyst.get(LIST).body()).contains("\"NO\"");
  }

  @Test
  void aWithdrawalWrittenByAnotherProcessIsNoticedWithinASecond() throws InterruptedException {
    String id = create("Memora Elsewherova");
    seenTwice(analyst, id);
    // Straight SQL on the database, as `guwah import` or another server would write: this server's
    // memory learns of it only through the database's change notice.
    int changed = server.cases().jdbi().withHandle(h -> h.createUpdate("update person set consent = jsonb_set(consent,"
            + " '{purposes,INTERNAL_ANALYSIS}', cast(:withdrawn as jsonb)), version = version + 1 where id = :id")
        .bind("withdrawn", WITHDRAWN).bind("id", UUID.fromString(id)).execute());
    assertThat(changed).isEqualTo(1);
    long deadline = System.nanoTime() + 1_000_000_000L; // well within a page's lifetime
    boolean gone = false;
    while (!gone && System.nanoTime() < deadline) {
      gone = !analyst.get(LIST).body().contains(id);
      if (!gone) {
        Thread.sleep(20);
      }
    }
    assertThat(gone).as("hidden within 1 s, a page living %s", RecordStore.PAGE_LIFETIME).isTrue();
  }

  @Test
  void anEndedPartnerShareHidesTheRecordFromThePartnersNextList() {
    String id = create("Memora Sharedova");
    UUID partnerId = UUID.fromString(partner.get("/api/v1/session").json().path("accountId").asString());
    UUID ownerId = UUID.fromString(owner.get("/api/v1/session").json().path("accountId").asString());
    assertThat(partner.get(LIST).body()).doesNotContain(id);
    server.cases().share("person", UUID.fromString(id), partnerId, ownerId);
    seenTwice(partner, id);
    server.cases().unshare("person", UUID.fromString(id), partnerId);
    assertThat(partner.get(LIST).body()).doesNotContain(id);
  }

  @Test
  void aSignedOutSessionGetsNoMoreLists() {
    Caller leaving = server.signedIn(Role.ANALYST);
    assertThat(leaving.get(LIST).status()).isEqualTo(200);
    assertThat(leaving.get(LIST).status()).isEqualTo(200);
    assertThat(leaving.send("DELETE", "/api/v1/session", null).status()).isBetween(200, 204);
    assertThat(leaving.get(LIST).status()).isEqualTo(401);
  }

  @Test
  void everyListShowingIdentityIsAuditedAlsoWhenAnsweredFromMemory() {
    String id = create("Memora Auditova");
    long before = server.audit().lastSeq();
    for (int i = 0; i < 3; i++) {
      assertThat(owner.get(LIST).body()).contains("Memora Auditova");
    }
    List<AuditRecord> entries = server.audit().list(before + 1, 100);
    assertThat(entries).filteredOn(r -> r.entry() != null && r.entry().action() == AuditAction.READ_IDENTITY
        && r.entry().recordIds().contains(UUID.fromString(id))).hasSize(3);
  }
}
