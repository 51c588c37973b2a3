package org.guwah.forms.expr;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The functions the expression language knows, with their arity. */
enum Function {
  NOT("not", 1, 1),
  SELECTED("selected", 2, 2),
  COUNT_SELECTED("count-selected", 1, 1),
  STRING_LENGTH("string-length", 0, 1),
  REGEX("regex", 2, 2),
  TODAY("today", 0, 0),
  IF("if", 3, 3),
  COALESCE("coalesce", 2, 2),
  INT("int", 1, 1),
  NUMBER("number", 1, 1),
  STRING("string", 1, 1),
  CONCAT("concat", 0, 64),
  CONTAINS("contains", 2, 2),
  STARTS_WITH("starts-with", 2, 2),
  ENDS_WITH("ends-with", 2, 2),
  DATE("date", 1, 1),
  COUNT("count", 1, 1),
  POSITION("position", 0, 0),
  TRUE("true", 0, 0),
  FALSE("false", 0, 0),
  BOOLEAN("boolean", 1, 1);

  private final String xpathName;
  final int minArgs;
  final int maxArgs;

  Function(String xpathName, int minArgs, int maxArgs) {
    this.xpathName = xpathName;
    this.minArgs = minArgs;
    this.maxArgs = maxArgs;
  }

  String xpathName() {
    return xpathName;
  }

  static @Nullable Function byName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    for (Function f : values()) {
      if (f.xpathName.equals(n)) {
        return f;
      }
    }
    return null;
  }
}
