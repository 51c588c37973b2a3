package org.guwah.forms.submission;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.guwah.core.time.FuzzyDate;
import org.guwah.core.time.InvalidFuzzyDateException;
import org.guwah.forms.Choice;
import org.guwah.forms.ChoiceList;
import org.guwah.forms.FormDefinition;
import org.guwah.forms.FormLanguage;
import org.guwah.forms.FormNode;
import org.guwah.forms.Group;
import org.guwah.forms.LocalizedText;
import org.guwah.forms.MappingTarget;
import org.guwah.forms.Question;
import org.guwah.forms.QuestionType;
import org.guwah.forms.TextNormalizer;
import org.guwah.forms.expr.Expression;
import org.guwah.forms.expr.Value;
import org.jspecify.annotations.Nullable;

/**
 * One validation of one submission: builds the instance tree from the posted keys, parses every
 * answer, then walks the form in order: relevance first (irrelevant answers are dropped and read as
 * empty by later expressions), then for a relevant answer its choice filter, constraint and
 * mapping target (a refused answer also reads as empty later on); a last walk reports problems and
 * required answers that are missing. Linear in the number of answers times expression size.
 * Not thread-safe; one per call.
 */
final class ValidationRun {
  private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,18}");
  private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d{1,30}(\\.\\d{0,20})?|\\.\\d{1,20})");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
  private static final Pattern COUNTY = Pattern.compile("\\d{6}");

  private final FormDefinition form;
  private final SubmissionLimits limits;
  private final FormLanguage language;
  private final Map<String, List<Question>> directQuestions;
  private final RunContext ctx;
  private final List<FieldProblem> problems = new ArrayList<>();
  private final InstanceState root = new InstanceState(null, null, 0);

  ValidationRun(FormDefinition form, SubmissionLimits limits, FormLanguage language,
      Map<String, List<Question>> directQuestions, LocalDate today) {
    this.form = form;
    this.limits = limits;
    this.language = language;
    this.directQuestions = directQuestions;
    this.ctx = new RunContext(form, today);
  }

  SubmissionResult run(RawAnswers raw) {
    if (raw.size() > limits.maxFields()) {
      problems.add(new FieldProblem(FieldProblem.FORM, null, ProblemCode.TOO_MANY_FIELDS,
          ProblemCode.TOO_MANY_FIELDS.english() + " (at most " + limits.maxFields() + ")"));
      return SubmissionResult.invalid(problems);
    }
    if (!place(raw)) {
      return SubmissionResult.invalid(problems);
    }
    root.compact();
    populate(root);
    relevance(form.children(), root, true);
    check(form.children(), root);
    if (!problems.isEmpty()) {
      return SubmissionResult.invalid(problems);
    }
    return SubmissionResult.valid(new Submission(form, language, build(root)));
  }

  /**
   * The relevant part of the form for these answers (unknown keys dropped), with every problem and,
   * when there is none, the submission.
   */
  FormView view(RawAnswers raw) {
    if (raw.size() > limits.maxFields()) {
      problems.add(new FieldProblem(FieldProblem.FORM, null, ProblemCode.TOO_MANY_FIELDS,
          ProblemCode.TOO_MANY_FIELDS.english() + " (at most " + limits.maxFields() + ")"));
      return new FormView(language, List.of(), problems, null);
    }
    place(raw);
    root.compact();
    populate(root);
    relevance(form.children(), root, true);
    check(form.children(), root);
    Map<String, FieldProblem> byKey = new LinkedHashMap<>();
    for (FieldProblem p : problems) {
      byKey.putIfAbsent(p.key(), p);
    }
    List<FormView.Item> items = viewItems(form.children(), root, byKey);
    Submission submission = problems.isEmpty() ? new Submission(form, language, build(root)) : null;
    return new FormView(language, items, problems, submission);
  }

  private List<FormView.Item> viewItems(List<FormNode> nodes, InstanceState inst, Map<String, FieldProblem> byKey) {
    List<FormView.Item> out = new ArrayList<>();
    String lang = language.key();
    String def = form.defaultLanguage().key();
    for (FormNode node : nodes) {
      if (node instanceof Question) {
        Question q = (Question) node;
        AnswerState s = inst.answers.get(q.name());
        if (s == null || !s.relevant) {
          continue;
        }
        String key = inst.postedPrefix() + q.name();
        List<FormView.ChoiceItem> choices = new ArrayList<>();
        if (q.type().isSelect()) {
          for (Choice c : form.choicesOf(q).choices()) {
            if (q.choiceFilter() == null || q.choiceFilter().test(ctx.at(inst, q, c))) {
              choices.add(new FormView.ChoiceItem(c.name(), c.label().resolve(lang, def).isEmpty() ? c.name()
                  : c.label().resolve(lang, def)));
            }
          }
        }
        boolean required = q.required() != null && eval(q.required(), inst, q);
        FieldProblem p = byKey.get(key);
        List<String> values = inst.posted.get(q.name());
        out.add(new FormView.QuestionItem(q, key, q.label().resolve(lang, def), q.hint().resolve(lang, def), required,
            values == null ? List.of() : values, choices, p == null ? null : p.message(), p == null ? null : p.code()));
        continue;
      }
      Group g = (Group) node;
      if (!g.repeat()) {
        if (eval(g.relevant(), inst, null)) {
          out.add(new FormView.GroupItem(g, g.label().resolve(lang, def), viewItems(g.children(), inst, byKey)));
        }
        continue;
      }
      List<InstanceState> list = inst.children(g.name());
      List<FormView.Instance> instances = new ArrayList<>();
      int next = 1;
      int number = 0;
      for (InstanceState child : list) {
        next = Math.max(next, child.postedIndex + 1);
        instances.add(new FormView.Instance(child.postedPrefix(), ++number, viewItems(g.children(), child, byKey)));
      }
      TreeMap<Integer, InstanceState> posted = inst.postedChildren.get(g.name());
      if (posted != null && !posted.isEmpty()) {
        next = Math.max(next, posted.lastKey() + 1);
      }
      if (eval(g.relevant(), inst, null)) {
        out.add(new FormView.RepeatItem(g, g.label().resolve(lang, def), inst.postedPrefix(), instances,
            g.repeatCount() != null, next));
      }
    }
    return out;
  }

  /** Puts each posted value into its instance; false when keys are unknown or indexes too high. */
  private boolean place(RawAnswers raw) {
    int unknown = 0;
    Set<String> tooMany = new LinkedHashSet<>();
    for (Map.Entry<String, List<String>> e : raw.values().entrySet()) {
      String key = e.getKey();
      AnswerKey k = key.length() > limits.maxKeyLength() ? null : AnswerKey.parse(key, form);
      if (k == null) {
        unknown++;
        continue;
      }
      InstanceState inst = root;
      boolean ok = true;
      for (int i = 0; i < k.repeats().size(); i++) {
        if (k.indexes().get(i) > limits.maxRepeatInstances()) {
          tooMany.add(k.repeats().get(i));
          ok = false;
          break;
        }
        inst = inst.child((Group) form.node(k.repeats().get(i)).orElseThrow(), k.indexes().get(i));
      }
      if (ok) {
        inst.posted.put(k.field(), e.getValue());
      }
    }
    for (String repeat : tooMany) {
      problems.add(new FieldProblem(repeat, repeat, ProblemCode.TOO_MANY_INSTANCES,
          ProblemCode.TOO_MANY_INSTANCES.english() + " (at most " + limits.maxRepeatInstances() + ")"));
    }
    if (unknown > 0) {
      problems.add(new FieldProblem(FieldProblem.FORM, null, ProblemCode.UNKNOWN_FIELD,
          ProblemCode.UNKNOWN_FIELD.english() + " (" + unknown + ")"));
    }
    return problems.isEmpty();
  }

  /** Parses the answers of every question directly in {@code inst}, then of its child instances. */
  private void populate(InstanceState inst) {
    String scope = inst.repeat == null ? "" : inst.repeat.name();
    for (Question q : directQuestions.getOrDefault(scope, List.of())) {
      AnswerState s = new AnswerState(q);
      List<String> values = inst.posted.get(q.name());
      if (values == null && q.defaultValue() != null) {
        values = List.of(q.defaultValue());
      }
      if (values != null && q.type().takesAnswer()) {
        parse(s, values);
      }
      inst.answers.put(q.name(), s);
    }
    for (List<InstanceState> list : inst.children.values()) {
      for (InstanceState child : list) {
        populate(child);
      }
    }
  }

  private void parse(AnswerState s, List<String> values) {
    Question q = s.question;
    if (values.size() > limits.maxValuesPerField()) {
      s.fail(ProblemCode.MULTIPLE_VALUES, null);
      return;
    }
    List<String> given = new ArrayList<>(values.size());
    for (String v : values) {
      if (v.length() > limits.maxAnswerChars()) {
        s.fail(ProblemCode.TOO_LONG, ProblemCode.TOO_LONG.english().replace(".", "") + " (at most "
            + limits.maxAnswerChars() + " characters).");
        return;
      }
      if (!v.isBlank()) {
        given.add(v);
      }
    }
    if (given.isEmpty()) {
      return;
    }
    if (q.type() == QuestionType.SELECT_MULTIPLE) {
      ChoiceList list = form.choicesOf(q);
      Set<String> chosen = new LinkedHashSet<>();
      for (String v : given) {
        for (String token : v.strip().split("\\s+")) {
          if (list.choice(token).isEmpty()) {
            s.fail(ProblemCode.NOT_A_CHOICE, null);
            return;
          }
          chosen.add(token);
        }
      }
      s.text = String.join(" ", chosen);
      s.typed = List.copyOf(chosen);
      s.value = Value.string(s.text);
      return;
    }
    if (given.size() > 1) {
      s.fail(ProblemCode.MULTIPLE_VALUES, null);
      return;
    }
    String v = given.get(0);
    switch (q.type()) {
      case TEXT: {
        String text = TextNormalizer.clean(v, true);
        if (!text.isBlank()) {
          s.text = text;
          s.typed = text;
          s.value = Value.string(text);
        }
        return;
      }
      case INTEGER: {
        String t = v.strip();
        if (!INTEGER.matcher(t).matches()) {
          s.fail(ProblemCode.NOT_INTEGER, null);
          return;
        }
        long n = Long.parseLong(t.startsWith("+") ? t.substring(1) : t);
        s.text = Long.toString(n);
        s.typed = n;
        s.value = Value.number(n);
        return;
      }
      case DECIMAL: {
        String t = v.strip();
        if (!DECIMAL.matcher(t).matches()) {
          s.fail(ProblemCode.NOT_DECIMAL, null);
          return;
        }
        BigDecimal d = new BigDecimal(t.startsWith("+") ? t.substring(1) : t);
        s.text = d.toPlainString();
        s.typed = d;
        s.value = Value.number(d.doubleValue());
        return;
      }
      case DATE: {
        LocalDate d = date(q, v.strip());
        if (d == null) {
          s.fail(ProblemCode.NOT_DATE, null);
          return;
        }
        s.text = d.toString();
        s.typed = d;
        s.value = Value.date(d);
        return;
      }
      case SELECT_ONE: {
        String t = v.strip();
        if (form.choicesOf(q).choice(t).isEmpty()) {
          s.fail(ProblemCode.NOT_A_CHOICE, null);
          return;
        }
        s.text = t;
        s.typed = t;
        s.value = Value.string(t);
        return;
      }
      default:
        return;
    }
  }

  private static @Nullable LocalDate date(Question q, String t) {
    if (t.length() == 10) {
      return Value.parseDate(t);
    }
    if (q.hasAppearance("month-year") && MONTH.matcher(t).matches()) {
      return Value.parseDate(t + "-01");
    }
    if (q.hasAppearance("year") && YEAR.matcher(t).matches()) {
      return Value.parseDate(t + "-01-01");
    }
    return null;
  }

  private boolean eval(@Nullable Expression e, InstanceState inst, @Nullable Question q) {
    return e == null || e.test(ctx.at(inst, q, null));
  }

  private void relevance(List<FormNode> nodes, InstanceState inst, boolean parentRelevant) {
    for (FormNode node : nodes) {
      if (node instanceof Question) {
        Question q = (Question) node;
        AnswerState s = inst.answers.get(q.name());
        s.relevant = parentRelevant && eval(q.relevant(), inst, q);
        if (s.relevant && !s.isEmpty() && s.problem == null) {
          checkValue(q, s, inst);
        }
        continue;
      }
      Group g = (Group) node;
      if (!g.repeat()) {
        relevance(g.children(), inst, parentRelevant && eval(g.relevant(), inst, null));
        continue;
      }
      List<InstanceState> list = inst.children(g.name());
      if (!parentRelevant) {
        list.clear();
        continue;
      }
      if (g.repeatCount() != null) {
        fixCount(g, inst, list);
      }
      List<InstanceState> kept = new ArrayList<>(list.size());
      for (InstanceState child : list) {
        if (eval(g.relevant(), child, null)) {
          kept.add(child);
          relevance(g.children(), child, true);
        }
      }
      list.clear();
      list.addAll(kept);
    }
  }

  private void fixCount(Group g, InstanceState parent, List<InstanceState> list) {
    double d = g.repeatCount().evaluate(ctx.at(parent, null, null)).asNumber();
    int want = Double.isNaN(d) || d < 0 ? 0 : (int) Math.min(limits.maxRepeatInstances(), Math.floor(d));
    while (list.size() > want) {
      list.remove(list.size() - 1);
    }
    int nextPosted = list.isEmpty() ? 1 : list.get(list.size() - 1).postedIndex + 1;
    while (list.size() < want) {
      InstanceState fresh = new InstanceState(g, parent, nextPosted++);
      fresh.index = list.size() + 1;
      list.add(fresh);
      populate(fresh);
    }
  }

  private void check(List<FormNode> nodes, InstanceState inst) {
    for (FormNode node : nodes) {
      if (node instanceof Question) {
        checkAnswer((Question) node, inst);
      } else if (((Group) node).repeat()) {
        for (InstanceState child : inst.children(node.name())) {
          check(((Group) node).children(), child);
        }
      } else {
        check(((Group) node).children(), inst);
      }
    }
  }

  private void checkAnswer(Question q, InstanceState inst) {
    AnswerState s = inst.answers.get(q.name());
    if (!s.relevant || !q.type().takesAnswer()) {
      return;
    }
    String key = inst.postedPrefix() + q.name();
    if (s.problem != null) {
      problem(key, q, s.problem, s.problemMessage == null ? s.problem.english() : s.problemMessage);
      return;
    }
    if (s.isEmpty()) {
      if (q.required() != null && eval(q.required(), inst, q)) {
        problem(key, q, ProblemCode.REQUIRED, message(q.requiredMessage(), ProblemCode.REQUIRED));
      }
      return;
    }
  }

  /**
   * Checks a relevant answer's choice filter, constraint and case-model fit as soon as its
   * relevance is known, so that a refused answer reads as empty for every later expression (a
   * repeat_count of 25 refused by its constraint makes no 25 instances).
   */
  private void checkValue(Question q, AnswerState s, InstanceState inst) {
    if (q.choiceFilter() != null && !passesFilter(q, s, inst)) {
      s.fail(ProblemCode.NOT_A_CHOICE, null);
      return;
    }
    if (q.constraint() != null && !eval(q.constraint(), inst, q)) {
      s.fail(ProblemCode.CONSTRAINT, message(q.constraintMessage(), ProblemCode.CONSTRAINT));
      return;
    }
    if (q.target() != null) {
      String bad = targetProblem(q.target(), q, s);
      if (bad != null) {
        s.fail(ProblemCode.INVALID_FOR_CASE, bad);
      }
    }
  }

  private boolean passesFilter(Question q, AnswerState s, InstanceState inst) {
    ChoiceList list = form.choicesOf(q);
    List<String> chosen = q.type() == QuestionType.SELECT_ONE ? List.of(s.text) : castList(s.typed);
    for (String name : chosen) {
      Choice c = list.choice(name).orElseThrow();
      if (!q.choiceFilter().test(ctx.at(inst, q, c))) {
        return false;
      }
    }
    return true;
  }

  @SuppressWarnings("unchecked")
  private static List<String> castList(@Nullable Object o) {
    return o == null ? List.of() : (List<String>) o;
  }

  /** Whether the answer can fill its case-model field; the English reason if not. */
  private static @Nullable String targetProblem(MappingTarget t, Question q, AnswerState s) {
    switch (t.kind()) {
      case TEXT:
      case LONG_TEXT:
        if (t.maxLength() > 0 && s.text.length() > t.maxLength()) {
          return "This answer is too long (at most " + t.maxLength() + " characters).";
        }
        return null;
      case FUZZY_DATE:
        if (q.type() == QuestionType.TEXT) {
          try {
            FuzzyDate.parse(s.text);
          } catch (InvalidFuzzyDateException e) {
            return "Enter a date such as 2017, 2017-03, 2017-03-15, early 2017, or 2016/2018.";
          }
          return null;
        }
        long year = q.type() == QuestionType.INTEGER ? (Long) s.typed : ((LocalDate) s.typed).getYear();
        if (year < FuzzyDate.MIN_YEAR || year > FuzzyDate.MAX_YEAR) {
          return "Enter a year between " + FuzzyDate.MIN_YEAR + " and " + FuzzyDate.MAX_YEAR + ".";
        }
        return null;
      case COUNTY_CODE:
        return COUNTY.matcher(s.text).matches() ? null : "Enter a six-digit county code.";
      case INTEGER:
        if (t == MappingTarget.DETENTION_SENTENCE_MONTHS) {
          long months = (Long) s.typed;
          if (months < 0 || months > 1200) {
            return "Enter a number of months between 0 and 1200 (life: 1200).";
          }
        }
        return null;
      default:
        return null;
    }
  }

  private String message(LocalizedText formText, ProblemCode code) {
    String m = formText.resolve(language.key(), form.defaultLanguage().key());
    return m.isEmpty() ? code.english() : m;
  }

  private void problem(String key, Question q, ProblemCode code, String message) {
    problems.add(new FieldProblem(key, q.name(), code, message));
  }

  private SubmittedInstance build(InstanceState inst) {
    Map<String, Answer> answers = new LinkedHashMap<>();
    String scope = inst.repeat == null ? "" : inst.repeat.name();
    for (Question q : directQuestions.getOrDefault(scope, List.of())) {
      AnswerState s = inst.answers.get(q.name());
      if (s != null && s.relevant && !s.isEmpty() && s.typed != null) {
        answers.put(q.name(), new Answer(q, s.text, s.typed));
      }
    }
    Map<String, List<SubmittedInstance>> repeats = new LinkedHashMap<>();
    for (Group g : form.repeats()) {
      if (inst.children.containsKey(g.name())) {
        List<SubmittedInstance> list = new ArrayList<>();
        int i = 0;
        for (InstanceState child : inst.children.get(g.name())) {
          child.index = ++i;
          list.add(build(child));
        }
        repeats.put(g.name(), list);
      }
    }
    return new SubmittedInstance(inst.repeat == null ? null : inst.repeat.name(), inst.index, inst.key(), answers, repeats);
  }
}
