package org.guwah.web.json;

import org.guwah.core.validation.ValidationException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Describes why JSON did not map onto a record, for users: the JSON path of the bad field and what
 * is wrong — never the submitted value (Jackson's own messages quote it, so they are not used).
 */
public final class JsonProblems {
  private JsonProblems() {}

  /** The record validation that failed inside {@code e}, if that is what happened. */
  public static @Nullable ValidationException validationCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ValidationException ve) {
        return ve;
      }
    }
    return null;
  }

  /** The JSON path of the failure, e.g. {@code .names[0].script}, or empty at the root. */
  public static String path(JacksonException e) {
    StringBuilder sb = new StringBuilder();
    for (JacksonException.Reference ref : e.getPath()) {
      if (ref.getPropertyName() != null) {
        sb.append('.').append(ref.getPropertyName());
      } else if (ref.getIndex() >= 0) {
        sb.append('[').append(ref.getIndex()).append(']');
      }
    }
    return sb.toString();
  }

  /** What is wrong, in words that do not repeat the value. */
  public static String describe(DatabindException e) {
    if (e instanceof UnrecognizedPropertyException) {
      return "is not a known field";
    }
    if (e instanceof InvalidFormatException ife) {
      String message = ife.getOriginalMessage();
      if (ife.getTargetType() != null && ife.getTargetType().getSimpleName().equals("FuzzyDate")) {
        int colon = message == null ? -1 : message.lastIndexOf(": ");
        return colon >= 0 ? message.substring(colon + 2) : "is not a valid date";
      }
      return "has the wrong format for " + typeName(ife.getTargetType());
    }
    if (e instanceof ValueInstantiationException) {
      return "is not valid";
    }
    if (e instanceof MismatchedInputException mie) {
      return mie.getTargetType() == null ? "has the wrong type" : "must be " + typeName(mie.getTargetType());
    }
    return "is not valid";
  }

  private static String typeName(@Nullable Class<?> type) {
    if (type == null) {
      return "another type";
    }
    if (type == String.class) {
      return "a string";
    }
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return "a whole number";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (type == java.util.UUID.class) {
      return "a record id (UUID)";
    }
    if (java.util.Collection.class.isAssignableFrom(type)) {
      return "an array";
    }
    if (type.isEnum()) {
      return "one of " + java.util.Arrays.toString(type.getEnumConstants());
    }
    if (type == java.time.LocalDate.class) {
      return "a date (YYYY-MM-DD)";
    }
    if (type.getSimpleName().equals("FuzzyDate")) {
      return "a date text such as 2017, 2017-03, 2017-03-15, early 2017 or 2016/2018";
    }
    return "an object";
  }
}
