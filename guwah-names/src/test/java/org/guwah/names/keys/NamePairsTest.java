package org.guwah.names.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Table-driven: {@code name-pairs.tsv} lists pairs that must match, may match, or must not. */
class NamePairsTest {
  static Stream<Arguments> pairs() throws IOException {
    List<Arguments> out = new ArrayList<>();
    try (InputStream in = NamePairsTest.class.getResourceAsStream("name-pairs.tsv")) {
      assertThat(in).as("name-pairs.tsv").isNotNull();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int lineNumber = 0;
      while ((line = r.readLine()) != null) {
        lineNumber++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        assertThat(f).as("line %d has a, b, expect, note", lineNumber).hasSize(4);
        out.add(Arguments.of(lineNumber, f[0], f[1], f[2], f[3]));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "line {0}: {2} ({4})")
  @MethodSource("pairs")
  void pairScoresAsExpected(int line, String a, String b, String expect, String note) {
    NameKey ka = NameKeys.of(a);
    NameKey kb = NameKeys.of(b);
    NameComparison c = NameSimilarity.compare(ka, kb);
    double score = c.score();
    assertThat(NameSimilarity.compare(kb, ka).score()).isEqualTo(score);
    assertThat(NameSimilarity.score(ka, kb)).isEqualTo(score);
    switch (expect) {
      case "match":
        assertThat(score).as(c.explain()).isGreaterThanOrEqualTo(0.85);
        Set<String> shared = new HashSet<>(NameKeys.blockingKeys(ka));
        shared.retainAll(NameKeys.blockingKeys(kb));
        assertThat(shared).as("a shared blocking key").isNotEmpty();
        break;
      case "possible":
        assertThat(score).as(c.explain()).isBetween(0.60, 0.8999);
        break;
      case "different":
        assertThat(score).as(c.explain()).isLessThan(0.80);
        break;
      default:
        throw new AssertionError("unknown expectation on line " + line);
    }
  }

  @Test
  void theTableCoversEveryScriptAndAllThreeOutcomes() throws IOException {
    List<Arguments> all = pairs().collect(java.util.stream.Collectors.toList());
    assertThat(all).hasSizeGreaterThan(100);
    Set<String> outcomes = new HashSet<>();
    Set<org.guwah.names.DetectedScript> scripts = new HashSet<>();
    for (Arguments a : all) {
      outcomes.add((String) a.get()[3]);
      scripts.add(NameKeys.of((String) a.get()[2]).script());
    }
    assertThat(outcomes).containsExactlyInAnyOrder("match", "possible", "different");
    assertThat(scripts)
        .contains(
            org.guwah.names.DetectedScript.UEY,
            org.guwah.names.DetectedScript.HANZI,
            org.guwah.names.DetectedScript.LATIN,
            org.guwah.names.DetectedScript.TURKISH,
            org.guwah.names.DetectedScript.CYRILLIC,
            org.guwah.names.DetectedScript.CYRILLIC_KAZAKH,
            org.guwah.names.DetectedScript.CYRILLIC_TURKIC);
  }
}
