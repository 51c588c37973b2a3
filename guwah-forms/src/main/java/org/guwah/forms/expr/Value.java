package org.guwah.forms.expr;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A value during evaluation: text, number, boolean, date, or a node set (the answers of a field
 * across repeat instances). Conversions follow XPath 1.0 as ODK uses it: an empty answer is the
 * empty string, text that is not a number is NaN, a date as a number is its day count since
 * 1970-01-01, a node set converts through its first member. Immutable. Values may carry answers:
 * {@link #toString()} shows only the kind.
 */
public final class Value {
  /** The kinds of value. */
  public enum Kind {
    STRING,
    NUMBER,
    BOOLEAN,
    DATE,
    NODESET
  }

  public static final Value EMPTY = new Value(Kind.STRING, "", Double.NaN, false, null, List.of());
  public static final Value TRUE = new Value(Kind.BOOLEAN, "", Double.NaN, true, null, List.of());
  public static final Value FALSE = new Value(Kind.BOOLEAN, "", Double.NaN, false, null, List.of());

  private final Kind kind;
  private final String string;
  private final double number;
  private final boolean bool;
  private final @Nullable LocalDate date;
  private final List<Value> nodes;

  private Value(Kind kind, String string, double number, boolean bool, @Nullable LocalDate date, List<Value> nodes) {
    this.kind = kind;
    this.string = string;
    this.number = number;
    this.bool = bool;
    this.date = date;
    this.nodes = nodes;
  }

  public static Value string(String s) {
    return s.isEmpty() ? EMPTY : new Value(Kind.STRING, s, Double.NaN, false, null, List.of());
  }

  public static Value number(double d) {
    return new Value(Kind.NUMBER, "", d, false, null, List.of());
  }

  public static Value bool(boolean b) {
    return b ? TRUE : FALSE;
  }

  public static Value date(LocalDate d) {
    return new Value(Kind.DATE, "", Double.NaN, false, d, List.of());
  }

  /** A node set: the values of one field in several repeat instances (members must not be node sets). */
  public static Value nodes(List<Value> members) {
    return new Value(Kind.NODESET, "", Double.NaN, false, null, List.copyOf(members));
  }

  public Kind kind() {
    return kind;
  }

  /** Members of a node set; a single value is a set of itself. */
  public List<Value> members() {
    return kind == Kind.NODESET ? nodes : List.of(this);
  }

  /** XPath {@code string()}. */
  public String asString() {
    switch (kind) {
      case STRING:
        return string;
      case NUMBER:
        return numberText(number);
      case BOOLEAN:
        return bool ? "true" : "false";
      case DATE:
        return String.valueOf(date);
      default:
        return nodes.isEmpty() ? "" : nodes.get(0).asString();
    }
  }

  /** XPath {@code number()}; dates are days since 1970-01-01. */
  public double asNumber() {
    switch (kind) {
      case NUMBER:
        return number;
      case BOOLEAN:
        return bool ? 1 : 0;
      case STRING:
        return parseNumber(string);
      case DATE:
        return date == null ? Double.NaN : date.toEpochDay();
      default:
        return nodes.isEmpty() ? Double.NaN : nodes.get(0).asNumber();
    }
  }

  /** XPath {@code boolean()}: non-empty text, non-zero number, non-empty node set. */
  public boolean asBoolean() {
    switch (kind) {
      case BOOLEAN:
        return bool;
      case NUMBER:
        return number != 0 && !Double.isNaN(number);
      case STRING:
        return !string.isEmpty();
      case DATE:
        return true;
      default:
        return !nodes.isEmpty();
    }
  }

  /** The value as a date: a date, ISO text ({@code 2017-03-15}, a time part ignored) or a day number; else {@code null}. */
  public @Nullable LocalDate asDate() {
    switch (kind) {
      case DATE:
        return date;
      case STRING:
        return parseDate(string);
      case NUMBER:
        if (Double.isNaN(number) || Math.abs(number) > 3_000_000) {
          return null;
        }
        return LocalDate.ofEpochDay((long) Math.floor(number));
      case NODESET:
        return nodes.isEmpty() ? null : nodes.get(0).asDate();
      default:
        return null;
    }
  }

  /** Whether the value is empty text (or an empty node set): an unanswered field. */
  public boolean isEmpty() {
    return kind == Kind.STRING && string.isEmpty() || kind == Kind.NODESET && nodes.isEmpty();
  }

  /** XPath number text: integers without a decimal point, no exponent, NaN and Infinity spelled out. */
  public static String numberText(double d) {
    if (Double.isNaN(d)) {
      return "NaN";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? "Infinity" : "-Infinity";
    }
    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      return Long.toString((long) d);
    }
    return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }

  /** XPath number parsing: optional minus, digits with an optional decimal point; anything else NaN. */
  public static double parseNumber(String s) {
    String t = s.strip();
    int n = t.length();
    if (n == 0 || n > 400) {
      return Double.NaN;
    }
    int i = t.charAt(0) == '-' ? 1 : 0;
    boolean digits = false;
    boolean dot = false;
    for (int j = i; j < n; j++) {
      char c = t.charAt(j);
      if (c >= '0' && c <= '9') {
        digits = true;
      } else if (c == '.' && !dot) {
        dot = true;
      } else {
        return Double.NaN;
      }
    }
    return digits ? Double.parseDouble(t) : Double.NaN;
  }

  /** ISO {@code yyyy-MM-dd}, optionally followed by {@code T} and a time; else {@code null}. */
  public static @Nullable LocalDate parseDate(String s) {
    String t = s.strip();
    if (t.length() < 10 || t.length() > 40 || (t.length() > 10 && t.charAt(10) != 'T')) {
      return null;
    }
    for (int i = 0; i < 10; i++) {
      char c = t.charAt(i);
      boolean dash = i == 4 || i == 7;
      if (dash ? c != '-' : c < '0' || c > '9') {
        return null;
      }
    }
    try {
      return LocalDate.of(Integer.parseInt(t.substring(0, 4)), Integer.parseInt(t.substring(5, 7)),
          Integer.parseInt(t.substring(8, 10)));
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Value)) {
      return false;
    }
    Value v = (Value) o;
    return kind == v.kind && string.equals(v.string) && Double.compare(number, v.number) == 0 && bool == v.bool
        && java.util.Objects.equals(date, v.date) && nodes.equals(v.nodes);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(kind, string, number, bool, date, nodes);
  }

  @Override
  public String toString() {
    return "Value[" + kind + "]";
  }
}
