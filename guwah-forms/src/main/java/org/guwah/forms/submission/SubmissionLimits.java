package org.guwah.forms.submission;

/**
 * Hard limits on one submission, checked before any answer is parsed.
 *
 * @param maxAnswerChars characters of one answer (before cleaning)
 * @param maxRepeatInstances instances of one repeat (within one parent instance); also the highest index accepted
 * @param maxFields distinct keys in one submission
 * @param maxValuesPerField values posted under one key (checkboxes of a select_multiple)
 * @param maxKeyLength characters of one key
 */
public record SubmissionLimits(int maxAnswerChars, int maxRepeatInstances, int maxFields, int maxValuesPerField,
    int maxKeyLength) {

  public SubmissionLimits {
    if (maxAnswerChars < 1 || maxRepeatInstances < 1 || maxFields < 1 || maxValuesPerField < 1 || maxKeyLength < 1) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }

  /** 20,000 characters an answer, 50 instances a repeat, 2,000 fields, 200 values a field, keys of 200 characters. */
  public static SubmissionLimits defaults() {
    return new SubmissionLimits(20_000, 50, 2_000, 200, 200);
  }

  public SubmissionLimits withMaxAnswerChars(int value) {
    return new SubmissionLimits(value, maxRepeatInstances, maxFields, maxValuesPerField, maxKeyLength);
  }

  public SubmissionLimits withMaxRepeatInstances(int value) {
    return new SubmissionLimits(maxAnswerChars, value, maxFields, maxValuesPerField, maxKeyLength);
  }

  public SubmissionLimits withMaxFields(int value) {
    return new SubmissionLimits(maxAnswerChars, maxRepeatInstances, value, maxValuesPerField, maxKeyLength);
  }
}
