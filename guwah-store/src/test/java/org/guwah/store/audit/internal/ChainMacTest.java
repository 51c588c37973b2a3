package org.guwah.store.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import org.junit.jupiter.api.Test;

class ChainMacTest {
  static final ChainMac CHAIN = new ChainMac("0123456789abcdef".getBytes(StandardCharsets.US_ASCII));
  static final UUID A = UUID.fromString("01900000-0000-7000-8000-000000000001");
  static final UUID B = UUID.fromString("01900000-0000-7000-8000-000000000002");

  static byte[] body(String actor, String kind, List<UUID> ids, Map<String, Object> detail) {
    return ChainMac.body(1_717_243_200_123_456L, actor, "create", kind, ids, null, detail);
  }

  @Test
  void knownAnswerPinsTheFormat() {
    // Changing the encoding breaks every stored chain: this vector must never change.
    byte[] body = ChainMac.body(1_717_243_200_123_456L, "account:01900000-0000-7000-8000-0000000000aa",
        "read_identity", "person", List.of(A, B), "INTERNAL_ANALYSIS", Map.of("fields", 3L, "via", "api"));
    byte[] mac = ChainMac.mac(CHAIN.newMac(), ChainMac.genesis(), 1, body);
    assertThat(HexFormat.of().formatHex(body)).isEqualTo(
        "000619d2d6efb240" + "0000002c" + hex("account:01900000-0000-7000-8000-0000000000aa")
            + "0000000d" + hex("read_identity") + "01" + "00000006" + hex("person")
            + "00000002" + "0190000000007000" + "8000000000000001" + "0190000000007000"
            + "8000000000000002" + "01" + "00000011" + hex("INTERNAL_ANALYSIS")
            + "00000002" + "00000006" + hex("fields") + "01" + "0000000000000003"
            + "00000003" + hex("via") + "02" + "00000003" + hex("api"));
    // computed independently (Python hmac) from the format in ChainMac's documentation
    assertThat(HexFormat.of().formatHex(mac))
        .isEqualTo("189d28f0b7de47f9ba4ae42323079f240715624ea904fb6fdc4b9c8c1beb08bd");
  }

  static String hex(String s) {
    return HexFormat.of().formatHex(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void encodingIsUnambiguous() {
    assertThat(body("ab", "c", List.of(), Map.of())).isNotEqualTo(body("a", "bc", List.of(), Map.of()));
    assertThat(body("a", "b", List.of(A, B), Map.of())).isNotEqualTo(body("a", "b", List.of(B, A), Map.of()));
    assertThat(body("a", "b", List.of(), Map.of("n", 1L))).isNotEqualTo(body("a", "b", List.of(), Map.of("n", "1")));
    assertThat(ChainMac.body(0, "a", "create", null, List.of(), "k", Map.of()))
        .isNotEqualTo(ChainMac.body(0, "a", "create", "k", List.of(), null, Map.of()));
    assertThat(body("a", "b", List.of(), Map.of("x", 1L, "y", 2L)))
        .isEqualTo(body("a", "b", List.of(), new java.util.TreeMap<>(Map.of("y", 2L, "x", 1L))));
  }

  @Test
  void macDependsOnKeyPreviousMacSeqAndBody() {
    Mac mac = CHAIN.newMac();
    byte[] body = body("cli", "person", List.of(A), Map.of());
    byte[] base = ChainMac.mac(mac, ChainMac.genesis(), 7, body);
    assertThat(base).hasSize(ChainMac.LENGTH);
    assertThat(ChainMac.mac(mac, ChainMac.genesis(), 7, body)).isEqualTo(base);
    assertThat(ChainMac.verifies(mac, ChainMac.genesis(), 7, body, base)).isTrue();
    assertThat(ChainMac.mac(mac, ChainMac.genesis(), 8, body)).isNotEqualTo(base);
    byte[] prev = ChainMac.genesis();
    prev[0] = 1;
    assertThat(ChainMac.mac(mac, prev, 7, body)).isNotEqualTo(base);
    assertThat(ChainMac.mac(mac, ChainMac.genesis(), 7, body("cli", "source", List.of(A), Map.of())))
        .isNotEqualTo(base);
    Mac other = new ChainMac("0123456789abcdeF".getBytes(StandardCharsets.US_ASCII)).newMac();
    assertThat(ChainMac.mac(other, ChainMac.genesis(), 7, body)).isNotEqualTo(base);
  }

  @Test
  void microsecondsSinceTheEpoch() {
    assertThat(ChainMac.micros(Instant.parse("1970-01-01T00:00:01.000002Z"))).isEqualTo(1_000_002L);
    assertThat(ChainMac.micros(Instant.parse("1969-12-31T23:59:59.999999Z"))).isEqualTo(-1L);
    assertThatThrownBy(() -> ChainMac.micros(Instant.MAX)).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void shortKeysAreRefusedWithoutShowingThem() {
    assertThatThrownBy(() -> new ChainMac("short-key".getBytes(StandardCharsets.US_ASCII)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("short-key");
    assertThat(ChainMac.genesis()).hasSize(32).containsOnly(0);
  }
}
