package org.guwah.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.guwah.app.demo.DemoData;
import org.guwah.store.testing.FreshDatabase;
import org.guwah.store.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kill -9 during a 100,000-row import leaves all or none of the file. */
class ImportKillIT {
  static final int ROWS = 100_000;
  @TempDir Path work;

  static long count(String url) throws SQLException {
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select count(*) from person")) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      if ("42P01".equals(e.getSQLState())) {
        return 0; // killed before the schema was created
      }
      throw e;
    }
  }

  @Test
  void killDuringImportLeavesAllOrNothing() throws Exception {
    Path csv = work.resolve("persons.csv");
    try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      DemoData.writePersonsCsv(42, ROWS, w);
    }
    try (FreshDatabase db = TestDatabases.create()) {
      String url = GuwahProcess.dbUrl(db);
      try (GuwahProcess p = GuwahProcess.start(work, "import", "csv", csv.toString(), "--db", url, "--data",
          work.resolve("data").toString())) {
        long deadline = System.nanoTime() + 120_000_000_000L;
        // wait until rows are being written (progress lines), then kill -9 in the middle
        while (System.nanoTime() < deadline && p.process.isAlive() && !p.text().contains("importing")) {
          Thread.sleep(20);
        }
        assertThat(p.process.isAlive()).as("import still running when killed:\n" + p.text()).isTrue();
        p.process.destroyForcibly(); // SIGKILL
        p.process.waitFor();
        assertThat(p.process.exitValue()).isEqualTo(137);
      }
      long afterKill = count(url);
      assertThat(afterKill).isIn(0L, (long) ROWS);
      assertThat(afterKill).as("killed mid-write, so nothing may be committed").isZero();

      GuwahProcess.Result complete = GuwahProcess.run(work, 300, "import", "csv", csv.toString(), "--db", url, "--data",
          work.resolve("data").toString());
      assertThat(complete.exitCode()).as(complete.output()).isZero();
      assertThat(count(url)).isEqualTo(ROWS);
    }
  }
}
