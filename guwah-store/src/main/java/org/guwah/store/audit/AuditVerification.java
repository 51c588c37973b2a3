package org.guwah.store.audit;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The result of {@link AuditLog#verify()}.
 *
 * @param entriesChecked how many stored entries were read and checked
 * @param lastSeq the highest stored seq (0 if there is none)
 * @param problems the problems found, ordered by seq, at most {@value #MAX_PROBLEMS} (the first
 *     ones); empty when the chain is intact
 * @param problemsOmitted how many further problems were found but not listed
 */
public record AuditVerification(
    long entriesChecked, long lastSeq, List<AuditProblem> problems, long problemsOmitted) {

  /** Most problems listed. */
  public static final int MAX_PROBLEMS = 1000;

  public AuditVerification {
    problems = List.copyOf(problems);
    if (entriesChecked < 0 || lastSeq < 0 || problemsOmitted < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
  }

  /** Whether the chain is intact: no problem at all. */
  public boolean ok() {
    return problems.isEmpty() && problemsOmitted == 0;
  }

  /** Total number of problems found. */
  public long problemCount() {
    return problems.size() + problemsOmitted;
  }

  /** The seqs of the first {@code n} problems, e.g. {@code "5 (edited), 9 (missing)"}. */
  public String firstProblems(int n) {
    return problems.stream()
        .limit(n)
        .map(p -> p.seq() + " (" + p.kind().code() + ")")
        .collect(Collectors.joining(", "));
  }
}
