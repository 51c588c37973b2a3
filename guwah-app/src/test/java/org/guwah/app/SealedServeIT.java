package org.guwah.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.guwah.store.crypto.CustodyShares;
import org.guwah.store.crypto.KeyRing;
import org.guwah.store.crypto.KeysSealedException;
import org.guwah.store.testing.FreshDatabase;
import org.guwah.store.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `serve --share`: a sealed keys folder opens in memory with enough shares, and not without. */
class SealedServeIT {
  @TempDir Path work;

  @Test
  void aSealedInstallationOpensWithThresholdSharesOnly() throws Exception {
    GlobalOptions options = new GlobalOptions();
    options.data = work.resolve("data");
    FreshDatabase external = TestDatabases.kind().equals("external") ? TestDatabases.create() : null;
    try {
      if (external != null) {
        options.db = GuwahProcess.dbUrl(external);
      }
      KeyRing ring = KeyRing.create(options.keysDir());
      CustodyShares shares = ring.split(5, 3);
      List<String> texts = shares.shareTexts();
      ring.seal();
      assertThatThrownBy(() -> Installation.open(options, true, 2)).isInstanceOf(KeysSealedException.class);
      try (Installation inst = Installation.open(options, true, 2, texts.subList(1, 4))) {
        assertThat(inst.store().counts()).isNotNull();
        assertThat(inst.keys().fieldCipher().decryptString(
            inst.keys().fieldCipher().encryptString("x", new byte[] {1}), new byte[] {1})).isEqualTo("x");
      }
      assertThatThrownBy(() -> Installation.open(options, true, 2, texts.subList(0, 2)))
          .isInstanceOf(RuntimeException.class);
    } finally {
      if (external != null) {
        external.close();
      }
    }
  }
}
