package org.guwah.store.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlindIndexTest {
  @TempDir static Path keys;
  static BlindIndex index;

  @BeforeAll
  static void createKeys() {
    index = KeyRing.create(keys).blindIndex();
  }

  @Test
  void tokensAreSixteenBytesAndDeterministic() {
    byte[] token = index.token("person.name", "ilham tohti");

    assertThat(token).hasSize(BlindIndex.TOKEN_LENGTH).hasSize(16);
    assertThat(index.token("person.name", "ilham tohti")).isEqualTo(token);
  }

  @Test
  void differentValuesGiveDifferentTokens() {
    Set<String> tokens = new HashSet<>();
    for (int i = 0; i < 1_000; i++) {
      tokens.add(HexFormat.of().formatHex(index.token("person.id_number", "65010219800101" + i)));
    }
    assertThat(tokens).hasSize(1_000);
  }

  @Test
  void differentFieldsGiveDifferentTokensForOneValue() {
    assertThat(index.token("person.name", "ئىلھام"))
        .isNotEqualTo(index.token("person.father_name", "ئىلھام"));
  }

  @Test
  void encodingIsUnambiguousAcrossTheFieldValueBoundary() {
    assertThat(index.token("ab", "c")).isNotEqualTo(index.token("a", "bc"));
    assertThat(index.token("a", "")).isNotEqualTo(index.token("a\u0000", ""));
  }

  @Test
  void differentKeysetsGiveDifferentTokens() {
    BlindIndex other = KeyRing.create(keys.resolve("other")).blindIndex();

    assertThat(other.token("person.name", "ilham tohti"))
        .isNotEqualTo(index.token("person.name", "ilham tohti"));
  }

  @Test
  void emptyValueHasAToken() {
    assertThat(index.token("person.name", "")).hasSize(16);
  }

  @Test
  void invalidInputIsRejectedWithoutEchoingTheValue() {
    assertThatThrownBy(() -> index.token("", "value")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> index.token("person.name", "Secret\uDC00"))
        .isInstanceOf(IllegalArgumentException.class)
        .satisfies(e -> assertThat(FieldCipherTest.messagesOf(e)).doesNotContain("Secret"));
  }
}
