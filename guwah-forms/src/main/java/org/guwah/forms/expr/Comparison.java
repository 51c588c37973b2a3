package org.guwah.forms.expr;

import java.time.LocalDate;

/**
 * XPath comparison as ODK applies it. Equality: booleans compare as booleans, else numbers if
 * either side is a number, else dates if either side is a date and the other reads as one, else
 * text. Order ({@code < <= > >=}): dates if either side is a date, else numbers; NaN or an
 * unreadable date makes the comparison false. A node set compares true if any member does.
 */
final class Comparison {
  private Comparison() {}

  static boolean compare(Node.Op op, Value a, Value b) {
    if (a.kind() == Value.Kind.NODESET || b.kind() == Value.Kind.NODESET) {
      for (Value x : a.members()) {
        for (Value y : b.members()) {
          if (compare(op, x, y)) {
            return true;
          }
        }
      }
      return false;
    }
    switch (op) {
      case EQ:
        return equal(a, b);
      case NE:
        return !equal(a, b);
      default:
        return order(op, a, b);
    }
  }

  private static boolean equal(Value a, Value b) {
    if (a.kind() == Value.Kind.BOOLEAN || b.kind() == Value.Kind.BOOLEAN) {
      return a.asBoolean() == b.asBoolean();
    }
    if (a.kind() == Value.Kind.NUMBER || b.kind() == Value.Kind.NUMBER) {
      return a.asNumber() == b.asNumber();
    }
    if (a.kind() == Value.Kind.DATE || b.kind() == Value.Kind.DATE) {
      LocalDate x = a.asDate();
      LocalDate y = b.asDate();
      if (x != null && y != null) {
        return x.equals(y);
      }
    }
    return a.asString().equals(b.asString());
  }

  private static boolean order(Node.Op op, Value a, Value b) {
    double x;
    double y;
    if (a.kind() == Value.Kind.DATE || b.kind() == Value.Kind.DATE) {
      LocalDate da = a.asDate();
      LocalDate db = b.asDate();
      if (da == null || db == null) {
        return false;
      }
      x = da.toEpochDay();
      y = db.toEpochDay();
    } else {
      x = a.asNumber();
      y = b.asNumber();
    }
    if (Double.isNaN(x) || Double.isNaN(y)) {
      return false;
    }
    switch (op) {
      case LT:
        return x < y;
      case LE:
        return x <= y;
      case GT:
        return x > y;
      default:
        return x >= y;
    }
  }
}
