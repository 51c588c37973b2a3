package org.guwah.forms.expr;

/**
 * An expression could not be parsed or refers to something the form does not have. The message
 * says what is wrong and at which character (1-based); it quotes only form structure (names,
 * operators), never answers.
 */
public final class ExpressionSyntaxException extends Exception {
  private static final long serialVersionUID = 1L;
  private final int position;
  private final String reason;

  ExpressionSyntaxException(String reason, int position) {
    super(reason + " (at character " + position + ")");
    this.reason = reason;
    this.position = position;
  }

  /** 1-based character position in the expression text. */
  public int position() {
    return position;
  }

  /** The reason without the position. */
  public String reason() {
    return reason;
  }
}
