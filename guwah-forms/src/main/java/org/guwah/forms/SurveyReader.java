package org.guwah.forms;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.guwah.forms.xlsx.XlsxCell;
import org.guwah.forms.xlsx.XlsxRow;
import org.jspecify.annotations.Nullable;

/**
 * Phase one of reading the {@code survey} sheet: types, names and nesting, without expressions.
 * Reports unknown types, bad or duplicate names, unmatched begin/end rows and columns whose
 * meaning Guwah does not support. Not thread-safe.
 */
final class SurveyReader {
  /** Columns the survey sheet understands. */
  static final Set<String> SUPPORTED = Set.of("type", "name", "label", "hint", "required", "required_message",
      "relevant", "constraint", "constraint_message", "choice_filter", "appearance", "default", "repeat_count", "guwah");

  /** Columns that change what a form does; refused where a row uses them. */
  static final Set<String> MEANING_CHANGING = Set.of("calculation", "trigger", "parameters", "image", "audio",
      "video", "big-image", "big_image", "read_only", "readonly", "save_to", "itemset", "intent", "autoplay",
      "media", "bind", "body", "instance", "control", "or_other", "choice_name", "value");

  /** Columns harmless to ignore (documentation for form authors). */
  static final Set<String> HARMLESS = Set.of("guidance_hint", "comment", "comments", "note", "notes", "description");

  static final Pattern NAME = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_.\\-]{0,63}");

  private final SheetTable sheet;
  private final ProblemList problems;
  private final Map<String, Integer> names = new LinkedHashMap<>();
  private final List<DraftNode> roots = new ArrayList<>();

  private record Frame(DraftNode node, boolean repeat) {}

  SurveyReader(SheetTable sheet, ProblemList problems) {
    this.sheet = sheet;
    this.problems = problems;
  }

  List<DraftNode> read() {
    checkColumns();
    ColumnHeader typeCol = sheet.column("type");
    ColumnHeader nameCol = sheet.column("name");
    if (typeCol == null) {
      problems.error(sheet.name(), 0, null, "the survey sheet has no 'type' column");
      return roots;
    }
    if (nameCol == null) {
      problems.error(sheet.name(), 0, null, "the survey sheet has no 'name' column");
    }
    Deque<Frame> stack = new ArrayDeque<>();
    List<String> path = new ArrayList<>();
    List<String> repeatPath = new ArrayList<>();
    for (XlsxRow row : sheet.rows()) {
      if (row.isBlank()) {
        continue;
      }
      checkCells(row);
      String typeText = SheetTable.text(row, typeCol);
      if (typeText.isEmpty()) {
        if (hasKnownContent(row)) {
          problems.error(sheet.name(), row.number(), typeCol, "the row has no type");
        }
        continue;
      }
      TypeSpec spec = TypeSpec.parse(typeText);
      switch (spec.kind()) {
        case INVALID:
          problems.error(sheet.name(), row.number(), typeCol, spec.error());
          break;
        case END_GROUP:
        case END_REPEAT: {
          boolean wantRepeat = spec.kind() == TypeSpec.Kind.END_REPEAT;
          String word = wantRepeat ? "end_repeat" : "end_group";
          if (stack.isEmpty()) {
            problems.error(sheet.name(), row.number(), typeCol, word + " has no matching begin_" + (wantRepeat ? "repeat" : "group"));
            break;
          }
          Frame top = stack.pop();
          if (top.repeat() != wantRepeat) {
            problems.error(sheet.name(), row.number(), typeCol, word + " closes begin_" + (top.repeat() ? "repeat" : "group")
                + " '" + top.node().name + "' (row " + top.node().rowNumber() + ")");
          }
          path.remove(path.size() - 1);
          if (top.repeat()) {
            repeatPath.remove(repeatPath.size() - 1);
          }
          break;
        }
        default: {
          String name = checkName(row, nameCol, spec);
          boolean isGroup = spec.kind() == TypeSpec.Kind.BEGIN_GROUP || spec.kind() == TypeSpec.Kind.BEGIN_REPEAT;
          boolean isRepeat = spec.kind() == TypeSpec.Kind.BEGIN_REPEAT;
          DraftNode node = new DraftNode(row, name, isGroup, isRepeat, spec.question(), spec.listName(), path, repeatPath);
          (stack.isEmpty() ? roots : stack.peek().node().children).add(node);
          if (isGroup) {
            stack.push(new Frame(node, isRepeat));
            path.add(name);
            if (isRepeat) {
              repeatPath.add(name);
            }
          }
        }
      }
    }
    while (!stack.isEmpty()) {
      Frame open = stack.pop();
      problems.error(sheet.name(), open.node().rowNumber(), typeCol,
          "begin_" + (open.repeat() ? "repeat" : "group") + " '" + open.node().name + "' is never closed (no end_"
              + (open.repeat() ? "repeat" : "group") + ")");
    }
    return roots;
  }

  /** Every name used, with its row. */
  Map<String, Integer> names() {
    return names;
  }

  private String checkName(XlsxRow row, @Nullable ColumnHeader nameCol, TypeSpec spec) {
    String name = SheetTable.text(row, nameCol);
    String what = spec.kind() == TypeSpec.Kind.QUESTION ? "question" : spec.kind() == TypeSpec.Kind.BEGIN_REPEAT ? "repeat" : "group";
    if (name.isEmpty()) {
      problems.error(sheet.name(), row.number(), nameCol, "the " + what + " has no name");
      return "_row" + row.number();
    }
    if (!NAME.matcher(name).matches()) {
      problems.error(sheet.name(), row.number(), nameCol, "'" + clip(name) + "' is not a valid name: start with a letter or _,"
          + " then letters, digits, _ . - (at most 64 characters, no spaces)");
      return "_row" + row.number();
    }
    Integer before = names.putIfAbsent(name, row.number());
    if (before != null) {
      problems.error(sheet.name(), row.number(), nameCol, "the name '" + name + "' is already used at row " + before);
      return "_row" + row.number();
    }
    return name;
  }

  private void checkColumns() {
    for (ColumnHeader c : sheet.columns()) {
      String ns = c.namespace();
      if (SUPPORTED.contains(c.base()) || MEANING_CHANGING.contains(ns) || MEANING_CHANGING.contains(c.base())) {
        continue;
      }
      if (HARMLESS.contains(c.base())) {
        problems.warning(sheet.name(), 0, c, "column is for form authors only; ignored");
      } else {
        problems.warning(sheet.name(), 0, c, "column is not an XLSForm column Guwah knows; ignored");
      }
    }
  }

  private void checkCells(XlsxRow row) {
    Set<Integer> reported = new HashSet<>();
    for (XlsxCell cell : row.cells()) {
      if (cell.isBlank()) {
        continue;
      }
      ColumnHeader h = sheet.header(cell.column());
      if (h == null) {
        if (reported.add(cell.column())) {
          problems.warning(sheet.name(), row.number(), ColumnHeader.parse(cell.column(), ""),
              "cell has no column header; ignored");
        }
        continue;
      }
      if (MEANING_CHANGING.contains(h.namespace()) || MEANING_CHANGING.contains(h.base())) {
        problems.error(sheet.name(), row.number(), h, "column '" + h.raw() + "' is not supported; it would change what the"
            + " form does, so the form is refused rather than run without it");
      }
    }
  }

  private boolean hasKnownContent(XlsxRow row) {
    for (XlsxCell cell : row.cells()) {
      ColumnHeader h = sheet.header(cell.column());
      if (!cell.isBlank() && h != null && SUPPORTED.contains(h.base())) {
        return true;
      }
    }
    return false;
  }

  static String clip(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }
}
