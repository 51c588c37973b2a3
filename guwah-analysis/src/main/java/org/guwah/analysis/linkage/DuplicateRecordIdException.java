package org.guwah.analysis.linkage;

/**
 * Two records of one run share an id. The message names the id and both positions (0-based, in
 * input order); record ids are not identity data.
 */
public final class DuplicateRecordIdException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String recordId;
  private final int first;
  private final int second;

  public DuplicateRecordIdException(String recordId, int first, int second) {
    super("record id " + recordId + " appears twice (records " + (first + 1) + " and " + (second + 1) + ")");
    this.recordId = recordId;
    this.first = first;
    this.second = second;
  }

  /** The repeated id. */
  public String recordId() {
    return recordId;
  }

  /** Position of its first occurrence in the input list (0-based). */
  public int first() {
    return first;
  }

  /** Position of its second occurrence (0-based). */
  public int second() {
    return second;
  }
}
