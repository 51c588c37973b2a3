package org.guwah.analysis.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FsModelTest {
  private static FsModel model() {
    double[][] m = new double[Field.values().length][];
    double[][] u = new double[Field.values().length][];
    for (Field f : Field.values()) {
      m[f.ordinal()] = new double[f.levelCount()];
      u[f.ordinal()] = new double[f.levelCount()];
      for (int l = 0; l < f.levelCount(); l++) {
        m[f.ordinal()][l] = f.levelCount() - l;
        u[f.ordinal()][l] = l + 1;
      }
    }
    return FsModel.of(0.001, m, u);
  }

  @Test
  void weightsAreLogRatiosClamped() {
    FsModel model = model();
    assertThat(model.weight(Field.SEX, 0)).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(model.weight(Field.SEX, Field.MISSING)).isZero();
    assertThat(model.priorWeight()).isLessThan(-9.9);
    double[][] m = {{1, 0, 0, 0, 0, 0}, {1, 1, 1, 1, 1, 1}, {1, 1}, {1, 1, 1, 1}, {1, 1, 1, 1}};
    double[][] u = {{0, 0, 0, 0, 0, 1}, {1, 1, 1, 1, 1, 1}, {1, 1}, {1, 1, 1, 1}, {1, 1, 1, 1}};
    assertThat(FsModel.of(0.5, m, u).weight(Field.NAME, 0)).isEqualTo(FsModel.MAX_WEIGHT);
  }

  @Test
  void writesAndReadsItself() {
    FsModel model = model();
    assertThat(FsModel.parse(model.toTsv())).isEqualTo(model);
  }

  @Test
  void refusesIncompleteModelsNamingTheLine() {
    assertThatThrownBy(() -> FsModel.parse("lambda\t0.1\nNAME\texact\t0.5\t0.1\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no line for NAME strong");
    assertThatThrownBy(() -> FsModel.parse("lambda\t0.1\nNAME\tbest\t0.5\t0.1\n"))
        .hasMessageContaining("model line 2");
    assertThatThrownBy(() -> FsModel.parse("")).hasMessageContaining("no lambda");
    assertThatThrownBy(() -> FsModel.parse("lambda\t0.1\nNAME\texact\t0.5\n")).hasMessageContaining("model line 2");
  }
}
