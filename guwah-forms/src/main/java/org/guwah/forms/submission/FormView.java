package org.guwah.forms.submission;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.guwah.forms.FormLanguage;
import org.guwah.forms.Group;
import org.guwah.forms.Question;
import org.guwah.forms.QuestionType;
import org.jspecify.annotations.Nullable;

/**
 * What a respondent sees of a form for the answers given so far, in one language: only relevant
 * questions, groups and repeat instances (ODK semantics, evaluated on the server, so the form works
 * without JavaScript), each question with the values as posted, its choices after {@code
 * choice_filter}, and its problem if any. Keys are the posted keys ({@code family[3]/name}), so a
 * re-rendered form posts back under the same names. Built by {@link SubmissionValidator#view}.
 */
public final class FormView {
  private final FormLanguage language;
  private final List<Item> items;
  private final List<FieldProblem> problems;
  private final @Nullable Submission submission;

  FormView(FormLanguage language, List<Item> items, List<FieldProblem> problems, @Nullable Submission submission) {
    this.language = language;
    this.items = List.copyOf(items);
    this.problems = List.copyOf(problems);
    this.submission = submission;
  }

  public FormLanguage language() {
    return language;
  }

  /** The relevant top-level items. */
  public List<Item> items() {
    return items;
  }

  /** Every problem (empty when the answers would be accepted). */
  public List<FieldProblem> problems() {
    return problems;
  }

  /** The accepted submission, when the answers have no problem. */
  public Optional<Submission> submission() {
    return Optional.ofNullable(submission);
  }

  /** An element of the view. */
  public sealed interface Item permits QuestionItem, GroupItem, RepeatItem {}

  /**
   * A relevant question (or note).
   *
   * @param key the posted key
   * @param values the values as posted (what the respondent typed, even if refused)
   * @param choices for selects, the choices that pass the filter, in order, with labels
   * @param problem the problem's message, null if none
   * @param problemCode the problem's code, null if none
   */
  public record QuestionItem(Question question, String key, String label, String hint, boolean required,
      List<String> values, List<ChoiceItem> choices, @Nullable String problem, @Nullable ProblemCode problemCode)
      implements Item {
    public QuestionItem {
      values = List.copyOf(values);
      choices = List.copyOf(choices);
    }

    public QuestionType type() {
      return question.type();
    }

    /**
     * The problem to show: every problem once the respondent tries to send ({@code all}), else all
     * but "required" (a question not reached yet is not an error); null if none.
     */
    public @Nullable String visibleProblem(boolean all) {
      return all || problemCode != ProblemCode.REQUIRED ? problem : null;
    }

    /** The first value, "" if none. */
    public String value() {
      return values.isEmpty() ? "" : values.get(0);
    }

    /** Whether {@code choice} is among the posted values (a select_multiple may post "a b"). */
    public boolean chosen(String choice) {
      for (String v : values) {
        if (v.equals(choice) || (question.type() == QuestionType.SELECT_MULTIPLE
            && List.of(v.trim().split("\\s+")).contains(choice))) {
          return true;
        }
      }
      return false;
    }
  }

  /** One choice with its label in the view's language. */
  public record ChoiceItem(String name, String label) {}

  /** A relevant (non-repeat) group with its relevant items. */
  public record GroupItem(Group group, String label, List<Item> items) implements Item {
    public GroupItem {
      items = List.copyOf(items);
    }
  }

  /**
   * A relevant repeat with its instances.
   *
   * @param prefix the posted key prefix of the instance that holds it ("" at the root)
   * @param fixedCount whether {@code repeat_count} sets the number of instances (no add/remove)
   * @param nextIndex the posted index a new instance would get
   */
  public record RepeatItem(Group group, String label, String prefix, List<Instance> instances, boolean fixedCount,
      int nextIndex) implements Item {
    public RepeatItem {
      instances = List.copyOf(instances);
    }

    /** The posted key prefix of a new instance: {@code family[4]/}. */
    public String newPrefix() {
      return prefix + group.name() + "[" + nextIndex + "]/";
    }
  }

  /** One instance of a repeat: its posted prefix ({@code family[2]/}), 1-based number, items. */
  public record Instance(String prefix, int number, List<Item> items) {
    public Instance {
      items = List.copyOf(items);
    }
  }

  /** The keys of every relevant question that takes an answer, depth first. */
  public List<String> answerKeys() {
    java.util.ArrayList<String> keys = new java.util.ArrayList<>();
    collect(items, keys);
    return keys;
  }

  private static void collect(List<Item> items, List<String> keys) {
    for (Item item : items) {
      if (item instanceof QuestionItem q) {
        if (q.type().takesAnswer()) {
          keys.add(q.key());
        }
      } else if (item instanceof GroupItem g) {
        collect(g.items(), keys);
      } else if (item instanceof RepeatItem r) {
        for (Instance i : r.instances()) {
          collect(i.items(), keys);
        }
      }
    }
  }

  @Override
  public String toString() {
    return "FormView[" + items.size() + " items, " + problems.size() + " problems]";
  }
}
