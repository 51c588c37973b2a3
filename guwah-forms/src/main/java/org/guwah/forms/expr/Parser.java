package org.guwah.forms.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.guwah.forms.expr.ExpressionScope.NameKind;
import org.guwah.forms.expr.Lexer.Kind;
import org.guwah.forms.expr.Lexer.Token;

/** Recursive-descent parser with XPath precedence: or, and, equality, order, additive, multiplicative, unary. */
final class Parser {
  static final int MAX_LENGTH = 4_000;
  static final int MAX_DEPTH = 48;

  private final List<Token> tokens;
  private final ExpressionScope scope;
  private int at;
  private int depth;

  private Parser(List<Token> tokens, ExpressionScope scope) {
    this.tokens = tokens;
    this.scope = scope;
  }

  static Node parse(String text, ExpressionScope scope) throws ExpressionSyntaxException {
    if (text.length() > MAX_LENGTH) {
      throw new ExpressionSyntaxException("expression is longer than " + MAX_LENGTH + " characters", MAX_LENGTH);
    }
    Parser p = new Parser(Lexer.tokens(text), scope);
    if (p.peek().kind() == Kind.EOF) {
      throw new ExpressionSyntaxException("expression is empty", 1);
    }
    Node n = p.or();
    if (p.peek().kind() != Kind.EOF) {
      throw new ExpressionSyntaxException("unexpected '" + p.peek().text() + "' after a complete expression", p.peek().position());
    }
    return n;
  }

  private Token peek() {
    return tokens.get(at);
  }

  private Token take() {
    return tokens.get(at++);
  }

  private boolean atOperator(String... ops) {
    Token t = peek();
    if (t.kind() != Kind.OP && t.kind() != Kind.NAME) {
      return false;
    }
    for (String op : ops) {
      if (t.text().equals(op)) {
        return true;
      }
    }
    return false;
  }

  private Node or() throws ExpressionSyntaxException {
    Node left = and();
    while (atOperator("or")) {
      take();
      left = new Node.Binary(Node.Op.OR, left, and());
    }
    return left;
  }

  private Node and() throws ExpressionSyntaxException {
    Node left = equality();
    while (atOperator("and")) {
      take();
      left = new Node.Binary(Node.Op.AND, left, equality());
    }
    return left;
  }

  private Node equality() throws ExpressionSyntaxException {
    Node left = order();
    while (peek().kind() == Kind.OP && atOperator("=", "!=")) {
      Node.Op op = take().text().equals("=") ? Node.Op.EQ : Node.Op.NE;
      left = new Node.Binary(op, left, order());
    }
    return left;
  }

  private Node order() throws ExpressionSyntaxException {
    Node left = additive();
    while (peek().kind() == Kind.OP && atOperator("<", "<=", ">", ">=")) {
      String s = take().text();
      Node.Op op = s.equals("<") ? Node.Op.LT : s.equals("<=") ? Node.Op.LE : s.equals(">") ? Node.Op.GT : Node.Op.GE;
      left = new Node.Binary(op, left, additive());
    }
    return left;
  }

  private Node additive() throws ExpressionSyntaxException {
    Node left = multiplicative();
    while (peek().kind() == Kind.OP && atOperator("+", "-")) {
      Node.Op op = take().text().equals("+") ? Node.Op.ADD : Node.Op.SUB;
      left = new Node.Binary(op, left, multiplicative());
    }
    return left;
  }

  private Node multiplicative() throws ExpressionSyntaxException {
    Node left = unary();
    while (peek().kind() == Kind.OP && atOperator("*") || peek().kind() == Kind.NAME && atOperator("div", "mod")) {
      String s = take().text();
      Node.Op op = s.equals("*") ? Node.Op.MUL : s.equals("div") ? Node.Op.DIV : Node.Op.MOD;
      left = new Node.Binary(op, left, unary());
    }
    return left;
  }

  private Node unary() throws ExpressionSyntaxException {
    Token t = peek();
    if (t.kind() == Kind.OP && t.text().equals("-")) {
      take();
      enter(t);
      Node n = new Node.Neg(unary());
      depth--;
      return n;
    }
    return primary();
  }

  private void enter(Token t) throws ExpressionSyntaxException {
    if (++depth > MAX_DEPTH) {
      throw new ExpressionSyntaxException("expression is nested too deeply", t.position());
    }
  }

  private Node primary() throws ExpressionSyntaxException {
    Token t = take();
    switch (t.kind()) {
      case NUMBER:
        return new Node.Num(Double.parseDouble(t.text()));
      case STRING:
        return new Node.Str(t.text());
      case REF:
        return reference(t, false);
      case DOT:
        return new Node.Current();
      case LPAREN: {
        enter(t);
        Node inner = or();
        expect(Kind.RPAREN, "')'");
        depth--;
        return inner;
      }
      case NAME:
        if (peek().kind() == Kind.LPAREN) {
          return call(t);
        }
        if (scope.isChoiceColumn(t.text())) {
          return new Node.Column(t.text());
        }
        throw new ExpressionSyntaxException("unexpected name '" + t.text()
            + "': write ${" + t.text() + "} for a field, or quote text as '" + t.text() + "'", t.position());
      case EOF:
        throw new ExpressionSyntaxException("expression ends too early", t.position());
      case DOTDOT:
        throw new ExpressionSyntaxException("'..' is only supported as position(..)", t.position());
      default:
        throw new ExpressionSyntaxException("unexpected '" + t.text() + "'", t.position());
    }
  }

  private Node reference(Token t, boolean counting) throws ExpressionSyntaxException {
    NameKind kind = scope.kind(t.text());
    switch (kind) {
      case FIELD:
        return new Node.Ref(t.text());
      case REPEAT:
        if (counting) {
          return new Node.Ref(t.text());
        }
        throw new ExpressionSyntaxException("${" + t.text() + "} is a repeat; it can only be counted: count(${" + t.text() + "})",
            t.position());
      case GROUP:
        throw new ExpressionSyntaxException("${" + t.text() + "} is a group, not a field", t.position());
      default:
        throw new ExpressionSyntaxException("${" + t.text() + "} refers to no field of this form", t.position());
    }
  }

  private void expect(Kind kind, String what) throws ExpressionSyntaxException {
    Token t = peek();
    if (t.kind() != kind) {
      throw new ExpressionSyntaxException("expected " + what + (t.kind() == Kind.EOF ? " before the end" : " but found '" + t.text() + "'"),
          t.position());
    }
    take();
  }

  private Node call(Token name) throws ExpressionSyntaxException {
    Function f = Function.byName(name.text());
    if (f == null) {
      throw new ExpressionSyntaxException("function '" + name.text() + "' is not supported", name.position());
    }
    enter(name);
    take(); // (
    List<Node> args = new ArrayList<>();
    if (f == Function.POSITION) {
      expect(Kind.DOTDOT, "'..' (position(..))");
      expect(Kind.RPAREN, "')'");
      if (!scope.insideRepeat()) {
        throw new ExpressionSyntaxException("position(..) is only meaningful inside a repeat", name.position());
      }
      depth--;
      return new Node.Call(f, args);
    }
    if (peek().kind() != Kind.RPAREN) {
      while (true) {
        if (f == Function.COUNT && args.isEmpty() && peek().kind() == Kind.REF) {
          Token ref = take();
          args.add(reference(ref, true));
        } else {
          args.add(or());
        }
        if (peek().kind() == Kind.COMMA) {
          take();
          continue;
        }
        break;
      }
    }
    expect(Kind.RPAREN, "')' or ','");
    depth--;
    if (args.size() < f.minArgs || args.size() > f.maxArgs) {
      String want = f.minArgs == f.maxArgs ? String.valueOf(f.minArgs) : f.minArgs + " to " + f.maxArgs;
      throw new ExpressionSyntaxException(f.xpathName() + "() takes " + want + " argument" + (f.maxArgs == 1 ? "" : "s")
          + ", not " + args.size(), name.position());
    }
    if (f == Function.COUNT && !(args.get(0) instanceof Node.Ref)) {
      throw new ExpressionSyntaxException("count() takes a reference such as count(${repeat})", name.position());
    }
    if (f == Function.REGEX) {
      return regex(name, args);
    }
    return new Node.Call(f, args);
  }

  private Node regex(Token name, List<Node> args) throws ExpressionSyntaxException {
    if (!(args.get(1) instanceof Node.Str)) {
      throw new ExpressionSyntaxException("regex() needs its pattern as quoted text", name.position());
    }
    String pattern = ((Node.Str) args.get(1)).value();
    if (pattern.length() > BoundedRegex.MAX_PATTERN) {
      throw new ExpressionSyntaxException("regex() pattern is longer than " + BoundedRegex.MAX_PATTERN + " characters",
          name.position());
    }
    try {
      return new Node.Regex(args.get(0), pattern, Pattern.compile(pattern));
    } catch (PatternSyntaxException e) {
      throw new ExpressionSyntaxException("regex() pattern is invalid near its character " + (Math.max(0, e.getIndex()) + 1),
          name.position());
    }
  }
}
