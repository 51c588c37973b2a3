package org.guwah.store.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SchemaCatalogTest {
  @Test
  void referencedTablesComeFirstAndTiesGoByName() {
    assertThat(SchemaCatalog.dependencyOrder(
            Set.of("relationship", "person", "source", "incident", "consent_event", "audit_event"),
            Map.of("relationship", Set.of("person"), "source", Set.of("person"), "incident", Set.of("person", "source"),
                "elsewhere", Set.of("person"), "person", Set.of("outside_schema"))))
        .containsExactly("audit_event", "consent_event", "person", "relationship", "source", "incident");
  }

  @Test
  void aCycleOfForeignKeysIsRefusedByName() {
    assertThatThrownBy(() -> SchemaCatalog.dependencyOrder(Set.of("a", "b", "c"),
            Map.of("a", Set.of("b"), "b", Set.of("a"))))
        .isInstanceOf(BackupFailedException.class)
        .hasMessageContaining("tables a, b form a cycle");
  }
}
