package org.guwah.forms;

import java.util.List;
import org.guwah.forms.expr.Expression;
import org.jspecify.annotations.Nullable;

/** An element of a form's tree: a {@link Question} or a {@link Group} (which may repeat). */
public sealed interface FormNode permits Question, Group {
  /** The unique name (form-wide). */
  String name();

  LocalizedText label();

  /** When the element is shown and its answers kept; {@code null}: always. */
  @Nullable Expression relevant();

  /** Names of the enclosing groups and repeats, outermost first. */
  List<String> path();

  /** Names of the enclosing repeats, outermost first. */
  List<String> repeatPath();

  /** The survey-sheet row it was declared on (1-based). */
  int row();
}
