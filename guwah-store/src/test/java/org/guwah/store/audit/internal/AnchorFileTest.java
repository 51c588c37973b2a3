package org.guwah.store.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnchorFileTest {
  @TempDir Path dir;

  static Head head(long seq) {
    byte[] mac = new byte[32];
    mac[0] = (byte) seq;
    mac[31] = (byte) (seq >> 8);
    return new Head(seq, mac);
  }

  @Test
  void anAbsentAnchorIsNeitherAHeadNorUnreadable() {
    AnchorFile.Reading r = new AnchorFile(dir.resolve("audit.anchor")).read();
    assertThat(r.head()).isNull();
    assertThat(r.unreadable()).isFalse();
  }

  @Test
  void advanceWritesAnOwnerOnlyFileAndNeverLowersIt() throws Exception {
    AnchorFile anchor = new AnchorFile(dir.resolve("audit.anchor"));
    anchor.advance(head(5));
    assertThat(anchor.read().head()).isEqualTo(head(5));
    assertThat(Files.readString(anchor.path()))
        .isEqualTo("guwah audit anchor v1\nseq=5\nmac=" + HexFormat.of().formatHex(head(5).mac()) + "\n");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(anchor.path())))
        .isEqualTo("rw-------");
    anchor.advance(head(3));
    anchor.advance(head(5));
    assertThat(anchor.read().head()).isEqualTo(head(5));
    anchor.advance(head(9));
    assertThat(anchor.read().head()).isEqualTo(head(9));
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("audit.anchor", "audit.anchor.lock");
    }
  }

  @Test
  void aRemovedAnchorIsWrittenAgainByTheNextAdvanceEvenWithALowerSeq() throws Exception {
    AnchorFile anchor = new AnchorFile(dir.resolve("audit.anchor"));
    anchor.advance(head(40));
    Files.delete(anchor.path());
    anchor.advance(head(7));
    assertThat(anchor.read().head()).isEqualTo(head(7));
  }

  @Test
  void anUnreadableAnchorIsReportedAndReplacedByTheNextAdvance() throws Exception {
    Path file = dir.resolve("audit.anchor");
    for (String bad : List.of("", "garbage", "guwah audit anchor v1\nseq=x\nmac=00\n",
        "guwah audit anchor v1\nseq=5\nmac=00\n", "guwah audit anchor v1\nseq=-1\nmac="
            + "00".repeat(32) + "\n")) {
      Files.writeString(file, bad);
      assertThat(new AnchorFile(file).read().unreadable()).as(bad).isTrue();
    }
    new AnchorFile(file).advance(head(2));
    assertThat(new AnchorFile(file).read()).isEqualTo(new AnchorFile.Reading(head(2), false));
  }

  @Test
  void concurrentAdvancesEndAtTheHighest() throws Exception {
    Path file = dir.resolve("audit.anchor");
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      int offset = t;
      futures.add(pool.submit(() -> {
        AnchorFile anchor = new AnchorFile(file);
        for (int i = 1; i <= 50; i++) {
          anchor.advance(head(i * 8L - offset));
        }
        return null;
      }));
    }
    for (Future<?> f : futures) {
      f.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();
    assertThat(new AnchorFile(file).read().head()).isEqualTo(head(400));
  }
}
