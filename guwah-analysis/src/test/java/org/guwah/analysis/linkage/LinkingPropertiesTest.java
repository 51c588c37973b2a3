package org.guwah.analysis.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.guwah.analysis.linkage.eval.SyntheticLinkage;
import org.junit.jupiter.api.Test;

/**
 * Linking depends only on the records: not on their order, the number of threads, or the run.
 * Checked on random synthetic sets (sizes 2–400) in random orders.
 */
class LinkingPropertiesTest {
  private static List<String> clustersInIdOrder(LinkResult result, List<LinkRecord> records) {
    List<String> out = new ArrayList<>();
    records.stream().map(LinkRecord::id).sorted().forEach(id -> out.add(result.clusterOf(id)));
    return out;
  }

  private static LinkOptions options(int threads) {
    return LinkOptions.builder().today(LinkerTest.TODAY).parallelism(threads).build();
  }

  @Test
  void linkingIsIndependentOfInputOrderAndThreads() {
    qt().withExamples(10)
        .withShrinkCycles(0)
        .forAll(integers().between(2, 400), longs().between(1, 1_000), longs().all())
        .checkAssert(
            (size, seed, shuffle) -> {
              List<LinkRecord> records = SyntheticLinkage.generate(size, seed).records();
              List<LinkRecord> shuffled = new ArrayList<>(records);
              Collections.shuffle(shuffled, new Random(shuffle));
              LinkResult a = Linker.link(records, options(1));
              LinkResult b = Linker.link(shuffled, options(2));
              assertThat(clustersInIdOrder(b, records)).isEqualTo(clustersInIdOrder(a, records));
              assertThat(b.model()).isEqualTo(a.model());
              assertThat(b.links()).hasSameSizeAs(a.links());
              for (int i = 0; i < a.links().size(); i++) {
                assertThat(b.links().get(i)).isEqualTo(a.links().get(i));
              }
              // assignments come back in input order
              for (int i = 0; i < shuffled.size(); i++) {
                assertThat(b.assignments().get(i).recordId()).isEqualTo(shuffled.get(i).id());
              }
            });
  }

  @Test
  void aRunIsRepeatableAndAModelReusedGivesTheSameClusters() {
    List<LinkRecord> records = SyntheticLinkage.generate(600, 99).records();
    LinkResult first = Linker.link(records, options(2));
    LinkResult again = Linker.link(records, options(2));
    assertThat(clustersInIdOrder(again, records)).isEqualTo(clustersInIdOrder(first, records));
    FsModel reread = FsModel.parse(first.model().toTsv());
    LinkResult reused =
        Linker.link(records, options(2).toBuilder().model(reread).build());
    assertThat(clustersInIdOrder(reused, records)).isEqualTo(clustersInIdOrder(first, records));
    assertThat(reused.stats().emIterations()).isZero();
  }
}
