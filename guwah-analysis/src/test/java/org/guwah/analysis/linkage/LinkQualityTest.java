package org.guwah.analysis.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.guwah.analysis.linkage.eval.PairwiseScore;
import org.guwah.analysis.linkage.eval.SyntheticLinkage;
import org.junit.jupiter.api.Test;

/**
 * Quality target of issue 5 on the generator's default set (5,000 records, seed 1, standard
 * profile: all four scripts, 30% of persons with a namesake): pairwise F1 ≥ 0.95 and precision ≥
 * 0.97 with default options. A quality check, not a timed test.
 */
class LinkQualityTest {
  @Test
  void theDefaultSetMeetsTheTargets() {
    SyntheticLinkage.Dataset d = SyntheticLinkage.generate(5_000, 1);
    LinkResult result = Linker.link(d.records(), LinkOptions.builder().parallelism(2).build());
    Map<String, String> clusters = new HashMap<>();
    result.assignments().forEach(a -> clusters.put(a.recordId(), a.clusterId()));
    PairwiseScore score = PairwiseScore.of(d.truth(), clusters);
    assertThat(score.precision()).as(score.toString()).isGreaterThanOrEqualTo(0.97);
    assertThat(score.f1()).as(score.toString()).isGreaterThanOrEqualTo(0.95);
  }
}
