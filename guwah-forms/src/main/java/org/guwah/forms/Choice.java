package org.guwah.forms;

import java.util.Map;

/**
 * One choice of a list: the {@code name} submitted, its label, and the extra columns of the choices
 * sheet (used by {@code choice_filter}, e.g. {@code country}).
 *
 * @param row the choices-sheet row it was read from (1-based)
 */
public record Choice(String name, LocalizedText label, Map<String, String> columns, int row) {
  public Choice {
    columns = Map.copyOf(columns);
  }
}
