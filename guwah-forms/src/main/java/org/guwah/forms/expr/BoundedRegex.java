package org.guwah.forms.expr;

import java.util.regex.Pattern;

/**
 * Runs a compiled pattern against text with a cap on the text's length and on the work done (a
 * budget of character reads), so that a pathological pattern such as {@code (a+)+b} cannot hang a
 * request. Over either cap the match fails (the constraint is not met).
 */
final class BoundedRegex {
  /** Longest pattern accepted when a form is loaded. */
  static final int MAX_PATTERN = 500;

  /** Longest text a pattern is run against. */
  static final int MAX_INPUT = 5_000;

  /** Character reads one match may make. */
  static final int BUDGET = 200_000;

  private BoundedRegex() {}

  static boolean find(Pattern p, String input) {
    if (input.length() > MAX_INPUT) {
      return false;
    }
    try {
      return p.matcher(new Budgeted(input, new int[] {BUDGET})).find();
    } catch (OutOfBudget e) {
      return false;
    } catch (RuntimeException | StackOverflowError e) {
      return false;
    }
  }

  private static final class OutOfBudget extends RuntimeException {
    private static final long serialVersionUID = 1L;

    OutOfBudget() {
      super(null, null, false, false);
    }
  }

  private static final class Budgeted implements CharSequence {
    private final String s;
    private final int[] budget;

    Budgeted(String s, int[] budget) {
      this.s = s;
      this.budget = budget;
    }

    @Override
    public int length() {
      return s.length();
    }

    @Override
    public char charAt(int index) {
      if (--budget[0] < 0) {
        throw new OutOfBudget();
      }
      return s.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return new Budgeted(s.substring(start, end), budget);
    }

    @Override
    public String toString() {
      return s;
    }
  }
}
