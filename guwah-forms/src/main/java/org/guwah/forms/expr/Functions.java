package org.guwah.forms.expr;

import java.util.List;

/** Evaluates the built-in functions; arguments are evaluated lazily where XPath allows ({@code if}). */
final class Functions {
  private Functions() {}

  static Value call(Function f, List<Node> args, EvaluationContext ctx) {
    switch (f) {
      case NOT:
        return Value.bool(!args.get(0).eval(ctx).asBoolean());
      case TRUE:
        return Value.TRUE;
      case FALSE:
        return Value.FALSE;
      case BOOLEAN:
        return Value.bool(args.get(0).eval(ctx).asBoolean());
      case SELECTED:
        return Value.bool(selected(args.get(0).eval(ctx).asString(), args.get(1).eval(ctx).asString().strip()));
      case COUNT_SELECTED:
        return Value.number(tokens(args.get(0).eval(ctx).asString()));
      case STRING_LENGTH: {
        String s = (args.isEmpty() ? ctx.current() : args.get(0).eval(ctx)).asString();
        return Value.number(s.codePointCount(0, s.length()));
      }
      case TODAY:
        return Value.date(ctx.today());
      case IF:
        return args.get(0).eval(ctx).asBoolean() ? args.get(1).eval(ctx) : args.get(2).eval(ctx);
      case COALESCE: {
        Value a = args.get(0).eval(ctx);
        return a.asString().isEmpty() ? args.get(1).eval(ctx) : a;
      }
      case INT: {
        double d = args.get(0).eval(ctx).asNumber();
        return Value.number(Double.isNaN(d) || Double.isInfinite(d) ? d : (d < 0 ? Math.ceil(d) : Math.floor(d)));
      }
      case NUMBER:
        return Value.number(args.get(0).eval(ctx).asNumber());
      case STRING:
        return Value.string(args.get(0).eval(ctx).asString());
      case CONCAT: {
        StringBuilder sb = new StringBuilder();
        for (Node a : args) {
          sb.append(a.eval(ctx).asString());
          if (sb.length() > 100_000) {
            break;
          }
        }
        return Value.string(sb.toString());
      }
      case CONTAINS:
        return Value.bool(args.get(0).eval(ctx).asString().contains(args.get(1).eval(ctx).asString()));
      case STARTS_WITH:
        return Value.bool(args.get(0).eval(ctx).asString().startsWith(args.get(1).eval(ctx).asString()));
      case ENDS_WITH:
        return Value.bool(args.get(0).eval(ctx).asString().endsWith(args.get(1).eval(ctx).asString()));
      case DATE: {
        Value v = args.get(0).eval(ctx);
        var d = v.kind() == Value.Kind.STRING && v.asString().isEmpty() ? null : v.asDate();
        return d == null ? Value.EMPTY : Value.date(d);
      }
      case COUNT:
        return Value.number(ctx.count(((Node.Ref) args.get(0)).name()));
      case POSITION:
        return Value.number(ctx.position());
      default:
        return Value.EMPTY;
    }
  }

  private static boolean selected(String list, String choice) {
    if (choice.isEmpty()) {
      return false;
    }
    int n = list.length();
    int i = 0;
    while (i < n) {
      while (i < n && Character.isWhitespace(list.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !Character.isWhitespace(list.charAt(i))) {
        i++;
      }
      if (i - start == choice.length() && list.regionMatches(start, choice, 0, choice.length())) {
        return true;
      }
    }
    return false;
  }

  private static int tokens(String list) {
    int count = 0;
    boolean in = false;
    for (int i = 0; i < list.length(); i++) {
      boolean ws = Character.isWhitespace(list.charAt(i));
      if (!ws && !in) {
        count++;
      }
      in = !ws;
    }
    return count;
  }
}
