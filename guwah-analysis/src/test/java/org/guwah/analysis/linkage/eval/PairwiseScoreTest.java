package org.guwah.analysis.linkage.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PairwiseScoreTest {
  @Test
  void countsPairsFromTheContingencyTable() {
    Map<String, String> truth = Map.of("1", "A", "2", "A", "3", "A", "4", "B", "5", "B");
    // cluster x: 1,2 (one correct pair); y: 3,4 (one wrong pair); 5 alone
    Map<String, String> clusters = Map.of("1", "x", "2", "x", "3", "y", "4", "y", "5", "z");
    PairwiseScore s = PairwiseScore.of(truth, clusters);
    assertThat(s.truePairs()).isEqualTo(4);
    assertThat(s.predictedPairs()).isEqualTo(2);
    assertThat(s.correctPairs()).isEqualTo(1);
    assertThat(s.precision()).isEqualTo(0.5);
    assertThat(s.recall()).isEqualTo(0.25);
    assertThat(s.f1()).isCloseTo(1.0 / 3, within(1e-12));
  }

  @Test
  void missingRecordsCountAsAlone() {
    PairwiseScore s = PairwiseScore.of(Map.of("1", "A", "2", "A"), Map.of("1", "x"));
    assertThat(s.unclustered()).isEqualTo(1);
    assertThat(s.recall()).isZero();
    assertThat(s.precision()).isEqualTo(1);
  }
}
