package org.guwah.app.demo;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;

/**
 * Seeded generator of <em>synthetic</em> demo data, shaped like Amnesty International's 2020 study
 * of Uyghurs, Kazakhs and others abroad (DOMAIN.md §8.1). The same seed always gives the same data,
 * ids included; different seeds give different data.
 *
 * <p>Shape of {@link #generate(long, int) generate(seed, n)}:
 *
 * <ul>
 *   <li>{@code n} respondents (Uyghur mostly; Kazakh, Uzbek, Kyrgyz) living in 22 countries on 5
 *       continents (every country present when {@code n >= 22}); exactly {@code Math.round(n·2/3)}
 *       have identity level {@code ANONYMOUS}, the rest {@code PARTIAL} or {@code FULL};
 *   <li>one {@code INTERVIEW} (80%) or {@code QUESTIONNAIRE} source per respondent, received
 *       Sep 2018 – Sep 2019, with a testimony in English, Uyghur (Arabic script), Kazakh or Russian,
 *       per-purpose consent (same as the respondent's) and a verification level;
 *   <li>the number of respondents targeted by at least one incident with tactic {@code
 *       MESSAGING_SURVEILLANCE}, {@code INFO_DEMAND}, {@code THREAT_DIRECT} or {@code
 *       THREAT_FAMILY}, {@code INFORMANT_RECRUIT} is exactly {@code Math.round(n·k/400.0)} for
 *       k = 21, 39, 181, 26; other tactics appear at low rates;
 *   <li>0–3 relatives in Xinjiang per respondent: protected third parties without consent, a real
 *       Xinjiang county code, a synthetic village, a synthetic valid resident ID, detention events
 *       and a relationship to the respondent.
 * </ul>
 *
 * <p>Names are composed from common given names (given name + father's name) in 1–3 scripts
 * ({@code UEY}, {@code ULY}, {@code HANZI}, {@code UCS}, {@code CYRILLIC}, {@code TURKISH}, {@code
 * LATIN}, {@code KAZAKH_CYRILLIC}, {@code KAZAKH_LATIN}); phone numbers are in fictional ranges.
 * Stateless and thread-safe; logs nothing.
 */
public final class DemoData {
  /** Respondents in {@link #generate(long)}: about as many as in Amnesty's study. */
  public static final int DEFAULT_RESPONDENTS = 400;

  /** Largest accepted respondent count. */
  public static final int MAX_RESPONDENTS = 200_000;

  /** Columns of {@link #writePersonsCsv}, in order. */
  public static final List<String> PERSONS_CSV_HEADER = PersonsCsv.HEADER;

  private DemoData() {}

  /** {@link #generate(long, int)} with {@value #DEFAULT_RESPONDENTS} respondents. */
  public static DemoDataset generate(long seed) {
    return generate(seed, DEFAULT_RESPONDENTS);
  }

  /**
   * A synthetic dataset with {@code respondents} respondents.
   *
   * @throws IllegalArgumentException if {@code respondents} is not between 1 and {@value
   *     #MAX_RESPONDENTS}
   */
  public static DemoDataset generate(long seed, int respondents) {
    if (respondents < 1 || respondents > MAX_RESPONDENTS) {
      throw new IllegalArgumentException("respondents must be between 1 and " + MAX_RESPONDENTS);
    }
    return new DatasetGenerator(seed).generate(respondents);
  }

  /**
   * Writes {@code rows} synthetic persons as CSV (RFC 4180: comma-separated, CRLF line ends,
   * fields holding a comma, quote or line break are quoted, quotes doubled) after the header
   * {@link #PERSONS_CSV_HEADER}:
   *
   * <pre>record_id,name,name_hanzi,name_script,sex,birth,ethnicity,home_country,home_county,home_locality,residence_country,phone,wechat,id_number,identity_level,protected_third_party,notes</pre>
   *
   * <p>{@code record_id} is {@code R000001}, {@code R000002}…; {@code name} is a Latin or
   * Arabic-script name whose {@code name_script} code is given ({@code ULY}, {@code UEY}, {@code
   * LATIN}, {@code TURKISH}, {@code KAZAKH_LATIN}); {@code name_hanzi} a Chinese rendering with a
   * middle dot or empty; {@code sex} {@code MALE}/{@code FEMALE}; {@code birth} a fuzzy date
   * ({@code 1985-04-02}, {@code 1985-04}, {@code 1979}) or empty; codes as in the vocabularies;
   * {@code protected_third_party} {@code true}/{@code false}. About 35% of rows are respondents
   * abroad, the rest relatives in Xinjiang. Every non-empty {@code id_number} is a valid,
   * distinct synthetic resident ID. Empty fields are empty, not quoted. Same seed, same bytes.
   *
   * <p>Does not close {@code out}; flushes it at the end. About 100,000 rows per 0.5 s.
   *
   * @throws IllegalArgumentException if {@code rows} is negative
   * @throws IOException if writing fails
   */
  public static void writePersonsCsv(long seed, int rows, Writer out) throws IOException {
    if (rows < 0) {
      throw new IllegalArgumentException("rows must not be negative");
    }
    Objects.requireNonNull(out, "out");
    new PersonsCsv(seed).write(rows, out);
  }
}
