package org.guwah.forms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.guwah.forms.xlsx.XlsxCell;
import org.guwah.forms.xlsx.XlsxRow;

/**
 * Reads the {@code choices} sheet into lists: {@code list_name}, {@code name}, {@code label} (in
 * every language) and any extra columns, which {@code choice_filter} can use. Media columns are
 * refused. Not thread-safe.
 */
final class ChoicesReader {
  private static final Pattern CHOICE_NAME = Pattern.compile("[^\\s\\p{Cc}]{1,100}");
  private static final Set<String> MEDIA = Set.of("media", "image", "audio", "video", "big-image", "big_image");

  private final SheetTable sheet;
  private final ProblemList problems;
  /** Row of each list's first choice, for messages. */
  private final Map<String, Integer> firstRows = new LinkedHashMap<>();
  private ColumnHeader nameColumn;

  ChoicesReader(SheetTable sheet, ProblemList problems) {
    this.sheet = sheet;
    this.problems = problems;
  }

  Map<String, ChoiceList> read() {
    ColumnHeader listCol = sheet.column("list_name");
    nameColumn = sheet.column("name");
    if (nameColumn == null) {
      nameColumn = sheet.column("value");
    }
    Map<String, ChoiceList> out = new LinkedHashMap<>();
    if (listCol == null || nameColumn == null) {
      problems.error(sheet.name(), 0, null, "the choices sheet needs the columns 'list_name' and 'name'");
      return out;
    }
    List<ColumnHeader> extra = new ArrayList<>();
    for (ColumnHeader c : sheet.columns()) {
      if (c == listCol || c == nameColumn || c.language() != null) {
        if (c.language() != null && !c.base().equals("label")) {
          problems.warning(sheet.name(), 0, c, "column is not used for choices; ignored");
        }
        continue;
      }
      if (MEDIA.contains(c.namespace())) {
        continue; // refused per row below
      }
      if (!SurveyReader.NAME.matcher(c.base()).matches()) {
        problems.warning(sheet.name(), 0, c, "column name cannot be used in a choice_filter; kept as data only");
      }
      extra.add(c);
    }
    Map<String, List<Choice>> lists = new LinkedHashMap<>();
    Map<String, Map<String, Integer>> seen = new LinkedHashMap<>();
    Map<String, Set<String>> columnsUsed = new LinkedHashMap<>();
    for (XlsxRow row : sheet.rows()) {
      if (row.isBlank()) {
        continue;
      }
      for (XlsxCell cell : row.cells()) {
        ColumnHeader h = sheet.header(cell.column());
        if (h != null && !cell.isBlank() && MEDIA.contains(h.namespace())) {
          problems.error(sheet.name(), row.number(), h, "media in choices are not supported");
        }
      }
      String list = SheetTable.text(row, listCol);
      String name = SheetTable.text(row, nameColumn);
      if (list.isEmpty()) {
        problems.error(sheet.name(), row.number(), listCol, "the choice has no list_name");
        continue;
      }
      if (name.isEmpty()) {
        problems.error(sheet.name(), row.number(), nameColumn, "the choice has no name");
        continue;
      }
      if (!CHOICE_NAME.matcher(name).matches()) {
        problems.error(sheet.name(), row.number(), nameColumn,
            "choice name '" + SurveyReader.clip(name) + "' must have no spaces or control characters (at most 100 characters)");
        continue;
      }
      Integer before = seen.computeIfAbsent(list, k -> new LinkedHashMap<>()).putIfAbsent(name, row.number());
      if (before != null) {
        problems.error(sheet.name(), row.number(), nameColumn,
            "choice '" + name + "' appears twice in list '" + list + "' (first at row " + before + ")");
        continue;
      }
      LocalizedText label = sheet.localized(row, "label");
      if (label.isEmpty()) {
        ColumnHeader labelCol = sheet.translated("label").isEmpty() ? null : sheet.translated("label").get(0);
        problems.error(sheet.name(), row.number(), labelCol, "choice '" + name + "' of list '" + list + "' has no label");
      }
      Map<String, String> columns = new LinkedHashMap<>();
      for (ColumnHeader c : extra) {
        String v = SheetTable.text(row, c);
        if (!v.isEmpty()) {
          columns.put(c.base(), v);
        }
        columnsUsed.computeIfAbsent(list, k -> new LinkedHashSet<>()).add(c.base());
      }
      firstRows.putIfAbsent(list, row.number());
      lists.computeIfAbsent(list, k -> new ArrayList<>()).add(new Choice(name, label, columns, row.number()));
    }
    lists.forEach((name, choices) -> out.put(name, new ChoiceList(name, choices, columnsUsed.getOrDefault(name, Set.of()))));
    return out;
  }

  ColumnHeader nameColumn() {
    return nameColumn;
  }

  String sheetName() {
    return sheet.name();
  }
}
