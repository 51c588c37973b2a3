package org.guwah.analysis.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LinkOptionsTest {
  @Test
  void defaultsAndRanges() {
    LinkOptions o = LinkOptions.defaults();
    assertThat(o.threshold()).isEqualTo(LinkOptions.DEFAULT_THRESHOLD);
    assertThat(o.parallelism()).isEqualTo(1);
    assertThat(o.toBuilder().build()).isEqualTo(o);
    assertThatThrownBy(() -> LinkOptions.builder().threshold(1).build()).hasMessageContaining("threshold");
    assertThatThrownBy(() -> LinkOptions.builder().parallelism(0).build()).hasMessageContaining("parallelism");
    assertThatThrownBy(() -> LinkOptions.builder().blockLimit(1).build()).hasMessageContaining("blockLimit");
    assertThatThrownBy(() -> LinkOptions.builder().cohesion(Double.NaN).build()).hasMessageContaining("cohesion");
  }

  @Test
  void recordsAndDecisionsAreChecked() {
    assertThatThrownBy(() -> LinkRecord.of(" ", "", "", "", "", "", "", "")).hasMessageContaining("blank");
    assertThatThrownBy(() -> ReviewDecision.confirmed("a", "a")).hasMessageContaining("two different");
    assertThat(LinkRecord.of("a", "s", "Memet", "", "", "", "", "").toString()).isEqualTo("LinkRecord[id=a]");
  }
}
