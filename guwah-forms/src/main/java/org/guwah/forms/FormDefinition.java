package org.guwah.forms;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A loaded, checked questionnaire: settings, languages, the tree of groups, repeats and questions,
 * and the choice lists. Every expression in it has been parsed and every reference resolved.
 * Immutable and thread-safe; build it with {@link XlsForm#parse(byte[])}.
 */
public final class FormDefinition {
  private final String id;
  private final String title;
  private final @Nullable String version;
  private final FormLanguage defaultLanguage;
  private final List<FormLanguage> languages;
  private final List<FormNode> children;
  private final Map<String, ChoiceList> choiceLists;
  private final List<FormProblem> warnings;
  private final Map<String, FormNode> byName;
  private final List<Question> questions;
  private final List<Group> repeats;

  FormDefinition(String id, String title, @Nullable String version, FormLanguage defaultLanguage,
      List<FormLanguage> languages, List<FormNode> children, Map<String, ChoiceList> choiceLists,
      List<FormProblem> warnings) {
    this.id = id;
    this.title = title;
    this.version = version;
    this.defaultLanguage = defaultLanguage;
    this.languages = List.copyOf(languages);
    this.children = List.copyOf(children);
    this.choiceLists = Collections.unmodifiableMap(new LinkedHashMap<>(choiceLists));
    this.warnings = List.copyOf(warnings);
    Map<String, FormNode> names = new LinkedHashMap<>();
    List<Question> qs = new ArrayList<>();
    List<Group> reps = new ArrayList<>();
    index(this.children, names, qs, reps);
    this.byName = Collections.unmodifiableMap(names);
    this.questions = List.copyOf(qs);
    this.repeats = List.copyOf(reps);
  }

  private static void index(List<FormNode> nodes, Map<String, FormNode> names, List<Question> qs, List<Group> reps) {
    for (FormNode n : nodes) {
      if (names.put(n.name(), n) != null) {
        throw new IllegalArgumentException("duplicate name in form tree");
      }
      if (n instanceof Question) {
        qs.add((Question) n);
      } else {
        Group g = (Group) n;
        if (g.repeat()) {
          reps.add(g);
        }
        index(g.children(), names, qs, reps);
      }
    }
  }

  /** {@code form_id} from the settings sheet ({@code form} when absent). */
  public String id() {
    return id;
  }

  /** {@code form_title} ({@link #id()} when absent). */
  public String title() {
    return title;
  }

  /** {@code version}, or empty. */
  public Optional<String> version() {
    return Optional.ofNullable(version);
  }

  public FormLanguage defaultLanguage() {
    return defaultLanguage;
  }

  /** The languages the form's texts are written in, in column order. */
  public List<FormLanguage> languages() {
    return languages;
  }

  /**
   * The form language for a requested tag ({@code ug}, {@code ug-CN}, {@code Uyghur}), else the
   * default language.
   */
  public FormLanguage language(@Nullable String requested) {
    if (requested != null && !requested.isBlank()) {
      for (FormLanguage l : languages) {
        if (l.matches(requested)) {
          return l;
        }
      }
    }
    return defaultLanguage;
  }

  /** The top-level elements. */
  public List<FormNode> children() {
    return children;
  }

  /** Every question (and note), depth first in form order. */
  public List<Question> questions() {
    return questions;
  }

  /** Every repeat, depth first in form order. */
  public List<Group> repeats() {
    return repeats;
  }

  /** The element named {@code name}. */
  public Optional<FormNode> node(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  public Optional<Question> question(String name) {
    FormNode n = byName.get(name);
    return n instanceof Question ? Optional.of((Question) n) : Optional.empty();
  }

  public Map<String, ChoiceList> choiceLists() {
    return choiceLists;
  }

  public Optional<ChoiceList> choiceList(String name) {
    return Optional.ofNullable(choiceLists.get(name));
  }

  /** The choice list of a select question. */
  public ChoiceList choicesOf(Question q) {
    if (q.listName() == null) {
      throw new IllegalArgumentException("not a select question");
    }
    return choiceLists.get(q.listName());
  }

  /** Warnings found while loading (ignored columns, unknown appearances, formula cells...). */
  public List<FormProblem> warnings() {
    return warnings;
  }

  @Override
  public String toString() {
    return "FormDefinition[" + id + (version == null ? "" : " v" + version) + ", " + questions.size() + " questions]";
  }
}
