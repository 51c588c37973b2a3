package org.guwah.names.ids;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Address codes (GB/T 2260) as they appear in resident IDs: every Xinjiang code ever in use, with
 * the years it was introduced and retired ({@code xinjiang-codes.tsv}, from yescallop/areacodes,
 * CC0), and the province codes of the whole country.
 *
 * <p>IDs keep the code of the county where they were issued, never updated after a renaming or
 * merger, so a retired code is as valid as a current one (DOMAIN.md §10).
 *
 * <p>Immutable after class initialisation; thread-safe. Never logs.
 */
public final class CountyCodes {
  /** Province-level codes (first two digits) of GB/T 2260, current and historical. */
  private static final Set<String> PROVINCES =
      Set.of(
          "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
          "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
          "65", "71", "81", "82");

  private static final Map<String, int[]> XINJIANG = load();

  private CountyCodes() {}

  private static Map<String, int[]> load() {
    Map<String, int[]> out = new HashMap<>();
    try (InputStream in = CountyCodes.class.getResourceAsStream("xinjiang-codes.tsv")) {
      if (in == null) {
        throw new IllegalStateException("missing resource xinjiang-codes.tsv");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        int from = Integer.parseInt(f[1]);
        int to = f[2].isEmpty() ? 0 : Integer.parseInt(f[2]);
        out.put(f[0], new int[] {from, to});
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read xinjiang-codes.tsv", e);
    }
    return Map.copyOf(out);
  }

  /**
   * Classifies a six-digit address code.
   *
   * @throws NullPointerException if {@code code} is null
   * @throws IllegalArgumentException if {@code code} is not six ASCII digits
   */
  public static CountyCodeStatus status(String code) {
    Objects.requireNonNull(code, "code");
    if (code.length() != 6 || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new IllegalArgumentException("an address code has six digits");
    }
    String province = code.substring(0, 2);
    if (!PROVINCES.contains(province)) {
      return CountyCodeStatus.UNKNOWN_PROVINCE;
    }
    if (!province.equals("65")) {
      return CountyCodeStatus.OTHER_PROVINCE;
    }
    int[] years = XINJIANG.get(code);
    if (years == null) {
      return CountyCodeStatus.XINJIANG_UNKNOWN;
    }
    return years[1] == 0 ? CountyCodeStatus.XINJIANG_CURRENT : CountyCodeStatus.XINJIANG_RETIRED;
  }

  /** The year a Xinjiang code was introduced, if it is in the table. */
  public static OptionalInt introduced(String code) {
    int[] years = XINJIANG.get(code);
    return years == null ? OptionalInt.empty() : OptionalInt.of(years[0]);
  }

  /** The year a Xinjiang code was retired, if it is in the table and retired. */
  public static OptionalInt retired(String code) {
    int[] years = XINJIANG.get(code);
    return years == null || years[1] == 0 ? OptionalInt.empty() : OptionalInt.of(years[1]);
  }

  /** Number of Xinjiang codes in the table. */
  public static int xinjiangCodeCount() {
    return XINJIANG.size();
  }
}
