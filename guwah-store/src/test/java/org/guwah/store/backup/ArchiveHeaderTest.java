package org.guwah.store.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ArchiveHeaderTest {
  static final Path FILE = Path.of("x.backup");
  static final UUID ID = UUID.fromString("5f0b8a44-60c4-4a4e-9d0f-1b2c3d4e5f60");

  static ArchiveHeader header(byte[] custody) {
    return ArchiveHeader.of(ID, Instant.parse("2024-06-01T12:00:00.123456Z"), "3", new byte[] {1, 2, 3}, custody);
  }

  @Test
  void readsWhatItWroteAndStopsAtTheCiphertext() throws IOException {
    for (byte[] custody : new byte[][] {null, new byte[0], "{}".getBytes(StandardCharsets.UTF_8)}) {
      ArchiveHeader written = header(custody);
      byte[] clear = written.bytes();
      byte[] file = Arrays.copyOf(clear, clear.length + 3);
      ByteArrayInputStream in = new ByteArrayInputStream(file);

      ArchiveHeader read = ArchiveHeader.read(in, FILE);
      assertThat(read.bytes()).isEqualTo(clear);
      assertThat(read.archiveId()).isEqualTo(ID);
      assertThat(read.created()).isEqualTo(Instant.parse("2024-06-01T12:00:00.123Z"));
      assertThat(read.schemaVersion()).isEqualTo("3");
      assertThat(read.wrappedKey()).containsExactly(1, 2, 3);
      assertThat(read.custody()).isEqualTo(custody);
      assertThat(in.available()).isEqualTo(3);
    }
    assertThat(new String(ArchiveHeader.keyBinding(ID), StandardCharsets.UTF_8)).isEqualTo("guwah:backup:" + ID);
  }

  @Test
  void somethingElseIsNotTakenForAnArchive() {
    byte[] clear = header(null).bytes();
    assertThatThrownBy(() -> ArchiveHeader.read(new ByteArrayInputStream("PK\u0003\u0004 a zip file".getBytes(StandardCharsets.UTF_8)), FILE))
        .isInstanceOf(BackupDamagedException.class)
        .hasMessage("backup archive x.backup is damaged or was altered (it does not start like a Guwah backup archive);"
            + " it cannot be used");
    assertThatThrownBy(() -> ArchiveHeader.read(new ByteArrayInputStream(Arrays.copyOf(clear, clear.length - 1)), FILE))
        .hasMessageContaining("it ends inside its header");
    byte[] longer = clear.clone();
    longer[13]++; // header length one more than the fields use
    assertThatThrownBy(() -> ArchiveHeader.read(new ByteArrayInputStream(Arrays.copyOf(longer, longer.length + 1)), FILE))
        .hasMessageContaining("malformed header");
  }
}
