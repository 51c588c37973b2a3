package org.guwah.forms.submission;

import java.util.ArrayList;
import java.util.List;
import org.guwah.forms.FormDefinition;
import org.guwah.forms.FormNode;
import org.guwah.forms.Group;
import org.guwah.forms.Question;
import org.jspecify.annotations.Nullable;

/**
 * The key of one answer: the field name, preceded by each enclosing repeat with its 1-based
 * instance index — {@code family[2]/detentions[1]/status}. This is the {@code name} attribute the
 * web layer gives its inputs. Immutable.
 *
 * @param repeats enclosing repeat names, outermost first
 * @param indexes the instance index (1-based) of each enclosing repeat
 */
public record AnswerKey(List<String> repeats, List<Integer> indexes, String field) {
  public AnswerKey {
    repeats = List.copyOf(repeats);
    indexes = List.copyOf(indexes);
    if (repeats.size() != indexes.size()) {
      throw new IllegalArgumentException("one index per repeat");
    }
    for (int i : indexes) {
      if (i < 1) {
        throw new IllegalArgumentException("instance indexes start at 1");
      }
    }
  }

  /** The key of {@code question} in the instances {@code indexes} of its enclosing repeats. */
  public static AnswerKey of(Question question, List<Integer> indexes) {
    return new AnswerKey(question.repeatPath(), indexes, question.name());
  }

  /** The key as written in a form post. */
  public String format() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < repeats.size(); i++) {
      sb.append(repeats.get(i)).append('[').append(indexes.get(i)).append("]/");
    }
    return sb.append(field).toString();
  }

  /**
   * Reads a posted key against a form: segments {@code name[i]} must be the field's enclosing
   * repeats in order, plain segments must be its enclosing groups (and are dropped). Returns {@code
   * null} when the key names nothing of this form; indexes are not bounded here.
   */
  static @Nullable AnswerKey parse(String key, FormDefinition form) {
    String[] parts = key.split("/", -1);
    String field = parts[parts.length - 1];
    FormNode node = form.node(field).orElse(null);
    if (!(node instanceof Question)) {
      return null;
    }
    Question q = (Question) node;
    List<String> repeats = new ArrayList<>();
    List<Integer> indexes = new ArrayList<>();
    for (int i = 0; i < parts.length - 1; i++) {
      String seg = parts[i];
      int open = seg.indexOf('[');
      if (open < 0) {
        FormNode g = form.node(seg).orElse(null);
        if (!(g instanceof Group) || ((Group) g).repeat() || !q.path().contains(seg)) {
          return null;
        }
        continue;
      }
      if (!seg.endsWith("]") || open == 0 || seg.length() - open > 8) {
        return null;
      }
      String digits = seg.substring(open + 1, seg.length() - 1);
      if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
        return null;
      }
      int index = Integer.parseInt(digits);
      if (index < 1) {
        return null;
      }
      repeats.add(seg.substring(0, open));
      indexes.add(index);
    }
    if (!repeats.equals(q.repeatPath())) {
      return null;
    }
    return new AnswerKey(repeats, indexes, field);
  }

  @Override
  public String toString() {
    return format();
  }
}
