package org.guwah.store.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.guwah.store.crypto.custody.Shamir;
import org.guwah.store.crypto.custody.Share;
import org.guwah.store.crypto.custody.UnableToCombineSharesException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyRingCustodyTest {
  private static final byte[] ROW = "person:1".getBytes(StandardCharsets.UTF_8);
  private static final String NAME = "ئىلھام توختى";
  private static final Pattern KEY_VALUE = Pattern.compile("\"value\"\\s*:\\s*\"([^\"]+)\"");
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:15:30.123Z"), ZoneOffset.UTC);

  @TempDir Path temp;

  private Path keys() {
    return temp.resolve("keys");
  }

  private static SecureRandom random() {
    try {
      SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
      random.setSeed(42);
      return random;
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  private static List<String> pick(CustodyShares shares, int... indexes) {
    List<String> texts = new ArrayList<>();
    for (int index : indexes) {
      texts.add(shares.shareTexts().get(index - 1));
    }
    return texts;
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /** Raw key bytes (the tail of each serialized key proto) of the cleartext keysets. */
  private List<byte[]> rawKeys(Path dir) throws IOException {
    List<byte[]> raw = new ArrayList<>();
    for (String file : List.of("fields.aead.json", "blind-index.prf.json")) {
      Matcher m = KEY_VALUE.matcher(Files.readString(dir.resolve(file)));
      while (m.find()) {
        byte[] proto = Base64.getDecoder().decode(m.group(1));
        raw.add(Arrays.copyOfRange(proto, proto.length - 32, proto.length));
      }
    }
    return raw;
  }

  @Test
  void splitThenRecoverIntoAnEmptyFolderReadsEarlierCiphertextsAndTokens() throws IOException {
    KeyRing ring = KeyRing.create(keys());
    byte[] token = ring.blindIndex().token("person.name", "ilham tohti");
    byte[] ciphertext = ring.fieldCipher().encryptString(NAME, ROW);

    CustodyShares shares = ring.split(5, 3, CLOCK, random());

    Path elsewhere = temp.resolve("new-machine").resolve("keys");
    Files.createDirectories(elsewhere);
    Files.copy(keys().resolve(KeyRing.CUSTODY_FILE_NAME), elsewhere.resolve(KeyRing.CUSTODY_FILE_NAME));
    KeyRing recovered = KeyRing.recover(elsewhere, pick(shares, 5, 2, 4));

    assertThat(names(elsewhere)).contains("fields.aead.json", "blind-index.prf.json", "custody.json");
    KeyRing reopened = KeyRing.open(elsewhere);
    for (KeyRing each : List.of(recovered, reopened)) {
      assertThat(each.fieldCipher().decryptString(ciphertext, ROW)).isEqualTo(NAME);
      assertThat(each.blindIndex().token("person.name", "ilham tohti")).isEqualTo(token);
    }
    assertThat(reopened.keyInfo().keysets()).isEqualTo(ring.keyInfo().keysets());
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      for (String file : List.of("fields.aead.json", "blind-index.prf.json")) {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(elsewhere.resolve(file))))
            .isEqualTo("rw-------");
      }
    }
  }

  @Test
  void splitReportsItsCustodyAndWritesTheDocumentedFields() throws IOException {
    KeyRing ring = KeyRing.create(keys());

    CustodyShares shares = ring.split(5, 3, CLOCK, random());

    CustodyInfo info = shares.custody();
    assertThat(info.threshold()).isEqualTo(3);
    assertThat(info.shareCount()).isEqualTo(5);
    assertThat(info.created()).isEqualTo(Instant.parse("2026-03-01T10:15:30Z"));
    assertThat(info.sealed()).isFalse();
    assertThat(info.stale()).isFalse();
    assertThat(KeyRing.custodyInfo(keys())).contains(info);
    assertThat(shares.shareTexts()).hasSize(5).doesNotHaveDuplicates();
    for (int i = 0; i < 5; i++) {
      Share share = Share.parse(shares.shareTexts().get(i));
      assertThat(share.index()).isEqualTo(i + 1);
      assertThat(share.splitId()).isEqualTo(info.splitId());
      assertThat(share.secretFingerprint()).isEqualTo(info.keyFingerprint());
    }
    String json = Files.readString(keys().resolve("custody.json"));
    assertThat(json)
        .contains("\"format\" : \"guwah-custody\"", "\"version\" : 1", "\"threshold\" : 3", "\"shares\" : 5",
            "\"splitId\" : \"" + info.splitId() + "\"", "\"created\" : \"2026-03-01T10:15:30Z\"",
            "\"custodyKeyFingerprint\" : \"" + info.keyFingerprint() + "\"", "\"fields\"", "\"blind-index\"");
    assertThat(shares.toString()).doesNotContain(shares.shareTexts().get(0).substring(15, 30));
    assertThat(info.render()).contains(info.splitId(), "any 3 of 5").doesNotContain("SEALED", "STALE");
    assertThat(names(keys())).containsExactly(".lock", "blind-index.prf.json", "custody.json", "fields.aead.json");
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys().resolve("custody.json"))))
          .isEqualTo("rw-------");
    }
  }

  @Test
  void openWithSharesNeedsTheThreshold() {
    KeyRing ring = KeyRing.create(keys());
    byte[] ciphertext = ring.fieldCipher().encryptString(NAME, ROW);
    CustodyShares shares = ring.split(5, 3);

    KeyRing opened = KeyRing.openWithShares(keys(), pick(shares, 1, 3, 5));
    assertThat(opened.fieldCipher().decryptString(ciphertext, ROW)).isEqualTo(NAME);

    assertThatThrownBy(() -> KeyRing.openWithShares(keys(), pick(shares, 1, 3)))
        .isInstanceOf(UnableToCombineSharesException.class)
        .hasMessageContaining("any 3 of its 5")
        .extracting(e -> ((UnableToCombineSharesException) e).reason())
        .isEqualTo(UnableToCombineSharesException.Reason.TOO_FEW);
    assertThatThrownBy(() -> KeyRing.openWithShares(keys(), pick(shares, 2, 2, 4)))
        .isInstanceOf(UnableToCombineSharesException.class);
  }

  /**
   * Whether {@code file} holds one of the keys: raw, as hex, inside any base64 run (decoded), or
   * sharing a 12-character window with a key's base64 "value" in a cleartext keyset file.
   */
  private static boolean holdsKeyMaterial(byte[] file, List<byte[]> raw, List<String> values) {
    String text = new String(file, StandardCharsets.ISO_8859_1);
    List<byte[]> decoded = new ArrayList<>();
    decoded.add(file);
    Matcher runs = Pattern.compile("[A-Za-z0-9+/]{40,}={0,2}").matcher(text);
    while (runs.find()) {
      try {
        decoded.add(Base64.getDecoder().decode(runs.group()));
      } catch (IllegalArgumentException e) {
        // not base64 after all
      }
    }
    for (byte[] key : raw) {
      String needle = new String(key, StandardCharsets.ISO_8859_1);
      for (byte[] bytes : decoded) {
        if (new String(bytes, StandardCharsets.ISO_8859_1).contains(needle)) {
          return true;
        }
      }
      if (text.toLowerCase().contains(HexFormat.of().formatHex(key).substring(0, 24))) {
        return true;
      }
    }
    for (String value : values) {
      for (int i = 0; i + 12 <= value.length(); i++) {
        if (text.contains(value.substring(i, i + 12))) {
          return true;
        }
      }
    }
    return false;
  }

  @Test
  void custodyFileHoldsNoKeyMaterialInClearAndTheCustodyKeyIsNowhere() throws IOException {
    KeyRing ring = KeyRing.create(keys());
    ring.rotate();
    List<byte[]> raw = rawKeys(keys());
    assertThat(raw).hasSize(3);
    List<String> values = new ArrayList<>();
    for (String file : List.of("fields.aead.json", "blind-index.prf.json")) {
      Matcher m = KEY_VALUE.matcher(Files.readString(keys().resolve(file)));
      while (m.find()) {
        values.add(m.group(1));
      }
    }
    // the check itself recognises a cleartext keyset, in JSON and as binary proto
    assertThat(holdsKeyMaterial(Files.readAllBytes(keys().resolve("fields.aead.json")), raw, List.of())).isTrue();
    assertThat(holdsKeyMaterial(Base64.getDecoder().decode(values.get(0)), raw, List.of())).isTrue();

    CustodyShares shares = ring.split(3, 2);

    byte[] custody = Files.readAllBytes(keys().resolve("custody.json"));
    assertThat(holdsKeyMaterial(custody, raw, values)).isFalse();
    assertThat(new String(custody, StandardCharsets.UTF_8)).contains("\"encrypted\"");

    List<Share> parsed = shares.shareTexts().stream().map(Share::parse).toList();
    byte[] custodyKey = Shamir.combine(parsed);
    assertThat(custodyKey).hasSize(32);
    try (Stream<Path> files = Files.list(keys())) {
      for (Path file : files.toList()) {
        assertThat(holdsKeyMaterial(Files.readAllBytes(file), List.of(custodyKey), List.of()))
            .as(file.getFileName().toString())
            .isFalse();
      }
    }
  }

  @Test
  void sealLeavesOnlyTheCustodyFileAndNeverLetsNewKeysBeCreated() throws IOException {
    KeyRing ring = KeyRing.create(keys());
    byte[] ciphertext = ring.fieldCipher().encryptString(NAME, ROW);
    CustodyShares shares = ring.split(5, 3);

    ring.seal();

    assertThat(names(keys())).containsExactly(".lock", "custody.json");
    assertThat(ring.fieldCipher().decryptString(ciphertext, ROW)).isEqualTo(NAME);
    assertThatThrownBy(() -> KeyRing.open(keys()))
        .isInstanceOf(KeysSealedException.class)
        .hasMessageContaining("sealed");
    assertThatThrownBy(() -> KeyRing.openOrCreate(keys())).isInstanceOf(KeysSealedException.class);
    assertThatThrownBy(() -> KeyRing.create(keys())).isInstanceOf(KeysAlreadyExistException.class);
    assertThat(names(keys())).containsExactly(".lock", "custody.json");
    CustodyInfo info = KeyRing.custodyInfo(keys()).orElseThrow();
    assertThat(info.sealed()).isTrue();
    assertThat(info.render()).contains("SEALED");

    KeyRing server = KeyRing.openWithShares(keys(), pick(shares, 4, 1, 2));
    assertThat(server.fieldCipher().decryptString(ciphertext, ROW)).isEqualTo(NAME);
    assertThat(names(keys())).containsExactly(".lock", "custody.json");
    ring.seal(); // idempotent
  }

  @Test
  void sealWithSharesLater() throws IOException {
    KeyRing ring = KeyRing.create(keys());
    CustodyShares shares = ring.split(4, 2);

    assertThatThrownBy(() -> KeyRing.open(keys()).seal()).isInstanceOf(IllegalStateException.class);
    assertThat(names(keys())).contains("fields.aead.json");

    KeyRing.seal(keys(), pick(shares, 3, 4));
    assertThat(names(keys())).containsExactly(".lock", "custody.json");
  }

  @Test
  void aSealedKeyRingRotatesInsideTheCustodyFileAndTheSameSharesKeepWorking() throws IOException {
    KeyRing ring = KeyRing.create(keys());
    byte[] old = ring.fieldCipher().encryptString("before", ROW);
    CustodyShares shares = ring.split(5, 3);
    ring.seal();
    String splitId = shares.custody().splitId();

    KeyRing server = KeyRing.openWithShares(keys(), pick(shares, 1, 2, 3));
    server.rotate();
    byte[] fresh = server.fieldCipher().encryptString("after", ROW);

    assertThat(names(keys())).containsExactly(".lock", "custody.json");
    KeyRing later = KeyRing.openWithShares(keys(), pick(shares, 3, 4, 5));
    assertThat(later.keyInfo().keysets().get(0).keys()).hasSize(2);
    assertThat(later.fieldCipher().decryptString(old, ROW)).isEqualTo("before");
    assertThat(later.fieldCipher().decryptString(fresh, ROW)).isEqualTo("after");
    CustodyInfo info = KeyRing.custodyInfo(keys()).orElseThrow();
    assertThat(info.splitId()).isEqualTo(splitId);
    assertThat(info.sealed()).isTrue();
    assertThat(info.stale()).isFalse();
  }

  @Test
  void rotationByTheSplittingKeyRingRefreshesCustody() {
    KeyRing ring = KeyRing.create(keys());
    CustodyShares shares = ring.split(3, 2);

    ring.rotate();
    byte[] fresh = ring.fieldCipher().encryptString("after", ROW);

    assertThat(KeyRing.custodyInfo(keys()).orElseThrow().stale()).isFalse();
    KeyRing opened = KeyRing.openWithShares(keys(), pick(shares, 1, 3));
    assertThat(opened.fieldCipher().decryptString(fresh, ROW)).isEqualTo("after");
  }

  @Test
  void rotationWithoutTheCustodyKeyLeavesCustodyStaleAndSealingRefused() throws IOException {
    KeyRing ring = KeyRing.create(keys());
    CustodyShares shares = ring.split(3, 2);

    KeyRing.open(keys()).rotate();

    CustodyInfo info = KeyRing.custodyInfo(keys()).orElseThrow();
    assertThat(info.stale()).isTrue();
    assertThat(info.render()).contains("STALE", "keys split");
    assertThatThrownBy(() -> KeyRing.seal(keys(), pick(shares, 1, 2)))
        .isInstanceOf(UnableToWriteKeysException.class)
        .hasMessageContaining("stale");
    assertThatThrownBy(ring::seal).isInstanceOf(UnableToWriteKeysException.class);
    assertThat(names(keys())).contains("fields.aead.json", "blind-index.prf.json");

    CustodyShares again = KeyRing.open(keys()).split(3, 2);
    assertThat(KeyRing.custodyInfo(keys()).orElseThrow().stale()).isFalse();
    assertThat(again.custody().splitId()).isNotEqualTo(shares.custody().splitId());
  }

  @Test
  void sharesOfAnEarlierSplitDoNotOpenTheNewCustodyFile() {
    KeyRing ring = KeyRing.create(keys());
    CustodyShares first = ring.split(5, 3);
    CustodyShares second = ring.split(5, 3);

    assertThatThrownBy(() -> KeyRing.openWithShares(keys(), pick(first, 1, 2, 3)))
        .isInstanceOf(UnableToReadKeysException.class)
        .hasMessageContaining(first.custody().splitId())
        .hasMessageContaining(second.custody().splitId());
    List<String> mixed = List.of(second.shareTexts().get(0), second.shareTexts().get(1), first.shareTexts().get(2));
    assertThatThrownBy(() -> KeyRing.openWithShares(keys(), mixed)).isInstanceOf(UnableToReadKeysException.class);
    assertThat(KeyRing.openWithShares(keys(), pick(second, 1, 2, 3))).isNotNull();
  }

  @Test
  void anAlteredCustodyFileIsRefused() throws IOException {
    KeyRing ring = KeyRing.create(keys());
    CustodyShares shares = ring.split(5, 3);
    Path file = keys().resolve("custody.json");
    String json = Files.readString(file);

    Files.writeString(file, json.replace("\"threshold\" : 3", "\"threshold\" : 2"));
    assertThatThrownBy(() -> KeyRing.openWithShares(keys(), pick(shares, 1, 2, 3)))
        .isInstanceOf(UnableToReadKeysException.class)
        .hasMessageContaining("altered");

    Matcher m = Pattern.compile("\"encrypted\" : \"([^\"]{40})").matcher(json);
    assertThat(m.find()).isTrue();
    String blob = m.group(1);
    String flipped = blob.substring(0, 39) + (blob.charAt(39) == 'A' ? 'B' : 'A');
    Files.writeString(file, json.replace(blob, flipped));
    assertThatThrownBy(() -> KeyRing.openWithShares(keys(), pick(shares, 1, 2, 3)))
        .isInstanceOf(UnableToReadKeysException.class);

    Files.writeString(file, "{not json");
    assertThatThrownBy(() -> KeyRing.openWithShares(keys(), pick(shares, 1, 2, 3)))
        .isInstanceOf(UnableToReadKeysException.class)
        .hasMessageContaining("not valid");
  }

  @Test
  void recoverKeepsIdenticalKeysetsAndRefusesDifferentOnesUnlessAsked() throws IOException {
    KeyRing ring = KeyRing.create(keys());
    byte[] ciphertext = ring.fieldCipher().encryptString(NAME, ROW);
    CustodyShares shares = ring.split(5, 3);
    String fields = Files.readString(keys().resolve("fields.aead.json"));

    KeyRing.recover(keys(), pick(shares, 1, 2, 3));
    assertThat(Files.readString(keys().resolve("fields.aead.json"))).isEqualTo(fields);
    assertThat(names(keys())).containsExactly(".lock", "blind-index.prf.json", "custody.json", "fields.aead.json");

    Path other = temp.resolve("other");
    KeyRing.create(other);
    Files.copy(keys().resolve("custody.json"), other.resolve("custody.json"));
    String otherFields = Files.readString(other.resolve("fields.aead.json"));

    assertThatThrownBy(() -> KeyRing.recover(other, pick(shares, 1, 2, 3)))
        .isInstanceOf(KeysAlreadyExistException.class)
        .hasMessageContaining("--replace");
    assertThat(Files.readString(other.resolve("fields.aead.json"))).isEqualTo(otherFields);

    KeyRing replaced = KeyRing.recover(other, pick(shares, 1, 2, 3), true);
    assertThat(replaced.fieldCipher().decryptString(ciphertext, ROW)).isEqualTo(NAME);
    assertThat(KeyRing.open(other).fieldCipher().decryptString(ciphertext, ROW)).isEqualTo(NAME);
    assertThat(Files.readString(other.resolve("fields.aead.json.before-recovery-1"))).isEqualTo(otherFields);
    assertThat(other.resolve("blind-index.prf.json.before-recovery-1")).exists();
  }

  @Test
  void recoverWithoutCustodyFileExplains() {
    KeyRing.create(keys());
    assertThatThrownBy(() -> KeyRing.recover(keys(), List.of()))
        .isInstanceOf(UnableToReadKeysException.class)
        .hasMessageContaining("keys split");
    assertThat(KeyRing.custodyInfo(keys())).isEmpty();
  }

  @Test
  void splitRefusesImpossibleCountsAndWritesNothing() throws IOException {
    KeyRing ring = KeyRing.create(keys());
    assertThatThrownBy(() -> ring.split(5, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ring.split(2, 3)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ring.split(256, 3)).isInstanceOf(IllegalArgumentException.class);
    assertThat(names(keys())).doesNotContain("custody.json");
  }

  @Test
  void aSealedKeyRingCanSplitAgainAndOldSharesStopWorking() {
    KeyRing ring = KeyRing.create(keys());
    byte[] ciphertext = ring.fieldCipher().encryptString(NAME, ROW);
    CustodyShares first = ring.split(3, 2);
    ring.seal();

    KeyRing server = KeyRing.openWithShares(keys(), pick(first, 1, 2));
    CustodyShares second = server.split(5, 4);

    assertThat(second.custody().sealed()).isTrue();
    assertThatThrownBy(() -> KeyRing.openWithShares(keys(), pick(first, 1, 2))).isInstanceOf(UnableToReadKeysException.class);
    assertThat(KeyRing.openWithShares(keys(), pick(second, 2, 3, 4, 5)).fieldCipher().decryptString(ciphertext, ROW))
        .isEqualTo(NAME);
  }

  @Test
  void looseCustodyFileModeIsTolerated() throws IOException {
    assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");
    KeyRing ring = KeyRing.create(keys());
    CustodyShares shares = ring.split(3, 2);
    Files.setPosixFilePermissions(keys().resolve("custody.json"), PosixFilePermissions.fromString("rw-r--r--"));

    assertThat(KeyRing.openWithShares(keys(), pick(shares, 1, 2))).isNotNull();
  }
}
