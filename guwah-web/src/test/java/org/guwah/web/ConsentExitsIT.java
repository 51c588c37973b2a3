package org.guwah.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.guwah.store.accounts.Role;
import org.guwah.web.testing.TestServer;
import org.guwah.web.testing.TestServer.Caller;
import org.guwah.web.testing.TestServer.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Canary records whose consent forbids each purpose in turn, created by one documenter, then read
 * through the API by every role: no identity value reaches a reader the consent and role do not
 * allow — not in lists, single reads, look-ups or error answers — and withdrawal acts at once.
 */
class ConsentExitsIT {
  static final String[] PURPOSES = {"INTERNAL_ANALYSIS", "AGGREGATE_STATISTICS", "PUBLIC_PROFILE", "UN_SUBMISSION",
      "PARTNER_SHARING"};
  static TestServer server;
  static Caller owner;
  static Caller otherDocumenter;
  static Caller analyst;
  static Caller publisher;
  static Caller partner;
  /** purpose refused → (person id, canary name) */
  static final Map<String, String[]> canaries = new LinkedHashMap<>();
  static String relativeId;
  static final String RELATIVE = "Qanarihan Tursunjanova";
  static final String TESTIMONY = "canary testimony: the officer Qanariyev called on 3 May";

  static String name(String purpose) {
    return "Qanari" + purpose.substring(0, 4).toLowerCase() + " Canarybek";
  }

  static String consentRefusing(String refused) {
    StringBuilder b = new StringBuilder("{\"purposes\": {");
    for (String p : PURPOSES) {
      if (b.charAt(b.length() - 1) != '{') {
        b.append(", ");
      }
      b.append('"').append(p).append("\": ").append(p.equals(refused)
          ? "{\"status\": \"REFUSED\", \"recordedOn\": \"2019-04-01\"}"
          : "{\"status\": \"GRANTED\", \"recordedOn\": \"2019-04-01\", \"method\": \"WRITTEN\"}");
    }
    return b.append("}}").toString();
  }

  static String person(String name, String phone, String consent) {
    return """
        {"names": [{"value": "%s", "script": "ULY"}], "sex": "MALE", "birth": "1990-01-01", "ethnicity": "UYGHUR",
         "residenceCountry": "TR", "contacts": [{"kind": "PHONE", "value": "%s"}], "consent": %s,
         "notes": "canary notes of %s"}
        """.formatted(name, phone, consent, name);
  }

  @BeforeAll
  static void start() {
    server = TestServer.start();
    owner = server.signedIn(Role.DOCUMENTER);
    otherDocumenter = server.signedIn(Role.DOCUMENTER);
    analyst = server.signedIn(Role.ANALYST);
    publisher = server.signedIn(Role.PUBLISHER);
    partner = server.signedIn(Role.PARTNER);
    int i = 0;
    for (String p : PURPOSES) {
      Response r = owner.send("POST", "/api/v1/persons", person(name(p), "+90 555 000 11" + (10 + i++), consentRefusing(p)));
      assertThat(r.status()).as(r.body()).isEqualTo(201);
      canaries.put(p, new String[] {r.json().path("id").asString(), name(p)});
    }
    Response source = owner.send("POST", "/api/v1/sources", """
        {"kind": "INTERVIEW", "consent": %s, "testimony": "%s"}""".formatted(consentRefusing("PUBLIC_PROFILE"), TESTIMONY));
    assertThat(source.status()).as(source.body()).isEqualTo(201);
    Response relative = owner.send("POST", "/api/v1/persons", """
        {"names": [{"value": "%s", "script": "ULY"}], "protectedThirdParty": true, "sourceIds": ["%s"]}"""
        .formatted(RELATIVE, source.json().path("id").asString()));
    assertThat(relative.status()).as(relative.body()).isEqualTo(201);
    relativeId = relative.json().path("id").asString();
    UUID partnerId = UUID.fromString(partner.get("/api/v1/session").json().path("accountId").asString());
    UUID ownerId = UUID.fromString(owner.get("/api/v1/session").json().path("accountId").asString());
    for (String[] c : canaries.values()) {
      server.cases().share("person", UUID.fromString(c[0]), partnerId, ownerId);
    }
    server.cases().share("person", UUID.fromString(relativeId), partnerId, ownerId);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static List<String> secrets() {
    List<String> all = new ArrayList<>();
    canaries.values().forEach(c -> all.add(c[1]));
    all.add("Qanari");
    all.add("Canarybek");
    all.add("+90 555 000");
    all.add("canary notes");
    all.add(RELATIVE);
    all.add("Qanariyev");
    all.add("1990-01-01");
    return all;
  }

  /** Everything a caller can read about the canaries. */
  static String everythingSeenBy(Caller c) {
    StringBuilder seen = new StringBuilder();
    seen.append(c.get("/api/v1/persons?limit=500").body());
    seen.append(c.get("/api/v1/sources?limit=500").body());
    for (String[] canary : canaries.values()) {
      seen.append(c.get("/api/v1/persons/" + canary[0]).body());
    }
    seen.append(c.get("/api/v1/persons/" + relativeId).body());
    seen.append(c.send("POST", "/api/v1/persons/lookup", "{\"name\": \"" + canaries.get("PUBLIC_PROFILE")[1] + "\"}").body());
    return seen.toString();
  }

  @Test
  void theOwnerSeesTheirRecordsInFull() {
    String seen = everythingSeenBy(owner);
    for (String s : secrets()) {
      assertThat(seen).contains(s);
    }
  }

  @Test
  void analystsPublishersAndOtherDocumentersSeeNoIdentityAndNothingRefusedForAnalysis() {
    for (Caller c : List.of(analyst, publisher, otherDocumenter)) {
      String seen = everythingSeenBy(c);
      for (String s : secrets()) {
        assertThat(seen).doesNotContain(s);
      }
      String refused = canaries.get("INTERNAL_ANALYSIS")[0];
      assertThat(c.get("/api/v1/persons/" + refused).status()).isEqualTo(404);
      assertThat(c.get("/api/v1/persons?limit=500").body()).doesNotContain(refused);
      String allowed = canaries.get("PUBLIC_PROFILE")[0];
      Response coded = c.get("/api/v1/persons/" + allowed);
      assertThat(coded.status()).isEqualTo(200);
      assertThat(coded.json().path("names").size()).isZero();
      assertThat(coded.json().path("residenceCountry").asString()).isEqualTo("TR");
    }
  }

  @Test
  void partnersSeeOnlySharedRecordsConsentedForSharingAndNoProtectedRelative() {
    String seen = everythingSeenBy(partner);
    for (String p : PURPOSES) {
      if (p.equals("PARTNER_SHARING")) {
        assertThat(seen).doesNotContain(name(p));
        assertThat(partner.get("/api/v1/persons/" + canaries.get(p)[0]).status()).isEqualTo(404);
      } else {
        assertThat(seen).contains(name(p));
      }
    }
    assertThat(seen).doesNotContain(RELATIVE).doesNotContain("Qanariyev");
  }

  @Test
  void nobodyButTheOwnerMayChangeARecord() {
    String id = canaries.get("PUBLIC_PROFILE")[0];
    String update = person(name("PUBLIC_PROFILE"), "+90 555 000 1999", consentRefusing("PUBLIC_PROFILE"))
        .replaceFirst("\\{", "{\"version\": 1,");
    assertThat(otherDocumenter.send("PUT", "/api/v1/persons/" + id, update).status()).isEqualTo(403);
    assertThat(analyst.send("PUT", "/api/v1/persons/" + id, update).code()).isEqualTo("forbidden");
  }

  @Test
  void errorAnswersNeverEchoTheCanaries() {
    String bad = person(name("UN_SUBMISSION"), "+90 555 000 1777", "{\"purposes\": {\"NO_SUCH\": {}}}")
        .replace("\"MALE\"", "\"" + name("UN_SUBMISSION") + "\"");
    Response r = owner.send("POST", "/api/v1/persons", bad);
    assertThat(r.status()).isEqualTo(400);
    for (String s : secrets()) {
      assertThat(r.body()).doesNotContain(s);
    }
  }

  @Test
  void identityReadsAreAuditedWithoutValuesAndTheChainHolds() {
    long before = server.audit().lastSeq();
    everythingSeenBy(analyst);
    long afterAnalyst = server.audit().lastSeq();
    assertThat(server.audit().list(before + 1, 1000)).noneMatch(r -> r.entry() != null
        && r.entry().action() == org.guwah.store.audit.AuditAction.READ_IDENTITY);
    everythingSeenBy(owner);
    var entries = server.audit().list(afterAnalyst + 1, 1000);
    assertThat(entries).anyMatch(r -> r.entry() != null
        && r.entry().action() == org.guwah.store.audit.AuditAction.READ_IDENTITY
        && r.entry().recordIds().contains(UUID.fromString(canaries.get("PUBLIC_PROFILE")[0])));
    String dump = server.cases().jdbi().withHandle(h -> String.join("\n",
        h.createQuery("select t::text from audit_event t").mapTo(String.class).list()));
    for (String s : secrets()) {
      assertThat(dump).doesNotContain(s);
    }
    assertThat(server.audit().verify().ok()).isTrue();
  }

  @Test
  void anAnalystUnlocksOneRecordForAPurposeItsConsentAllowsAndItIsAudited() {
    Caller unlocking = server.signedIn(Role.ANALYST);
    String id = canaries.get("PUBLIC_PROFILE")[0];
    String name = canaries.get("PUBLIC_PROFILE")[1];
    assertThat(unlocking.get("/api/v1/persons/" + id).body()).doesNotContain(name);
    Response refusedPurpose = unlocking.send("POST", "/api/v1/unlocks",
        "{\"kind\": \"person\", \"id\": \"" + id + "\", \"purpose\": \"PUBLIC_PROFILE\"}");
    assertThat(refusedPurpose.status()).isEqualTo(404);
    Response notForAnalysis = unlocking.send("POST", "/api/v1/unlocks", "{\"kind\": \"person\", \"id\": \""
        + canaries.get("INTERNAL_ANALYSIS")[0] + "\", \"purpose\": \"UN_SUBMISSION\"}");
    assertThat(notForAnalysis.status()).isEqualTo(404);
    long before = server.audit().lastSeq();
    Response granted = unlocking.send("POST", "/api/v1/unlocks",
        "{\"kind\": \"person\", \"id\": \"" + id + "\", \"purpose\": \"UN_SUBMISSION\"}");
    assertThat(granted.status()).as(granted.body()).isEqualTo(200);
    assertThat(unlocking.get("/api/v1/persons/" + id).body()).contains(name);
    assertThat(unlocking.get("/api/v1/persons?limit=500").body()).contains(name)
        .doesNotContain(canaries.get("AGGREGATE_STATISTICS")[1]);
    assertThat(analyst.get("/api/v1/persons/" + id).body()).as("another session").doesNotContain(name);
    assertThat(publisher.send("POST", "/api/v1/unlocks",
        "{\"kind\": \"person\", \"id\": \"" + id + "\", \"purpose\": \"UN_SUBMISSION\"}").status()).isEqualTo(403);
    var entries = server.audit().list(before + 1, 100);
    assertThat(entries).anyMatch(r -> r.entry() != null
        && r.entry().action() == org.guwah.store.audit.AuditAction.UNLOCK_IDENTITY
        && "UN_SUBMISSION".equals(r.entry().purpose()) && r.entry().recordIds().contains(UUID.fromString(id)));
    assertThat(entries).anyMatch(r -> r.entry() != null
        && r.entry().action() == org.guwah.store.audit.AuditAction.READ_IDENTITY
        && r.entry().recordIds().contains(UUID.fromString(id)));
  }

  @Test
  void withdrawalHidesTheRecordAtOnce() {
    Response created = owner.send("POST", "/api/v1/persons", person("Qanariwith Drawnova", "+90 555 000 1888",
        consentRefusing("PUBLIC_PROFILE")));
    String id = created.json().path("id").asString();
    assertThat(analyst.get("/api/v1/persons/" + id).json().path("residenceCountry").asString()).isEqualTo("TR");
    Response moved = owner.send("PUT", "/api/v1/persons/" + id, person("Qanariwith Drawnova", "+90 555 000 1888",
        consentRefusing("PUBLIC_PROFILE")).replace("\"TR\"", "\"DE\"").replaceFirst("\\{", "{\"version\": 1,"));
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    assertThat(analyst.get("/api/v1/persons/" + id).json().path("residenceCountry").asString())
        .as("a coded read remembered before the change is not served after it").isEqualTo("DE");
    String withdrawn = consentRefusing("PUBLIC_PROFILE").replaceFirst(
        "\"INTERNAL_ANALYSIS\": \\{[^}]*}",
        "\"INTERNAL_ANALYSIS\": {\"status\": \"WITHDRAWN\", \"recordedOn\": \"2019-04-01\", \"method\": \"WRITTEN\","
            + " \"withdrawnOn\": \"2020-01-01\"}");
    Response updated = owner.send("PUT", "/api/v1/persons/" + id,
        person("Qanariwith Drawnova", "+90 555 000 1888", withdrawn).replaceFirst("\\{", "{\"version\": 2,"));
    assertThat(updated.status()).as(updated.body()).isEqualTo(200);
    assertThat(analyst.get("/api/v1/persons/" + id).status()).isEqualTo(404);
    assertThat(analyst.get("/api/v1/persons?limit=500").body()).doesNotContain(id);
  }
}
