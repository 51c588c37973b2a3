package org.guwah.web.api;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A documented query or path parameter: its name, type, description and limits. The same record is
 * used to write the OpenAPI document and to check requests before a handler runs, so the two cannot
 * disagree.
 *
 * <p>A query parameter that is not declared on the route, given twice, empty, or outside its limits
 * answers 400 {@code invalid_query} naming the parameter. A path parameter outside its limits answers
 * 404 {@code not_found}: a malformed id identifies no resource.
 *
 * @param name the parameter name, {@code [A-Za-z][A-Za-z0-9_]*}, at most 64 characters
 * @param type the value type
 * @param description documentation
 * @param allowedValues for {@link ParamType#STRING}: the only accepted values (documented as
 *     {@code enum}); empty for any
 * @param minimum for {@link ParamType#INTEGER}: inclusive lower bound, or {@code null}
 * @param maximum for {@link ParamType#INTEGER}: inclusive upper bound, or {@code null}
 * @param defaultValue the value used when the parameter is absent, or {@code null}
 * @param maxLength for {@link ParamType#STRING}: maximum length in characters
 * @param pattern for {@link ParamType#STRING}: a regular expression the whole value must match, or
 *     {@code null}
 */
public record ApiParam(
    String name,
    ParamType type,
    String description,
    List<String> allowedValues,
    @Nullable Long minimum,
    @Nullable Long maximum,
    @Nullable String defaultValue,
    int maxLength,
    @Nullable String pattern) {

  /** Name of the standard page-size parameter. */
  public static final String LIMIT = "limit";
  /** Name of the standard page-cursor parameter. */
  public static final String CURSOR = "cursor";
  /** Default page size. */
  public static final int DEFAULT_LIMIT = 50;
  /** Largest page size. */
  public static final int MAX_LIMIT = 500;

  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");
  private static final int DEFAULT_MAX_LENGTH = 200;

  public ApiParam {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("bad parameter name");
    }
    allowedValues = List.copyOf(allowedValues);
    if (!allowedValues.isEmpty() && type != ParamType.STRING) {
      throw new IllegalArgumentException("allowed values only for STRING parameters: " + name);
    }
    if ((minimum != null || maximum != null) && type != ParamType.INTEGER) {
      throw new IllegalArgumentException("bounds only for INTEGER parameters: " + name);
    }
    if (minimum != null && maximum != null && minimum > maximum) {
      throw new IllegalArgumentException("minimum above maximum: " + name);
    }
    if (maxLength < 1) {
      throw new IllegalArgumentException("maxLength must be positive: " + name);
    }
    if (pattern != null) {
      Pattern.compile(pattern);
    }
    if (defaultValue != null && problemOf(name, type, allowedValues, minimum, maximum, maxLength, pattern, defaultValue) != null) {
      throw new IllegalArgumentException("default value breaks the parameter's own rules: " + name);
    }
  }

  /** A text parameter of at most 200 characters. */
  public static ApiParam string(String name, String description) {
    return new ApiParam(name, ParamType.STRING, description, List.of(), null, null, null, DEFAULT_MAX_LENGTH, null);
  }

  /** A text parameter that takes only {@code values}. */
  public static ApiParam oneOf(String name, String description, String... values) {
    if (values.length == 0) {
      throw new IllegalArgumentException("no values: " + name);
    }
    return new ApiParam(name, ParamType.STRING, description, List.of(values), null, null, null, DEFAULT_MAX_LENGTH, null);
  }

  /** A text parameter that takes the constant names of {@code enumType}. */
  public static ApiParam enumOf(String name, String description, Class<? extends Enum<?>> enumType) {
    List<String> names = new ArrayList<>();
    for (Enum<?> constant : enumType.getEnumConstants()) {
      names.add(constant.name());
    }
    return oneOf(name, description, names.toArray(new String[0]));
  }

  /** An integer parameter within {@code [minimum, maximum]}. */
  public static ApiParam integer(String name, String description, long minimum, long maximum) {
    return new ApiParam(name, ParamType.INTEGER, description, List.of(), minimum, maximum, null, DEFAULT_MAX_LENGTH, null);
  }

  /** A {@code true}/{@code false} parameter. */
  public static ApiParam bool(String name, String description) {
    return new ApiParam(name, ParamType.BOOLEAN, description, List.of(), null, null, null, DEFAULT_MAX_LENGTH, null);
  }

  /** A UUID parameter. */
  public static ApiParam uuid(String name, String description) {
    return new ApiParam(name, ParamType.UUID, description, List.of(), null, null, null, DEFAULT_MAX_LENGTH, null);
  }

  /** A calendar-date parameter ({@code YYYY-MM-DD}). */
  public static ApiParam date(String name, String description) {
    return new ApiParam(name, ParamType.DATE, description, List.of(), null, null, null, DEFAULT_MAX_LENGTH, null);
  }

  /** The standard page size: {@code limit}, 1 to {@value #MAX_LIMIT}, default {@value #DEFAULT_LIMIT}. */
  public static ApiParam limit() {
    return integer(LIMIT, "Largest number of items to return.", 1, MAX_LIMIT)
        .withDefault(Integer.toString(DEFAULT_LIMIT));
  }

  /** The standard opaque page cursor: {@code cursor}, from a previous page's {@code nextCursor}. */
  public static ApiParam cursor() {
    return new ApiParam(CURSOR, ParamType.STRING, "Opaque cursor from the nextCursor of the previous page.",
        List.of(), null, null, null, 512, "[A-Za-z0-9_\\-]+");
  }

  /** The same parameter with a default value (which must satisfy its rules). */
  public ApiParam withDefault(String value) {
    return new ApiParam(name, type, description, allowedValues, minimum, maximum, value, maxLength, pattern);
  }

  /** The same text parameter with another maximum length. */
  public ApiParam withMaxLength(int length) {
    return new ApiParam(name, type, description, allowedValues, minimum, maximum, defaultValue, length, pattern);
  }

  /** The same text parameter, restricted to values matching {@code regex} entirely. */
  public ApiParam withPattern(String regex) {
    return new ApiParam(name, type, description, allowedValues, minimum, maximum, defaultValue, maxLength, regex);
  }

  /**
   * What is wrong with {@code raw} as a value of this parameter, or {@code null} if it is fine. The
   * message never repeats the value.
   */
  @Nullable String problemWith(String raw) {
    return problemOf(name, type, allowedValues, minimum, maximum, maxLength, pattern, raw);
  }

  private static @Nullable String problemOf(
      String name, ParamType type, List<String> allowedValues, @Nullable Long minimum, @Nullable Long maximum,
      int maxLength, @Nullable String pattern, String raw) {
    if (raw.isEmpty()) {
      return "must not be empty";
    }
    switch (type) {
      case INTEGER:
        Long value = StrictValues.integer(raw);
        if (value == null || (minimum != null && value < minimum) || (maximum != null && value > maximum)) {
          return "must be an integer" + bounds(minimum, maximum);
        }
        return null;
      case BOOLEAN:
        return StrictValues.bool(raw) == null ? "must be true or false" : null;
      case UUID:
        return StrictValues.uuid(raw) == null ? "must be a UUID" : null;
      case DATE:
        return StrictValues.date(raw) == null ? "must be a date (YYYY-MM-DD)" : null;
      case STRING:
        if (!allowedValues.isEmpty()) {
          return allowedValues.contains(raw) ? null : "must be one of: " + String.join(", ", allowedValues);
        }
        if (raw.length() > maxLength) {
          return "is too long (at most " + maxLength + " characters)";
        }
        if (pattern != null && !raw.matches(pattern)) {
          return "has an invalid format";
        }
        return null;
      default:
        throw new IllegalStateException("unknown type of " + name);
    }
  }

  private static String bounds(@Nullable Long minimum, @Nullable Long maximum) {
    if (minimum != null && maximum != null) {
      return " between " + minimum + " and " + maximum;
    }
    if (minimum != null) {
      return " of at least " + minimum;
    }
    return maximum != null ? " of at most " + maximum : "";
  }
}
