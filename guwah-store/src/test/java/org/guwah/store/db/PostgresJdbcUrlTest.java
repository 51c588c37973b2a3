package org.guwah.store.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PostgresJdbcUrlTest {

  @Test
  void readsEndpointAndCredentials() {
    PostgresJdbcUrl url =
        PostgresJdbcUrl.parse("jdbc:postgresql://db.example:6543/cases?user=alice&password=s3cret");

    assertThat(url.hosts()).isEqualTo("db.example:6543");
    assertThat(url.database()).isEqualTo("cases");
    assertThat(url.user()).contains("alice");
    assertThat(url.password()).contains("s3cret");
  }

  @Test
  void defaultsPortAndReadsMultipleHosts() {
    assertThat(PostgresJdbcUrl.parse("jdbc:postgresql://h1/db").hosts()).isEqualTo("h1:5432");
    assertThat(PostgresJdbcUrl.parse("jdbc:postgresql://h1:1,h2:2/db").hosts()).isEqualTo("h1:1,h2:2");
  }

  @Test
  void redactsQueryInToString() {
    PostgresJdbcUrl url =
        PostgresJdbcUrl.parse("jdbc:postgresql://127.0.0.1:5432/test?user=postgres&password=s3cret");

    assertThat(url.toString()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/test");
    assertThat(url.redacted()).doesNotContain("s3cret").doesNotContain("user");
  }

  @Test
  void swapsDatabaseKeepingHostsAndParameters() {
    PostgresJdbcUrl url = PostgresJdbcUrl.parse("jdbc:postgresql://127.0.0.1:5432/test?user=postgres");

    PostgresJdbcUrl other = url.withDatabase("guwah_t_00ff");

    assertThat(other.value()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/guwah_t_00ff?user=postgres");
    assertThat(PostgresJdbcUrl.parse("jdbc:postgresql://h:1/?ssl=true").withDatabase("x").value())
        .isEqualTo("jdbc:postgresql://h:1/x?ssl=true");
    assertThat(PostgresJdbcUrl.parse("jdbc:postgresql:test").withDatabase("x").value())
        .isEqualTo("jdbc:postgresql:x");
    assertThat(url.withDatabase("a b").database()).isEqualTo("a b");
  }

  @Test
  void dropsOnlyCredentialParameters() {
    assertThat(
            PostgresJdbcUrl.parse("jdbc:postgresql://h:1/db?user=u&ssl=true&password=p&ApplicationName=x")
                .withoutCredentials()
                .value())
        .isEqualTo("jdbc:postgresql://h:1/db?ssl=true&ApplicationName=x");
    assertThat(PostgresJdbcUrl.parse("jdbc:postgresql://h:1/db?password=p").withoutCredentials().value())
        .isEqualTo("jdbc:postgresql://h:1/db");
    assertThat(PostgresJdbcUrl.parse("jdbc:postgresql://h:1/db").withoutCredentials().value())
        .isEqualTo("jdbc:postgresql://h:1/db");
  }

  @Test
  void rejectsOtherUrlsWithoutRepeatingThem() {
    assertThatThrownBy(() -> PostgresJdbcUrl.parse("jdbc:mysql://h/db?password=s3cret"))
        .isInstanceOf(IllegalArgumentException.class)
        .message()
        .doesNotContain("s3cret");
    assertThatThrownBy(() -> PostgresJdbcUrl.parse("jdbc:postgresql://h:notaport/db"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
