package org.guwah.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.guwah.core.time.FuzzyDate;
import org.guwah.core.vocab.Vocabularies;
import org.guwah.names.ids.ResidentId;
import org.junit.jupiter.api.Test;

class PersonsCsvTest {
  private static final String HEADER = "record_id,name,name_hanzi,name_script,sex,birth,ethnicity,home_country,"
      + "home_county,home_locality,residence_country,phone,wechat,id_number,identity_level,protected_third_party,notes";
  private static final Clock AFTER_DATA = Clock.fixed(Instant.parse("2021-01-01T00:00:00Z"), ZoneOffset.UTC);

  @Test
  void headerIsExactlyTheAgreedOne() throws IOException {
    String csv = csv(5L, 0);
    assertThat(csv).isEqualTo(HEADER + "\r\n");
    assertThat(String.join(",", DemoData.PERSONS_CSV_HEADER)).isEqualTo(HEADER);
  }

  @Test
  void parsesBackWithTheRightRowsColumnsAndCodes() throws IOException {
    int rows = 3000;
    List<CsvRecord> records = parse(csv(11L, rows));
    assertThat(records).hasSize(rows + 1);
    assertThat(String.join(",", records.get(0).getFields())).isEqualTo(HEADER);
    Set<String> ids = new HashSet<>();
    Set<String> scripts = new HashSet<>();
    boolean multiLine = false;
    boolean quoted = false;
    for (int r = 1; r <= rows; r++) {
      List<String> f = records.get(r).getFields();
      assertThat(f).hasSize(17);
      assertThat(f.get(0)).isEqualTo(String.format("R%06d", r));
      assertThat(f.get(1)).isNotBlank();
      assertThat(f.get(2)).matches("|[\\p{IsHan}]+\u00B7[\\p{IsHan}]+");
      assertThat(f.get(3)).isIn("ULY", "UEY", "LATIN", "TURKISH", "KAZAKH_LATIN");
      assertThat(f.get(1)).matches(f.get(3).equals("UEY") ? "[\\p{InArabic} ]+" : "[\\p{IsLatin}' ]+");
      scripts.add(f.get(3));
      assertThat(f.get(4)).isIn("MALE", "FEMALE");
      if (!f.get(5).isEmpty()) {
        FuzzyDate birth = FuzzyDate.parse(f.get(5));
        assertThat(f.get(5)).matches("\\d{4}(-\\d{2}(-\\d{2})?)?");
        assertThat(birth.earliest().getYear()).isBetween(1935, 2015);
      }
      assertThat(code("ethnicity", f.get(6))).isTrue();
      assertThat(f.get(7)).isEqualTo("CN");
      assertThat(f.get(8)).matches("65\\d{4}");
      boolean protectedThirdParty = Boolean.parseBoolean(f.get(15));
      assertThat(f.get(15)).isIn("true", "false");
      assertThat(f.get(10)).isEqualTo(protectedThirdParty ? "CN" : f.get(10)).isNotEmpty();
      if (protectedThirdParty) {
        assertThat(f.get(11)).isEmpty();
        assertThat(f.get(12)).isEmpty();
        assertThat(f.get(14)).isEqualTo("ANONYMOUS");
      } else {
        assertThat(f.get(10)).isNotEqualTo("CN");
      }
      assertThat(code("identity_level", f.get(14))).isTrue();
      if (!f.get(13).isEmpty()) {
        assertThat(ResidentId.check(f.get(13), AFTER_DATA).isValid()).isTrue();
        assertThat(ids.add(f.get(13))).as("id numbers are distinct").isTrue();
        char sexDigit = f.get(13).charAt(16);
        assertThat((sexDigit - '0') % 2 == 1).isEqualTo(f.get(4).equals("MALE"));
        if (f.get(5).length() == 10) {
          assertThat(f.get(13).substring(6, 14)).isEqualTo(f.get(5).replace("-", ""));
        }
      }
      multiLine |= f.get(16).contains("\n");
      quoted |= f.get(16).contains("\"") || f.get(16).contains(",");
    }
    assertThat(scripts).contains("ULY", "UEY", "LATIN", "TURKISH", "KAZAKH_LATIN");
    assertThat(multiLine).as("some notes span lines (exercises quoting)").isTrue();
    assertThat(quoted).as("some notes hold quotes or commas").isTrue();
  }

  @Test
  void quotesOnlyWhereNeededPerRfc4180() throws IOException {
    String csv = csv(11L, 3000);
    assertThat(csv).contains("\"Said: \"\"they know where you live\"\", then the caller hung up.\"");
    assertThat(csv).contains("\"First contact at a community event.\nSecond meeting at the office, with an interpreter.\"");
    assertThat(csv).doesNotContain("\"Prefers to be contacted on Signal only.\"");
    assertThat(csv).endsWith("\r\n");
  }

  @Test
  void sameSeedSameBytesDifferentSeedDifferentRows() throws IOException {
    assertThat(csv(3L, 500)).isEqualTo(csv(3L, 500));
    assertThat(csv(3L, 500)).isNotEqualTo(csv(4L, 500));
  }

  @Test
  void hundredThousandRowsAreFast() throws IOException {
    csv(1L, 5000); // warm up
    long start = System.nanoTime();
    CountingWriter out = new CountingWriter();
    DemoData.writePersonsCsv(2024L, 100_000, out);
    double seconds = (System.nanoTime() - start) / 1e9;
    assertThat(out.lines).isGreaterThanOrEqualTo(100_001);
    assertThat(seconds).as("seconds for 100,000 rows").isLessThan(5.0);
  }

  @Test
  void rejectsNegativeRowCounts() {
    assertThatThrownBy(() -> DemoData.writePersonsCsv(1L, -1, new StringWriter()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static boolean code(String vocabulary, String value) {
    return Vocabularies.standard().vocabulary(vocabulary).contains(value);
  }

  private static String csv(long seed, int rows) throws IOException {
    StringWriter out = new StringWriter();
    DemoData.writePersonsCsv(seed, rows, out);
    return out.toString();
  }

  private static List<CsvRecord> parse(String csv) throws IOException {
    try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(new StringReader(csv))) {
      return reader.stream().toList();
    }
  }

  /** Counts CRLF line ends without keeping the text. */
  private static final class CountingWriter extends Writer {
    long lines;

    @Override
    public void write(char[] cbuf, int off, int len) {
      for (int i = off; i < off + len; i++) {
        if (cbuf[i] == '\n') {
          lines++;
        }
      }
    }

    @Override
    public void write(String str) {
      for (int i = 0; i < str.length(); i++) {
        if (str.charAt(i) == '\n') {
          lines++;
        }
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
