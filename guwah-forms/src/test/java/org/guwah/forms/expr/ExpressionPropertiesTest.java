package org.guwah.forms.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/** Properties: printing parses back to the same tree; parsing and evaluating never throw anything unexpected. */
class ExpressionPropertiesTest {
  private static final String[] NAMES = {"age", "qanari_name", "x", "_y", "relative.count", "a-b", "ئىسىم", "名字"};
  private static final String[] STRINGS = {"", " ", "yes", "it's", "say \"hi\"", "qanari", "ئابدۇرېھىم", "\u200F٢٠١٧",
      "2017-03-15", "12.5", "${not a ref}", "a b c", "(", "div"};
  private static final String[] PATTERNS = {"^[0-9]+$", "a|b", "\\p{IsArabic}", "^(a+)+$", "[a-z]{2,3}", "."};
  private static final Function[] CALLABLE = Function.values();

  private static int pick(RandomnessSource in, int n) {
    return (int) in.next(Constraint.between(0, n - 1));
  }

  static Gen<Node> nodes(int depth) {
    return in -> node(in, depth);
  }

  private static Node node(RandomnessSource in, int depth) {
    int kind = pick(in, depth <= 0 ? 5 : 9);
    switch (kind) {
      case 0:
        return new Node.Str(STRINGS[pick(in, STRINGS.length)]);
      case 1:
        return new Node.Num(in.next(Constraint.between(0, 1_000_000)) / (double) new long[] {1, 10, 100, 1000}[pick(in, 4)]);
      case 2:
        return new Node.Ref(NAMES[pick(in, NAMES.length)]);
      case 3:
        return new Node.Current();
      case 4:
        return new Node.Column(NAMES[pick(in, NAMES.length)]);
      case 5:
      case 6:
        return new Node.Binary(Node.Op.values()[pick(in, Node.Op.values().length)], node(in, depth - 1), node(in, depth - 1));
      case 7:
        return new Node.Neg(node(in, depth - 1));
      default:
        return call(in, depth);
    }
  }

  private static Node call(RandomnessSource in, int depth) {
    Function f = CALLABLE[pick(in, CALLABLE.length)];
    if (f == Function.REGEX) {
      String p = PATTERNS[pick(in, PATTERNS.length)];
      return new Node.Regex(node(in, depth - 1), p, Pattern.compile(p));
    }
    if (f == Function.COUNT) {
      return new Node.Call(f, List.of(new Node.Ref(NAMES[pick(in, NAMES.length)])));
    }
    int n = f.minArgs + pick(in, Math.min(f.maxArgs, f.minArgs + 3) - f.minArgs + 1);
    List<Node> args = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      args.add(node(in, depth - 1));
    }
    return new Node.Call(f, args);
  }

  /** Random values of every kind, including node sets, NaN and dates. */
  static Value value(RandomnessSource in) {
    switch (pick(in, 6)) {
      case 0:
        return Value.string(STRINGS[pick(in, STRINGS.length)]);
      case 1:
        return Value.number(new double[] {0, -1, 3.5, Double.NaN, Double.POSITIVE_INFINITY, 1e300}[pick(in, 6)]);
      case 2:
        return Value.bool(pick(in, 2) == 1);
      case 3:
        return Value.date(LocalDate.ofEpochDay(in.next(Constraint.between(-50_000, 50_000))));
      case 4: {
        List<Value> members = new ArrayList<>();
        int n = pick(in, 4);
        for (int i = 0; i < n; i++) {
          members.add(Value.string(STRINGS[pick(in, STRINGS.length)]));
        }
        return Value.nodes(members);
      }
      default:
        return Value.EMPTY;
    }
  }

  static Gen<MapContext> contexts() {
    return in -> {
      MapContext ctx = new MapContext();
      for (String n : NAMES) {
        ctx.with(n, value(in));
        ctx.choice.put(n, STRINGS[pick(in, STRINGS.length)]);
      }
      ctx.current = value(in);
      ctx.position = pick(in, 5);
      return ctx;
    };
  }

  @Test
  void printedExpressionsParseBackToTheSameTree() {
    qt().withExamples(3000).forAll(nodes(5)).checkAssert(n -> {
      String printed = Node.text(n);
      Expression back;
      try {
        back = Expression.parse(printed, ExpressionScope.permissive());
      } catch (ExpressionSyntaxException e) {
        throw new AssertionError("cannot parse " + printed + ": " + e.getMessage(), e);
      }
      assertThat(back.root()).as(printed).isEqualTo(n);
      assertThat(back.canonical()).isEqualTo(printed);
    });
  }

  @Test
  void evaluationNeverThrows() {
    qt().withExamples(3000).forAll(nodes(5), contexts()).checkAssert((n, ctx) -> {
      Value v = n.eval(ctx);
      assertThat(v).isNotNull();
      v.asString();
      v.asNumber();
      v.asBoolean();
      v.asDate();
    });
  }

  @Test
  void parsingArbitraryTextOnlyEverFailsWithASyntaxError() {
    char[] alphabet = "${}()[]'\"., =!<>+-*/|@:_ab01ڭ名\t\n\u200F$.".toCharArray();
    Gen<String> texts = in -> {
      int len = pick(in, 40);
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < len; i++) {
        int r = pick(in, 10);
        if (r == 0) {
          sb.append(new String[] {" and ", " or ", " div ", "not(", "selected(", "count(", "regex(", "if(", "position(..)",
              "${age}", "'x'"}[pick(in, 11)]);
        } else {
          sb.append(alphabet[pick(in, alphabet.length)]);
        }
      }
      return sb.toString();
    };
    qt().withExamples(5000).forAll(texts, contexts()).checkAssert((text, ctx) -> {
      Expression e;
      try {
        e = Expression.parse(text, ExpressionScope.permissive());
      } catch (ExpressionSyntaxException ex) {
        assertThat(ex.position()).isBetween(1, text.length() + 1);
        return;
      }
      e.evaluate(ctx);
      try {
        assertThat(Expression.parse(e.canonical(), ExpressionScope.permissive())).isEqualTo(e);
      } catch (ExpressionSyntaxException ex) {
        throw new AssertionError("canonical form of a parsed expression does not parse: " + e.canonical(), ex);
      }
    });
  }
}
