package org.guwah.forms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.guwah.forms.xlsx.UnreadableWorkbookException;
import org.guwah.forms.xlsx.XlsxLimits;
import org.guwah.forms.xlsx.XlsxRow;
import org.guwah.forms.xlsx.XlsxSheet;
import org.guwah.forms.xlsx.XlsxWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * Reads XLSForm questionnaires. The {@code survey} sheet is required; {@code choices} is needed
 * for selects; {@code settings} is optional ({@code form_title}, {@code form_id}, {@code version},
 * {@code default_language}). Sheet names and column headers are matched ignoring case and
 * surrounding blanks.
 *
 * <p>Everything unsupported is reported, never silently dropped: other question types, columns
 * that change a form's meaning ({@code calculation}, {@code trigger}, {@code parameters}, {@code
 * media::*}...), settings such as {@code public_key}. Harmless leftovers (unknown appearances,
 * author-only columns, formula cells, whose saved result is used as plain text) are warnings kept on
 * the form. Stateless and thread-safe.
 */
public final class XlsForm {
  private static final Set<String> SETTINGS = Set.of("form_title", "form_id", "version", "default_language");
  private static final Set<String> SETTINGS_HARMLESS = Set.of("instance_name", "style", "namespaces", "clean_text_values",
      "auto_send", "auto_delete", "name", "id_string", "title", "omit_instanceid", "prefix", "delimiter");
  private static final Set<String> SETTINGS_REFUSED = Set.of("public_key", "submission_url", "allow_choice_duplicates");

  private XlsForm() {}

  /** Parses with {@link XlsxLimits#forms()}. */
  public static FormDefinition parse(byte[] xlsx) {
    return parse(xlsx, XlsxLimits.forms());
  }

  /**
   * Parses a form from XLSX bytes.
   *
   * @throws InvalidFormException with every error found (an unreadable file is one file-level error)
   */
  public static FormDefinition parse(byte[] xlsx, XlsxLimits limits) {
    XlsxWorkbook wb;
    try {
      wb = XlsxWorkbook.open(xlsx, limits);
    } catch (UnreadableWorkbookException e) {
      ProblemList p = new ProblemList();
      p.fileError(e.getMessage());
      throw new InvalidFormException(p.errors(), p.warnings());
    }
    return parse(wb);
  }

  /**
   * Parses a form from an opened workbook.
   *
   * @throws InvalidFormException with every error found
   */
  public static FormDefinition parse(XlsxWorkbook workbook) {
    ProblemList problems = new ProblemList();
    try {
      return build(workbook, problems);
    } catch (UnreadableWorkbookException e) {
      problems.fileError(e.getMessage());
      throw new InvalidFormException(problems.errors(), problems.warnings());
    }
  }

  private static FormDefinition build(XlsxWorkbook wb, ProblemList problems) {
    XlsxSheet surveySheet = wb.sheetIgnoreCase("survey").orElse(null);
    if (surveySheet == null) {
      problems.fileError("the workbook has no 'survey' sheet (its sheets: " + String.join(", ", clipped(wb.sheetNames())) + ")");
      throw new InvalidFormException(problems.errors(), problems.warnings());
    }
    for (String name : wb.sheetNames()) {
      String n = name.strip().toLowerCase(Locale.ROOT);
      if (n.equals("external_choices") || n.equals("entities")) {
        problems.error(name, 0, null, "the '" + n + "' sheet is not supported");
      }
    }
    SheetTable survey = SheetTable.read(surveySheet, problems);
    XlsxSheet choicesSheet = wb.sheetIgnoreCase("choices").orElse(null);
    ChoicesReader choicesReader = null;
    Map<String, ChoiceList> lists = new LinkedHashMap<>();
    SheetTable choices = null;
    if (choicesSheet != null) {
      choices = SheetTable.read(choicesSheet, problems);
      choicesReader = new ChoicesReader(choices, problems);
      lists = choicesReader.read();
    }
    XlsxSheet settingsSheet = wb.sheetIgnoreCase("settings").orElse(null);
    Map<String, String> settings = new LinkedHashMap<>();
    SheetTable settingsTable = null;
    if (settingsSheet != null) {
      settingsTable = SheetTable.read(settingsSheet, problems);
      settings = settings(settingsTable, problems);
    }
    SurveyReader reader = new SurveyReader(survey, problems);
    List<DraftNode> drafts = reader.read();
    List<FormNode> nodes = new FormAssembler(survey, choicesReader, lists, problems).assemble(drafts);
    if (drafts.isEmpty() && !problems.hasErrors()) {
      problems.error(survey.name(), 0, null, "the survey sheet has no questions");
    }

    List<FormLanguage> languages = languages(survey, choices);
    FormLanguage defaultLanguage = defaultLanguage(languages, settings.get("default_language"), settingsTable, problems);
    checkTranslations(survey, "label", languages, problems);
    String id = settings.getOrDefault("form_id", "");
    if (id.isEmpty()) {
      id = "form";
    } else if (!SurveyReader.NAME.matcher(id).matches()) {
      problems.error(settingsTable.name(), settingsTable.rows().get(0).number(), settingsTable.column("form_id"),
          "form_id must be a name (letters, digits, _ . -; no spaces)");
    }
    if (problems.hasErrors()) {
      throw new InvalidFormException(problems.errors(), problems.warnings());
    }
    String title = settings.getOrDefault("form_title", "");
    String version = settings.get("version");
    return new FormDefinition(id, title.isEmpty() ? id : title, version == null || version.isEmpty() ? null : version,
        defaultLanguage, languages, nodes, lists, problems.warnings());
  }

  private static List<String> clipped(List<String> names) {
    List<String> out = new ArrayList<>();
    for (String n : names) {
      out.add("'" + SurveyReader.clip(n) + "'");
      if (out.size() == 10) {
        out.add("…");
        break;
      }
    }
    return out;
  }

  private static Map<String, String> settings(SheetTable table, ProblemList problems) {
    Map<String, String> out = new LinkedHashMap<>();
    if (table.rows().isEmpty()) {
      return out;
    }
    XlsxRow row = table.rows().get(0);
    for (ColumnHeader c : table.columns()) {
      String value = SheetTable.text(row, c);
      if (SETTINGS.contains(c.base())) {
        out.put(c.base(), value);
      } else if (SETTINGS_REFUSED.contains(c.base())) {
        if (!value.isEmpty()) {
          problems.error(table.name(), row.number(), c, "setting '" + c.base() + "' is not supported"
              + (c.base().equals("public_key") ? " (Guwah encrypts answers itself; the form would promise another scheme)" : ""));
        }
      } else if (SETTINGS_HARMLESS.contains(c.base())) {
        if (!value.isEmpty()) {
          problems.warning(table.name(), row.number(), c, "setting '" + c.base() + "' is ignored");
        }
      } else {
        problems.warning(table.name(), 0, c, "setting is not one Guwah knows; ignored");
      }
    }
    for (int i = 1; i < table.rows().size(); i++) {
      if (!table.rows().get(i).isBlank()) {
        problems.warning(table.name(), table.rows().get(i).number(), null, "only the first row of settings is read");
        break;
      }
    }
    return out;
  }

  private static List<FormLanguage> languages(SheetTable survey, @Nullable SheetTable choices) {
    Map<String, FormLanguage> out = new LinkedHashMap<>();
    for (SheetTable t : choices == null ? List.of(survey) : List.of(survey, choices)) {
      for (ColumnHeader c : t.columns()) {
        if (c.language() != null && !c.base().equals("guidance_hint")) {
          out.putIfAbsent(c.language().key(), c.language());
        }
      }
    }
    return new ArrayList<>(out.values());
  }

  private static FormLanguage defaultLanguage(List<FormLanguage> languages, @Nullable String setting,
      @Nullable SheetTable settings, ProblemList problems) {
    if (setting != null && !setting.isEmpty()) {
      FormLanguage wanted = FormLanguage.parse(setting);
      for (FormLanguage l : languages) {
        if (l.key().equals(wanted.key()) || wanted.code() != null && l.matches(wanted.code()) || l.matches(wanted.name())) {
          return l;
        }
      }
      if (!languages.isEmpty()) {
        List<String> names = new ArrayList<>();
        for (FormLanguage l : languages) {
          names.add(l.display());
        }
        problems.error(settings.name(), settings.rows().get(0).number(), settings.column("default_language"),
            "default_language '" + SurveyReader.clip(setting) + "' is not a language of the form's labels ("
                + String.join(", ", names) + ")");
      }
      return wanted;
    }
    for (FormLanguage l : languages) {
      if (l.key().isEmpty()) {
        return l;
      }
    }
    return languages.isEmpty() ? FormLanguage.UNSPECIFIED : languages.get(0);
  }

  /** One warning per language that some labelled rows lack. */
  private static void checkTranslations(SheetTable survey, String base, List<FormLanguage> languages, ProblemList problems) {
    List<ColumnHeader> cols = survey.translated(base);
    if (cols.size() < 2) {
      return;
    }
    ColumnHeader typeCol = survey.column("type");
    for (ColumnHeader c : cols) {
      int missing = 0;
      int first = 0;
      for (XlsxRow row : survey.rows()) {
        String type = SheetTable.text(row, typeCol).toLowerCase(Locale.ROOT);
        if (type.isEmpty() || type.startsWith("end") || type.startsWith("begin")) {
          continue;
        }
        if (SheetTable.longText(row, c).isEmpty() && !survey.localized(row, base).isEmpty()) {
          missing++;
          if (first == 0) {
            first = row.number();
          }
        }
      }
      if (missing > 0) {
        problems.warning(survey.name(), first, c, missing + " " + base + (missing == 1 ? " has" : "s have") + " no "
            + c.language().display() + " text; another language is shown instead");
      }
    }
  }
}
