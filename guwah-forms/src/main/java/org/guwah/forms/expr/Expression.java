package org.guwah.forms.expr;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A parsed expression. Supported: text literals in single or double quotes, numbers, {@code .},
 * {@code ${name}}, {@code + - * div mod}, unary minus, {@code = != < <= > >=}, {@code and}, {@code
 * or}, parentheses, and the functions {@code not selected count-selected string-length regex today
 * if coalesce int number string concat contains starts-with ends-with date count position(..) true
 * false boolean}. Paths, predicates and other XPath functions are refused when parsing.
 *
 * <p>Evaluation never throws: empty answers are empty text, impossible conversions give NaN or
 * false, {@code regex()} runs under a length and work budget ({@code regex} matches anywhere in the
 * text, as in JavaRosa, unless anchored with {@code ^…$}). Immutable and thread-safe.
 */
public final class Expression {
  private final String source;
  private final Node root;
  private final Set<String> references;
  private final boolean usesCurrent;

  private Expression(String source, Node root) {
    this.source = source;
    this.root = root;
    Set<String> refs = new LinkedHashSet<>();
    root.references(refs);
    this.references = Set.copyOf(refs);
    boolean current = false;
    for (Node n : Node.all(root)) {
      if (n instanceof Node.Current
          || n instanceof Node.Call && ((Node.Call) n).function() == Function.STRING_LENGTH && ((Node.Call) n).args().isEmpty()) {
        current = true;
      }
    }
    this.usesCurrent = current;
  }

  /**
   * Parses {@code text}, checking every reference against {@code scope}.
   *
   * @throws ExpressionSyntaxException with the 1-based position of the first problem
   */
  public static Expression parse(String text, ExpressionScope scope) throws ExpressionSyntaxException {
    return new Expression(text, Parser.parse(text, scope));
  }

  static Expression of(Node root) {
    return new Expression(Node.text(root), root);
  }

  /** Evaluates; never throws for any answers. */
  public Value evaluate(EvaluationContext ctx) {
    return root.eval(ctx);
  }

  /** Evaluates as a condition (XPath {@code boolean()}). */
  public boolean test(EvaluationContext ctx) {
    return root.eval(ctx).asBoolean();
  }

  /** The text as written in the form. */
  public String source() {
    return source;
  }

  /** A canonical text (binary operations in parentheses) that parses back to the same expression. */
  public String canonical() {
    return Node.text(root);
  }

  /** The field and repeat names referenced with {@code ${}}. */
  public Set<String> references() {
    return references;
  }

  /** Whether the expression reads {@code .} (the current field). */
  public boolean usesCurrent() {
    return usesCurrent;
  }

  Node root() {
    return root;
  }

  /** Two expressions are equal when their parsed trees are, whatever their spacing. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Expression && ((Expression) o).root.equals(root);
  }

  @Override
  public int hashCode() {
    return root.hashCode();
  }

  @Override
  public String toString() {
    return "Expression[" + source + "]";
  }
}
