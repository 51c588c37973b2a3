package org.guwah.store.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchTermKeyTest {
  @TempDir Path dir;

  @Test
  void tokensAreSixteenBytesDeterministicAndDistinct() {
    SearchTermKey key = KeyRing.create(dir.resolve("k")).searchTermKey();
    byte[] token = key.seal("t.text\0ئىلھام");

    assertThat(token).hasSize(SearchTermKey.TOKEN_LENGTH).hasSize(16);
    assertThat(key.seal("t.text\0ئىلھام")).isEqualTo(token);
    Set<String> tokens = new HashSet<>();
    for (int i = 0; i < 1_000; i++) {
      tokens.add(HexFormat.of().formatHex(key.seal("t.text\0word" + i)));
    }
    assertThat(tokens).hasSize(1_000);
  }

  @Test
  void theKeyIsTheSameAfterReopeningAndAfterCustodySealing() throws Exception {
    Path keys = dir.resolve("k");
    KeyRing ring = KeyRing.create(keys);
    SearchTermKey first = ring.searchTermKey();
    SearchTermKey reopened = KeyRing.open(keys).searchTermKey();

    assertThat(reopened.keyId()).isEqualTo(first.keyId()).matches("s1-[0-9a-f]{24}");
    assertThat(reopened.seal("x")).isEqualTo(first.seal("x"));

    List<String> shares = ring.split(3, 2).shareTexts();
    ring.seal();
    assertThat(Files.exists(keys.resolve("blind-index.prf.json"))).isFalse();
    SearchTermKey fromShares = KeyRing.openWithShares(keys, shares.subList(1, 3)).searchTermKey();
    assertThat(fromShares.keyId()).isEqualTo(first.keyId());
    assertThat(fromShares.seal("x")).isEqualTo(first.seal("x"));
  }

  @Test
  void anotherInstallationHasAnotherKeyAndKeyId() {
    SearchTermKey a = KeyRing.create(dir.resolve("a")).searchTermKey();
    SearchTermKey b = KeyRing.create(dir.resolve("b")).searchTermKey();

    assertThat(a.keyId()).isNotEqualTo(b.keyId());
    assertThat(a.seal("word")).isNotEqualTo(b.seal("word"));
  }

  @Test
  void fieldKeyRotationDoesNotChangeTheSearchKey() {
    KeyRing ring = KeyRing.create(dir.resolve("k"));
    SearchTermKey before = ring.searchTermKey();
    ring.rotate();

    assertThat(ring.searchTermKey().keyId()).isEqualTo(before.keyId());
  }

  @Test
  void tokensDifferFromBlindIndexTokensOfTheSameValue() {
    KeyRing ring = KeyRing.create(dir.resolve("k"));
    byte[] blind = ring.blindIndex().token("person.name", "ilham");

    assertThat(ring.searchTermKey().seal("ilham")).isNotEqualTo(blind);
    assertThat(ring.searchTermKey().seal("person.name\0ilham")).isNotEqualTo(blind);
  }

  @Test
  void malformedUnicodeIsSealedNotRefusedAndNothingLeaksIntoToString() {
    SearchTermKey key = KeyRing.create(dir.resolve("k")).searchTermKey();

    assertThat(key.seal("a\uD800b")).hasSize(16);
    assertThat(key.toString()).contains(key.keyId()).doesNotContain("a\uD800b");
  }
}
