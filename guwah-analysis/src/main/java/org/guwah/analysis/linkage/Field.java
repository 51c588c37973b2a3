package org.guwah.analysis.linkage;

import java.util.List;

/**
 * The fields compared for every candidate pair, each with its agreement levels from strongest to
 * weakest. A field missing on either record is left out of the pair's score ({@link #MISSING}).
 */
public enum Field {
  /**
   * Names in any script, compared per part and in any order ({@code NameSimilarity}): exact
   * (score ≥ 0.985), strong (≥ 0.92), good (≥ 0.84: e.g. given and father's name swapped);
   * below that partial when one name is contained in the other (every part of one paired at ≥ 0.8,
   * parts left over on the other side only: the father's name missing), weak from 0.5 when every
   * paired part is roughly alike (≥ 0.6: a poor transcription), different otherwise (also one part
   * the same and another clearly not: brothers share their father's name).
   */
  NAME(List.of("exact", "strong", "good", "partial", "weak", "different")),
  /**
   * Birth date or year (from the date, the year or the resident ID): exact date; close date (day
   * and month swapped, one digit wrong or transposed, or the same day a year off); same year (one
   * side knows only the year or month); one year apart; same year but different full dates;
   * different (two years or more).
   */
  BIRTH(
      List.of(
          "exact_date", "close_date", "same_year", "one_year", "same_year_other_date", "different")),
  /** Sex (from the sex column or the resident ID): same, different. */
  SEX(List.of("same", "different")),
  /**
   * Place (county codes from the place column or the resident ID; county and prefecture names in
   * any script): same county, same prefecture, same unresolved place text, different.
   */
  PLACE(List.of("same_county", "same_prefecture", "same_text", "different")),
  /**
   * Resident ID: exact (also a 15-digit ID against its 18-digit form); truncated match (one side
   * spreadsheet-damaged, every surviving digit agrees); one edit (one digit wrong or two adjacent
   * digits swapped, on an ID that fails its check); different.
   */
  ID(List.of("exact", "truncated_match", "one_edit", "different"));

  /** The level index of a field missing on either record. */
  public static final int MISSING = -1;

  private final List<String> levels;

  Field(List<String> levels) {
    this.levels = levels;
  }

  /** Level names, strongest agreement first. */
  public List<String> levels() {
    return levels;
  }

  /** Number of levels (without missing). */
  public int levelCount() {
    return levels.size();
  }

  /** The name of level {@code level}, or {@code missing} for {@link #MISSING}. */
  public String levelName(int level) {
    return level == MISSING ? "missing" : levels.get(level);
  }

  /**
   * The index of a level name.
   *
   * @throws IllegalArgumentException if this field has no such level
   */
  public int level(String name) {
    int i = levels.indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException("field " + name() + " has no level " + name);
    }
    return i;
  }
}
