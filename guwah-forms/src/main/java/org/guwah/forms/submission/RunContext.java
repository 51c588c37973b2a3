package org.guwah.forms.submission;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.guwah.forms.Choice;
import org.guwah.forms.FormDefinition;
import org.guwah.forms.FormNode;
import org.guwah.forms.Group;
import org.guwah.forms.Question;
import org.guwah.forms.expr.EvaluationContext;
import org.guwah.forms.expr.Value;
import org.jspecify.annotations.Nullable;

/**
 * Resolves references for one validation run. Set {@link #at} before each evaluation; a reference
 * to a field in the current instance (or an enclosing one, or outside repeats) is one value, a
 * reference into other repeat instances is the node set of their values. Not thread-safe.
 */
final class RunContext implements EvaluationContext {
  private final FormDefinition form;
  private final LocalDate today;
  private InstanceState[] chain = new InstanceState[0];
  private @Nullable Question current;
  private @Nullable Choice choice;

  RunContext(FormDefinition form, LocalDate today) {
    this.form = form;
    this.today = today;
  }

  RunContext at(InstanceState instance, @Nullable Question question, @Nullable Choice forChoice) {
    if (chain.length == 0 || chain[chain.length - 1] != instance) {
      chain = instance.chain();
    }
    this.current = question;
    this.choice = forChoice;
    return this;
  }

  @Override
  public Value field(String name) {
    FormNode n = form.node(name).orElse(null);
    if (!(n instanceof Question)) {
      return Value.EMPTY;
    }
    Question q = (Question) n;
    List<String> path = q.repeatPath();
    int shared = shared(path, path.size());
    InstanceState node = chain[shared];
    if (shared == path.size()) {
      return valueOf(node, q);
    }
    List<Value> values = new ArrayList<>();
    collect(node, path, shared, q, values);
    return Value.nodes(values);
  }

  /** How many repeats of {@code path} (up to {@code limit}) the current chain shares with it. */
  private int shared(List<String> path, int limit) {
    int i = 0;
    while (i < limit && i + 1 < chain.length && chain[i + 1].repeat.name().equals(path.get(i))) {
      i++;
    }
    return i;
  }

  private static void collect(InstanceState node, List<String> path, int depth, Question q, List<Value> out) {
    if (depth == path.size()) {
      Value v = valueOf(node, q);
      out.add(v);
      return;
    }
    for (InstanceState child : node.children(path.get(depth))) {
      collect(child, path, depth + 1, q, out);
    }
  }

  private static Value valueOf(InstanceState node, Question q) {
    AnswerState s = node.answers.get(q.name());
    return s == null || !s.relevant || s.problem != null ? Value.EMPTY : s.value;
  }

  @Override
  public int count(String name) {
    FormNode n = form.node(name).orElse(null);
    List<String> path;
    if (n instanceof Group && ((Group) n).repeat()) {
      path = new ArrayList<>(n.repeatPath());
      path.add(n.name());
    } else if (n instanceof Question) {
      path = n.repeatPath();
    } else {
      return 0;
    }
    if (path.isEmpty()) {
      return 1;
    }
    int shared = shared(path, path.size() - 1);
    return countBelow(chain[shared], path, shared);
  }

  private static int countBelow(InstanceState node, List<String> path, int depth) {
    if (depth == path.size()) {
      return 1;
    }
    int total = 0;
    for (InstanceState child : node.children(path.get(depth))) {
      total += countBelow(child, path, depth + 1);
    }
    return total;
  }

  @Override
  public Value current() {
    return current == null ? Value.EMPTY : valueOf(chain[chain.length - 1], current);
  }

  @Override
  public Value choiceColumn(String column) {
    if (choice == null) {
      return Value.EMPTY;
    }
    if (column.equalsIgnoreCase("name")) {
      return Value.string(choice.name());
    }
    String v = choice.columns().get(column.toLowerCase(java.util.Locale.ROOT));
    return v == null ? Value.EMPTY : Value.string(v);
  }

  @Override
  public int position() {
    return chain.length <= 1 ? 0 : chain[chain.length - 1].index;
  }

  @Override
  public LocalDate today() {
    return today;
  }
}
