package org.guwah.forms;

import java.util.List;
import org.guwah.forms.expr.Expression;
import org.jspecify.annotations.Nullable;

/**
 * A group of questions ({@code begin_group}) or a repeat ({@code begin_repeat}), whose children
 * are answered once per instance. Immutable.
 *
 * @param repeatCount for a repeat, the fixed number of instances if the form sets one
 */
public record Group(
    String name,
    LocalizedText label,
    @Nullable Expression relevant,
    List<String> appearance,
    boolean repeat,
    @Nullable Expression repeatCount,
    List<FormNode> children,
    List<String> path,
    List<String> repeatPath,
    int row) implements FormNode {

  public Group {
    appearance = List.copyOf(appearance);
    children = List.copyOf(children);
    path = List.copyOf(path);
    repeatPath = List.copyOf(repeatPath);
    if (!repeat && repeatCount != null) {
      throw new IllegalArgumentException("only repeats have a repeat count");
    }
  }
}
