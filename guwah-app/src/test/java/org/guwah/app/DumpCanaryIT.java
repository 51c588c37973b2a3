package org.guwah.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.guwah.app.demo.DemoData;
import org.guwah.app.demo.DemoDataset;
import org.guwah.core.consent.Consent;
import org.guwah.core.consent.ConsentEntry;
import org.guwah.core.geo.Place;
import org.guwah.core.ids.Ids;
import org.guwah.core.people.Contact;
import org.guwah.core.people.Person;
import org.guwah.core.people.PersonName;
import org.guwah.core.sources.Source;
import org.guwah.core.time.FuzzyDate;
import org.guwah.store.cases.CaseStore;
import org.guwah.store.crypto.KeyRing;
import org.guwah.store.db.Database;
import org.guwah.store.db.DatabaseOptions;
import org.guwah.store.db.PostgresJdbcUrl;
import org.guwah.store.testing.FreshDatabase;
import org.guwah.store.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No identity value of the demo data, nor of canary records, appears in clear in the database: in
 * a raw pg_dump of it (external server), or anywhere in the embedded cluster's files — tables,
 * indexes, WAL and server log — after a checkpoint.
 */
class DumpCanaryIT {
  static final List<String> CANARIES = List.of("Qanarimemet Canaryjan", "قانارىمەمەت كانارىجان", "卡纳热麦麦提·卡纳热江",
      "+90 555 019 7311", "canary_wx_88120", "CANARY-NOTE-horse-battery", "Canaryvillage", "CANARY testimony: the police called");

  @TempDir Path work;

  @Test
  void noIdentityValueIsStoredInClear() throws Exception {
    List<String> secrets = new ArrayList<>(CANARIES);
    if (TestDatabases.kind().equals("external")) {
      try (FreshDatabase fresh = TestDatabases.create()) {
        try (Database db = fresh.open()) {
          secrets.addAll(load(db));
        }
        String dump = pgDump(fresh);
        assertThat(dump).contains("CREATE TABLE public.person").contains("UYGHUR");
        assertNoneIn(dump, secrets, "pg_dump");
      }
    } else {
      Path data = work.resolve("data");
      try (Database db = Database.open(DatabaseOptions.embedded(data, 2))) {
        db.migrate();
        secrets.addAll(load(db));
        db.jdbi().useHandle(h -> h.execute("checkpoint"));
      }
      long scanned = 0;
      try (Stream<Path> files = Files.walk(data.resolve("pg"))) {
        for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
          String raw = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
          assertNoneIn(raw, secrets, f.toString());
          scanned += raw.length();
        }
      }
      assertThat(scanned).isGreaterThan(1_000_000);
    }
  }

  /** Loads the demo data and a canary person; returns the identity values that must not show. */
  private List<String> load(Database db) {
    CaseStore store = CaseStore.create(db.jdbi(), KeyRing.create(work.resolve("keys")), Clock.systemUTC(), Ids.system());
    ServeCommand.loadDemo(store, 7);
    Person canary = store.persons().create(new Person(null, 0,
        List.of(new PersonName(CANARIES.get(0), "ULY", null), new PersonName(CANARIES.get(1), "UEY", null),
            new PersonName(CANARIES.get(2), "HANZI", null)),
        "MALE", FuzzyDate.parse("1977-07-07"), null, "UYGHUR", new Place("CN", "653222", "Canaryvillage", null), "TR",
        List.of(new Contact("PHONE", CANARIES.get(3)), new Contact("WECHAT", CANARIES.get(4))), null, "FULL", false,
        Consent.none().with("AGGREGATE_STATISTICS", ConsentEntry.granted(LocalDate.of(2020, 1, 1), "WRITTEN")),
        CANARIES.get(5), List.of()));
    store.sources().create(new Source(null, 0, "INTERVIEW", canary.id(), null, null, "en", null, Consent.none(), null,
        null, CANARIES.get(7)));
    List<String> values = new ArrayList<>();
    DemoDataset demo = DemoData.generate(7);
    for (Person p : demo.persons()) {
      p.names().stream().map(PersonName::value).filter(v -> v.length() >= 8).forEach(values::add);
      p.contacts().stream().map(Contact::value).forEach(values::add);
      if (p.idNumber() != null) {
        values.add(p.idNumber());
      }
    }
    assertThat(values).hasSizeGreaterThan(500);
    return values;
  }

  private static String pgDump(FreshDatabase fresh) throws IOException, InterruptedException {
    PostgresJdbcUrl url = PostgresJdbcUrl.parse(fresh.jdbcUrl());
    String host = url.hosts().split(",")[0];
    List<String> cmd = new ArrayList<>(List.of("pg_dump", "--no-owner", "--host", host.split(":")[0], "--port",
        host.contains(":") ? host.split(":")[1] : "5432", "--username",
        fresh.user() != null ? fresh.user() : url.user().orElse("postgres"), url.database()));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(false);
    if (fresh.password() != null) {
      pb.environment().put("PGPASSWORD", fresh.password());
    }
    Process p = pb.start();
    byte[] out = p.getInputStream().readAllBytes();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(err).isZero();
    return new String(out, StandardCharsets.UTF_8);
  }

  private static void assertNoneIn(String haystack, List<String> secrets, String where) {
    for (String s : secrets) {
      // compare raw UTF-8 bytes (the haystack is read byte-for-char where it is binary)
      String needle = haystack.contains("CREATE TABLE") ? s : new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
      assertThat(haystack.contains(needle)).as("an identity value appears in clear in " + where).isFalse();
    }
  }
}
