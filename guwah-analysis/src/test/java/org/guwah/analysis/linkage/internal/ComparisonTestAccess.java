package org.guwah.analysis.linkage.internal;

/** Test helpers shared with the API package's tests. */
public final class ComparisonTestAccess {
  private ComparisonTestAccess() {}

  /** A valid synthetic resident ID. */
  public static String id(String county, String date, String sequence) {
    return ComparisonTest.id(county, date, sequence);
  }
}
