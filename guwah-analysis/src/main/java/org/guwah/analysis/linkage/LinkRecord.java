package org.guwah.analysis.linkage;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One record to link, as written in its source. Every field but {@code id} may be empty; values
 * are raw text and are parsed by the linker (names in any script; sex as a code or a label in any
 * interface language; birth dates as {@code YYYY-MM-DD}, {@code YYYY-MM}, {@code YYYY}, {@code
 * DD.MM.YYYY}, {@code YYYYMMDD} or {@code 1985年3月12日}; places as a six-digit GB/T 2260 code or a
 * county or prefecture name in any script; resident IDs in 18- or 15-digit form, also
 * spreadsheet-damaged).
 *
 * @param id the record's unique id (not identity data: it appears in results and messages)
 * @param source the list or document the record comes from (free text; not compared)
 * @param name the person's name, any script, any order of given and father's name
 * @param sex sex code or label
 * @param birthDate birth date (any precision)
 * @param birthYear birth year, used when {@code birthDate} is empty or has no year
 * @param place hometown or registration place: county code or a place name
 * @param idNumber PRC resident ID number
 * @param knownCluster the person this record is already known to belong to (e.g. confirmed by a
 *     reviewer), or null: records with the same known cluster are always linked, records with
 *     different known clusters never, and pairs of two known records are not compared
 */
public record LinkRecord(
    String id,
    String source,
    String name,
    String sex,
    String birthDate,
    String birthYear,
    String place,
    String idNumber,
    @Nullable String knownCluster) {
  public LinkRecord {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("a record id must not be blank");
    }
    source = Objects.requireNonNullElse(source, "");
    name = Objects.requireNonNullElse(name, "");
    sex = Objects.requireNonNullElse(sex, "");
    birthDate = Objects.requireNonNullElse(birthDate, "");
    birthYear = Objects.requireNonNullElse(birthYear, "");
    place = Objects.requireNonNullElse(place, "");
    idNumber = Objects.requireNonNullElse(idNumber, "");
    if (knownCluster != null && knownCluster.isBlank()) {
      knownCluster = null;
    }
  }

  /** A record without a known cluster. */
  public static LinkRecord of(
      String id,
      String source,
      String name,
      String sex,
      String birthDate,
      String birthYear,
      String place,
      String idNumber) {
    return new LinkRecord(id, source, name, sex, birthDate, birthYear, place, idNumber, null);
  }

  /** This record assigned to a known cluster (a person already decided on). */
  public LinkRecord withKnownCluster(@Nullable String cluster) {
    return new LinkRecord(id, source, name, sex, birthDate, birthYear, place, idNumber, cluster);
  }

  /** The id only: every other field is identity data. */
  @Override
  public String toString() {
    return "LinkRecord[id=" + id + "]";
  }
}
