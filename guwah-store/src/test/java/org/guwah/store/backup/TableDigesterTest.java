package org.guwah.store.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TableDigesterTest {
  /** Rows of fields; a null field is SQL NULL. */
  static byte[] binaryCopy(List<List<byte[]>> rows) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.write(new byte[] {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0});
    out.writeInt(0);
    out.writeInt(0);
    for (List<byte[]> row : rows) {
      out.writeShort(row.size());
      for (byte[] field : row) {
        if (field == null) {
          out.writeInt(-1);
        } else {
          out.writeInt(field.length);
          out.write(field);
        }
      }
    }
    out.writeShort(-1);
    return bytes.toByteArray();
  }

  static List<List<byte[]>> rows(int n) {
    List<List<byte[]>> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      rows.add(Arrays.asList(("id-" + i).getBytes(StandardCharsets.UTF_8), i % 3 == 0 ? null : new byte[0],
          new byte[i % 200]));
    }
    return rows;
  }

  static TableDigest digest(byte[] stream, CopyFormat format, long seed) throws CopyDataException {
    TableDigester digester = new TableDigester("t", format);
    Random random = new Random(seed);
    int at = 0;
    while (at < stream.length) {
      int n = Math.min(stream.length - at, 1 + random.nextInt(seed == 0 ? stream.length : 7));
      digester.update(stream, at, n);
      at += n;
    }
    return digester.finish();
  }

  @Test
  void countsRowsWhateverTheChunkSizes() throws Exception {
    byte[] stream = binaryCopy(rows(500));
    TableDigest whole = digest(stream, CopyFormat.BINARY, 0);
    assertThat(whole.rows()).isEqualTo(500);
    for (long seed = 1; seed < 6; seed++) {
      assertThat(digest(stream, CopyFormat.BINARY, seed)).isEqualTo(whole);
    }
  }

  @Test
  void theContentDigestIgnoresRowOrderButNotRowsOrValues() throws Exception {
    List<List<byte[]>> rows = rows(50);
    TableDigest ordered = digest(binaryCopy(rows), CopyFormat.BINARY, 0);
    List<List<byte[]>> shuffled = new ArrayList<>(rows);
    Collections.shuffle(shuffled, new Random(3));
    TableDigest reordered = digest(binaryCopy(shuffled), CopyFormat.BINARY, 0);
    assertThat(reordered.sameRows(ordered)).isTrue();
    assertThat(reordered.sha256()).isNotEqualTo(ordered.sha256());

    List<List<byte[]>> duplicated = new ArrayList<>(rows);
    duplicated.set(1, rows.get(0));
    assertThat(digest(binaryCopy(duplicated), CopyFormat.BINARY, 0).sameRows(ordered)).isFalse();
    List<List<byte[]>> changed = new ArrayList<>(rows);
    changed.set(7, Arrays.asList("id-7".getBytes(StandardCharsets.UTF_8), new byte[1], new byte[7]));
    assertThat(digest(binaryCopy(changed), CopyFormat.BINARY, 0).sameRows(ordered)).isFalse();
    List<List<byte[]>> nullified = new ArrayList<>(rows);
    nullified.set(3, Arrays.asList("id-3".getBytes(StandardCharsets.UTF_8), new byte[0], new byte[3]));
    assertThat(digest(binaryCopy(nullified), CopyFormat.BINARY, 0).sameRows(ordered)).isFalse();
  }

  @Test
  void anIncompleteOrOverlongBinaryStreamIsRefused() throws Exception {
    byte[] stream = binaryCopy(rows(3));
    for (int cut : new int[] {0, 5, 19, 21, stream.length - 2, stream.length - 1}) {
      assertThatThrownBy(() -> digest(Arrays.copyOf(stream, cut), CopyFormat.BINARY, 0)).as("cut at " + cut)
          .isInstanceOf(CopyDataException.class);
    }
    assertThatThrownBy(() -> digest(Arrays.copyOf(stream, stream.length + 1), CopyFormat.BINARY, 0))
        .isInstanceOf(CopyDataException.class).hasMessageContaining("after its end marker");
    byte[] badSignature = stream.clone();
    badSignature[1] = 'X';
    assertThatThrownBy(() -> digest(badSignature, CopyFormat.BINARY, 0)).hasMessageContaining("signature");
  }

  @Test
  void textRowsEndAtNewlines() throws Exception {
    byte[] text = "1\tone\n2\ttwo\\nstill two\n3\t\\N\n".getBytes(StandardCharsets.UTF_8);
    TableDigest digest = digest(text, CopyFormat.TEXT, 2);
    assertThat(digest.rows()).isEqualTo(3);
    byte[] reordered = "3\t\\N\n1\tone\n2\ttwo\\nstill two\n".getBytes(StandardCharsets.UTF_8);
    assertThat(digest(reordered, CopyFormat.TEXT, 0).sameRows(digest)).isTrue();
    assertThatThrownBy(() -> digest(Arrays.copyOf(text, text.length - 1), CopyFormat.TEXT, 0))
        .isInstanceOf(CopyDataException.class);
    assertThat(digest(new byte[0], CopyFormat.TEXT, 0).rows()).isZero();
  }
}
