package org.guwah.forms.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A node of a parsed expression. Each node evaluates itself without throwing and prints itself in
 * a canonical form that parses back to an equal node (binary operations fully parenthesised).
 */
sealed interface Node
    permits Node.Str, Node.Num, Node.Ref, Node.Current, Node.Column, Node.Binary, Node.Neg, Node.Call, Node.Regex {

  Value eval(EvaluationContext ctx);

  void print(StringBuilder out);

  /** Adds the field names this node references with {@code ${}} to {@code names}. */
  default void references(Set<String> names) {}

  /** A string literal. */
  record Str(String value) implements Node {
    public Str {
      if (value.indexOf('\'') >= 0 && value.indexOf('"') >= 0) {
        throw new IllegalArgumentException("a literal cannot hold both quote characters");
      }
    }

    @Override
    public Value eval(EvaluationContext ctx) {
      return Value.string(value);
    }

    @Override
    public void print(StringBuilder out) {
      char q = value.indexOf('\'') >= 0 ? '"' : '\'';
      out.append(q).append(value).append(q);
    }
  }

  /** A non-negative number literal (negative numbers are {@link Neg}). */
  record Num(double value) implements Node {
    public Num {
      if (!(value >= 0) || Double.isInfinite(value)) {
        throw new IllegalArgumentException("number literals are finite and not negative");
      }
    }

    @Override
    public Value eval(EvaluationContext ctx) {
      return Value.number(value);
    }

    @Override
    public void print(StringBuilder out) {
      out.append(Value.numberText(value));
    }
  }

  /** {@code ${name}}. */
  record Ref(String name) implements Node {
    @Override
    public Value eval(EvaluationContext ctx) {
      return ctx.field(name);
    }

    @Override
    public void print(StringBuilder out) {
      out.append("${").append(name).append('}');
    }

    @Override
    public void references(Set<String> names) {
      names.add(name);
    }
  }

  /** {@code .}: the current field. */
  record Current() implements Node {
    @Override
    public Value eval(EvaluationContext ctx) {
      return ctx.current();
    }

    @Override
    public void print(StringBuilder out) {
      out.append('.');
    }
  }

  /** A bare name in a choice filter: a column of the choice being filtered. */
  record Column(String name) implements Node {
    @Override
    public Value eval(EvaluationContext ctx) {
      return ctx.choiceColumn(name);
    }

    @Override
    public void print(StringBuilder out) {
      out.append(name);
    }
  }

  /** The binary operators, loosest first. */
  enum Op {
    OR("or"), AND("and"), EQ("="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">="), ADD("+"), SUB("-"), MUL("*"),
    DIV("div"), MOD("mod");

    final String symbol;

    Op(String symbol) {
      this.symbol = symbol;
    }
  }

  /** {@code left op right}. */
  record Binary(Op op, Node left, Node right) implements Node {
    @Override
    public Value eval(EvaluationContext ctx) {
      switch (op) {
        case OR:
          return Value.bool(left.eval(ctx).asBoolean() || right.eval(ctx).asBoolean());
        case AND:
          return Value.bool(left.eval(ctx).asBoolean() && right.eval(ctx).asBoolean());
        case EQ:
        case NE:
        case LT:
        case LE:
        case GT:
        case GE:
          return Value.bool(Comparison.compare(op, left.eval(ctx), right.eval(ctx)));
        default:
          return Value.number(arithmetic(left.eval(ctx).asNumber(), right.eval(ctx).asNumber()));
      }
    }

    private double arithmetic(double a, double b) {
      switch (op) {
        case ADD:
          return a + b;
        case SUB:
          return a - b;
        case MUL:
          return a * b;
        case DIV:
          return a / b;
        default:
          return a % b;
      }
    }

    @Override
    public void print(StringBuilder out) {
      out.append('(');
      left.print(out);
      out.append(' ').append(op.symbol).append(' ');
      right.print(out);
      out.append(')');
    }

    @Override
    public void references(Set<String> names) {
      left.references(names);
      right.references(names);
    }
  }

  /** Unary minus. */
  record Neg(Node operand) implements Node {
    @Override
    public Value eval(EvaluationContext ctx) {
      return Value.number(-operand.eval(ctx).asNumber());
    }

    @Override
    public void print(StringBuilder out) {
      out.append('-');
      operand.print(out);
    }

    @Override
    public void references(Set<String> names) {
      operand.references(names);
    }
  }

  /** A function call (all but {@code regex}). */
  record Call(Function function, List<Node> args) implements Node {
    public Call {
      args = List.copyOf(args);
    }

    @Override
    public Value eval(EvaluationContext ctx) {
      return Functions.call(function, args, ctx);
    }

    @Override
    public void print(StringBuilder out) {
      out.append(function.xpathName()).append('(');
      if (function == Function.POSITION) {
        out.append("..");
      }
      for (int i = 0; i < args.size(); i++) {
        if (i > 0) {
          out.append(", ");
        }
        args.get(i).print(out);
      }
      out.append(')');
    }

    @Override
    public void references(Set<String> names) {
      for (Node a : args) {
        a.references(names);
      }
    }
  }

  /** {@code regex(input, 'pattern')} with the pattern compiled once, when parsed. */
  record Regex(Node input, String pattern, Pattern compiled) implements Node {
    @Override
    public Value eval(EvaluationContext ctx) {
      return Value.bool(BoundedRegex.find(compiled, input.eval(ctx).asString()));
    }

    @Override
    public void print(StringBuilder out) {
      out.append("regex(");
      input.print(out);
      out.append(", ");
      new Str(pattern).print(out);
      out.append(')');
    }

    @Override
    public void references(Set<String> names) {
      input.references(names);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Regex && ((Regex) o).input.equals(input) && ((Regex) o).pattern.equals(pattern);
    }

    @Override
    public int hashCode() {
      return Objects.hash(input, pattern);
    }
  }

  /** Helper for printing a whole tree. */
  static String text(Node n) {
    StringBuilder sb = new StringBuilder();
    n.print(sb);
    return sb.toString();
  }

  /** All nodes of a tree, depth first (for checks). */
  static List<Node> all(Node root) {
    List<Node> out = new ArrayList<>();
    collect(root, out);
    return out;
  }

  private static void collect(Node n, List<Node> out) {
    out.add(n);
    if (n instanceof Binary) {
      collect(((Binary) n).left(), out);
      collect(((Binary) n).right(), out);
    } else if (n instanceof Neg) {
      collect(((Neg) n).operand(), out);
    } else if (n instanceof Call) {
      for (Node a : ((Call) n).args()) {
        collect(a, out);
      }
    } else if (n instanceof Regex) {
      collect(((Regex) n).input(), out);
    }
  }
}
