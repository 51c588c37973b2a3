package org.guwah.app.demo;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Writes a large synthetic persons CSV for import benchmarks (see {@link
 * DemoData#writePersonsCsv}). About a third of the rows are respondents abroad, the rest relatives
 * in Xinjiang (protected third parties with resident IDs). Rows are generated and written
 * directly, without building domain records, so 100,000 rows take a fraction of a second.
 */
final class PersonsCsv {
  static final List<String> HEADER = List.of(
      "record_id", "name", "name_hanzi", "name_script", "sex", "birth", "ethnicity", "home_country", "home_county",
      "home_locality", "residence_country", "phone", "wechat", "id_number", "identity_level",
      "protected_third_party", "notes");

  private static final String CRLF = "\r\n";
  private static final int FLUSH_AT = 1 << 16;
  private static final LocalDate RESPONDENT_BORN_FROM = LocalDate.of(1950, 1, 1);
  private static final LocalDate RESPONDENT_BORN_TO = LocalDate.of(2000, 12, 31);
  private static final LocalDate RELATIVE_BORN_FROM = LocalDate.of(1935, 1, 1);
  private static final LocalDate RELATIVE_BORN_TO = LocalDate.of(2015, 12, 31);

  private final Random rnd;
  private final SyntheticResidentIds ids = new SyntheticResidentIds();
  private final StringBuilder buf = new StringBuilder(FLUSH_AT + 4096);

  PersonsCsv(long seed) {
    this.rnd = new Random(seed);
  }

  void write(int rows, Writer out) throws IOException {
    buf.append(String.join(",", HEADER)).append(CRLF);
    for (int r = 1; r <= rows; r++) {
      row(r);
      if (buf.length() >= FLUSH_AT) {
        out.write(buf.toString());
        buf.setLength(0);
      }
    }
    out.write(buf.toString());
    buf.setLength(0);
    out.flush();
  }

  private void row(int number) {
    boolean respondent = Draws.chance(rnd, 35);
    Residence residence = respondent ? Residences.weighted(rnd) : null;
    String ethnicity = respondent ? ethnicityAbroad(residence)
        : List.of("UYGHUR", "KAZAKH", "KYRGYZ", "UZBEK").get(Draws.weighted(rnd, 85, 12, 2, 1));
    boolean male = rnd.nextBoolean();
    FullName name = ethnicity.equals("KAZAKH") ? KazakhFullName.random(rnd, male) : UyghurFullName.random(rnd, male);
    County county = Counties.forEthnicity(rnd, ethnicity);
    LocalDate born = respondent
        ? DemoDates.day(rnd, RESPONDENT_BORN_FROM, RESPONDENT_BORN_TO)
        : DemoDates.day(rnd, RELATIVE_BORN_FROM, RELATIVE_BORN_TO);

    String script = script(name, respondent, residence);
    String hanzi = Draws.chance(rnd, respondent ? 20 : 80) ? name.render("HANZI") : "";
    String birth = Draws.chance(rnd, 5) ? "" : DemoDates.text(rnd, born, born, born, 55, 10, 0, 35, 0);
    String locality = Draws.chance(rnd, respondent ? 30 : 85) ? Villages.random(rnd) : "";
    String phone = respondent && Draws.chance(rnd, 85) ? residence.fictionalPhone(rnd) : "";
    String wechat = respondent && Draws.chance(rnd, 35) ? "wxid_" + Draws.alnum(rnd, 14) : "";
    String idNumber = Draws.chance(rnd, respondent ? 40 : 90)
        ? ids.issue(rnd, county.codeInIdFor(born.getYear()), born, male) : "";
    String level = respondent ? List.of("ANONYMOUS", "PARTIAL", "FULL").get(Draws.weighted(rnd, 67, 17, 16))
        : "ANONYMOUS";
    String notes = Draws.chance(rnd, 15)
        ? Draws.one(rnd, respondent ? Notes.RESPONDENT : Notes.RELATIVE) : "";

    buf.append('R');
    String n = Integer.toString(number);
    for (int pad = n.length(); pad < 6; pad++) {
      buf.append('0');
    }
    buf.append(n).append(',');
    field(name.render(script)).append(',');
    field(hanzi).append(',');
    buf.append(script).append(',');
    buf.append(male ? "MALE" : "FEMALE").append(',');
    field(birth).append(',');
    buf.append(ethnicity).append(',');
    buf.append("CN,").append(county.currentCode()).append(',');
    field(locality).append(',');
    buf.append(respondent ? residence.country() : "CN").append(',');
    field(phone).append(',');
    field(wechat).append(',');
    buf.append(idNumber).append(',');
    buf.append(level).append(',');
    buf.append(respondent ? "false" : "true").append(',');
    field(notes).append(CRLF);
  }

  private String ethnicityAbroad(Residence residence) {
    return switch (residence.country()) {
      case "KZ" -> Draws.chance(rnd, 55) ? "KAZAKH" : "UYGHUR";
      case "KG" -> Draws.chance(rnd, 35) ? "KYRGYZ" : "UYGHUR";
      case "UZ" -> Draws.chance(rnd, 40) ? "UZBEK" : "UYGHUR";
      default -> Draws.chance(rnd, 92) ? "UYGHUR" : "KAZAKH";
    };
  }

  /** A Latin or Arabic-script rendering (the {@code name} column). */
  private String script(FullName name, boolean respondent, Residence residence) {
    if (name instanceof KazakhFullName) {
      return "KAZAKH_LATIN";
    }
    if (respondent) {
      boolean tr = residence.country().equals("TR");
      return List.of("ULY", "UEY", "LATIN", "TURKISH").get(Draws.weighted(rnd, 40, 25, 20, tr ? 30 : 0));
    }
    return List.of("UEY", "ULY", "LATIN").get(Draws.weighted(rnd, 45, 45, 10));
  }

  /** Appends {@code value}, quoted per RFC 4180 when it holds a comma, quote or line break. */
  private StringBuilder field(String value) {
    boolean quote = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == ',' || c == '"' || c == '\n' || c == '\r') {
        quote = true;
        break;
      }
    }
    if (!quote) {
      return buf.append(value);
    }
    buf.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"') {
        buf.append('"');
      }
      buf.append(c);
    }
    return buf.append('"');
  }
}
