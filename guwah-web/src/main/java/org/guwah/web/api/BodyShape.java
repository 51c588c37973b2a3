package org.guwah.web.api;

import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Checks a parsed request body against its declared type before binding, reporting every problem at
 * once: every component that is neither {@code @Nullable} nor {@code @Defaulted} is present, and
 * only {@code @Nullable} ones may be {@code null}; collection elements and map values are not {@code null}; each value has the JSON type its Java type needs
 * (strings for text, UUIDs, dates, timestamps and enums; integral numbers within range for
 * {@code int}/{@code long}; objects for records and maps; arrays for lists and sets); and
 * {@link ApiDoc} limits hold. Formats inside strings (UUID, date, enum names) and unknown properties
 * are left to Jackson. Messages never repeat values.
 */
final class BodyShape {
  /**
   * Problems found, by JSON path: {@code shape} for absent or null required values and wrong JSON
   * types, {@code limits} for broken {@link ApiDoc} limits.
   */
  record Problems(Map<String, String> shape, Map<String, String> limits) {
    boolean isEmpty() {
      return shape.isEmpty() && limits.isEmpty();
    }
  }

  private final Map<String, String> shape = new LinkedHashMap<>();
  private final Map<String, String> limits = new LinkedHashMap<>();

  private final Map<Class<?>, String> stringTypes;

  private BodyShape(Map<Class<?>, String> stringTypes) {
    this.stringTypes = stringTypes;
  }

  /**
   * @param stringTypes types read from JSON strings by a custom deserializer (see {@link ApiJson})
   */
  static Problems check(Type type, JsonNode body, Map<Class<?>, String> stringTypes) {
    BodyShape checker = new BodyShape(stringTypes);
    checker.walk(type, body, "");
    return new Problems(checker.shape, checker.limits);
  }

  private void walk(Type type, JsonNode node, String path) {
    Class<?> raw = RecordTypes.rawClass(type);
    if (raw == null) {
      return;
    }
    if (!fits(raw, node)) {
      shape.put(path.isEmpty() ? JsonPaths.ROOT : path, expected(raw, stringTypes));
      return;
    }
    if (stringTypes.containsKey(raw)) {
      return;
    }
    if (raw.isRecord()) {
      for (RecordTypes.Component c : RecordTypes.components(type)) {
        String childPath = JsonPaths.property(path, c.name());
        JsonNode child = node.get(c.name());
        if (child == null) {
          if (!c.optional()) {
            shape.put(childPath, "is required");
          }
          continue;
        }
        if (child.isNull()) {
          if (!c.nullable()) {
            shape.put(childPath, c.defaulted() ? "must not be null (leave it out instead)" : "is required");
          }
          continue;
        }
        ApiDoc doc = c.doc();
        if (doc != null) {
          checkLimits(doc, child, childPath);
        }
        walk(c.type(), child, childPath);
      }
    } else if ((raw == List.class || raw == Set.class || raw == Collection.class)
        && RecordTypes.typeArguments(type).length == 1) {
      Type element = RecordTypes.typeArguments(type)[0];
      for (int i = 0; i < node.size(); i++) {
        JsonNode child = node.get(i);
        String childPath = path + "[" + i + "]";
        if (child.isNull()) {
          shape.put(childPath, "must not be null");
        } else {
          walk(element, child, childPath);
        }
      }
    } else if (raw == Map.class && RecordTypes.typeArguments(type).length == 2) {
      Type value = RecordTypes.typeArguments(type)[1];
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        String childPath = JsonPaths.mapKey(path, e.getKey());
        if (e.getValue().isNull()) {
          shape.put(childPath, "must not be null");
        } else {
          walk(value, e.getValue(), childPath);
        }
      }
    }
  }

  private void checkLimits(ApiDoc doc, JsonNode node, String path) {
    if (node.isString()) {
      String text = node.stringValue();
      int length = text.codePointCount(0, text.length());
      if (doc.maxLength() != ApiDoc.UNSET && length > doc.maxLength()) {
        limits.put(path, "is too long (at most " + doc.maxLength() + " characters)");
      } else if (doc.minLength() != ApiDoc.UNSET && length < doc.minLength()) {
        limits.put(path, "is too short (at least " + doc.minLength() + " characters)");
      }
    } else if (node.isArray() || node.isObject()) {
      if (doc.maxItems() != ApiDoc.UNSET && node.size() > doc.maxItems()) {
        limits.put(path, "has too many entries (at most " + doc.maxItems() + ")");
      }
    } else if (node.isNumber()) {
      double value = node.doubleValue();
      if (doc.minimum() != ApiDoc.UNSET && value < doc.minimum()) {
        limits.put(path, "must be at least " + doc.minimum());
      } else if (doc.maximum() != ApiDoc.UNSET && value > doc.maximum()) {
        limits.put(path, "must be at most " + doc.maximum());
      }
    }
  }

  /** Whether {@code node} has the JSON type that {@code raw} is bound from. */
  private boolean fits(Class<?> raw, JsonNode node) {
    if (stringTypes.containsKey(raw) || raw == String.class || raw == UUID.class || raw == LocalDate.class || raw == Instant.class || raw.isEnum()) {
      return node.isString();
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return node.isBoolean();
    }
    if (raw == int.class || raw == Integer.class) {
      return node.isIntegralNumber() && node.canConvertToInt();
    }
    if (raw == long.class || raw == Long.class) {
      return node.isIntegralNumber() && node.canConvertToLong();
    }
    if (raw == double.class || raw == Double.class) {
      return node.isNumber();
    }
    if (Collection.class.isAssignableFrom(raw)) {
      return node.isArray();
    }
    if (raw.isRecord() || Map.class.isAssignableFrom(raw)) {
      return node.isObject();
    }
    return true;
  }

  /** What a value bound to {@code target} must be, for error messages. */
  static String expected(@Nullable Class<?> target, Map<Class<?>, String> stringTypes) {
    if (target == null) {
      return "has the wrong type";
    }
    if (target == String.class || stringTypes.containsKey(target)) {
      return "must be a string";
    }
    if (target == boolean.class || target == Boolean.class) {
      return "must be true or false";
    }
    if (target == int.class || target == Integer.class) {
      return "must be an integer";
    }
    if (target == long.class || target == Long.class) {
      return "must be an integer";
    }
    if (target == double.class || target == Double.class) {
      return "must be a number";
    }
    if (target == UUID.class) {
      return "must be a UUID";
    }
    if (target == LocalDate.class) {
      return "must be a date (YYYY-MM-DD)";
    }
    if (target == Instant.class) {
      return "must be a UTC timestamp (e.g. 2024-03-01T12:00:00Z)";
    }
    if (target.isEnum()) {
      StringBuilder names = new StringBuilder();
      for (Object constant : target.getEnumConstants()) {
        names.append(names.length() == 0 ? "" : ", ").append(((Enum<?>) constant).name());
      }
      return "must be one of: " + names;
    }
    if (Collection.class.isAssignableFrom(target) || target.isArray()) {
      return "must be an array";
    }
    return "must be an object";
  }
}
