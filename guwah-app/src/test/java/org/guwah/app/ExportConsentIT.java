package org.guwah.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.guwah.store.testing.FreshDatabase;
import org.guwah.store.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `guwah export json --purpose P` with canary persons whose consent refuses each purpose in turn, and
 * a protected relative reported by a testimony: each export holds exactly what consent allows for P.
 */
class ExportConsentIT {
  static final String[] PURPOSES = {"INTERNAL_ANALYSIS", "AGGREGATE_STATISTICS", "PUBLIC_PROFILE", "UN_SUBMISSION",
      "PARTNER_SHARING"};
  static final String RELATIVE = "Qanariexport Relativeova";
  static final String SOURCE_ID = "01900000-0000-7000-8000-0000000000aa";

  @TempDir Path work;
  FreshDatabase db;
  String url;

  @BeforeEach
  void fresh() {
    db = TestDatabases.create();
    url = GuwahProcess.dbUrl(db);
  }

  @AfterEach
  void drop() {
    db.close();
  }

  int guwah(String... args) {
    return InProcessCli.run(url, work.resolve("data"), args).exit();
  }

  static String name(String purpose) {
    return "Qanari" + purpose.substring(0, 5).toLowerCase() + " Exportbek";
  }

  static String consent(String refused) {
    List<String> parts = new ArrayList<>();
    for (String p : PURPOSES) {
      parts.add("\"" + p + "\": " + (p.equals(refused) ? "{\"status\": \"REFUSED\", \"recordedOn\": \"2019-04-01\"}"
          : "{\"status\": \"GRANTED\", \"recordedOn\": \"2019-04-01\", \"method\": \"WRITTEN\"}"));
    }
    return "{\"purposes\": {" + String.join(", ", parts) + "}}";
  }

  @Test
  void eachExportHoldsExactlyWhatConsentAllowsForItsPurpose() throws Exception {
    List<String> persons = new ArrayList<>();
    for (String p : PURPOSES) {
      persons.add("{\"names\": [{\"value\": \"" + name(p) + "\", \"script\": \"ULY\"}], \"consent\": " + consent(p) + "}");
    }
    persons.add("{\"names\": [{\"value\": \"" + RELATIVE + "\", \"script\": \"ULY\"}], \"protectedThirdParty\": true,"
        + " \"sourceIds\": [\"" + SOURCE_ID + "\"]}");
    String bundle = "{\"sources\": [{\"id\": \"" + SOURCE_ID + "\", \"kind\": \"INTERVIEW\", \"consent\": "
        + consent("PARTNER_SHARING") + "}], \"persons\": [" + String.join(", ", persons)
        + "], \"incidents\": [], \"detentions\": [], \"relationships\": []}";
    Path in = work.resolve("canaries.json");
    Files.writeString(in, bundle);
    assertThat(guwah("import", "json", in.toString())).isZero();

    Path refused = work.resolve("nothing.json");
    assertThat(guwah("export", "json", "--out", refused.toString())).as("a purpose or --all is required").isNotZero();
    assertThat(refused).doesNotExist();

    for (String purpose : PURPOSES) {
      Path out = work.resolve("export-" + purpose + ".json");
      assertThat(guwah("export", "json", "--purpose", purpose, "--out", out.toString())).isZero();
      String text = Files.readString(out);
      for (String other : PURPOSES) {
        if (other.equals(purpose)) {
          assertThat(text).as(purpose + " export").doesNotContain(name(other));
        } else {
          assertThat(text).as(purpose + " export").contains(name(other));
        }
      }
      boolean relativeAllowed = !purpose.equals("PUBLIC_PROFILE") && !purpose.equals("PARTNER_SHARING");
      if (relativeAllowed) {
        assertThat(text).as(purpose + " export").contains(RELATIVE);
      } else {
        assertThat(text).as(purpose + " export").doesNotContain(RELATIVE);
      }
    }
    Path all = work.resolve("all.json");
    assertThat(guwah("export", "json", "--all", "--out", all.toString())).isZero();
    assertThat(Files.readString(all)).contains(RELATIVE, name("PUBLIC_PROFILE"));
    List<String> actions = new ArrayList<>();
    try (var c = java.sql.DriverManager.getConnection(url);
        var rs = c.createStatement().executeQuery("select action, coalesce(purpose, '') from audit_event order by seq")) {
      while (rs.next()) {
        actions.add(rs.getString(1) + ":" + rs.getString(2));
      }
    }
    assertThat(actions).startsWith("import:").contains("export:PUBLIC_PROFILE", "export:UN_SUBMISSION", "export:");
    assertThat(guwah("audit", "verify")).isZero();
  }
}
