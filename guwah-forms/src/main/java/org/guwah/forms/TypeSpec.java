package org.guwah.forms;

import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A parsed {@code type} cell: a question type (with its list), a group or repeat boundary, or a refusal. */
record TypeSpec(Kind kind, @Nullable QuestionType question, @Nullable String listName, @Nullable String error) {
  enum Kind { QUESTION, BEGIN_GROUP, END_GROUP, BEGIN_REPEAT, END_REPEAT, INVALID }

  private static final Set<String> UNSUPPORTED = Set.of(
      "geopoint", "geotrace", "geoshape", "image", "audio", "video", "file", "barcode", "calculate", "acknowledge",
      "time", "datetime", "range", "rank", "start", "end", "today", "deviceid", "subscriberid", "simserial",
      "phonenumber", "username", "email", "audit", "hidden", "xml-external", "csv-external", "background-audio",
      "background-geopoint", "start-geopoint", "select_one_from_file", "select_multiple_from_file", "begin_loop",
      "end_loop", "trigger", "entity", "signature", "annotate", "draw", "osm");

  static TypeSpec parse(String cell) {
    String t = cell.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    switch (t) {
      case "begin group":
      case "begin_group":
        return of(Kind.BEGIN_GROUP);
      case "end group":
      case "end_group":
        return of(Kind.END_GROUP);
      case "begin repeat":
      case "begin_repeat":
        return of(Kind.BEGIN_REPEAT);
      case "end repeat":
      case "end_repeat":
        return of(Kind.END_REPEAT);
      case "text":
      case "string":
        return question(QuestionType.TEXT);
      case "integer":
      case "int":
        return question(QuestionType.INTEGER);
      case "decimal":
        return question(QuestionType.DECIMAL);
      case "date":
        return question(QuestionType.DATE);
      case "note":
        return question(QuestionType.NOTE);
      default:
        break;
    }
    String[] parts = t.split(" ");
    String head = parts[0];
    if (head.equals("select_one") || head.equals("select_multiple") || head.equals("select")) {
      QuestionType q = head.equals("select_multiple") ? QuestionType.SELECT_MULTIPLE : QuestionType.SELECT_ONE;
      int listAt = 1;
      if (head.equals("select") && parts.length > 1 && (parts[1].equals("one") || parts[1].equals("multiple"))) {
        q = parts[1].equals("one") ? QuestionType.SELECT_ONE : QuestionType.SELECT_MULTIPLE;
        listAt = 2;
      } else if (head.equals("select")) {
        return invalid("type '" + clip(cell) + "' is not known (select_one LIST or select_multiple LIST?)");
      }
      if (parts.length <= listAt) {
        return invalid(q.xlsformName() + " needs a choice list: " + q.xlsformName() + " LIST_NAME");
      }
      if (parts.length > listAt + 1) {
        if (parts[listAt + 1].equals("or_other")) {
          return invalid("'or_other' is not supported; add an 'other' choice and a text question instead");
        }
        return invalid("type '" + clip(cell) + "' has extra words after the list name");
      }
      // keep the list name's case as written
      String[] original = cell.strip().split("\\s+");
      return new TypeSpec(Kind.QUESTION, q, original[listAt], null);
    }
    if (UNSUPPORTED.contains(head) || UNSUPPORTED.contains(head.replace(' ', '_'))) {
      return invalid("type '" + head + "' is not supported (supported: text, integer, decimal, date, select_one, "
          + "select_multiple, note, begin/end group, begin/end repeat)");
    }
    return invalid("type '" + clip(cell) + "' is not known");
  }

  private static String clip(String s) {
    String t = s.strip();
    return t.length() > 40 ? t.substring(0, 40) + "…" : t;
  }

  private static TypeSpec of(Kind k) {
    return new TypeSpec(k, null, null, null);
  }

  private static TypeSpec question(QuestionType q) {
    return new TypeSpec(Kind.QUESTION, q, null, null);
  }

  private static TypeSpec invalid(String message) {
    return new TypeSpec(Kind.INVALID, null, null, message);
  }
}
