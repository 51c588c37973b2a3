package org.guwah.forms;

import java.util.ArrayList;
import java.util.List;
import org.guwah.forms.xlsx.XlsxRow;
import org.jspecify.annotations.Nullable;

/** A survey row read but not yet checked against the rest of the form. Mutable; parsing only. */
final class DraftNode {
  final XlsxRow row;
  final String name;
  final boolean group;
  final boolean repeat;
  final @Nullable QuestionType type;
  final @Nullable String listName;
  final List<String> path;
  final List<String> repeatPath;
  final List<DraftNode> children = new ArrayList<>();

  DraftNode(XlsxRow row, String name, boolean group, boolean repeat, @Nullable QuestionType type,
      @Nullable String listName, List<String> path, List<String> repeatPath) {
    this.row = row;
    this.name = name;
    this.group = group;
    this.repeat = repeat;
    this.type = type;
    this.listName = listName;
    this.path = List.copyOf(path);
    this.repeatPath = List.copyOf(repeatPath);
  }

  int rowNumber() {
    return row.number();
  }
}
