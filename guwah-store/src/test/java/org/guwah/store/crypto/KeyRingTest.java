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
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyRingTest {
  private static final byte[] ROW = "person:1".getBytes(StandardCharsets.UTF_8);
  private static final Pattern KEY_VALUE = Pattern.compile("\"value\"\\s*:\\s*\"([^\"]+)\"");

  @TempDir Path temp;

  private Path keys() {
    return temp.resolve("keys");
  }

  @Test
  void createWritesBothKeysetsOwnerOnly() throws IOException {
    assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");

    KeyRing.create(keys());

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys())))
        .isEqualTo("rwx------");
    for (String file : List.of("fields.aead.json", "blind-index.prf.json")) {
      Path path = keys().resolve(file);
      assertThat(path).isRegularFile();
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(path)))
          .as(file)
          .isEqualTo("rw-------");
      assertThat(Files.readString(path)).contains("\"primaryKeyId\"");
    }
    assertThat(Files.readString(keys().resolve("fields.aead.json")))
        .contains("type.googleapis.com/google.crypto.tink.AesGcmKey");
    assertThat(Files.readString(keys().resolve("blind-index.prf.json")))
        .contains("type.googleapis.com/google.crypto.tink.HmacPrfKey");
  }

  @Test
  void createTightensAnExistingLooseDirectory() throws IOException {
    assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");
    Files.createDirectories(keys());
    Files.setPosixFilePermissions(keys(), PosixFilePermissions.fromString("rwxr-xr-x"));

    KeyRing.create(keys());

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys())))
        .isEqualTo("rwx------");
  }

  @Test
  void createRefusesToOverwrite() throws IOException {
    KeyRing.create(keys());
    String before = Files.readString(keys().resolve("fields.aead.json"));

    assertThatThrownBy(() -> KeyRing.create(keys()))
        .isInstanceOf(KeysAlreadyExistException.class);
    assertThat(Files.readString(keys().resolve("fields.aead.json"))).isEqualTo(before);
  }

  @Test
  void createRefusesWhenOnlyOneKeysetExists() throws IOException {
    KeyRing.create(keys());
    Files.delete(keys().resolve("fields.aead.json"));

    assertThatThrownBy(() -> KeyRing.create(keys()))
        .isInstanceOf(KeysAlreadyExistException.class);
  }

  @Test
  void openWithoutKeysTellsHowToCreateThem() {
    assertThatThrownBy(() -> KeyRing.open(keys()))
        .isInstanceOf(KeysNotFoundException.class)
        .hasMessageContaining("guwah keys init");
    assertThat(keys()).doesNotExist();
  }

  @Test
  void reopenGivesSameTokensAndDecrypts() {
    KeyRing first = KeyRing.create(keys());
    byte[] token = first.blindIndex().token("person.name", "ilham tohti");
    byte[] ciphertext = first.fieldCipher().encryptString("ئىلھام توختى", ROW);

    KeyRing reopened = KeyRing.open(keys());

    assertThat(reopened.blindIndex().token("person.name", "ilham tohti")).isEqualTo(token);
    assertThat(reopened.fieldCipher().decryptString(ciphertext, ROW)).isEqualTo("ئىلھام توختى");
    assertThat(reopened.keyInfo()).isEqualTo(first.keyInfo());
  }

  @Test
  void openOrCreateCreatesOnceThenOpens() {
    KeyRing created = KeyRing.openOrCreate(keys());
    byte[] ciphertext = created.fieldCipher().encryptString("x", ROW);

    KeyRing opened = KeyRing.openOrCreate(keys());

    assertThat(opened.fieldCipher().decryptString(ciphertext, ROW)).isEqualTo("x");
    assertThat(opened.blindIndex().token("f", "v")).isEqualTo(created.blindIndex().token("f", "v"));
  }

  @Test
  void incompleteDirectoryIsNeverCompletedSilently() throws IOException {
    KeyRing.create(keys());
    Files.delete(keys().resolve("blind-index.prf.json"));

    assertThatThrownBy(() -> KeyRing.open(keys()))
        .isInstanceOf(UnableToReadKeysException.class)
        .hasMessageContaining("blind-index.prf.json");
    assertThatThrownBy(() -> KeyRing.openOrCreate(keys()))
        .isInstanceOf(UnableToReadKeysException.class);
    assertThat(keys().resolve("blind-index.prf.json")).doesNotExist();
  }

  @Test
  void rotateKeepsOldCiphertextsReadableAndPersists() {
    KeyRing ring = KeyRing.create(keys());
    FieldCipher cipher = ring.fieldCipher();
    byte[] token = ring.blindIndex().token("person.name", "a");
    long oldPrimary = ring.keyInfo().keysets().get(0).primaryKeyId();
    byte[] old = cipher.encryptString("before", ROW);

    ring.rotate();
    byte[] fresh = cipher.encryptString("after", ROW);

    KeysetInfo fields = ring.keyInfo().keysets().get(0);
    assertThat(fields.keys()).hasSize(2);
    assertThat(fields.keys().stream().filter(KeyEntryInfo::primary)).hasSize(1);
    assertThat(fields.primaryKeyId()).isNotEqualTo(oldPrimary);
    assertThat(keyIdPrefix(fresh)).isEqualTo(fields.primaryKeyId());
    assertThat(keyIdPrefix(old)).isEqualTo(oldPrimary);
    assertThat(cipher.decryptString(old, ROW)).isEqualTo("before");
    assertThat(cipher.decryptString(fresh, ROW)).isEqualTo("after");

    KeyRing reopened = KeyRing.open(keys());
    assertThat(reopened.fieldCipher().decryptString(old, ROW)).isEqualTo("before");
    assertThat(reopened.fieldCipher().decryptString(fresh, ROW)).isEqualTo("after");
    assertThat(reopened.keyInfo().keysets().get(0).primaryKeyId()).isEqualTo(fields.primaryKeyId());
    assertThat(reopened.blindIndex().token("person.name", "a")).isEqualTo(token);
  }

  @Test
  void rotateBuildsOnKeysAddedByAnotherOpening() {
    KeyRing first = KeyRing.create(keys());
    KeyRing second = KeyRing.open(keys());

    first.rotate();
    byte[] byFirst = first.fieldCipher().encryptString("one", ROW);
    second.rotate();
    byte[] bySecond = second.fieldCipher().encryptString("two", ROW);

    KeyRing reopened = KeyRing.open(keys());
    assertThat(reopened.keyInfo().keysets().get(0).keys()).hasSize(3);
    assertThat(reopened.fieldCipher().decryptString(byFirst, ROW)).isEqualTo("one");
    assertThat(reopened.fieldCipher().decryptString(bySecond, ROW)).isEqualTo("two");
  }

  @Test
  void rotationLeavesNoTemporaryFilesAndKeepsModes() throws IOException {
    KeyRing ring = KeyRing.create(keys());
    ring.rotate();
    ring.rotate();

    List<String> names = new ArrayList<>();
    try (Stream<Path> files = Files.list(keys())) {
      files.forEach(p -> names.add(p.getFileName().toString()));
    }
    assertThat(names).containsExactlyInAnyOrder("fields.aead.json", "blind-index.prf.json", ".lock");
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      assertThat(
              PosixFilePermissions.toString(
                  Files.getPosixFilePermissions(keys().resolve("fields.aead.json"))))
          .isEqualTo("rw-------");
    }
  }

  @Test
  void keyInfoContainsNoKeyMaterial() throws IOException {
    KeyRing ring = KeyRing.create(keys());
    ring.rotate();
    List<String> secrets = new ArrayList<>();
    for (String file : List.of("fields.aead.json", "blind-index.prf.json")) {
      Matcher m = KEY_VALUE.matcher(Files.readString(keys().resolve(file)));
      while (m.find()) {
        secrets.add(m.group(1));
      }
    }
    assertThat(secrets).hasSize(3);

    KeyInfo info = ring.keyInfo();
    String shown = info.render() + "\n" + info;

    assertThat(info.keysets()).extracting(KeysetInfo::purpose).containsExactly("fields", "blind-index");
    assertThat(shown).contains(Long.toString(info.keysets().get(1).primaryKeyId()), "ENABLED");
    for (String secret : secrets) {
      String hex = HexFormat.of().formatHex(Base64.getDecoder().decode(secret));
      for (int i = 0; i + 12 <= secret.length(); i++) {
        assertThat(shown).doesNotContain(secret.substring(i, i + 12));
      }
      // the raw 32-byte key is the tail of the serialized key proto
      assertThat(shown.toLowerCase()).doesNotContain(hex.substring(hex.length() - 24));
    }
    assertThat(ring.toString()).doesNotContain(secrets.get(0).substring(0, 12));
  }

  @Test
  void groupReadableKeysetIsRefused() throws IOException {
    assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");
    KeyRing.create(keys());
    Path fields = keys().resolve("fields.aead.json");
    Files.setPosixFilePermissions(fields, PosixFilePermissions.fromString("rw-r-----"));

    assertThatThrownBy(() -> KeyRing.open(keys()))
        .isInstanceOf(UnableToReadKeysException.class)
        .hasMessageContaining("chmod 600");
  }

  @Test
  void corruptKeysetIsReportedWithoutItsContent() throws IOException {
    KeyRing.create(keys());
    Path fields = keys().resolve("fields.aead.json");
    String json = Files.readString(fields);
    Matcher m = KEY_VALUE.matcher(json);
    assertThat(m.find()).isTrue();
    String secret = m.group(1);
    Files.writeString(fields, json.substring(0, json.length() / 2) + "!!");

    assertThatThrownBy(() -> KeyRing.open(keys()))
        .isInstanceOf(UnableToReadKeysException.class)
        .satisfies(
            e -> assertThat(FieldCipherTest.messagesOf(e)).doesNotContain(secret.substring(0, 8)));
  }

  @Test
  void swappedKeysetFilesAreRefused() throws IOException {
    KeyRing.create(keys());
    Path fields = keys().resolve("fields.aead.json");
    Path prf = keys().resolve("blind-index.prf.json");
    String fieldsJson = Files.readString(fields);
    Files.writeString(fields, Files.readString(prf));
    Files.writeString(prf, fieldsJson);

    assertThatThrownBy(() -> KeyRing.open(keys()))
        .isInstanceOf(UnableToReadKeysException.class)
        .hasMessageContaining("fields.aead.json");
  }

  @Test
  void concurrentOpenOrCreateAgreesOnOneKeyRing() throws Exception {
    List<Thread> threads = new ArrayList<>();
    List<KeyRing> rings = java.util.Collections.synchronizedList(new ArrayList<>());
    for (int i = 0; i < 4; i++) {
      Thread thread = new Thread(() -> rings.add(KeyRing.openOrCreate(keys())));
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join(30_000);
    }

    assertThat(rings).hasSize(4);
    byte[] token = KeyRing.open(keys()).blindIndex().token("f", "v");
    assertThat(rings).allSatisfy(r -> assertThat(r.blindIndex().token("f", "v")).isEqualTo(token));
  }

  /** Tink's TINK output prefix: version byte 0x01, then the 4-byte big-endian key id. */
  private static long keyIdPrefix(byte[] ciphertext) {
    assertThat(ciphertext[0]).isEqualTo((byte) 1);
    return ((ciphertext[1] & 0xFFL) << 24)
        | ((ciphertext[2] & 0xFFL) << 16)
        | ((ciphertext[3] & 0xFFL) << 8)
        | (ciphertext[4] & 0xFFL);
  }
}
