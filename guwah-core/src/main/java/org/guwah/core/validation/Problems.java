package org.guwah.core.validation;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.guwah.core.vocab.Vocabularies;
import org.jspecify.annotations.Nullable;

/**
 * Collects the problems of one value so that every bad field is reported at once, then throws a
 * single {@link ValidationException}. Messages never contain the checked value. Not thread-safe; use
 * one per validation.
 */
public final class Problems {
  private final Map<String, String> errors = new LinkedHashMap<>();

  public void add(String field, String message) {
    errors.putIfAbsent(field, message);
  }

  public boolean isEmpty() {
    return errors.isEmpty();
  }

  /** Throws a {@link ValidationException} with all collected problems, if any. */
  public void throwIfAny() {
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
  }

  /** Runs {@code check}, recording its {@link ValidationException} under {@code prefix}. */
  public void nested(String prefix, Runnable check) {
    try {
      check.run();
    } catch (ValidationException e) {
      e.fieldErrors().forEach((k, v) -> add(ValidationException.join(prefix, k), v));
    }
  }

  /** A required text field: present, not blank, at most {@code maxLength} characters, clean. */
  public void requireText(String field, @Nullable String value, int maxLength) {
    if (value == null || value.isBlank()) {
      add(field, "is required");
      return;
    }
    checkText(field, value, maxLength, false);
  }

  /** An optional single-line text field; {@code null} is fine, blank is not. */
  public void optionalText(String field, @Nullable String value, int maxLength) {
    if (value == null) {
      return;
    }
    if (value.isBlank()) {
      add(field, "must not be blank (leave it out instead)");
      return;
    }
    checkText(field, value, maxLength, false);
  }

  /** An optional multi-line text (notes, testimony): newlines and tabs allowed. */
  public void optionalLongText(String field, @Nullable String value, int maxLength) {
    if (value != null) {
      checkText(field, value, maxLength, true);
    }
  }

  private void checkText(String field, String value, int maxLength, boolean multiLine) {
    if (value.length() > maxLength) {
      add(field, "is too long (at most " + maxLength + " characters)");
      return;
    }
    String bad = TextRules.problem(value, multiLine);
    if (bad != null) {
      add(field, bad);
    }
  }

  /** A required vocabulary code. */
  public void requireCode(String field, @Nullable String code, String vocabulary) {
    if (code == null || code.isEmpty()) {
      add(field, "is required");
    } else {
      optionalCode(field, code, vocabulary);
    }
  }

  public void optionalCode(String field, @Nullable String code, String vocabulary) {
    if (code != null && !Vocabularies.standard().vocabulary(vocabulary).contains(code)) {
      add(field, "is not a known " + vocabulary + " code");
    }
  }

  /** A list field: present (may be empty unless {@code minSize} > 0), at most {@code maxSize}. */
  public <T> void requireList(String field, @Nullable Collection<T> list, int minSize, int maxSize) {
    if (list == null) {
      add(field, "is required");
    } else if (list.size() < minSize) {
      add(field, minSize == 1 ? "needs at least one entry" : "needs at least " + minSize + " entries");
    } else if (list.size() > maxSize) {
      add(field, "has too many entries (at most " + maxSize + ")");
    } else if (list.stream().anyMatch(java.util.Objects::isNull)) {
      add(field, "must not contain null entries");
    }
  }

  /** Checks every element of a list with {@code check}, naming failures {@code field[i]}. */
  public <T> void each(String field, @Nullable List<T> list, Consumer<T> check) {
    if (list == null) {
      return;
    }
    for (int i = 0; i < list.size(); i++) {
      T item = list.get(i);
      if (item != null) {
        int index = i;
        nested(field + "[" + index + "]", () -> check.accept(item));
      }
    }
  }

  public void require(String field, @Nullable Object value) {
    if (value == null) {
      add(field, "is required");
    }
  }
}
