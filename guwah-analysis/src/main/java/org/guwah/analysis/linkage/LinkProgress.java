package org.guwah.analysis.linkage;

/**
 * Receives the progress of a linkage run: the phase ({@code preparing}, {@code blocking}, {@code
 * comparing}, {@code learning}, {@code clustering}) and how much of it is done. Called from worker
 * threads: implementations must be thread-safe and quick. Carries counts only, never record data.
 */
@FunctionalInterface
public interface LinkProgress {
  /** Ignores every update. */
  LinkProgress NONE = (phase, done, total) -> { };

  /**
   * {@code done} of {@code total} units of {@code phase} are finished (records while preparing,
   * candidate pairs while comparing, 1 of 1 for phases that report only their end).
   */
  void update(String phase, long done, long total);
}
