package org.guwah.store.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DatabaseOptionsTest {

  @Test
  void embeddedWhenNoUrl() {
    DatabaseOptions options = DatabaseOptions.embedded(Path.of("data"), 5);

    assertThat(options.usesEmbeddedServer()).isTrue();
    assertThat(options.toString()).isEqualTo("DatabaseOptions[embedded data, poolSize=5]");
  }

  @Test
  void toStringHidesPasswordsAndUrlParameters() {
    DatabaseOptions options =
        DatabaseOptions.external(
            "jdbc:postgresql://10.0.0.5:5432/guwah?password=inurl", "guwah", "given", 4);

    assertThat(options.usesEmbeddedServer()).isFalse();
    assertThat(options.toString())
        .isEqualTo(
            "DatabaseOptions[jdbc:postgresql://10.0.0.5:5432/guwah, user=guwah, password=***, poolSize=4]");
  }

  @Test
  void validatesUrlAndPoolSize() {
    assertThatThrownBy(() -> DatabaseOptions.external("jdbc:h2:mem:x;PASSWORD=p", null, null, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .message()
        .doesNotContain("PASSWORD=p");
    assertThatThrownBy(() -> DatabaseOptions.embedded(Path.of("data"), 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DatabaseOptions.embedded(Path.of("data"), DatabaseOptions.MAX_POOL_SIZE + 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
