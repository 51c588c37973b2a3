package org.guwah.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.guwah.store.crypto.KeyRing;
import org.guwah.store.crypto.custody.Share;
import org.guwah.app.InProcessCli.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code guwah keys split|seal|recover|status|rotate} run in-process on real folders (no database needed). */
class KeysCommandTest {
  private static final byte[] ROW = "person:1".getBytes(StandardCharsets.UTF_8);

  @TempDir Path work;

  Path data() {
    return work.resolve("data");
  }

  Path keys() {
    return data().resolve("keys");
  }

  Run guwahWithInput(String stdin, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--data");
    all.add(data().toString());
    return InProcessCli.run(stdin, all);
  }

  Run guwah(String... args) {
    return guwahWithInput("", args);
  }

  static List<String> names(Path dir) throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  static String shareLine(Path file) throws Exception {
    return Files.readAllLines(file).stream().filter(l -> l.startsWith("guwah-share-v1-")).findFirst().orElseThrow();
  }

  @Test
  void splitToFilesThenRecoverIntoAnotherFolderFromThreeOfThem() throws Exception {
    assertThat(guwah("keys", "init").exit()).isZero();
    assertThat(guwah("keys", "status").out()).contains("Custody: none");
    byte[] ciphertext = KeyRing.open(keys()).fieldCipher().encryptString("Memet", ROW);
    Path custodians = work.resolve("custodians");

    Run split = guwah("keys", "split", "--shares", "5", "--threshold", "3", "--out", custodians.toString());

    assertThat(split.exit()).as(split.all()).isZero();
    assertThat(names(custodians)).containsExactly(
        "share-1-of-5.txt", "share-2-of-5.txt", "share-3-of-5.txt", "share-4-of-5.txt", "share-5-of-5.txt");
    List<String> texts = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      Path file = custodians.resolve("share-" + i + "-of-5.txt");
      texts.add(shareLine(file));
      assertThat(Share.parse(texts.get(i - 1)).index()).isEqualTo(i);
      assertThat(Files.readString(file)).contains("# Guwah key custody: share " + i + " of 5", "any 3 of the 5");
      if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
      }
    }
    String splitId = Share.parse(texts.get(0)).splitId();
    assertThat(split.out()).contains(splitId, "any 3 of 5");

    Run status = guwah("keys", "status");
    assertThat(status.out()).contains("Custody:", "split " + splitId, "any 3 of 5").doesNotContain("SEALED", "STALE");
    for (String text : texts) {
      assertThat(split.all() + status.all()).doesNotContain(text.substring(15, 40));
    }

    Path restored = work.resolve("restored");
    Files.createDirectories(restored);
    Files.copy(keys().resolve(KeyRing.CUSTODY_FILE_NAME), restored.resolve(KeyRing.CUSTODY_FILE_NAME));
    Run tooFew = guwah("keys", "recover", "--keys", restored.toString(),
        "--share", custodians.resolve("share-2-of-5.txt").toString(),
        "--share", custodians.resolve("share-4-of-5.txt").toString());
    assertThat(tooFew.exit()).isNotZero();
    assertThat(tooFew.err()).contains("any 3 of its 5");
    assertThat(names(restored)).doesNotContain("fields.aead.json", "blind-index.prf.json");

    Run recover = guwah("keys", "recover", "--keys", restored.toString(),
        "--share", custodians.resolve("share-1-of-5.txt").toString(),
        "--share", custodians.resolve("share-3-of-5.txt").toString(),
        "--share", custodians.resolve("share-5-of-5.txt").toString());
    assertThat(recover.exit()).as(recover.all()).isZero();
    assertThat(KeyRing.open(restored).fieldCipher().decryptString(ciphertext, ROW)).isEqualTo("Memet");
  }

  @Test
  void recoverReadsSharesFromStandardInput() throws Exception {
    guwah("keys", "init");
    byte[] ciphertext = KeyRing.open(keys()).fieldCipher().encryptString("Gulnar", ROW);
    Run split = guwah("keys", "split", "--shares", "3", "--threshold", "2");
    assertThat(split.exit()).as(split.all()).isZero();
    assertThat(split.out()).contains("=== Share 1 of 3", "=== Share 3 of 3");
    List<String> texts = split.out().lines().filter(l -> l.startsWith("guwah-share-v1-")).toList();
    assertThat(texts).hasSize(3);

    Path restored = work.resolve("restored");
    Files.createDirectories(restored);
    Files.copy(keys().resolve(KeyRing.CUSTODY_FILE_NAME), restored.resolve(KeyRing.CUSTODY_FILE_NAME));
    String stdin = "# pasted by the custodians\n" + texts.get(2) + "\n\n=== Share 1 of 3 ===\n" + texts.get(0).toLowerCase() + "\n";

    Run recover = guwahWithInput(stdin, "keys", "recover", "--keys", restored.toString());

    assertThat(recover.exit()).as(recover.all()).isZero();
    assertThat(KeyRing.open(restored).fieldCipher().decryptString(ciphertext, ROW)).isEqualTo("Gulnar");
  }

  @Test
  void sharesMustNotGoIntoTheDataOrKeysFolder() throws Exception {
    guwah("keys", "init");
    Path otherKeys = work.resolve("vault").resolve("keys");
    guwah("keys", "init", "--keys", otherKeys.toString());

    Run inData = guwah("keys", "split", "--shares", "3", "--threshold", "2", "--out", data().resolve("shares").toString());
    Run inKeys = guwah("keys", "split", "--keys", otherKeys.toString(), "--shares", "3", "--threshold", "2",
        "--out", otherKeys.resolve("x").toString());
    Run sealWithoutOut = guwah("keys", "split", "--shares", "3", "--threshold", "2", "--seal");

    for (Run run : List.of(inData, inKeys, sealWithoutOut)) {
      assertThat(run.exit()).isEqualTo(2);
    }
    assertThat(inData.err()).contains("inside");
    assertThat(inKeys.err()).contains("inside");
    assertThat(sealWithoutOut.err()).contains("--seal needs --out");
    assertThat(names(keys())).doesNotContain(KeyRing.CUSTODY_FILE_NAME);
    assertThat(data().resolve("shares")).doesNotExist();
  }

  @Test
  void splitWithSealLeavesOnlyCustodyAndRotationNeedsShares() throws Exception {
    guwah("keys", "init");
    byte[] ciphertext = KeyRing.open(keys()).fieldCipher().encryptString("Ayshem", ROW);
    Path custodians = work.resolve("custodians");

    Run split = guwah("keys", "split", "--shares", "4", "--threshold", "2", "--out", custodians.toString(), "--seal");

    assertThat(split.exit()).as(split.all()).isZero();
    assertThat(names(keys())).containsExactly(".lock", KeyRing.CUSTODY_FILE_NAME);
    assertThat(guwah("keys", "status").out()).contains("SEALED", "any 2 of 4");

    Run blocked = guwah("keys", "rotate");
    assertThat(blocked.exit()).isNotZero();
    assertThat(blocked.err()).contains("sealed");

    Run rotate = guwah("keys", "rotate",
        "--share", custodians.resolve("share-4-of-4.txt").toString(),
        "--share", custodians.resolve("share-1-of-4.txt").toString());
    assertThat(rotate.exit()).as(rotate.all()).isZero();
    assertThat(names(keys())).containsExactly(".lock", KeyRing.CUSTODY_FILE_NAME);
    assertThat(guwah("keys", "status").out()).contains("SEALED").doesNotContain("STALE");

    KeyRing server = KeyRing.openWithShares(keys(),
        List.of(shareLine(custodians.resolve("share-2-of-4.txt")), shareLine(custodians.resolve("share-3-of-4.txt"))));
    assertThat(server.keyInfo().keysets().get(0).keys()).hasSize(2);
    assertThat(server.fieldCipher().decryptString(ciphertext, ROW)).isEqualTo("Ayshem");
  }

  @Test
  void rotationWithoutSharesWarnsThatCustodyIsStale() {
    guwah("keys", "init");
    guwah("keys", "split", "--shares", "3", "--threshold", "2");

    Run rotate = guwah("keys", "rotate");

    assertThat(rotate.exit()).isZero();
    assertThat(rotate.err()).contains("stale", "keys split");
    assertThat(guwah("keys", "status").out()).contains("STALE");
  }

  @Test
  void aMistypedShareFileIsNamedWithoutItsContent() throws Exception {
    guwah("keys", "init");
    Path custodians = work.resolve("custodians");
    guwah("keys", "split", "--shares", "3", "--threshold", "2", "--out", custodians.toString());
    Path file = custodians.resolve("share-2-of-3.txt");
    String line = shareLine(file);
    int at = line.length() - 10;
    if (line.charAt(at) == '-') {
      at--;
    }
    String typo = line.substring(0, at) + (line.charAt(at) == 'A' ? 'B' : 'A') + line.substring(at + 1);
    Files.writeString(file, Files.readString(file).replace(line, typo));

    Run seal = guwah("keys", "seal", "--share", custodians.resolve("share-1-of-3.txt").toString(), "--share", file.toString());

    assertThat(seal.exit()).isEqualTo(2);
    assertThat(seal.err()).contains("share-2-of-3.txt", "mistyped").doesNotContain(line.substring(15, 40));
    assertThat(names(keys())).contains("fields.aead.json");
  }

  @Test
  void helpNamesTheRisks() {
    Run help = guwah("keys", "--help");
    assertThat(help.out()).contains("split", "recover", "seal", "Risks", "loses every identity field");
  }
}
