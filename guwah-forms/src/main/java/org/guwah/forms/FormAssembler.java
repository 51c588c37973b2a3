package org.guwah.forms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.guwah.core.geo.Countries;
import org.guwah.core.vocab.Vocabularies;
import org.guwah.forms.expr.Expression;
import org.guwah.forms.expr.ExpressionScope;
import org.guwah.forms.expr.ExpressionScope.NameKind;
import org.guwah.forms.expr.ExpressionSyntaxException;
import org.guwah.forms.expr.Value;
import org.guwah.forms.xlsx.XlsxRow;
import org.jspecify.annotations.Nullable;

/**
 * Phase two of reading a form: turns draft rows into the immutable tree, parsing every
 * expression against the complete set of names, checking lists, defaults, labels, appearances and
 * the mapping to the case model. Not thread-safe.
 */
final class FormAssembler {
  private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^}]*)}");
  private static final Pattern COUNTY = Pattern.compile("\\d{6}");
  private static final Set<String> APPEARANCES = Set.of("minimal", "quick", "horizontal", "horizontal-compact", "likert",
      "compact", "label", "list-nolabel", "list", "field-list", "table-list", "multiline", "no-calendar", "month-year",
      "year", "numbers", "thousands-sep", "autocomplete", "columns", "columns-pack", "columns-1", "columns-2",
      "columns-3", "columns-4", "columns-5", "no-buttons");
  private static final Expression ALWAYS;

  static {
    try {
      ALWAYS = Expression.parse("true()", ExpressionScope.permissive());
    } catch (ExpressionSyntaxException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final SheetTable survey;
  private final @Nullable ChoicesReader choicesReader;
  private final Map<String, ChoiceList> lists;
  private final ProblemList problems;
  private final Map<String, NameKind> kinds = new HashMap<>();
  private final Set<String> usedLists = new HashSet<>();
  private final Set<String> checkedVocabularies = new HashSet<>();
  private final Map<String, Question> mappedScopes = new HashMap<>();

  FormAssembler(SheetTable survey, @Nullable ChoicesReader choicesReader, Map<String, ChoiceList> lists, ProblemList problems) {
    this.survey = survey;
    this.choicesReader = choicesReader;
    this.lists = lists;
    this.problems = problems;
  }

  List<FormNode> assemble(List<DraftNode> roots) {
    collectKinds(roots);
    List<FormNode> out = nodes(roots);
    if (choicesReader != null) {
      for (ChoiceList l : lists.values()) {
        if (!usedLists.contains(l.name())) {
          problems.warning(choicesReader.sheetName(), l.choices().get(0).row(), null,
              "list '" + l.name() + "' is not used by any question");
        }
      }
    }
    return out;
  }

  private void collectKinds(List<DraftNode> nodes) {
    for (DraftNode n : nodes) {
      kinds.put(n.name, n.group ? (n.repeat ? NameKind.REPEAT : NameKind.GROUP) : NameKind.FIELD);
      collectKinds(n.children);
    }
  }

  private List<FormNode> nodes(List<DraftNode> drafts) {
    List<FormNode> out = new ArrayList<>();
    for (DraftNode d : drafts) {
      out.add(d.group ? group(d) : question(d));
    }
    return out;
  }

  private Group group(DraftNode d) {
    XlsxRow row = d.row;
    ExpressionScope scope = scope(d, null);
    for (String col : List.of("required", "constraint", "choice_filter", "default", "guwah")) {
      if (!SheetTable.text(row, survey.column(col)).isEmpty()) {
        problems.error(survey.name(), row.number(), survey.column(col), "column '" + col + "' has no meaning on a "
            + (d.repeat ? "repeat" : "group"));
      }
    }
    Expression repeatCount = null;
    if (d.repeat) {
      repeatCount = expression(row, "repeat_count", scope);
    } else if (!SheetTable.text(row, survey.column("repeat_count")).isEmpty()) {
      problems.error(survey.name(), row.number(), survey.column("repeat_count"), "repeat_count is only for begin_repeat");
    }
    if (d.children.isEmpty()) {
      problems.warning(survey.name(), row.number(), survey.column("type"), (d.repeat ? "repeat" : "group") + " '" + d.name
          + "' has no questions");
    }
    LocalizedText label = survey.localized(row, "label");
    checkReferences(row, "label");
    checkReferences(row, "hint");
    return new Group(d.name, label, expression(row, "relevant", scope), appearance(row, null), d.repeat, repeatCount,
        nodes(d.children), d.path, d.repeatPath, row.number());
  }

  private Question question(DraftNode d) {
    XlsxRow row = d.row;
    QuestionType type = d.type;
    ChoiceList list = null;
    if (type.isSelect()) {
      usedLists.add(d.listName);
      list = lists.get(d.listName);
      if (list == null) {
        problems.error(survey.name(), row.number(), survey.column("type"), "choice list '" + d.listName + "' is not in the "
            + (choicesReader == null ? "workbook (there is no choices sheet)" : "choices sheet"));
      }
    }
    ExpressionScope scope = scope(d, null);
    if (!SheetTable.text(row, survey.column("repeat_count")).isEmpty()) {
      problems.error(survey.name(), row.number(), survey.column("repeat_count"), "repeat_count is only for begin_repeat");
    }
    LocalizedText label = survey.localized(row, "label");
    if (label.isEmpty()) {
      List<ColumnHeader> labelCols = survey.translated("label");
      problems.error(survey.name(), row.number(), labelCols.isEmpty() ? null : labelCols.get(0),
          "the " + (type == QuestionType.NOTE ? "note" : "question") + " '" + d.name + "' has no label");
    }
    for (String base : List.of("label", "hint", "required_message", "constraint_message")) {
      checkReferences(row, base);
    }
    Expression required = required(row, scope);
    Expression constraint = expression(row, "constraint", scope);
    Expression choiceFilter = null;
    ColumnHeader filterCol = survey.column("choice_filter");
    if (!SheetTable.text(row, filterCol).isEmpty()) {
      if (!type.isSelect()) {
        problems.error(survey.name(), row.number(), filterCol, "choice_filter is only for select questions");
      } else if (list != null) {
        choiceFilter = expression(row, "choice_filter", scope(d, list));
      }
    }
    if (type == QuestionType.NOTE) {
      for (String col : List.of("required", "constraint", "default", "guwah")) {
        if (!SheetTable.text(row, survey.column(col)).isEmpty()) {
          problems.error(survey.name(), row.number(), survey.column(col), "a note takes no answer; '" + col + "' has no meaning");
        }
      }
      required = null;
      constraint = null;
    }
    String defaultValue = defaultValue(row, type, list);
    Question q = new Question(d.name, type, type.isSelect() ? d.listName : null, label, survey.localized(row, "hint"),
        required, survey.localized(row, "required_message"), expression(row, "relevant", scope), constraint,
        survey.localized(row, "constraint_message"), choiceFilter, appearance(row, type), defaultValue, null, d.path,
        d.repeatPath, row.number());
    MappingTarget target = type == QuestionType.NOTE ? null : target(q, row, list);
    if (target == null) {
      return q;
    }
    return new Question(q.name(), q.type(), q.listName(), q.label(), q.hint(), q.required(), q.requiredMessage(),
        q.relevant(), q.constraint(), q.constraintMessage(), q.choiceFilter(), q.appearance(), q.defaultValue(), target,
        q.path(), q.repeatPath(), q.row());
  }

  private ExpressionScope scope(DraftNode d, @Nullable ChoiceList filterList) {
    boolean inRepeat = d.repeat || !d.repeatPath.isEmpty();
    return new ExpressionScope() {
      @Override
      public NameKind kind(String name) {
        return kinds.getOrDefault(name, NameKind.UNKNOWN);
      }

      @Override
      public boolean isChoiceColumn(String name) {
        if (filterList == null) {
          return false;
        }
        String n = name.toLowerCase(Locale.ROOT);
        return n.equals("name") || filterList.columns().contains(n);
      }

      @Override
      public boolean insideRepeat() {
        return inRepeat;
      }
    };
  }

  private @Nullable Expression expression(XlsxRow row, String column, ExpressionScope scope) {
    ColumnHeader col = survey.column(column);
    String text = SheetTable.text(row, col);
    if (text.isEmpty()) {
      return null;
    }
    try {
      return Expression.parse(text, scope);
    } catch (ExpressionSyntaxException e) {
      problems.error(survey.name(), row.number(), col, column + ": " + e.getMessage());
      return null;
    }
  }

  private @Nullable Expression required(XlsxRow row, ExpressionScope scope) {
    String text = SheetTable.text(row, survey.column("required")).toLowerCase(Locale.ROOT);
    switch (text) {
      case "":
      case "no":
      case "n":
      case "false":
      case "false()":
      case "0":
        return null;
      case "yes":
      case "y":
      case "true":
      case "true()":
      case "1":
        return ALWAYS;
      default:
        return expression(row, "required", scope);
    }
  }

  private void checkReferences(XlsxRow row, String base) {
    for (ColumnHeader c : survey.translated(base)) {
      String text = SheetTable.longText(row, c);
      if (text.indexOf('$') < 0) {
        continue;
      }
      Matcher m = REFERENCE.matcher(text);
      while (m.find()) {
        String name = m.group(1).strip();
        NameKind k = kinds.getOrDefault(name, NameKind.UNKNOWN);
        if (k != NameKind.FIELD) {
          problems.error(survey.name(), row.number(), c, "${" + SurveyReader.clip(name) + "} "
              + (k == NameKind.UNKNOWN ? "refers to no field of this form" : "is a group or repeat, not a field"));
        }
      }
    }
  }

  private List<String> appearance(XlsxRow row, @Nullable QuestionType type) {
    ColumnHeader col = survey.column("appearance");
    String text = SheetTable.text(row, col);
    Set<String> out = new LinkedHashSet<>();
    for (String token : text.toLowerCase(Locale.ROOT).split("\\s+")) {
      if (token.isEmpty()) {
        continue;
      }
      if (APPEARANCES.contains(token)) {
        out.add(token);
      } else {
        problems.warning(survey.name(), row.number(), col, "appearance '" + SurveyReader.clip(token) + "' is not supported; ignored");
      }
    }
    if (type != null && type != QuestionType.DATE && (out.contains("year") || out.contains("month-year"))) {
      problems.warning(survey.name(), row.number(), col, "appearances 'year' and 'month-year' apply to dates only; ignored");
      out.remove("year");
      out.remove("month-year");
    }
    return List.copyOf(out);
  }

  private @Nullable String defaultValue(XlsxRow row, QuestionType type, @Nullable ChoiceList list) {
    ColumnHeader col = survey.column("default");
    String text = SheetTable.text(row, col);
    if (text.isEmpty()) {
      return null;
    }
    if (text.contains("${") || text.matches("[a-z-]+\\(.*\\)")) {
      problems.error(survey.name(), row.number(), col, "dynamic defaults (expressions) are not supported; use a fixed value");
      return null;
    }
    String problem = null;
    switch (type) {
      case INTEGER:
        if (!text.matches("-?\\d{1,18}")) {
          problem = "default must be a whole number";
        }
        break;
      case DECIMAL:
        try {
          new BigDecimal(text);
        } catch (NumberFormatException e) {
          problem = "default must be a number";
        }
        break;
      case DATE:
        if (Value.parseDate(text) == null) {
          problem = "default must be a date written YYYY-MM-DD";
        }
        break;
      case SELECT_ONE:
        if (list != null && list.choice(text).isEmpty()) {
          problem = "default '" + SurveyReader.clip(text) + "' is not a choice of list '" + list.name() + "'";
        }
        break;
      case SELECT_MULTIPLE:
        if (list != null) {
          for (String token : text.split("\\s+")) {
            if (list.choice(token).isEmpty()) {
              problem = "default '" + SurveyReader.clip(token) + "' is not a choice of list '" + list.name() + "'";
              break;
            }
          }
        }
        break;
      default:
        break;
    }
    if (problem != null) {
      problems.error(survey.name(), row.number(), col, problem);
      return null;
    }
    return text;
  }

  private @Nullable MappingTarget target(Question q, XlsxRow row, @Nullable ChoiceList list) {
    ColumnHeader col = survey.column("guwah");
    String text = SheetTable.text(row, col);
    if (text.isEmpty()) {
      return null;
    }
    MappingTarget t = MappingTarget.byCode(text).orElse(null);
    if (t == null) {
      problems.error(survey.name(), row.number(), col, "'" + SurveyReader.clip(text) + "' is not a mapping target; " + known(text));
      return null;
    }
    boolean ok = true;
    if (!t.kind().questionTypes().contains(q.type())) {
      problems.error(survey.name(), row.number(), col, t.code() + " takes " + typesOf(t.kind()) + ", not " + q.type().xlsformName());
      ok = false;
    }
    if (t.entity().repeating() && !q.repeated()) {
      problems.error(survey.name(), row.number(), col, t.code() + " must be inside a repeat (one " + t.entity().prefix()
          + " per repeat instance)");
      ok = false;
    } else if (!t.entity().repeating() && q.repeated()) {
      problems.error(survey.name(), row.number(), col, t.code() + " must not be inside a repeat (there is one "
          + t.entity().prefix() + " per submission)");
      ok = false;
    }
    if (ok && list != null) {
      checkChoiceCodes(q, t, list);
    }
    String scope = t.code() + "@" + (q.repeatPath().isEmpty() ? "" : q.repeatPath().get(q.repeatPath().size() - 1));
    Question before = mappedScopes.putIfAbsent(scope, q);
    if (before != null && t.kind() != MappingValueKind.CODES && q.relevant() == null) {
      problems.error(survey.name(), row.number(), col, t.code() + " is already filled by '" + before.name() + "' (row "
          + before.row() + "); give this question a relevant condition to make it an alternative");
      ok = false;
    }
    return ok ? t : null;
  }

  private void checkChoiceCodes(Question q, MappingTarget t, ChoiceList list) {
    if (choicesReader == null || !checkedVocabularies.add(list.name() + "|" + t.kind() + "|" + t.vocabulary().orElse(""))) {
      return;
    }
    for (Choice c : list.choices()) {
      String bad = null;
      switch (t.kind()) {
        case CODE:
        case CODES: {
          String vocab = t.vocabulary().orElseThrow();
          if (!Vocabularies.standard().vocabulary(vocab).contains(c.name())) {
            bad = "is not a code of the " + vocab + " vocabulary";
          }
          break;
        }
        case COUNTRY:
          if (!Countries.isKnown(c.name())) {
            bad = "is not an ISO 3166-1 alpha-2 country code (upper case, e.g. TR)";
          }
          break;
        case COUNTY_CODE:
          if (!COUNTY.matcher(c.name()).matches()) {
            bad = "is not a six-digit county code";
          }
          break;
        default:
          break;
      }
      if (bad != null) {
        problems.error(choicesReader.sheetName(), c.row(), choicesReader.nameColumn(), "choice '" + c.name() + "' of list '"
            + list.name() + "' " + bad + " ('" + q.name() + "' is mapped to " + t.code() + ")");
      }
    }
  }

  private static String typesOf(MappingValueKind kind) {
    List<String> names = new ArrayList<>();
    for (QuestionType qt : QuestionType.values()) {
      if (kind.questionTypes().contains(qt)) {
        names.add(qt.xlsformName());
      }
    }
    return names.size() == 1 ? "a " + names.get(0) + " question" : "a " + String.join(" or ", names) + " question";
  }

  private static String known(String text) {
    String prefix = text.strip().toLowerCase(Locale.ROOT);
    int dot = prefix.indexOf('.');
    prefix = dot < 0 ? prefix : prefix.substring(0, dot);
    List<String> same = new ArrayList<>();
    for (MappingTarget t : MappingTarget.values()) {
      if (t.entity().prefix().equals(prefix)) {
        same.add(t.code());
      }
    }
    if (!same.isEmpty()) {
      return "the " + prefix + " targets are " + String.join(", ", same);
    }
    List<String> entities = new ArrayList<>();
    for (MappingEntity e : MappingEntity.values()) {
      entities.add(e.prefix() + ".*");
    }
    return "targets start with " + String.join(", ", entities);
  }
}
